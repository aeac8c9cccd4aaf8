#!/usr/bin/env python3
"""Writes the synthetic artefact-statistics example of docs/explanations.md ("Artefact statistics") into a
folder: four explained clips (report.json, attribution.npy, envelopes.npy as `explain --out` lays them out, at
100 Hz with 10-sample frames), a protocol with a fifth clip that has no explanation, and a file-keyed annotations
CSV. The answers are computed by hand in tests/tst_explain_artefacts.cpp. Standard library only.

    python3 scripts/artefacts_synthetic.py OUT
    sourcetrace-cli artefacts --protocol OUT/protocol.tsv --annotations OUT/annotations.csv \
        --explanations OUT/expl --out OUT/stats
"""
import json
import os
import struct
import sys


def npy(path, data, shape):
    dims = ", ".join(str(s) for s in shape) + ("," if len(shape) == 1 else "")
    hdr = "{'descr': '<f4', 'fortran_order': False, 'shape': (%s), }" % dims
    hdr += " " * (64 - (10 + len(hdr) + 1) % 64) + "\n"
    with open(path, "wb") as f:
        f.write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(hdr)) + hdr.encode())
        f.write(struct.pack("<%df" % len(data), *data))


def clip(folder, a, sha, frame=10):
    os.makedirs(folder, exist_ok=True)
    npy(os.path.join(folder, "attribution.npy"), a, [len(a)])
    frames = (len(a) + frame - 1) // frame
    signed = [sum(a[f * frame:(f + 1) * frame]) for f in range(frames)]
    absolute = [sum(abs(x) for x in a[f * frame:(f + 1) * frame]) for f in range(frames)]
    npy(os.path.join(folder, "envelopes.npy"), signed + absolute + signed, [3, frames])
    report = {"format": "sourcetrace-attribution", "formatVersion": 1,
              "evidence": {"sha256": sha, "sampleRate": 100, "samples": len(a), "seconds": len(a) / 100},
              "frames": {"frameSamples": frame, "frameSeconds": frame / 100}}
    with open(os.path.join(folder, "report.json"), "w") as f:
        json.dump(report, f, indent=1)


def main():
    out = sys.argv[1]
    expl = os.path.join(out, "expl")
    clip(os.path.join(expl, "c1"), [0] * 20 + [1] * 20 + [0] * 60, "1" * 64)
    clip(os.path.join(expl, "c2.flac"), [1] * 100, "2" * 64)
    clip(os.path.join(expl, "c3"), [-2] * 50 + [1] * 50, "3" * 64)
    clip(os.path.join(expl, "c4"), [0] * 50 + [3] * 50, "4" * 64)
    with open(os.path.join(out, "protocol.tsv"), "w") as f:
        f.write("file\tattack\nc1.flac\tA01\nc2.flac\tA02\nc3.flac\tbonafide\nc4.flac\tbonafide\nc5.flac\tA01\n")
    with open(os.path.join(out, "annotations.csv"), "w") as f:
        f.write("file,start_s,end_s,low_hz,high_hz,cue,locality,audible,text\n"
                "c1.flac,0.2,0.4,,,glitch,3,no,\nc2.flac,0.5,1.0,,,glitch,3,no,\nc2.flac,0,0.5,,,breath,3,no,\n"
                "c3.flac,0,0.5,,,breath,3,yes,\nc4.flac,0,0.5,,,noise,2,no,\n")


if __name__ == "__main__":
    main()
