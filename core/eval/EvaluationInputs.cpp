// The readers of an evaluation run's inputs: the embeddings of trace mode (an `embed` npy folder with keys.txt and
// optional logits.npy, or an embedding CSV) and the detection scores (a score file or `detect --json` output).
// Protocols and trial lists have their own readers (eval/Protocol.h).
#include "eval/EvaluationRun.h"
#include "eval/EvaluationRunPrivate.h"

#include "eval/EmbeddingTable.h"
#include "eval/ScoreFile.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

#include <cmath>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::EvaluationInputs)
};
} // namespace

namespace {

/// Every value of a rows x cols float array read from `path` must be finite: a NaN embedding would score as a
/// cosine of 0 (or NaN) and silently move every metric.
void requireFinite(const QString &path, const std::vector<float> &data, int64_t rows, int64_t cols,
                   const QStringList &keys, const QString &what)
{
    for (int64_t r = 0; r < rows; ++r)
        for (int64_t c = 0; c < cols; ++c) {
            const float v = data[std::size_t(r * cols + c)];
            if (!std::isfinite(v))
                throw Error(path, (std::isnan(v) ? Text::tr("row %1 (key '%2'), %3 %4 is NaN: the file is corrupt")
                                                 : Text::tr("row %1 (key '%2'), %3 %4 is infinite: the file is corrupt"))
                                      .arg(r)
                                      .arg(r < keys.size() ? keys[int(r)] : QString())
                                      .arg(what)
                                      .arg(c));
        }
}

} // namespace

namespace evalrun {

Embeddings readEmbeddings(const QString &path)
{
    Embeddings e;
    const QFileInfo fi(path);
    if (fi.isDir()) {
        const QString npy = QDir(path).filePath(QStringLiteral("embeddings.npy"));
        const QString keys = QDir(path).filePath(QStringLiteral("keys.txt"));
        if (!QFileInfo::exists(npy) || !QFileInfo::exists(keys))
            throw Error(path, Text::tr("an embedding folder needs embeddings.npy and keys.txt (as written by "
                                             "`sourcetrace-cli embed --format npy`)"));
        e.namesFile = keys;
        QFile kf(keys);
        if (!kf.open(QIODevice::ReadOnly))
            throw Error(keys, Text::tr("cannot open: %1").arg(kf.errorString()));
        QHash<QString, int> seen;
        int no = 0;
        while (!kf.atEnd()) {
            QByteArray raw = kf.readLine();
            ++no;
            while (raw.endsWith('\n') || raw.endsWith('\r'))
                raw.chop(1);
            const QString line = decodeUtf8Line(keys, raw, no);
            if (line.isEmpty())
                continue;
            if (seen.contains(line))
                throw Error(keys, Text::tr("key '%1' is listed twice (first on line %2)").arg(line).arg(seen[line]),
                            no);
            seen.insert(line, no);
            e.names << line;
            e.nameLines.push_back(no);
        }
        std::vector<int64_t> shape;
        const std::vector<float> data = readNpy(npy, shape);
        if (shape.size() != 2)
            throw Error(npy, Text::tr("expected a 2-D array (clips x dimensions), found %1-D").arg(shape.size()));
        if (shape[1] < 1)
            throw Error(npy, Text::tr("the embeddings have dimension 0 (shape %1 x 0)").arg(shape[0]));
        if (int64_t(e.names.size()) != shape[0])
            throw Error(keys, Text::tr("%1 keys for %2 embedding rows in embeddings.npy: the folder is "
                                             "inconsistent (an interrupted run? rerun `embed` to resume)")
                                  .arg(e.names.size())
                                  .arg(shape[0]));
        requireFinite(npy, data, shape[0], shape[1], e.names, Text::tr("dimension", "row 3 (key 'x'), dimension 5 is NaN"));
        const std::size_t d = std::size_t(shape[1]);
        for (int64_t r = 0; r < shape[0]; ++r)
            e.rows.emplace_back(data.begin() + std::ptrdiff_t(std::size_t(r) * d),
                                data.begin() + std::ptrdiff_t(std::size_t(r + 1) * d));
        const QString logitsPath = QDir(path).filePath(QStringLiteral("logits.npy"));
        if (QFileInfo::exists(logitsPath)) {
            std::vector<int64_t> ls;
            const std::vector<float> ld = readNpy(logitsPath, ls);
            if (ls.size() != 2 || ls[0] != shape[0] || ls[1] < 1)
                throw Error(logitsPath, Text::tr("expected a %1 x C array of logits (one row per embedding), "
                                                       "found shape %2: the folder is inconsistent")
                                            .arg(shape[0])
                                            .arg(ls.size() == 2 ? QStringLiteral("%1 x %2").arg(ls[0]).arg(ls[1])
                                                                : QStringLiteral("%1-D").arg(ls.size())));
            requireFinite(logitsPath, ld, ls[0], ls[1], e.names, Text::tr("class", "row 3 (key 'x'), class 5 is NaN"));
            const std::size_t c = std::size_t(ls[1]);
            for (int64_t r = 0; r < ls[0]; ++r)
                e.logits.emplace_back(ld.begin() + std::ptrdiff_t(std::size_t(r) * c),
                                      ld.begin() + std::ptrdiff_t(std::size_t(r + 1) * c));
        }
        return e;
    }
    if (!fi.exists())
        throw Error(path, Text::tr("no such embedding file or folder"));
    EmbeddingTable t = EmbeddingTable::readCsv(path);
    e.namesFile = path;
    e.names = std::move(t.names);
    e.rows = std::move(t.rows);
    e.nameLines = std::move(t.lines);
    return e;
}

} // namespace evalrun

QHash<QString, double> readDetectionScores(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, Text::tr("cannot open the score file: %1").arg(f.errorString()));
    QByteArray firstLine;
    while (!f.atEnd()) {
        firstLine = f.readLine().trimmed();
        if (firstLine.startsWith("\xEF\xBB\xBF"))
            firstLine.remove(0, 3);
        if (!firstLine.isEmpty())
            break;
    }
    if (!firstLine.startsWith('{')) {
        f.close();
        return ScoreFile::read(path).byFile;
    }
    // JSON Lines of `sourcetrace-cli detect --json`.
    f.seek(0);
    QHash<QString, double> scores;
    QHash<QString, int> firstSeen;
    int no = 0;
    while (!f.atEnd()) {
        QByteArray line = f.readLine().trimmed();
        ++no;
        if (no == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        if (line.isEmpty())
            continue;
        (void)decodeUtf8Line(path, line, no); // names the line of a bad byte (the JSON parser names an offset)
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            throw Error(path, Text::tr("not a JSON object (%1)").arg(pe.errorString()), no);
        const QJsonObject o = doc.object();
        const QString file = o.value(QStringLiteral("file")).toString();
        if (file.isEmpty())
            throw Error(path, Text::tr("the object has no \"file\""), no);
        const QJsonValue s = o.value(QStringLiteral("score"));
        if (!s.isDouble())
            throw Error(path, (s.isNull() ? Text::tr("\"score\" of '%1' is null, not a number")
                                          : Text::tr("\"score\" of '%1' is missing or not numeric, not a number"))
                                  .arg(file),
                        no);
        if (!std::isfinite(s.toDouble()))
            throw Error(path, Text::tr("\"score\" of '%1' is not a finite number").arg(file), no);
        if (firstSeen.contains(file))
            throw Error(path, Text::tr("'%1' is scored twice (first on line %2)").arg(file).arg(firstSeen[file]),
                        no);
        firstSeen.insert(file, no);
        scores.insert(file, s.toDouble());
    }
    if (scores.isEmpty())
        throw Error(path, Text::tr("the score file has no scores"));
    return scores;
}

} // namespace st
