#include "tracing/ProtocolEnrolment.h"

#include "eval/Protocol.h"

#include <QDir>
#include <QFileInfo>

namespace st {

std::vector<ClipToEnrol> clipsFromProtocol(const QString &protocolTsv, const QString &root)
{
    const QString base = root.isEmpty() ? QFileInfo(protocolTsv).absolutePath() : root;
    std::vector<ClipToEnrol> out;
    for (const LabelledClip &c : readProjectTsv(protocolTsv)) {
        ClipToEnrol e;
        e.path = QFileInfo(c.file).isAbsolute() ? c.file : QDir(base).filePath(c.file);
        for (SourceLevel l : allSourceLevels())
            if (!labelAt(c, l).isEmpty())
                e.labels[l] = labelAt(c, l);
        if (e.labels.isEmpty())
            continue;
        QMap<QString, QString> a;
        if (!c.acousticModel.isEmpty())
            a[QStringLiteral("acoustic_model")] = c.acousticModel;
        if (!c.vocoder.isEmpty())
            a[QStringLiteral("vocoder")] = c.vocoder;
        for (auto it = c.attributes.cbegin(); it != c.attributes.cend(); ++it)
            if (it.key() != QLatin1String("text") && it.key() != QLatin1String("voice"))
                a[it.key()] = it.value();
        e.attributes[SourceLevel::Attack] = a;
        out.push_back(std::move(e));
    }
    return out;
}

QString findProtocolIn(const QString &folder)
{
    const QDir d(folder);
    if (d.exists(QStringLiteral("protocol.tsv")))
        return d.filePath(QStringLiteral("protocol.tsv"));
    const QStringList tsv = d.entryList({QStringLiteral("*.tsv")}, QDir::Files);
    return tsv.size() == 1 ? d.filePath(tsv.first()) : QString();
}

} // namespace st
