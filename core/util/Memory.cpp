#include "util/Memory.h"

#include "util/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <limits>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::Memory)
};
} // namespace

namespace {

int64_t parseSize(QByteArray s, bool *ok)
{
    s = s.trimmed().toUpper();
    int64_t mul = 1;
    if (s.endsWith('B'))
        s.chop(1);
    if (!s.isEmpty()) {
        switch (s.back()) {
        case 'K': mul = int64_t(1) << 10; s.chop(1); break;
        case 'M': mul = int64_t(1) << 20; s.chop(1); break;
        case 'G': mul = int64_t(1) << 30; s.chop(1); break;
        case 'T': mul = int64_t(1) << 40; s.chop(1); break;
        default: break;
        }
    }
    const double v = s.toDouble(ok);
    if (!*ok || v < 0 || v * double(mul) > 9e18) {
        *ok = false;
        return 0;
    }
    return int64_t(v * double(mul));
}

int64_t readFirstNumber(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const int64_t v = f.readLine(64).trimmed().toLongLong(&ok);
    return ok ? v : -1;
}

} // namespace

int64_t availableMemoryBytes()
{
    const QByteArray env = qgetenv("SOURCETRACE_MEMORY_LIMIT");
    if (!env.isEmpty()) {
        bool ok = false;
        const int64_t v = parseSize(env, &ok);
        if (ok)
            return v;
    }
    int64_t avail = std::numeric_limits<int64_t>::max();
    QFile mi(QStringLiteral("/proc/meminfo"));
    if (mi.open(QIODevice::ReadOnly)) {
        while (!mi.atEnd()) {
            const QByteArray line = mi.readLine();
            if (line.startsWith("MemAvailable:")) {
                bool ok = false;
                const int64_t kb = line.mid(13).trimmed().split(' ').value(0).toLongLong(&ok);
                if (ok)
                    avail = kb * 1024;
                break;
            }
        }
    }
    // cgroup v2 (containers, systemd slices): what is left under memory.max.
    const int64_t max = readFirstNumber(QStringLiteral("/sys/fs/cgroup/memory.max"));
    const int64_t cur = readFirstNumber(QStringLiteral("/sys/fs/cgroup/memory.current"));
    if (max > 0 && cur >= 0)
        avail = std::min(avail, std::max<int64_t>(0, max - cur));
    return avail;
}

void useOneMallocArena()
{
#ifdef __GLIBC__
    mallopt(M_ARENA_MAX, 1);
#endif
}

QString formatBytes(int64_t bytes)
{
    const double b = double(bytes);
    if (b >= 1e9)
        return QStringLiteral("%1 GB").arg(b / 1e9, 0, 'f', 1);
    if (b >= 1e6)
        return QStringLiteral("%1 MB").arg(b / 1e6, 0, 'f', 0);
    if (b >= 1e3)
        return QStringLiteral("%1 KB").arg(b / 1e3, 0, 'f', 0);
    return QStringLiteral("%1 bytes").arg(bytes);
}

void checkMemoryBudget(int64_t bytes, const QString &what, const QString &path, const QString &advice)
{
    const int64_t avail = availableMemoryBytes();
    if (bytes < 0 || double(bytes) > 0.8 * double(avail)) {
        const QString needed = bytes < 0 ? Text::tr("more than 9 EB") : formatBytes(bytes);
        QString cause = avail == 1 ? Text::tr("%1 needs %2 of memory; %3 is available").arg(what, needed, formatBytes(avail))
                                   : Text::tr("%1 needs %2 of memory; %3 are available").arg(what, needed, formatBytes(avail));
        if (!advice.isEmpty())
            cause += QStringLiteral(": ") + advice;
        throw Error(path, cause);
    }
}

} // namespace st
