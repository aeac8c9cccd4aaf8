#!/usr/bin/env bash
# Installs every Debian 12 package SourceTrace needs to build, test and run.
# Idempotent: packages already present are left as they are. Needs root (or sudo).
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git time
  lld             # links the ~130 executables in a fifth of GNU ld's time (CMakeLists.txt, SOURCETRACE_LLD)
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev libqt6sql6-sqlite libqt6opengl6-dev libgl-dev
  libtorch-dev
  libopenblas0-openmp # LibTorch's matrix products through OpenBLAS instead of the reference BLAS (AASIST's graph back end: IG 20.5 -> 18-19 s, docs/explanations.md, Speed)
  libsndfile1-dev libsoxr-dev portaudio19-dev libeigen3-dev libfftw3-dev
  googletest libgtest-dev libbenchmark-dev
  xvfb xauth
  python3 python3-torch python3-numpy
  sox
  poppler-utils   # pdftotext / pdftoppm: tst_report reads and renders the court report
  desktop-file-utils libxml2-utils shared-mime-info   # tst_ui_desktop validates the desktop entry and MIME type
  slurm-wlm munge # slurm_local_cluster: a real one-node Slurm cluster (scripts/slurm/test-local-cluster.sh, 41 s)
)

# --fuzz adds clang and its libFuzzer/sanitizer runtimes (scripts/fuzz.sh, scripts/sanitize.sh).
if [ "${1:-}" = "--fuzz" ]; then
  PACKAGES+=(clang libclang-rt-14-dev)
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
