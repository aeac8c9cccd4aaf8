#pragma once
// Small helpers shared by the test suites.
#include <QDir>
#include <QString>
#include <QtGlobal>

namespace sttest {

/// The shared/ folder beside the checkout, or an empty string when it is absent.
inline QString sharedDir()
{
    QString d = qEnvironmentVariable("SOURCETRACE_SHARED");
    if (d.isEmpty() || !QDir(d).exists())
        return {};
    return QDir(d).canonicalPath();
}

inline QString sourceDir() { return qEnvironmentVariable("SOURCETRACE_SOURCE_DIR"); }

} // namespace sttest

/// Skips the current test with a clear message when ../shared is not there.
#define ST_REQUIRE_SHARED(var)                                                                     \
    const QString var = sttest::sharedDir();                                                       \
    if (var.isEmpty())                                                                             \
        QSKIP("../shared is absent (set SOURCETRACE_SHARED): this test needs the shared corpus/models");
