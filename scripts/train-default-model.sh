#!/usr/bin/env bash
# Rebuilds SourceTrace's default model from nothing but Debian packages: installs the corpus tools, generates the
# training corpus (scripts/corpus/build_corpus.py, configs/default.json), trains the network
# (configs/train-default.json), fits the detection calibration and validated conditions on the calibration split
# (calibrate-model), builds the default fingerprint library with open-set thresholds and LR calibrations, and
# copies the result into models/sourcetrace-default/. ../shared is used only for the list of allowed Allison
# prompts (corpus/allison-training-prompts.txt); corpus/dev is never read.
#
# Usage: scripts/train-default-model.sh [WORKDIR]   (default WORKDIR: ./work-default-model; resumable: re-run
#        after an interruption and it continues the corpus, then the training from its checkpoint)
# Environment: JOBS (corpus jobs, default: cores), THREADS (LibTorch threads, default 2), CACHE (package cache),
#              SHARED (../shared), INSTALL=0 to skip the package step, DEST (default models/sourcetrace-default).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=$(realpath -m "${1:-work-default-model}")
CACHE="${CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sourcetrace-corpus}"
SHARED="${SHARED:-$ROOT/../shared}"
DEST="${DEST:-$ROOT/models/sourcetrace-default}"
CLI="${CLI:-${BUILD_DIR:-build}/app/sourcetrace-cli}"
THREADS="${THREADS:-2}"
mkdir -p "$WORK"
t0=$(date +%s)
stamp() { echo "[$(( $(date +%s) - t0 )) s] $*"; }

if [ "${INSTALL:-1}" = 1 ]; then
  bash scripts/corpus/install.sh "$CACHE"
fi
[ -x "$CLI" ] || bash scripts/build.sh

stamp "corpus"
/usr/bin/python3 scripts/corpus/build_corpus.py --config scripts/corpus/configs/default.json --out "$WORK/corpus" \
    --cache "$CACHE" --shared "$SHARED" --jobs "${JOBS:-$(nproc)}"

stamp "training"
if [ -f "$WORK/run/checkpoint/state.json" ] && [ ! -f "$WORK/run/model/manifest.json" ]; then
  "$CLI" train --resume "$WORK/run" --threads "$THREADS"
elif [ ! -f "$WORK/run/model/manifest.json" ]; then
  "$CLI" train --config scripts/corpus/configs/train-default.json --protocol "$WORK/corpus/train.tsv" \
      --validation-protocol "$WORK/corpus/validation.tsv" --out "$WORK/run" --threads "$THREADS" --no-progress
fi

stamp "export to $DEST"
mkdir -p "$DEST"
for f in manifest.json network.json weights.safetensors ood.safetensors ood.json; do
  cp "$WORK/run/model/$f" "$DEST/$f"
done
cp "$WORK/run/run.json" "$DEST/run.json"
cp "$WORK/run/log.csv" "$DEST/training-log.csv"
cp scripts/corpus/configs/train-default.json "$DEST/train-config.json"
cp "$WORK/corpus/report.md" "$DEST/corpus-report.md"
# The shipped manifest: sliding 4 s windows every 2 s (a long recording is judged whole), the project's wording.
/usr/bin/python3 - "$DEST/manifest.json" <<'EOF'
import json, sys
p = sys.argv[1]
m = json.load(open(p))
m["inputPolicy"] = "sliding-windows"
m["inputLength"] = 64000
m["hop"] = 32000
m["version"] = "SourceTrace default model 1 (trained by the project, scripts/train-default-model.sh)"
m["licence"] = "GPL-3.0-or-later, as SourceTrace; trained only on the Debian sources of docs/model-card.md"
m["provenance"] = ("trained from scratch by scripts/train-default-model.sh on a corpus generated from Debian's "
                   "espeak-ng, flite, festival and SPTK and the allowed bona fide recordings; see docs/model-card.md")
m["trainingRun"] = "run.json"
json.dump(m, open(p, "w"), indent=4, sort_keys=True)
EOF

stamp "calibration and validated conditions"
"$CLI" calibrate-model --model "$DEST/manifest.json" --protocol "$WORK/corpus/calibration.tsv" \
    --trained-on "$WORK/corpus/train.tsv" --threads "$THREADS" --no-progress

stamp "default library"
# Enrol at most 80 synthetic training clips per system (the mean of 80 is as stable as that of 300, and the file
# stays small); bona fide clips are not sources.
/usr/bin/python3 - "$WORK/corpus/train.tsv" "$WORK/corpus/enrol.tsv" <<'EOF'
import random, sys
rows = open(sys.argv[1], encoding="utf-8").read().splitlines()
head, body = rows[0], rows[1:]
atk = head.split("\t").index("attack")
random.Random(1).shuffle(body)
keep, count = [], {}
for r in body:
    a = r.split("\t")[atk]
    if a != "bonafide" and count.get(a, 0) < 80:
        count[a] = count.get(a, 0) + 1
        keep.append(r)
keep.sort()
open(sys.argv[2], "w", encoding="utf-8").write("\n".join([head] + keep) + "\n")
EOF
rm -f "$WORK/library.db"
"$CLI" library create --model "$DEST/manifest.json" --out "$WORK/library.db"
"$CLI" library enrol "$WORK/library.db" --protocol "$WORK/corpus/enrol.tsv" --threads "$THREADS" --no-progress
awk -F'\t' 'NR==1 || $2 != "bonafide"' "$WORK/corpus/calibration.tsv" > "$WORK/corpus/calibration-spoof.tsv"
"$CLI" library calibrate "$WORK/library.db" --protocol "$WORK/corpus/calibration-spoof.tsv" \
    --root "$WORK/corpus" --threads "$THREADS" --no-progress
"$CLI" library verify "$WORK/library.db"
cp "$WORK/library.db" "$DEST/library.db"
# Shipped in rollback-journal mode: a WAL database cannot be read from a read-only install without -shm/-wal files.
/usr/bin/python3 -c "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('pragma journal_mode=DELETE'); c.execute('vacuum'); c.close()" "$DEST/library.db"
"$CLI" models --check 2>/dev/null | grep sourcetrace-default || true
stamp "done: $DEST"
