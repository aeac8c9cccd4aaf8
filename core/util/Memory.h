#pragma once
// How much memory a run may take, checked before it starts: a long recording or a model input that
// would not fit is refused with a message saying how much it needs and how much there is, instead of
// dying in an allocation (std::bad_alloc, a LibTorch trace or the kernel's OOM killer).
#include <QString>
#include <cstdint>

namespace st {

/// Bytes this process may still allocate: the smaller of the system's MemAvailable (/proc/meminfo)
/// and the room left under a cgroup memory limit, or SOURCETRACE_MEMORY_LIMIT when set (bytes, or
/// with a K/M/G suffix: "512M"), which tests and shared machines use to cap a run.
int64_t availableMemoryBytes();

/// Throws st::Error naming `path` when `bytes` exceeds 80 % of availableMemoryBytes(): "`what` needs
/// 37.7 GB of memory, 20.1 GB are available: `advice`".
void checkMemoryBudget(int64_t bytes, const QString &what, const QString &path, const QString &advice = {});

/// "37.7 GB", "512 MB", "12 KB".
QString formatBytes(int64_t bytes);

} // namespace st
