#!/usr/bin/python3
"""Makes the small smooth TorchScript model that the attribution tests explain
(tests/data/explain_mlp.pt) and its manifest (tests/data/explain_mlp.json).

Run it with Debian's interpreter, which has python3-torch (the first python3 on PATH may not):

    /usr/bin/python3 scripts/make_explain_test_model.py [OUTDIR]   # default: tests/data

The model takes (batch, 64) waveforms and returns {"emb": [batch, 8], "logits": [batch, 2]}: two tanh
layers and a linear output, so its gradients are smooth and a brute-force integral of finite
differences converges to the exact Integrated Gradients. Weights come from a fixed seed.
"""
import hashlib
import json
import os
import sys
from typing import Dict

import torch
import torch.nn as nn


class ExplainMlp(nn.Module):
    def __init__(self):
        super().__init__()
        self.l1 = nn.Linear(64, 16)
        self.l2 = nn.Linear(16, 8)
        self.out = nn.Linear(8, 2)

    def forward(self, x: torch.Tensor) -> Dict[str, torch.Tensor]:
        h = torch.tanh(self.l1(4.0 * x))
        emb = torch.tanh(self.l2(h))
        return {"emb": emb, "logits": self.out(emb)}


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "tests", "data")
    torch.manual_seed(4321)
    model = ExplainMlp().eval()
    path = os.path.join(outdir, "explain_mlp.pt")
    torch.jit.script(model).save(path)
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    manifest = {
        "formatVersion": 1,
        "name": "explain-mlp",
        "version": "1",
        "kind": "torchscript",
        "architecture": "test model: linear 64->16, tanh, linear 16->8, tanh (= 8-d embedding), linear -> 2",
        "weightsFile": "explain_mlp.pt",
        "weightsSha256": sha,
        "sampleRate": 16000,
        "inputPolicy": "fixed-length",
        "padding": "repeat",
        "inputLength": 64,
        "hop": 32,
        "embeddingOutput": "emb",
        "logitsOutput": "logits",
        "embeddingDim": 8,
        "classNames": ["spoof", "bonafide"],
        "bonafideClass": 1,
        "higherIsBonafide": True,
        "licence": "CC0-1.0 (made by scripts/make_explain_test_model.py, random weights)",
        "provenance": "scripts/make_explain_test_model.py, torch.manual_seed(4321), torch " + torch.__version__,
    }
    with open(os.path.join(outdir, "explain_mlp.json"), "w") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
