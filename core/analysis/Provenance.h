#pragma once
// Where a result came from: the evidence (path, size, SHA-256 checked just before the analysis), the model (name,
// kind, weights and manifest SHA-256), the library (path, SHA-256, bound model), the detection calibration set,
// the build (version, commit, compiler), the time, the user, the host and the device. Every analysis result, export
// and report carries one, so each figure can be traced back to its inputs.
#include <QJsonObject>
#include <QString>

namespace st {

struct Provenance
{
    QString evidencePath;
    QString evidenceSha256;
    qint64 evidenceBytes = 0;
    QString modelName;
    QString modelKind;
    QString modelWeightsSha256;
    QString modelManifestSha256;
    QString libraryPath;       ///< empty when no tracing ran
    QString librarySha256;
    QString calibration;       ///< the detection calibration set (protocol, SHA-256, trials, Cllr) or empty
    QString buildVersion;
    QString buildCommit;
    QString buildCompiler;
    QString time;              ///< UTC, ISO 8601 with milliseconds
    QString user;
    QString host;
    QString device;            ///< "cpu" or "cuda:0"
    int threads = 0;           ///< 0 = the library default

    /// This build, now, the current user and host.
    static Provenance here();
    /// The user name: $USER, $USERNAME or $LOGNAME, else the account the process runs as, else "unknown".
    static QString currentUser();

    QJsonObject toJson() const;
    /// Throws st::Error naming a missing or mistyped member.
    static Provenance fromJson(const QJsonObject &o);
    /// One line for exports: "evidence SHA-256 …; model … (weights SHA-256 …); SourceTrace … (commit …)".
    QString summaryLine() const;
};

} // namespace st
