#pragma once
// Helpers for the fuzz targets: every reader of outside input gets one (docs/reliability.md).
// A target writes the fuzzer's bytes to a file (the readers take paths, as the application does),
// calls the reader and swallows st::Error: a clear error is the expected answer to a broken input;
// anything else (a crash, a sanitizer report, another exception type) is a finding.
#include "util/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <memory>

namespace stfuzz {

/// One private folder per process (tmpfs when TMPDIR points there), made once.
inline const QString &scratchDir()
{
    static QTemporaryDir *dir = [] {
        auto *d = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/st-fuzz-XXXXXX"));
        d->setAutoRemove(true);
        return d;
    }();
    static const QString path = dir->path();
    return path;
}

/// Writes `data` to scratchDir()/name and returns the path.
inline QString writeInput(const uint8_t *data, size_t size, const QString &name)
{
    const QString path = scratchDir() + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    f.write(reinterpret_cast<const char *>(data), qint64(size));
    f.close();
    return path;
}

/// A QCoreApplication for readers that need one (QtSql drivers), made once.
inline void ensureApp()
{
    static int argc = 1;
    static char name[] = "st-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

/// Runs `f`; st::Error is the expected outcome of broken input. std::bad_alloc is a finding (the
/// readers must bound their allocations before making them), as is any other exception.
template <typename F>
void expectCleanError(F &&f)
{
    try {
        f();
    } catch (const st::Error &) {
    }
}

} // namespace stfuzz
