#pragma once
// What `sourcetrace --version` and `sourcetrace-cli --version` say: the version, the build (date, type, compiler),
// the git commit taken at configure time ("unknown" outside git) and the default model this binary would use
// (name, version, weights SHA-256 and whether the file matches the manifest's pin). An examiner quotes it; an
// IT department compares it with the package it installed.
#include "models/ModelRegistry.h"

#include <QString>

namespace st {

/// The build's own facts (generated at configure time: BuildInfo.h, BuildStamp.h).
QString buildVersion();   ///< the project version, e.g. "0.1.0"
QString buildDate();      ///< configure date, UTC, YYYY-MM-DD (honours SOURCE_DATE_EPOCH)
QString buildType();      ///< CMAKE_BUILD_TYPE, e.g. "Release"
QString buildCommit();    ///< git commit (12 hex digits) or "unknown"
QString buildCompiler();  ///< e.g. "GNU 12.2.0"

/// The default model as a registry finds it.
struct DefaultModelInfo
{
    bool found = false;     ///< a manifest named defaultModelName() was found
    QString name;
    QString version;
    QString manifestPath;
    QString weightsPath;
    QString pinnedSha256;   ///< the manifest's weightsSha256
    QString actualSha256;   ///< of the weights file; empty when it could not be read
    QString libraryPath;    ///< library.db beside the manifest, empty when absent
    QString state;          ///< "verified", "MISMATCH", "missing", "not pinned", or "not found"
};

DefaultModelInfo describeDefaultModel(const ModelRegistry &registry);
DefaultModelInfo describeDefaultModel(); ///< with ModelRegistry::defaultFolders()

/// The whole --version text (several lines, no trailing newline). `program` is the executable's name.
QString versionText(const QString &program, const DefaultModelInfo &model);
QString versionText(const QString &program);

} // namespace st
