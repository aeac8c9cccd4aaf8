#!/usr/bin/env bash
# Refreshes the translation sources translations/sourcetrace_<lang>.ts from the C++ sources with lupdate.
#   scripts/i18n/update.sh              update every translations/sourcetrace_*.ts (translations are kept)
#   scripts/i18n/update.sh --extract F  write a fresh extraction (no translations) to F; the i18n test uses it
# translations/sourcetrace_en.ts holds only the plural messages (English plural forms of "%n clip(s)").
# Fixed options so that the .ts files do not churn: no source locations (-locations none), no obsolete entries
# (-no-obsolete), sorted contexts. It scans ui/, app/, report/ and core/ (core only has strings marked with
# tr()/QT_TR_NOOP). Runs under flock /tmp/ts.lock, like scripts/i18n/fill.py, so fills and updates never interleave.
# LUPDATE names the lupdate binary (default: Qt 6's, from qtpaths6). See docs/translations.md.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

if [[ -z "${LUPDATE:-}" ]]; then
  bins=$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || true)
  if [[ -n "$bins" && -x "$bins/lupdate" ]]; then LUPDATE="$bins/lupdate"
  elif [[ -x /usr/lib/qt6/bin/lupdate ]]; then LUPDATE=/usr/lib/qt6/bin/lupdate
  else echo "update.sh: no Qt 6 lupdate found (install qt6-l10n-tools / linguist-qt6, or set LUPDATE)" >&2; exit 2
  fi
fi

# The sources scanned, relative to the checkout; one list for the update and the test's extraction.
sources=("$root/ui" "$root/app" "$root/report" "$root/core")
opts=(-silent -locations none -no-obsolete -extensions cpp,h -source-language en)

if [[ "${1:-}" == "--extract" ]]; then
  [[ $# -eq 2 ]] || { echo "usage: update.sh --extract OUT.ts" >&2; exit 2; }
  rm -f "$2"
  exec "$LUPDATE" "${opts[@]}" "${sources[@]}" -ts "$2"
fi
[[ $# -eq 0 ]] || { echo "usage: update.sh [--extract OUT.ts]" >&2; exit 2; }

shopt -s nullglob
ts=()
for f in "$root"/translations/sourcetrace_*.ts; do
  [[ "$f" == */sourcetrace_en.ts ]] || ts+=("$f")
done
[[ ${#ts[@]} -gt 0 ]] || { echo "update.sh: no translations/sourcetrace_*.ts" >&2; exit 2; }
exec 9>/tmp/ts.lock
flock 9
"$LUPDATE" "${opts[@]}" "${sources[@]}" -ts "${ts[@]}"
# English is the source language: its .ts holds only the plural messages ("%n clip(s)" -> "1 clip", "2 clips").
"$LUPDATE" "${opts[@]}" -pluralonly "${sources[@]}" -ts "$root/translations/sourcetrace_en.ts"
ts+=("$root/translations/sourcetrace_en.ts")
for f in "${ts[@]}"; do
  total=$(grep -c '<message' "$f" || true)
  open=$(grep -c 'type="unfinished"' "$f" || true)
  echo "update.sh: $(basename "$f"): $total messages, $open unfinished"
done
