#pragma once
// Where SourceTrace's own read-only data lies: the default model and library (models/), the demo clip.
// Two layouts are recognised, so the same binaries work installed and from the build folder:
//  - installed: <prefix>/bin/sourcetrace-cli with <prefix>/share/sourcetrace/models/... and
//    <prefix>/share/sourcetrace/demo/demo.flac (the Debian package: prefix /usr);
//  - checkout: build/app/sourcetrace-cli with models/... and resources/demo/demo.flac at the checkout's root
//    (found from the executable's folder upwards, or through $SOURCETRACE_SOURCE_DIR).
#include <QList>
#include <QString>

namespace st {

/// One place that may hold SourceTrace's data, with its layout.
struct DataRoot
{
    QString path;           ///< the folder (clean, absolute)
    bool installed = false; ///< true: <prefix>/share/sourcetrace layout; false: a checkout's root
    QString modelsDir() const;  ///< <path>/models
    QString demoClip() const;   ///< <path>/demo/demo.flac (installed) or <path>/resources/demo/demo.flac
};

/// The candidate roots in the order they are searched, whether they exist or not:
///   <appDir>/../share/sourcetrace (installed), <appDir>, <appDir>/.., <appDir>/../.. (a build folder inside or
///   beside the checkout), then <sourceDir> when it is not empty. Duplicates are dropped.
QList<DataRoot> dataRootCandidates(const QString &appDir, const QString &sourceDir);
/// The same for this process: QCoreApplication::applicationDirPath() (when an application object exists) and
/// $SOURCETRACE_SOURCE_DIR.
QList<DataRoot> dataRootCandidates();

/// The first candidate whose demo clip exists, or an empty string.
QString findDemoClip(const QList<DataRoot> &candidates);
/// The demo clip for this process (installed or in the checkout), or an empty string when there is none.
QString findDemoClip();

} // namespace st
