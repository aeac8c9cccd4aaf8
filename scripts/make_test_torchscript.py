#!/usr/bin/python3
"""Makes the tiny TorchScript models that the model-layer tests load (tests/data/tiny_*.pt), their
manifests, and the outputs PyTorch computes for a fixed input (tests/data/tiny_expected.json).

Run it with Debian's interpreter, which has python3-torch (the first python3 on PATH may not):

    /usr/bin/python3 scripts/make_test_torchscript.py [OUTDIR]   # default: tests/data

The models take a batch of mono waveforms, shape (batch, samples), any length >= 8, and return
  tiny_tuple.pt: a tuple (embedding [batch, 8], logits [batch, 2])
  tiny_dict.pt:  a dict {"emb": [batch, 8], "logits": [batch, 2]} (made with torch.jit.trace)
The weights come from a fixed seed, so running this again gives the same files' contents (the zip
archive may differ in timestamps: the manifests pin the SHA-256 of the files actually written).
"""
import hashlib
import json
import math
import os
import sys
from typing import Dict, Tuple

import torch
import torch.nn as nn


class TinyDetector(nn.Module):
    """conv1d + ReLU, then max and mean over time (4 + 4 = 8-d embedding), then linear -> 2 logits."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(1, 4, kernel_size=5, stride=2)
        self.out = nn.Linear(8, 2)

    def forward(self, x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
        h = torch.relu(self.conv(x.unsqueeze(1)))
        emb = torch.cat([h.amax(dim=2), h.mean(dim=2)], dim=1)
        return emb, self.out(emb)


class TinyDictDetector(nn.Module):
    """The same network returning a dict (outputs named, not indexed)."""

    def __init__(self, inner: TinyDetector):
        super().__init__()
        self.inner = inner

    def forward(self, x: torch.Tensor) -> Dict[str, torch.Tensor]:
        emb, logits = self.inner(x)
        return {"emb": emb, "logits": logits}


def test_input(rows: int, length: int) -> torch.Tensor:
    """The fixed input the C++ test rebuilds: row r, sample t (float64 maths, then float32):
    x = 0.5 sin(2 pi (220 (r + 1)) t / 16000) + 0.25 cos(2 pi 3 t / length)."""
    data = [[0.5 * math.sin(2.0 * math.pi * 220.0 * (r + 1) * t / 16000.0)
             + 0.25 * math.cos(2.0 * math.pi * 3.0 * t / length)
             for t in range(length)] for r in range(rows)]
    return torch.tensor(data, dtype=torch.float64).to(torch.float32)


def sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def manifest(name: str, weights: str, digest: str, emb_out: str, logits_out: str) -> dict:
    return {
        "formatVersion": 1,
        "name": name,
        "version": "1",
        "kind": "torchscript",
        "architecture": "test model: conv1d(1->4, k5, s2) + ReLU, max||mean over time -> 8-d, linear -> 2",
        "weightsFile": weights,
        "weightsSha256": digest,
        "sampleRate": 16000,
        "inputPolicy": "fixed-length",
        "padding": "repeat",
        "inputLength": 4000,
        "hop": 2000,
        "embeddingOutput": emb_out,
        "logitsOutput": logits_out,
        "embeddingDim": 8,
        "classNames": ["spoof", "bonafide"],
        "bonafideClass": 1,
        "higherIsBonafide": True,
        "licence": "CC0-1.0 (made by scripts/make_test_torchscript.py, random weights)",
        "provenance": "scripts/make_test_torchscript.py, torch.manual_seed(1234), torch "
                      + torch.__version__,
    }


def main() -> None:
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data")
    os.makedirs(outdir, exist_ok=True)
    torch.manual_seed(1234)
    model = TinyDetector().eval()

    tuple_path = os.path.join(outdir, "tiny_tuple.pt")
    torch.jit.script(model).save(tuple_path)
    dict_path = os.path.join(outdir, "tiny_dict.pt")
    traced = torch.jit.trace(TinyDictDetector(model).eval(), test_input(1, 4000), strict=False)
    traced.save(dict_path)

    for name, path, e, l in (("tiny-tuple", tuple_path, "0", "1"),
                             ("tiny-dict", dict_path, "emb", "logits")):
        with open(os.path.join(outdir, name.replace("-", "_") + ".json"), "w") as f:
            json.dump(manifest(name, os.path.basename(path), sha256(path), e, l), f, indent=2)
            f.write("\n")

    expected = {"formula": test_input.__doc__.strip(), "cases": []}
    with torch.no_grad():
        for rows, length in ((1, 4000), (2, 4000), (1, 1234)):
            x = test_input(rows, length)
            emb, logits = model(x)
            expected["cases"].append({
                "rows": rows, "length": length,
                "embedding": [[round(float(v), 8) for v in row] for row in emb],
                "logits": [[round(float(v), 8) for v in row] for row in logits],
            })
    with open(os.path.join(outdir, "tiny_expected.json"), "w") as f:
        json.dump(expected, f, indent=1)
        f.write("\n")
    print("wrote", outdir)


if __name__ == "__main__":
    main()
