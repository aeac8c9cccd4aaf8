// Fuzz target: every protocol reader of core/eval (docs/protocols.md). The first input byte picks the reader
// (byte % 8), the rest is the file:
//   0 detectProtocolFormat + readClipProtocol (what detect / evaluate / library enrol call)
//   1 readProjectTsv   2 readAsvspoofLaProtocol   3 readMlaadProtocol   4 readStopaTrials
//   5 readFileListTsv  6 readStopaEerCsv          7 splitCsvLine on every line + resolveClipPath
// A reader must return or throw st::Error; it must never crash, trip a sanitizer or allocate beyond what the
// file holds. Results are checked for the invariants the readers promise (no duplicates, no empty names).
#include "FuzzSupport.h"

#include "eval/PooledEer.h"
#include "eval/Protocol.h"

#include <QSet>

#include <cmath>

namespace {

void checkClips(const std::vector<st::LabelledClip> &clips)
{
    if (clips.empty())
        std::abort(); // readers throw for a file without rows
    QSet<QString> files;
    for (const st::LabelledClip &c : clips) {
        if (c.file.isEmpty() || files.contains(c.file))
            std::abort();
        files.insert(c.file);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int which = data[0] % 8;
    const QString path = stfuzz::writeInput(data + 1, size - 1, QStringLiteral("protocol.txt"));
    stfuzz::expectCleanError([&] {
        switch (which) {
        case 0:
            (void)st::detectProtocolFormat(path);
            checkClips(st::readClipProtocol(path));
            break;
        case 1:
            checkClips(st::readProjectTsv(path));
            break;
        case 2:
            checkClips(st::readAsvspoofLaProtocol(path));
            break;
        case 3:
            checkClips(st::readMlaadProtocol(path));
            break;
        case 4: {
            const st::TrialList t = st::readStopaTrials(path);
            if (t.size() == 0 || t.fingerprints.size() != t.files.size() || t.targetAtk.size() != t.size()
                || (t.hasScores() && t.scores.size() != t.size()))
                std::abort();
            for (double s : t.scores)
                if (!std::isfinite(s))
                    std::abort();
            (void)t.fingerprintAttacks();
            break;
        }
        case 5:
            checkClips(st::readFileListTsv(path));
            break;
        case 6:
            (void)st::readStopaEerCsv(path);
            break;
        default: {
            const QByteArray raw(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
            QString text = QString::fromUtf8(raw);
            text.remove(QChar(0)); // a NUL in a path only makes Qt warn ("Broken filename")
            QStringList fields;
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                (void)st::splitCsvLine(line, QLatin1Char(','), fields);
                (void)st::splitCsvLine(line, QLatin1Char('\t'), fields);
            }
            (void)st::firstInvalidUtf8(raw);
            (void)st::resolveClipPath(stfuzz::scratchDir(), text.left(200));
            break;
        }
        }
    });
    return 0;
}
