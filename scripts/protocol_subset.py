#!/usr/bin/env python3
"""Writes a balanced subset of a SourceTrace protocol TSV: for every attack (bona fide rows left out),
every floor(n/K)-th of its n rows in protocol order, the first K of them (K = 15 by default).

    scripts/protocol_subset.py ../shared/corpus/dev/protocol.tsv subset15.tsv [K]

Used for the AASIST_STOPA subset figures of docs/evaluation-lab.md.
"""
import collections
import csv
import sys


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    k = int(sys.argv[3]) if len(sys.argv) == 4 else 15
    with open(sys.argv[1], newline='') as f:
        rows = list(csv.reader(f, delimiter='\t'))
    header, body = rows[0], rows[1:]
    attack = header.index('attack')
    by = collections.defaultdict(list)
    for r in body:
        if r[attack] not in ('bonafide', '-', ''):
            by[r[attack]].append(r)
    out = [header]
    for a in sorted(by):
        step = max(1, len(by[a]) // k)
        out += by[a][::step][:k]
    with open(sys.argv[2], 'w', newline='') as f:
        csv.writer(f, delimiter='\t', lineterminator='\n').writerows(out)
    print(f'{len(out) - 1} rows ({k} per attack, {len(by)} attacks) written to {sys.argv[2]}')


if __name__ == '__main__':
    main()
