#!/usr/bin/env bash
# The one set-up-and-run command: installs the Debian packages, builds, and starts the SourceTrace GUI
# on its bundled demo clip (or on the files given as arguments). Without a display it runs under
# Xvfb when xvfb-run is available (then nothing is visible: use --screenshot FILE to see a frame).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
APP="${BUILD_DIR:-build}/app/sourcetrace"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  echo "no display: running under xvfb-run (headless)"
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$APP" "$@"
fi
exec "$APP" "$@"
