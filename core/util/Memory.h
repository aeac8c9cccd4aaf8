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

/// One glibc malloc arena for every thread of the process (mallopt M_ARENA_MAX = 1). glibc gives each new thread an
/// arena of its own whose heaps hold at most 64 MB a block; a larger block (a row of AASIST's activations) is then a
/// fresh mapping at every allocation, and its pages fault in again for every row: Integrated Gradients with its rows
/// side by side on worker threads took 53 to 59 s for AASIST-L on a 4 s clip with 3.1 to 3.3 million minor page faults
/// (sys 18 to 24 s), and 29 to 31 s with one arena (0.3 to 0.4 million; bench_ig, docs/explanations.md, Speed).
/// Call it first thing in main(), before any thread exists: a thread that has allocated keeps its arena, and arenas
/// of threads that ended are handed to new ones. Idempotent; does nothing without glibc.
void useOneMallocArena();

} // namespace st
