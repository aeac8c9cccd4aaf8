#include "eval/ScoreFile.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::ScoreFile)
};
} // namespace

ScoreFile ScoreFile::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, Text::tr("cannot open the score file: %1")
                              .arg(f.exists() ? f.errorString() : Text::tr("no such file")));
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    ScoreFile sf;
    QHash<QString, int> firstLine;
    int no = 0, cFile = 0, cScore = 1, columns = 2, headerLine = 0;
    bool csv = false, first = true;
    QStringList header;
    while (!f.atEnd()) {
        QByteArray raw = f.readLine();
        ++no;
        if (no == 1 && raw.startsWith("\xEF\xBB\xBF"))
            raw.remove(0, 3);
        const QString line = decodeUtf8Line(path, raw, no).trimmed();
        if (line.isEmpty())
            continue;
        QStringList fields;
        if (first) {
            first = false;
            csv = line.contains(QLatin1Char(','));
            if (csv) {
                if (!splitCsvLine(line, QLatin1Char(','), header))
                    throw Error(path, Text::tr("unterminated quote in the header"), no);
                headerLine = no;
                columns = int(header.size());
                cFile = cScore = -1;
                for (int i = 0; i < header.size(); ++i) {
                    const QString h = header[i].trimmed().toLower();
                    const bool isFile = h == QLatin1String("file") || h == QLatin1String("filename")
                                        || h == QLatin1String("path");
                    const bool isScore = h == QLatin1String("score");
                    if ((isFile && cFile >= 0) || (isScore && cScore >= 0))
                        throw Error(path, Text::tr("the header has two %1 columns (%2 and %3)")
                                              .arg(isFile ? QStringLiteral("file") : QStringLiteral("score"))
                                              .arg((isFile ? cFile : cScore) + 1)
                                              .arg(i + 1),
                                    no);
                    if (isFile)
                        cFile = i;
                    else if (isScore)
                        cScore = i;
                }
                if (cFile < 0 || cScore < 0)
                    throw Error(path, Text::tr("a CSV score file needs a header with 'file' and 'score' columns"),
                                no);
                continue;
            }
        }
        if (csv) {
            if (!splitCsvLine(line, QLatin1Char(','), fields))
                throw Error(path, Text::tr("unterminated quote"), no);
            if (int(fields.size()) != columns)
                throw Error(path, Text::tr("expected %1 comma-separated fields as in the header on line %2, "
                                                 "found %3")
                                      .arg(columns)
                                      .arg(headerLine)
                                      .arg(fields.size()),
                            no);
        } else {
            fields = line.split(ws, Qt::SkipEmptyParts);
            if (fields.size() != 2)
                throw Error(path, Text::tr("expected 'file score', found %1 fields").arg(fields.size()), no);
        }
        double s = 0;
        if (!parseFiniteNumber(fields[cScore], s))
            throw Error(path, Text::tr("score '%1' is not a finite number").arg(fields[cScore].trimmed()), no);
        const QString file = fields[cFile].trimmed();
        if (file.isEmpty())
            throw Error(path, Text::tr("empty file name"), no);
        if (firstLine.contains(file))
            throw Error(path, Text::tr("'%1' is scored twice (first on line %2)").arg(file).arg(firstLine[file]),
                        no);
        firstLine.insert(file, no);
        sf.byFile.insert(file, s);
    }
    if (first)
        throw Error(path, Text::tr("the score file is empty"));
    if (sf.byFile.isEmpty())
        throw Error(path, Text::tr("the score file has a header (line %1) and no rows").arg(headerLine),
                    headerLine);
    return sf;
}

std::vector<double> ScoreFile::forClips(const std::vector<LabelledClip> &clips, const QString &path) const
{
    // Base-name matching only where the base name is unique among the scored files: "a/x.wav" and "b/x.wav"
    // scored apart must not let a protocol's "x" pick one of them at random.
    QHash<QString, QString> byBase; // base -> scored file ("" = ambiguous)
    for (auto it = byFile.cbegin(); it != byFile.cend(); ++it) {
        const QString base = QFileInfo(it.key()).completeBaseName();
        auto b = byBase.find(base);
        if (b == byBase.end())
            byBase.insert(base, it.key());
        else
            b.value().clear();
    }
    QHash<QString, QString> usedBy; // scored file -> the clip that took its score
    std::vector<double> r;
    r.reserve(clips.size());
    for (const LabelledClip &c : clips) {
        QString key;
        if (byFile.contains(c.file)) {
            key = c.file;
        } else {
            const QString base = QFileInfo(c.file).completeBaseName();
            auto b = byBase.constFind(base);
            if (b == byBase.cend())
                throw Error(path, Text::tr("no score for clip '%1' of the protocol").arg(c.file));
            if (b.value().isEmpty())
                throw Error(path, Text::tr("clip '%1' of the protocol has no exact score line and its base "
                                                 "name '%2' matches several scored files: use the protocol's names")
                                      .arg(c.file, base));
            key = b.value();
        }
        auto u = usedBy.constFind(key);
        if (u != usedBy.cend())
            throw Error(path, Text::tr("the score of '%1' would count for two clips of the protocol ('%2' and "
                                             "'%3'): use the protocol's names")
                                  .arg(key, u.value(), c.file));
        usedBy.insert(key, c.file);
        r.push_back(byFile.value(key));
    }
    return r;
}

} // namespace st
