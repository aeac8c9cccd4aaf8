#!/usr/bin/env bash
# Installs what the training-corpus builder needs, in one idempotent step (Debian 12, root or sudo):
#  - the synthesisers, voices and codec tools it runs (apt-get install; only the engines and voices that
#    ../shared/corpus/TRAINING-SOURCES.md allows; the 8 kHz festvox variants conflict with the 16 kHz ones
#    and are left out);
#  - the Debian packages that hold the allowed bona fide recordings, fetched with `apt-get download` and
#    unpacked with `dpkg-deb -x` into CACHE/pkgroot (their program dependencies are not installed).
# Usage: scripts/corpus/install.sh [CACHE]   (default CACHE: ${XDG_CACHE_HOME:-$HOME/.cache}/sourcetrace-corpus)
set -euo pipefail
CACHE="${1:-${XDG_CACHE_HOME:-$HOME/.cache}/sourcetrace-corpus}"

TOOLS=(
  espeak-ng flite festival
  festvox-kallpc16k festvox-kdlpc16k
  festvox-italp16k festvox-itapc16k festvox-czech-ph festvox-suopuhe-lj festvox-suopuhe-mv
  sptk ffmpeg sox libsox-fmt-all python3 python3-numpy
)
# Packages whose speech files are allowed bona fide material (TRAINING-SOURCES.md, "Bona fide").
DATA=(
  asterisk-core-sounds-en-g722 asterisk-core-sounds-it-wav asterisk-core-sounds-ru-wav
  asterisk-prompt-it-menardi-wav festvox-ru klettres-data ktuberling-data kajongg fillets-ng-data
  codec2-examples sphinxtrain linphone-common alsa-utils
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
missing=()
for p in "${TOOLS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
updated=0
if [ ${#missing[@]} -gt 0 ]; then
  echo "corpus/install: installing ${#missing[@]} packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq; updated=1
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "corpus/install: all ${#TOOLS[@]} tool packages already installed"
fi

mkdir -p "$CACHE/debs" "$CACHE/pkgroot"
for p in "${DATA[@]}"; do
  if [ -f "$CACHE/pkgroot/.$p.done" ]; then continue; fi
  if [ $updated -eq 0 ]; then $SUDO apt-get update -qq; updated=1; fi
  (cd "$CACHE/debs" && rm -f "${p}"_*.deb && apt-get download -qq "$p")
  dpkg-deb -x "$CACHE"/debs/"${p}"_*.deb "$CACHE/pkgroot"
  touch "$CACHE/pkgroot/.$p.done"
  echo "corpus/install: unpacked $p"
done
echo "corpus/install: data packages unpacked under $CACHE/pkgroot"
