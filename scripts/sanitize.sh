#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer (gcc), in build-asan/.
#   scripts/sanitize.sh [CTEST ARGS...]      e.g. scripts/sanitize.sh -R 'tst_audio|fuzz_replay'
# UBSan findings abort the test (-fno-sanitize-recover); leak checking is off (Qt's and LibTorch's
# process-lifetime allocations would drown real findings). Documented in docs/reliability.md with its
# time on the 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
BUILD=${ASAN_BUILD_DIR:-build-asan}
JOBS=${JOBS:-$(nproc)}
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSOURCETRACE_SANITIZE=ON \
    -DSOURCETRACE_BUILD_BENCH=OFF >/dev/null
fi
start=$(date +%s)
cmake --build "$BUILD" -j "$JOBS"
echo "sanitize: build finished in $(( $(date +%s) - start )) s"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
cd "$BUILD"
OMP_NUM_THREADS=1 ctest --output-on-failure -j "${TEST_JOBS:-2}" "$@"
echo "sanitize: build + tests finished in $(( $(date +%s) - start )) s"
