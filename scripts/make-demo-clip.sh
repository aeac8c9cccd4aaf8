#!/bin/sh
# Makes resources/demo/demo.flac, the clip the viewer opens when started without a file.
# Needs espeak-ng and sox (Debian packages); the clip is committed, so users never run this.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/resources/demo/demo.flac"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
espeak-ng -v en-gb -s 150 -w "$tmp/speech.wav" \
    "This is the SourceTrace demonstration clip. Open your own evidence with Control O."
# 16 kHz mono 16-bit FLAC, a quarter second of silence either side, peak normalised to -3 dBFS.
sox "$tmp/speech.wav" -r 16000 -c 1 -b 16 "$tmp/speech16.wav" norm -3 pad 0.25 0.25
sox "$tmp/speech16.wav" -C 8 "$out"
soxi "$out"
