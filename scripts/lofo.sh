#!/usr/bin/env bash
# Leave-one-family-out: for each waveform-generator family of the training corpus, trains the default recipe
# (shortened: LOFO_EPOCHS epochs of LOFO_EPOCH_SIZE clips) without that family, then embeds the held-out clips
# (validation + calibration splits: texts and bona fide speakers never trained on) and measures
#   - detection EER: bona fide vs the left-out family (never seen),
#   - tracing: STOPA pooled EER with the known systems enrolled and the left-out family's systems unknown,
#     and unknown-source detection AUROC / FPR95 (sourcetrace-cli evaluate trace).
# Results: WORK/lofo/<family>/{run,embeddings,det.jsonl,eval_det,eval_trace}; summarised by
# scripts/evaluate_default_model.py --lofo WORK/lofo.
# Usage: scripts/lofo.sh WORKDIR [FAMILY...]   (WORKDIR holds corpus/ from scripts/train-default-model.sh; resumable)
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(realpath "$1"); shift || true
CLI="${CLI:-${BUILD_DIR:-build}/app/sourcetrace-cli}"
THREADS="${THREADS:-2}"
EPOCHS="${LOFO_EPOCHS:-6}"
EPOCH_SIZE="${LOFO_EPOCH_SIZE:-2500}"
FAMILIES=("$@")
[ ${#FAMILIES[@]} -gt 0 ] || FAMILIES=(espeak-harmonic klatt flite-lpc flite-mlsa residual-lpc sptk)
C="$WORK/corpus"
for fam in "${FAMILIES[@]}"; do
  D="$WORK/lofo/$fam"
  mkdir -p "$D"
  [ -f "$D/eval_trace/metrics.json" ] && { echo "lofo: $fam done"; continue; }
  # waveform_generator is column 6; the sptk family is sptk-mlsa and sptk-lpc.
  match() { if [ "$fam" = sptk ]; then echo '$6 ~ /^sptk-/'; else echo "\$6 == \"$fam\""; fi; }
  awk -F'\t' "NR==1 || !($(match))" "$C/train.tsv" > "$D/train.tsv"
  awk -F'\t' "NR==1 || !($(match))" "$C/validation.tsv" > "$D/validation.tsv"
  # Test: the held-out splits, every system (known ones for the known/unknown table) and bona fide.
  (head -1 "$C/validation.tsv"; tail -n +2 "$C/validation.tsv"; tail -n +2 "$C/calibration.tsv") > "$D/test.tsv"
  unknown=$(awk -F'\t' "NR>1 && ($(match)) {print \$2}" "$D/test.tsv" | sort -u | paste -sd,)
  echo "lofo: $fam: unknown systems $unknown"
  if [ ! -f "$D/run/model/manifest.json" ]; then
    if [ -f "$D/run/checkpoint/state.json" ]; then
      "$CLI" train --resume "$D/run" --threads "$THREADS"
    else
      "$CLI" train --config scripts/corpus/configs/train-default.json --protocol "$D/train.tsv" \
          --validation-protocol "$D/validation.tsv" --root "$C" --out "$D/run" --name "lofo-$fam" \
          --epochs "$EPOCHS" --epoch-size "$EPOCH_SIZE" --threads "$THREADS" --no-progress
    fi
  fi
  rm -rf "$D/embeddings" "$D/eval_det" "$D/eval_trace"
  "$CLI" embed --model "$D/run/model/manifest.json" --protocol "$D/test.tsv" --root "$C" --out "$D/embeddings" --policy sliding-windows --length 64000 --hop 32000 \
      --threads "$THREADS" --no-progress
  # Detection: bona fide against the left-out family only.
  awk -F'\t' "NR==1 || \$2 == \"bonafide\" || ($(match))" "$D/test.tsv" > "$D/test-family.tsv"
  "$CLI" detect --model "$D/run/model/manifest.json" --protocol "$D/test-family.tsv" --root "$C" --json --policy sliding-windows --length 64000 --hop 32000 \
      --threads "$THREADS" --no-progress > "$D/det.jsonl"
  "$CLI" evaluate detection --protocol "$D/test-family.tsv" --scores "$D/det.jsonl" --out "$D/eval_det" --no-progress > /dev/null || true
  awk -F'\t' 'NR==1 || $2 != "bonafide"' "$D/test.tsv" > "$D/test-spoof.tsv"
  "$CLI" evaluate trace --embeddings "$D/embeddings" --protocol "$D/test-spoof.tsv" --unknown-attacks "$unknown" \
      --out "$D/eval_trace" --no-trial-scores --no-progress > /dev/null
  echo "lofo: $fam finished"
done
