#include "models/VersionInfo.h"

#include "BuildInfo.h"
#include "BuildStamp.h"
#include "util/DataPaths.h"
#include "util/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace st {

QString buildVersion() { return QStringLiteral(SOURCETRACE_VERSION); }
QString buildDate() { return QStringLiteral(SOURCETRACE_BUILD_DATE); }
QString buildType() { return QStringLiteral(SOURCETRACE_BUILD_TYPE).isEmpty() ? QStringLiteral("none") : QStringLiteral(SOURCETRACE_BUILD_TYPE); }
QString buildCommit() { return QStringLiteral(SOURCETRACE_GIT_COMMIT); }
QString buildCompiler() { return QStringLiteral(SOURCETRACE_COMPILER); }

DefaultModelInfo describeDefaultModel(const ModelRegistry &registry)
{
    DefaultModelInfo info;
    info.name = defaultModelName();
    info.state = QStringLiteral("not found");
    const ModelEntry *e = registry.find(defaultModelName());
    if (!e)
        return info;
    info.found = true;
    info.version = e->manifest.version;
    info.manifestPath = QFileInfo(e->manifest.manifestPath).absoluteFilePath();
    info.weightsPath = QDir::cleanPath(e->manifest.resolvedWeightsPath());
    info.pinnedSha256 = e->manifest.weightsSha256;
    const QString lib = QFileInfo(info.manifestPath).absoluteDir().filePath(QStringLiteral("library.db"));
    if (QFileInfo(lib).isFile())
        info.libraryPath = lib;
    if (!QFileInfo(info.weightsPath).isFile()) {
        info.state = QStringLiteral("missing");
        return info;
    }
    try {
        info.actualSha256 = ModelRegistry::cachedSha256(info.weightsPath);
    } catch (const Error &) {
        info.state = QStringLiteral("missing");
        return info;
    }
    if (info.pinnedSha256.isEmpty())
        info.state = QStringLiteral("not pinned");
    else
        info.state = info.actualSha256 == info.pinnedSha256 ? QStringLiteral("verified") : QStringLiteral("MISMATCH");
    return info;
}

DefaultModelInfo describeDefaultModel() { return describeDefaultModel(ModelRegistry()); }

QString versionText(const QString &program, const DefaultModelInfo &m)
{
    QStringList l;
    l << QStringLiteral("%1 %2").arg(program, buildVersion());
    l << QStringLiteral("build: %1, %2, %3").arg(buildDate(), buildType(), buildCompiler());
    l << QStringLiteral("commit: %1").arg(buildCommit());
    if (!m.found) {
        l << QStringLiteral("default model: %1 not found (searched %2)")
                 .arg(m.name, ModelRegistry::defaultFolders().join(QStringLiteral(", ")));
    } else {
        l << QStringLiteral("default model: %1, %2").arg(m.name, m.version);
        l << QStringLiteral("  manifest: %1").arg(QDir::toNativeSeparators(m.manifestPath));
        const QString sha = !m.actualSha256.isEmpty() ? m.actualSha256 : m.pinnedSha256;
        QString state = m.state;
        if (m.state == QLatin1String("MISMATCH"))
            state = QStringLiteral("MISMATCH: the manifest pins %1").arg(m.pinnedSha256);
        l << QStringLiteral("  weights SHA-256: %1 (%2)").arg(sha.isEmpty() ? QStringLiteral("-") : sha, state);
        l << QStringLiteral("  library: %1")
                 .arg(m.libraryPath.isEmpty() ? QStringLiteral("none") : QDir::toNativeSeparators(m.libraryPath));
    }
    const QString demo = findDemoClip();
    l << QStringLiteral("demo clip: %1").arg(demo.isEmpty() ? QStringLiteral("none") : QDir::toNativeSeparators(demo));
    return l.join(QLatin1Char('\n'));
}

QString versionText(const QString &program) { return versionText(program, describeDefaultModel()); }

} // namespace st
