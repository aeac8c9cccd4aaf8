#include "eval/Protocol.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::Protocol)
};
} // namespace

int firstInvalidUtf8(const QByteArray &raw)
{
    const auto *p = reinterpret_cast<const unsigned char *>(raw.constData());
    const int n = int(raw.size());
    for (int i = 0; i < n;) {
        const unsigned char c = p[i];
        int len = 0;
        unsigned lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0; // no overlong forms
            else if (c == 0xED)
                hi = 0x9F; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F; // <= U+10FFFF
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        if (p[i + 1] < lo || p[i + 1] > hi)
            return i;
        for (int k = 2; k < len; ++k)
            if (p[i + k] < 0x80 || p[i + k] > 0xBF)
                return i;
        i += len;
    }
    return -1;
}

QString decodeUtf8Line(const QString &path, const QByteArray &raw, int line)
{
    if (raw.contains('\0'))
        throw Error(path, Text::tr("NUL byte in the line (a binary file, or UTF-16 text?): expected UTF-8 text"),
                    line);
    const int bad = firstInvalidUtf8(raw);
    if (bad >= 0)
        throw Error(path, Text::tr("invalid UTF-8 at byte %1 of the line (0x%2): labels and file names must "
                                         "be UTF-8")
                              .arg(bad + 1)
                              .arg(QString::number(uchar(raw[bad]), 16).toUpper()),
                    line);
    return QString::fromUtf8(raw);
}

bool parseFiniteNumber(const QString &text, double &out)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return false;
    out = v;
    return true;
}

namespace {

/// Streams the non-blank lines of a text file with their 1-based numbers; `visit` returns false to stop.
/// A line that is not valid UTF-8 is an error naming the line (never silently replaced by U+FFFD), as is a
/// NUL byte (a binary file given as a protocol). Returns the number of the last line read.
int forEachLine(const QString &path, const std::function<bool(const QString &, int)> &visit)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, Text::tr("cannot open the protocol file: %1")
                              .arg(f.exists() ? f.errorString() : Text::tr("no such file")));
    int lineNo = 0;
    while (!f.atEnd()) {
        QByteArray raw = f.readLine();
        ++lineNo;
        if (lineNo == 1 && raw.startsWith("\xEF\xBB\xBF"))
            raw.remove(0, 3);
        while (raw.endsWith('\n') || raw.endsWith('\r'))
            raw.chop(1);
        const QString line = decodeUtf8Line(path, raw, lineNo);
        if (line.trimmed().isEmpty())
            continue;
        if (!visit(line, lineNo))
            return lineNo;
    }
    return lineNo;
}

const QRegularExpression &whitespace()
{
    static const QRegularExpression re(QStringLiteral("\\s+"));
    return re;
}

QStringList splitWhitespace(const QString &line) { return line.trimmed().split(whitespace(), Qt::SkipEmptyParts); }

bool isBonafideLabel(const QString &s)
{
    const QString l = s.trimmed().toLower();
    return l == QLatin1String("bonafide") || l == QLatin1String("bona-fide") || l == QLatin1String("bona fide");
}

/// Index of the first header column whose lower-cased name is one of `names`, or -1.
int findColumn(const QStringList &header, std::initializer_list<const char *> names)
{
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header[i].trimmed().toLower();
        for (const char *n : names)
            if (h == QLatin1String(n))
                return i;
    }
    return -1;
}

int requireColumn(const QString &path, const QStringList &header, std::initializer_list<const char *> names,
                  int headerLine)
{
    const int i = findColumn(header, names);
    if (i < 0) {
        QStringList wanted;
        for (const char *n : names)
            wanted << QLatin1String(n);
        throw Error(path,
                    Text::tr("the header has no column %1 (columns found: %2)")
                        .arg(wanted.join(QStringLiteral(" / ")), header.join(QStringLiteral(", "))),
                    headerLine);
    }
    return i;
}

/// A header naming a column twice makes "the column X" ambiguous: refused.
void requireUniqueHeader(const QString &path, const QStringList &header, int line)
{
    QHash<QString, int> seen;
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header[i].trimmed().toLower();
        if (h.isEmpty())
            continue;
        if (seen.contains(h))
            throw Error(path, Text::tr("the header names column '%1' twice (columns %2 and %3)")
                                  .arg(header[i].trimmed())
                                  .arg(seen[h] + 1)
                                  .arg(i + 1),
                        line);
        seen.insert(h, i);
    }
}

[[noreturn]] void throwHeaderOnly(const QString &path, int headerLine, bool trialList)
{
    throw Error(path,
                (trialList ? Text::tr("the trial list has a header (line %1) and no rows")
                           : Text::tr("the protocol file has a header (line %1) and no rows"))
                    .arg(headerLine),
                headerLine);
}

QChar guessDelimiter(const QString &headerLine)
{
    const int tabs = headerLine.count(QLatin1Char('\t'));
    const int commas = headerLine.count(QLatin1Char(','));
    const int pipes = headerLine.count(QLatin1Char('|'));
    if (tabs >= commas && tabs >= pipes && tabs > 0)
        return QLatin1Char('\t');
    if (pipes > commas)
        return QLatin1Char('|');
    return QLatin1Char(',');
}

} // namespace

bool splitCsvLine(const QString &line, QChar delimiter, QStringList &fields)
{
    fields.clear();
    QString cur;
    bool inQuotes = false, wasQuoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                    cur += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                cur += c;
            }
        } else if (c == QLatin1Char('"') && cur.trimmed().isEmpty() && !wasQuoted) {
            inQuotes = true;
            wasQuoted = true;
            cur.clear();
        } else if (c == delimiter) {
            fields << (wasQuoted ? cur : cur.trimmed());
            cur.clear();
            wasQuoted = false;
        } else {
            cur += c;
        }
    }
    if (inQuotes)
        return false;
    fields << (wasQuoted ? cur : cur.trimmed());
    return true;
}

QString TrialList::fingerprintAttack(const QString &fingerprint)
{
    const int dash = fingerprint.indexOf(QLatin1Char('-'));
    return dash < 0 ? fingerprint : fingerprint.left(dash);
}

QSet<QString> TrialList::fingerprintAttacks() const
{
    QSet<QString> s;
    for (const QString &f : fingerprints)
        s.insert(fingerprintAttack(f));
    return s;
}

ProtocolFormat detectProtocolFormat(const QString &path)
{
    ProtocolFormat fmt = ProtocolFormat::Unknown;
    forEachLine(path, [&](const QString &line, int) {
        const QString lower = line.toLower();
        if (lower.contains(QLatin1String("istargetatk")))
            fmt = ProtocolFormat::StopaTrials;
        else if (line.contains(QLatin1Char('\t')) && findColumn(line.split(QLatin1Char('\t')), {"file"}) >= 0
                 && findColumn(line.split(QLatin1Char('\t')), {"attack"}) >= 0)
            fmt = ProtocolFormat::ProjectTsv;
        else {
            QStringList h;
            if (splitCsvLine(line, guessDelimiter(line), h) && findColumn(h, {"path"}) >= 0
                && findColumn(h, {"model_name"}) >= 0)
                fmt = ProtocolFormat::Mlaad;
            else {
                const QStringList w = splitWhitespace(line);
                if ((w.size() == 5 || w.size() == 8)
                    && (w[w.size() == 5 ? 4 : 5] == QLatin1String("bonafide")
                        || w[w.size() == 5 ? 4 : 5] == QLatin1String("spoof")))
                    fmt = ProtocolFormat::AsvspoofLa;
            }
        }
        return false; // the first non-blank line decides
    });
    return fmt;
}

std::vector<LabelledClip> readProjectTsv(const QString &path)
{
    std::vector<LabelledClip> clips;
    QStringList header;
    int headerLine = 0, cFile = -1, cAttack = -1, cAm = -1, cVoc = -1, cCodec = -1;
    QHash<QString, int> seen;
    forEachLine(path, [&](const QString &line, int no) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (header.isEmpty()) {
            header = f;
            headerLine = no;
            requireUniqueHeader(path, header, no);
            cFile = requireColumn(path, header, {"file"}, no);
            cAttack = requireColumn(path, header, {"attack"}, no);
            cAm = findColumn(header, {"acoustic_model"});
            cVoc = findColumn(header, {"waveform_generator", "vocoder"});
            cCodec = findColumn(header, {"codec"});
            return true;
        }
        if (f.size() != header.size())
            throw Error(path,
                        Text::tr("expected %1 tab-separated fields as in the header on line %2 (%3), "
                                       "found %4")
                            .arg(header.size())
                            .arg(headerLine)
                            .arg(header.join(QLatin1Char(' ')))
                            .arg(f.size()),
                        no);
        LabelledClip c;
        c.file = f[cFile].trimmed();
        c.attack = f[cAttack].trimmed();
        if (c.file.isEmpty() || c.attack.isEmpty())
            throw Error(path, Text::tr("empty 'file' or 'attack' field"), no);
        if (seen.contains(c.file))
            throw Error(path,
                        Text::tr("file '%1' is listed twice (first on line %2)").arg(c.file).arg(seen[c.file]),
                        no);
        seen.insert(c.file, no);
        c.isBonafide = isBonafideLabel(c.attack);
        if (cAm >= 0)
            c.acousticModel = f[cAm].trimmed();
        if (cVoc >= 0)
            c.vocoder = f[cVoc].trimmed();
        if (cCodec >= 0)
            c.codec = f[cCodec].trimmed();
        for (int i = 0; i < header.size(); ++i)
            if (i != cFile && i != cAttack && i != cAm && i != cVoc && i != cCodec)
                c.attributes.insert(header[i].trimmed(), f[i]);
        clips.push_back(std::move(c));
        return true;
    });
    if (header.isEmpty())
        throw Error(path, Text::tr("the protocol is empty (expected a header line: file attack ...)"));
    if (clips.empty())
        throwHeaderOnly(path, headerLine, false);
    return clips;
}

std::vector<LabelledClip> readAsvspoofLaProtocol(const QString &path)
{
    std::vector<LabelledClip> clips;
    QHash<QString, int> seen;
    forEachLine(path, [&](const QString &line, int no) {
        const QStringList f = splitWhitespace(line);
        if (f.size() != 5 && f.size() != 8)
            throw Error(path,
                        Text::tr("expected 5 fields 'speaker file - attack key' (ASVspoof 2019 LA) or 8 "
                                       "fields 'speaker file codec transmission attack key trim phase' "
                                       "(ASVspoof 2021 LA), found %1")
                            .arg(f.size()),
                        no);
        const bool v2021 = f.size() == 8;
        const QString attack = f[v2021 ? 4 : 3];
        const QString key = f[v2021 ? 5 : 4];
        if (key != QLatin1String("bonafide") && key != QLatin1String("spoof"))
            throw Error(path, Text::tr("key must be 'bonafide' or 'spoof', not '%1'").arg(key), no);
        LabelledClip c;
        c.file = f[1];
        if (seen.contains(c.file))
            throw Error(path,
                        Text::tr("file '%1' is listed twice (first on line %2)").arg(c.file).arg(seen[c.file]),
                        no);
        seen.insert(c.file, no);
        c.isBonafide = key == QLatin1String("bonafide");
        if (c.isBonafide)
            c.attack = QStringLiteral("bonafide");
        else if (attack == QLatin1String("-"))
            throw Error(path, Text::tr("a spoof row needs an attack id (e.g. A01) in place of '-'"), no);
        else
            c.attack = attack;
        c.attributes.insert(QStringLiteral("speaker"), f[0]);
        if (v2021) {
            c.codec = f[2] == QLatin1String("-") ? QString() : f[2];
            c.attributes.insert(QStringLiteral("transmission"), f[3]);
            c.attributes.insert(QStringLiteral("trim"), f[6]);
            c.attributes.insert(QStringLiteral("phase"), f[7]);
        }
        clips.push_back(std::move(c));
        return true;
    });
    if (clips.empty())
        throw Error(path, Text::tr("the protocol is empty (no clip lines)"));
    return clips;
}

std::vector<LabelledClip> readMlaadProtocol(const QString &path)
{
    std::vector<LabelledClip> clips;
    QStringList header;
    QChar delim;
    int cPath = -1, cModel = -1, cArch = -1, headerLine = 0;
    QHash<QString, int> seen;
    forEachLine(path, [&](const QString &line, int no) {
        QStringList f;
        if (header.isEmpty()) {
            delim = guessDelimiter(line);
            if (!splitCsvLine(line, delim, header))
                throw Error(path, Text::tr("unterminated quote in the header"), no);
            headerLine = no;
            requireUniqueHeader(path, header, no);
            cPath = requireColumn(path, header, {"path"}, no);
            cModel = requireColumn(path, header, {"model_name"}, no);
            cArch = findColumn(header, {"architecture"});
            return true;
        }
        if (!splitCsvLine(line, delim, f))
            throw Error(path, Text::tr("unterminated quote (a field opened with \" is never closed)"), no);
        if (f.size() != header.size())
            throw Error(path,
                        Text::tr("expected %1 '%2'-separated fields as in the header (%3), found %4")
                            .arg(header.size())
                            .arg(delim)
                            .arg(header.join(delim))
                            .arg(f.size()),
                        no);
        LabelledClip c;
        c.file = f[cPath];
        c.attack = f[cModel];
        if (c.file.isEmpty() || c.attack.isEmpty())
            throw Error(path, Text::tr("empty 'path' or 'model_name' field"), no);
        if (seen.contains(c.file))
            throw Error(path,
                        Text::tr("file '%1' is listed twice (first on line %2)").arg(c.file).arg(seen[c.file]),
                        no);
        seen.insert(c.file, no);
        c.isBonafide = isBonafideLabel(c.attack);
        if (cArch >= 0)
            c.acousticModel = f[cArch];
        for (int i = 0; i < header.size(); ++i)
            if (i != cPath && i != cModel && i != cArch)
                c.attributes.insert(header[i], f[i]);
        clips.push_back(std::move(c));
        return true;
    });
    if (header.isEmpty())
        throw Error(path, Text::tr("the protocol is empty (expected a header with path and model_name)"));
    if (clips.empty())
        throwHeaderOnly(path, headerLine, false);
    return clips;
}

std::vector<LabelledClip> readClipProtocol(const QString &path)
{
    switch (detectProtocolFormat(path)) {
    case ProtocolFormat::ProjectTsv:
        return readProjectTsv(path);
    case ProtocolFormat::AsvspoofLa:
        return readAsvspoofLaProtocol(path);
    case ProtocolFormat::Mlaad:
        return readMlaadProtocol(path);
    case ProtocolFormat::StopaTrials:
        throw Error(path, Text::tr("this is a STOPA trial list (trial vs fingerprint), not a clip protocol: "
                                         "read it as trials"));
    case ProtocolFormat::Unknown:
        break;
    }
    int firstLine = 0;
    forEachLine(path, [&](const QString &, int no) {
        firstLine = no;
        return false;
    });
    if (firstLine == 0)
        throw Error(path, Text::tr("the protocol file is empty (no non-blank line)"));
    throw Error(path, Text::tr("unknown protocol format: expected a SourceTrace TSV (header with file and "
                                     "attack), an ASVspoof LA protocol or an MLAAD CSV (header with path and "
                                     "model_name); see docs/protocols.md"),
                firstLine);
}

namespace {

bool parseFlag(const QString &s, char &out)
{
    const QString l = s.trimmed().toLower();
    if (l == QLatin1String("true") || l == QLatin1String("1") || l == QLatin1String("1.0")) {
        out = 1;
        return true;
    }
    if (l == QLatin1String("false") || l == QLatin1String("0") || l == QLatin1String("0.0")) {
        out = 0;
        return true;
    }
    return false;
}

} // namespace

TrialList readStopaTrials(const QString &path)
{
    TrialList t;
    QStringList header;
    QString headerText;
    bool csv = false;
    int headerLine = 0;
    int cFile = -1, cFp = -1, cAtk = -1, cTa = -1, cTam = -1, cTvm = -1, cAmA = -1, cVmA = -1, cScore = -1;
    QStringList f;
    std::vector<int> lineOf; // line of each trial, for the duplicate check
    forEachLine(path, [&](const QString &line, int no) {
        if (header.isEmpty()) {
            headerText = line.trimmed();
            csv = line.contains(QLatin1Char(','));
            if (csv) {
                if (!splitCsvLine(line, QLatin1Char(','), header))
                    throw Error(path, Text::tr("unterminated quote in the header"), no);
            } else
                header = splitWhitespace(line);
            headerLine = no;
            requireUniqueHeader(path, header, no);
            cFile = requireColumn(path, header, {"filename", "file", "trial", "trialfile"}, no);
            cFp = requireColumn(path, header, {"abstractmodel", "fingerprint", "enrolment", "enrollment", "model"},
                                no);
            cAtk = requireColumn(path, header, {"atk", "attack"}, no);
            cTa = requireColumn(path, header, {"istargetatk"}, no);
            cTam = requireColumn(path, header, {"istargetacousticmodel"}, no);
            cTvm = requireColumn(path, header, {"istargetvocodermodel"}, no);
            cAmA = findColumn(header, {"istargetamarchit"});
            cVmA = findColumn(header, {"istargetvmarchit"});
            cScore = findColumn(header, {"cosscore", "score"});
            return true;
        }
        // Concatenated trial files repeat their header line (as STOPA's own evaluation CSVs do): skip it.
        if (line.trimmed() == headerText)
            return true;
        if (csv) {
            if (!splitCsvLine(line, QLatin1Char(','), f))
                throw Error(path, Text::tr("unterminated quote"), no);
        } else {
            f = splitWhitespace(line);
        }
        if (f.size() != header.size())
            throw Error(path,
                        Text::tr("expected %1 fields as in the header on line %2, found %3")
                            .arg(header.size())
                            .arg(headerLine)
                            .arg(f.size()),
                        no);
        char ta, tam, tvm;
        const auto flag = [&](int col, char &out) {
            if (!parseFlag(f[col], out))
                throw Error(path,
                            Text::tr("column %1 must be True/False or 1/0, not '%2'").arg(header[col], f[col]),
                            no);
        };
        flag(cTa, ta);
        flag(cTam, tam);
        flag(cTvm, tvm);
        for (int col : {cFile, cFp, cAtk})
            if (f[col].trimmed().isEmpty())
                throw Error(path, Text::tr("empty %1 field").arg(header[col]), no);
        t.files << f[cFile];
        t.fingerprints << f[cFp];
        t.attacks << f[cAtk];
        t.targetAtk.push_back(ta);
        t.targetAm.push_back(tam);
        t.targetVm.push_back(tvm);
        if (cAmA >= 0) {
            char v;
            flag(cAmA, v);
            t.targetAmArch.push_back(v);
        }
        if (cVmA >= 0) {
            char v;
            flag(cVmA, v);
            t.targetVmArch.push_back(v);
        }
        if (cScore >= 0) {
            double s = 0;
            if (!parseFiniteNumber(f[cScore], s))
                throw Error(path,
                            Text::tr("%1 '%2' is not a finite number").arg(header[cScore], f[cScore].trimmed()),
                            no);
            t.scores.push_back(s);
        }
        lineOf.push_back(no);
        return true;
    });
    if (header.isEmpty())
        throw Error(path, Text::tr("the trial list is empty (expected a header with FileName, AbstractModel, "
                                         "ATK, IsTargetATK, IsTargetAcousticModel, IsTargetVocoderModel)"));
    if (t.size() == 0)
        throwHeaderOnly(path, headerLine, true);
    // The same trial (clip vs fingerprint) twice would count twice in every pooled EER: refused.
    std::vector<int> order(t.size());
    std::iota(order.begin(), order.end(), 0);
    const auto key = [&](int i, int j) {
        const int c = t.files[i].compare(t.files[j]);
        return c != 0 ? c : t.fingerprints[i].compare(t.fingerprints[j]);
    };
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int c = key(a, b);
        return c != 0 ? c < 0 : lineOf[std::size_t(a)] < lineOf[std::size_t(b)];
    });
    int dupLine = 0, dupFirst = 0, dupIndex = -1;
    for (std::size_t k = 1; k < order.size(); ++k)
        if (key(order[k - 1], order[k]) == 0 && (dupLine == 0 || lineOf[std::size_t(order[k])] < dupLine)) {
            dupLine = lineOf[std::size_t(order[k])];
            dupFirst = lineOf[std::size_t(order[k - 1])];
            dupIndex = order[k];
        }
    if (dupLine > 0)
        throw Error(path, Text::tr("trial '%1' vs '%2' is listed twice (first on line %3)")
                              .arg(t.files[dupIndex], t.fingerprints[dupIndex])
                              .arg(dupFirst),
                    dupLine);
    return t;
}

std::vector<LabelledClip> readFileListTsv(const QString &path)
{
    std::vector<LabelledClip> clips;
    int cFile = -1, headerLine = 0;
    QHash<QString, int> seen;
    forEachLine(path, [&](const QString &line, int no) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (cFile < 0) {
            cFile = findColumn(cells, {"file"});
            if (cFile < 0)
                throw Error(path, Text::tr("the header line has no column `file` (columns are tab-separated)"),
                            no);
            headerLine = no;
            return true;
        }
        if (cFile >= cells.size() || cells[cFile].trimmed().isEmpty())
            throw Error(path, Text::tr("no `file` value in this row"), no);
        LabelledClip c;
        c.file = cells[cFile].trimmed();
        if (seen.contains(c.file))
            throw Error(path,
                        Text::tr("file '%1' is listed twice (first on line %2)").arg(c.file).arg(seen[c.file]),
                        no);
        seen.insert(c.file, no);
        clips.push_back(std::move(c));
        return true;
    });
    if (cFile < 0)
        throw Error(path, Text::tr("the protocol is empty (a header line with a column `file` is needed)"));
    if (clips.empty())
        throwHeaderOnly(path, headerLine, false);
    return clips;
}

QString protocolFolder(const QString &protocolPath)
{
    const QString folder = QFileInfo(protocolPath).path(); // as written, "." for a bare name
    if (QFileInfo(folder).isAbsolute())
        return folder;
    return folder == QLatin1String(".") ? QDir::currentPath() : QDir::currentPath() + QLatin1Char('/') + folder;
}

QString resolveClipPath(const QString &root, const QString &file)
{
    QString path = file;
    if (QFileInfo(file).isRelative() && !root.isEmpty())
        path = root.endsWith(QLatin1Char('/')) ? root + file : root + QLatin1Char('/') + file;
    // ASVspoof protocols name clips without the extension.
    if (QFileInfo(file).suffix().isEmpty() && !QFileInfo::exists(path)
        && QFileInfo::exists(path + QStringLiteral(".flac")))
        path += QStringLiteral(".flac");
    // The path is never cleaned textually (QDir::cleanPath, QFileInfo::absoluteFilePath): after a symlink,
    // "link/.." is the parent of the link's target, which only the kernel knows. A path with "." or ".."
    // components that exists is replaced by its canonical form (resolved by the kernel, so every later
    // consumer, cleaning or not, opens the same file); one that does not exist is returned as written.
    const QStringList parts = QDir::fromNativeSeparators(path).split(QLatin1Char('/'));
    const bool dotted = parts.contains(QStringLiteral("..")) || parts.contains(QStringLiteral("."));
    if (dotted && QFileInfo::exists(path)) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (!canonical.isEmpty())
            path = canonical;
    }
    return path;
}

} // namespace st
