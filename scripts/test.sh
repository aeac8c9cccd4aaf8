#!/usr/bin/env bash
# The one test command: installs the Debian packages, builds, and runs the whole test suite with CTest.
# Tests that need ../shared skip with a clear message when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
bash scripts/install-deps.sh
# The corpus builder's tools and the allowed bona fide packages (tst_corpus_builder runs it on its tiny configuration).
bash scripts/corpus/install.sh
bash scripts/build.sh
built=$(date +%s)
echo "build finished in $((built - start)) s"
cd "${BUILD_DIR:-build}"
# One LibTorch thread per test process, two test processes at a time (2 cores).
OMP_NUM_THREADS=1 ctest --output-on-failure -j "${TEST_JOBS:-2}"
echo "build + tests finished in $(( $(date +%s) - start )) s"
