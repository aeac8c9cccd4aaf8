#include "eval/ScoreFile.h"

#include "util/Error.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace st {

ScoreFile ScoreFile::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, QStringLiteral("cannot open the score file: %1").arg(f.errorString()));
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    ScoreFile sf;
    QHash<QString, int> firstLine;
    int no = 0, cFile = 0, cScore = 1;
    bool csv = false, first = true;
    while (!f.atEnd()) {
        QString line = QString::fromUtf8(f.readLine());
        ++no;
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        QStringList fields;
        if (first) {
            first = false;
            csv = line.contains(QLatin1Char(','));
            if (csv) {
                splitCsvLine(line, QLatin1Char(','), fields);
                cFile = cScore = -1;
                for (int i = 0; i < fields.size(); ++i) {
                    const QString h = fields[i].trimmed().toLower();
                    if (h == QLatin1String("file") || h == QLatin1String("filename") || h == QLatin1String("path"))
                        cFile = i;
                    else if (h == QLatin1String("score"))
                        cScore = i;
                }
                if (cFile < 0 || cScore < 0)
                    throw Error(path, QStringLiteral("a CSV score file needs a header with 'file' and 'score' columns"),
                                no);
                continue;
            }
        }
        if (csv) {
            if (!splitCsvLine(line, QLatin1Char(','), fields))
                throw Error(path, QStringLiteral("unterminated quote"), no);
        } else {
            fields = line.split(ws, Qt::SkipEmptyParts);
            if (fields.size() != 2)
                throw Error(path, QStringLiteral("expected 'file score', found %1 fields").arg(fields.size()), no);
        }
        if (fields.size() <= std::max(cFile, cScore))
            throw Error(path, QStringLiteral("too few fields"), no);
        bool ok = false;
        const double s = fields[cScore].toDouble(&ok);
        if (!ok)
            throw Error(path, QStringLiteral("score '%1' is not a number").arg(fields[cScore]), no);
        const QString file = fields[cFile];
        if (firstLine.contains(file))
            throw Error(path, QStringLiteral("'%1' is scored twice (first on line %2)").arg(file).arg(firstLine[file]),
                        no);
        firstLine.insert(file, no);
        sf.byFile.insert(file, s);
    }
    return sf;
}

std::vector<double> ScoreFile::forClips(const std::vector<LabelledClip> &clips, const QString &path) const
{
    QHash<QString, double> byBase;
    for (auto it = byFile.cbegin(); it != byFile.cend(); ++it)
        byBase.insert(QFileInfo(it.key()).completeBaseName(), it.value());
    std::vector<double> r;
    r.reserve(clips.size());
    for (const LabelledClip &c : clips) {
        auto it = byFile.constFind(c.file);
        if (it != byFile.cend()) {
            r.push_back(it.value());
            continue;
        }
        auto b = byBase.constFind(QFileInfo(c.file).completeBaseName());
        if (b == byBase.cend())
            throw Error(path, QStringLiteral("no score for clip '%1' of the protocol").arg(c.file));
        r.push_back(b.value());
    }
    return r;
}

} // namespace st
