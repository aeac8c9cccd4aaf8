#!/usr/bin/python3
"""Detection EER from `sourcetrace-cli detect --json` output (JSON Lines) and a protocol TSV.

    /usr/bin/python3 scripts/detection_eer.py PROTOCOL.tsv SCORES.jsonl [SCORES2.jsonl ...] [--csv OUT.csv]
        [--scores-csv SCORES.csv]

--csv writes the EER table; --scores-csv writes one row per clip (file, attack, codec, one score column
per model).

The protocol needs columns `file` and `attack` (`bonafide` for bona fide rows); the score files are
matched by their `file` field. Prints, per score file, the EER (%) of bona fide against each attack
and pooled over all attacks, and (when a `codec` column exists) pooled per codec. Scores follow the
detector's convention, higher = more bona fide (a file whose scoreConvention says otherwise is negated).

EER: over every threshold t among the scores, FRR(t) = share of bona fide scores < t and
FAR(t) = share of spoof scores >= t; the EER is (FRR + FAR) / 2 where |FRR - FAR| is smallest.
"""
import csv
import json
import sys

import numpy as np


def eer(bona: np.ndarray, spoof: np.ndarray) -> float:
    if len(bona) == 0 or len(spoof) == 0:
        return float("nan")
    thresholds = np.unique(np.concatenate([bona, spoof, [np.inf]]))
    bs = np.sort(bona)
    ss = np.sort(spoof)
    frr = np.searchsorted(bs, thresholds, side="left") / len(bs)          # bona < t
    far = 1.0 - np.searchsorted(ss, thresholds, side="left") / len(ss)    # spoof >= t
    i = int(np.argmin(np.abs(frr - far)))
    return 100.0 * (frr[i] + far[i]) / 2.0


def main(argv):
    out_csv = scores_csv = None
    if "--csv" in argv:
        k = argv.index("--csv")
        out_csv = argv[k + 1]
        argv = argv[:k] + argv[k + 2:]
    if "--scores-csv" in argv:
        k = argv.index("--scores-csv")
        scores_csv = argv[k + 1]
        argv = argv[:k] + argv[k + 2:]
    if len(argv) < 2:
        sys.exit(__doc__)
    with open(argv[0], newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    label = {r["file"]: r for r in rows}
    table = []
    all_scores = {}
    for path in argv[1:]:
        scores, model, flip = {}, path, 1.0
        with open(path) as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                o = json.loads(line)
                model = o.get("model", model)
                if "less bona fide" in o.get("scoreConvention", ""):
                    flip = -1.0
                if o.get("score") is not None:
                    scores[o["file"]] = flip * float(o["score"])
        all_scores[model] = scores
        missing = [k for k in label if k not in scores]
        keys = [k for k in label if k in scores]
        attacks = sorted({label[k]["attack"] for k in keys} - {"bonafide"})
        bona = np.array([scores[k] for k in keys if label[k]["attack"] == "bonafide"])
        print(f"{model} ({path}): {len(keys)} clips scored ({len(bona)} bona fide), {len(missing)} missing")
        for a in attacks + ["pooled"]:
            sp = np.array([scores[k] for k in keys
                           if label[k]["attack"] != "bonafide" and (a == "pooled" or label[k]["attack"] == a)])
            e = eer(bona, sp)
            table.append((model, "attack", a, len(sp), e))
            print(f"  bona fide vs {a:8s} n_spoof={len(sp):4d}  EER {e:6.2f} %")
        if keys and "codec" in label[keys[0]]:
            for c in sorted({label[k]["codec"] for k in keys if label[k]["attack"] != "bonafide"}):
                sp = np.array([scores[k] for k in keys if label[k]["attack"] != "bonafide" and label[k]["codec"] == c])
                e = eer(bona, sp)
                table.append((model, "codec", c, len(sp), e))
                print(f"  bona fide vs codec {c:6s} n_spoof={len(sp):4d}  EER {e:6.2f} %")
        print(f"  mean score: bona fide {bona.mean():.3f}, spoof {np.mean([scores[k] for k in keys if label[k]['attack'] != 'bonafide']):.3f}")
    if scores_csv:
        models = list(all_scores)
        with open(scores_csv, "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["file", "attack", "codec"] + models)
            for r in rows:
                w.writerow([r["file"], r["attack"], r.get("codec", "")]
                           + [f"{all_scores[m][r['file']]:.6f}" if r["file"] in all_scores[m] else "" for m in models])
    if out_csv:
        with open(out_csv, "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["model", "split", "condition", "n_spoof", "eer_percent"])
            for r in table:
                w.writerow([r[0], r[1], r[2], r[3], f"{r[4]:.2f}"])


if __name__ == "__main__":
    main(sys.argv[1:])
