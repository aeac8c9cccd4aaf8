#include "analysis/Provenance.h"

#include "analysis/JsonRead.h"

#include "BuildInfo.h"

#include <QDateTime>
#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace st {

QString Provenance::currentUser()
{
    for (const char *v : {"USER", "USERNAME", "LOGNAME"}) {
        const QString u = qEnvironmentVariable(v);
        if (!u.isEmpty())
            return u;
    }
    // No login variables (a service, a container, xvfb-run from cron): the account the process runs as.
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("unknown");
}

Provenance Provenance::here()
{
    Provenance p;
    p.buildVersion = QStringLiteral(SOURCETRACE_VERSION);
    p.buildCommit = QStringLiteral(SOURCETRACE_GIT_COMMIT);
    p.buildCompiler = QStringLiteral(SOURCETRACE_COMPILER);
    p.time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    p.user = currentUser();
    p.host = QSysInfo::machineHostName();
    return p;
}

QJsonObject Provenance::toJson() const
{
    return QJsonObject{
        {QStringLiteral("evidencePath"), evidencePath},
        {QStringLiteral("evidenceSha256"), evidenceSha256},
        {QStringLiteral("evidenceBytes"), double(evidenceBytes)},
        {QStringLiteral("model"), modelName},
        {QStringLiteral("modelKind"), modelKind},
        {QStringLiteral("modelWeightsSha256"), modelWeightsSha256},
        {QStringLiteral("modelManifestSha256"), modelManifestSha256},
        {QStringLiteral("library"), libraryPath},
        {QStringLiteral("librarySha256"), librarySha256},
        {QStringLiteral("calibration"), calibration},
        {QStringLiteral("buildVersion"), buildVersion},
        {QStringLiteral("buildCommit"), buildCommit},
        {QStringLiteral("buildCompiler"), buildCompiler},
        {QStringLiteral("time"), time},
        {QStringLiteral("user"), user},
        {QStringLiteral("host"), host},
        {QStringLiteral("device"), device},
        {QStringLiteral("threads"), threads},
    };
}

Provenance Provenance::fromJson(const QJsonObject &o)
{
    const json::Reader in(o, QStringLiteral("provenance"));
    Provenance p;
    p.evidencePath = in.string(QStringLiteral("evidencePath"));
    p.evidenceSha256 = in.string(QStringLiteral("evidenceSha256"));
    p.evidenceBytes = in.integer(QStringLiteral("evidenceBytes"));
    p.modelName = in.string(QStringLiteral("model"));
    p.modelKind = in.string(QStringLiteral("modelKind"));
    p.modelWeightsSha256 = in.string(QStringLiteral("modelWeightsSha256"));
    p.modelManifestSha256 = in.string(QStringLiteral("modelManifestSha256"));
    p.libraryPath = in.string(QStringLiteral("library"));
    p.librarySha256 = in.string(QStringLiteral("librarySha256"));
    p.calibration = in.string(QStringLiteral("calibration"));
    p.buildVersion = in.string(QStringLiteral("buildVersion"));
    p.buildCommit = in.string(QStringLiteral("buildCommit"));
    p.buildCompiler = in.string(QStringLiteral("buildCompiler"));
    p.time = in.string(QStringLiteral("time"));
    p.user = in.string(QStringLiteral("user"));
    p.host = in.string(QStringLiteral("host"));
    p.device = in.string(QStringLiteral("device"));
    p.threads = int(in.integer(QStringLiteral("threads")));
    return p;
}

QString Provenance::summaryLine() const
{
    QString s = QStringLiteral("evidence SHA-256 %1").arg(evidenceSha256.isEmpty() ? QStringLiteral("(not hashed)") : evidenceSha256);
    if (!modelName.isEmpty())
        s += QStringLiteral("; model %1 (weights SHA-256 %2)").arg(modelName, modelWeightsSha256);
    if (!libraryPath.isEmpty())
        s += QStringLiteral("; library SHA-256 %1").arg(librarySha256);
    s += QStringLiteral("; SourceTrace %1 (commit %2), %3 UTC").arg(buildVersion, buildCommit, time);
    return s;
}

} // namespace st
