#include "util/DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace st {

QString DataRoot::modelsDir() const { return path + QStringLiteral("/models"); }

QString DataRoot::demoClip() const
{
    return path + (installed ? QStringLiteral("/demo/demo.flac") : QStringLiteral("/resources/demo/demo.flac"));
}

QList<DataRoot> dataRootCandidates(const QString &appDir, const QString &sourceDir)
{
    QList<DataRoot> out;
    auto add = [&out](const QString &p, bool installed) {
        if (p.isEmpty())
            return;
        const QString clean = QDir::cleanPath(QDir(p).absolutePath());
        for (const DataRoot &r : out)
            if (r.path == clean && r.installed == installed)
                return;
        out.append(DataRoot{clean, installed});
    };
    if (!appDir.isEmpty()) {
        add(appDir + QStringLiteral("/../share/sourcetrace"), true);
        add(appDir, false);
        add(appDir + QStringLiteral("/.."), false);
        add(appDir + QStringLiteral("/../.."), false);
    }
    add(sourceDir, false);
    return out;
}

QList<DataRoot> dataRootCandidates()
{
    const QString app = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    return dataRootCandidates(app, qEnvironmentVariable("SOURCETRACE_SOURCE_DIR"));
}

QString findDemoClip(const QList<DataRoot> &candidates)
{
    for (const DataRoot &r : candidates) {
        const QFileInfo fi(r.demoClip());
        if (fi.isFile())
            return fi.absoluteFilePath();
    }
    return {};
}

QString findDemoClip() { return findDemoClip(dataRootCandidates()); }

} // namespace st
