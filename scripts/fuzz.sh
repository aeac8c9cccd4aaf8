#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) in build-fuzz/ and runs each for a fixed time.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 60 s, every target in fuzz/targets/)
#   FUZZ_SEED=N fixes libFuzzer's random seed (CI does, so that its short pass mutates the same way each run).
# New inputs that reach new code go to build-fuzz/fuzz-work/TARGET (never into the repository's seed
# corpus); a crash leaves its reproducer in build-fuzz/fuzz-artifacts/TARGET/ and makes this script
# exit non-zero. Keep a fixed crash's reproducer in fuzz/regressions/TARGET/: every normal build
# replays it (CTest: fuzz_replay_TARGET). Prints a table of executions and coverage per target.
set -euo pipefail
cd "$(dirname "$0")/.."
SECS=${1:-60}
[ $# -gt 0 ] && shift
bash scripts/install-deps.sh --fuzz
BUILD=${FUZZ_BUILD_DIR:-build-fuzz}
JOBS=${JOBS:-$(nproc)}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for f in fuzz/targets/*.cmake; do targets+=("$(basename "$f" .cmake)"); done
fi
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSOURCETRACE_FUZZ=ON -DSOURCETRACE_BUILD_TESTS=OFF -DSOURCETRACE_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$BUILD" -j "$JOBS" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen OMP_NUM_THREADS=1
status=0
summary=()
for t in "${targets[@]}"; do
  work="$BUILD/fuzz-work/$t"; art="$BUILD/fuzz-artifacts/$t"; log="$BUILD/fuzz-$t.log"
  rm -rf "$art"; mkdir -p "$work" "$art" # artifacts of this run only (keep fixed ones in fuzz/regressions/)
  seeds=(); [ -d "fuzz/corpus/$t" ] && seeds+=("fuzz/corpus/$t")
  echo "fuzz: $t for ${SECS} s"
  if ! "$BUILD/fuzz/fuzz_$t" -max_total_time="$SECS" -timeout=20 -rss_limit_mb=3072 -print_final_stats=1 -seed="${FUZZ_SEED:-0}" \
       -artifact_prefix="$art/" "$work" "${seeds[@]}" >"$log" 2>&1; then
    status=1
    echo "fuzz: $t FOUND A CRASH (see $log and $art/)"
  fi
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
  corpus=$(ls "$work" | wc -l)
  summary+=("$(printf '%-14s %12s execs  cov %6s  ft %6s  corpus %5s  %s' "$t" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$corpus" \
    "$(ls "$art" | grep -q . && echo CRASH || echo ok)")")
done
printf '%s\n' "fuzz: ${SECS} s per target" "${summary[@]}"
exit $status
