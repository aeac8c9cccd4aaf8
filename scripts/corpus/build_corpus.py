#!/usr/bin/python3
"""SourceTrace's training-corpus builder.

Generates a labelled corpus of synthetic and bona fide speech from a seed, using only the sources that
../shared/corpus/TRAINING-SOURCES.md allows (the synthesisers, voices and codecs installed by
scripts/corpus/install.sh, and the bona fide recordings that script unpacks into CACHE/pkgroot), and writes:

  OUT/wav/*.wav            16 kHz mono 16-bit clips
  OUT/protocol.tsv         every clip, the project's protocol TSV (file attack engine voice acoustic_model
                           waveform_generator codec speaker language bandwidth split text)
  OUT/train.tsv, validation.tsv, calibration.tsv   the same rows, one file per split
  OUT/report.json, report.md   counts per label and split, generation time, and the shortcut check

Nuisances are drawn identically for both classes: silence is trimmed and re-padded, a noise floor is added, the
band is limited (telephone 300-3400 Hz, wideband 7 kHz or full 8 kHz), a codec round trip is made, and the peak
level is random. The bona fide side's final bandwidth and codec distribution is measured first and the synthetic
side is drawn from it, so that neither says "human".

Splits: every bona fide speaker is in exactly one split; every text in exactly one split (a text spoken by a
bona fide speaker goes to that speaker's split); copy-synthesis clips go with the recording they copy.

Usage: build_corpus.py --config scripts/corpus/configs/default.json --out DIR [--cache DIR] [--shared DIR]
                       [--seed N] [--jobs N]
Re-running with the same arguments resumes: clips already written are kept (the plan is a pure function of
the configuration and the seed).
"""
import argparse
import gettext
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import wave
from multiprocessing import Pool

import numpy as np

SR = 16000
SPTK_BIN = "/usr/libexec/sptk/bin"

# --- the synthetic systems (attack labels) --------------------------------------------------------------------
# name: (engine, acoustic_model, waveform_generator, languages, how)
SYSTEMS = {
    "espeak-ng-harmonic": ("espeak-ng", "espeak-rules", "espeak-harmonic", ["en", "it", "ru", "cs", "fi", "de"], "espeak"),
    "espeak-ng-klatt": ("espeak-ng", "espeak-rules", "klatt", ["en", "it", "ru", "cs", "fi", "de"], "espeak-klatt"),
    "flite-kal": ("flite", "flite-diphone", "flite-lpc", ["en"], "flite:kal"),
    "flite-kal16": ("flite", "flite-diphone", "flite-lpc", ["en"], "flite:kal16"),
    "flite-slt": ("flite", "flite-clustergen", "flite-mlsa", ["en"], "flite:slt"),
    "flite-rms": ("flite", "flite-clustergen", "flite-mlsa", ["en"], "flite:rms"),
    "festival-kal": ("festival", "festival-diphone", "residual-lpc", ["en"], "festival:voice_kal_diphone"),
    "festival-ked": ("festival", "festival-diphone", "residual-lpc", ["en"], "festival:voice_ked_diphone"),
    "festival-it-lp": ("festival", "festival-diphone", "residual-lpc", ["it"], "festival:voice_lp_diphone"),
    "festival-it-pc": ("festival", "festival-diphone", "residual-lpc", ["it"], "festival:voice_pc_diphone"),
    "festival-cs-ph": ("festival", "festival-diphone", "residual-lpc", ["cs"], "festival:voice_czech_ph"),
    "festival-fi-lj": ("festival", "festival-diphone", "residual-lpc", ["fi"], "festival:voice_suo_fi_lj_diphone"),
    "festival-fi-mv": ("festival", "festival-diphone", "residual-lpc", ["fi"], "festival:voice_hy_fi_mv_diphone"),
    "sptk-mlsa": ("sptk", "copy-synthesis", "sptk-mlsa", [], "sptk:mlsa"),
    "sptk-lpc": ("sptk", "copy-synthesis", "sptk-lpc", [], "sptk:lpc"),
}
ESPEAK_LANG = {"en": ["en-us", "en-gb"], "it": ["it"], "ru": ["ru"], "cs": ["cs"], "fi": ["fi"], "de": ["de"]}
FESTIVAL_ENCODING = {"en": "latin-1", "it": "latin-1", "fi": "latin-1", "cs": "iso-8859-2"}

# Codec round trips: name -> (ffmpeg encoder args or "sox-amr", container ext, sample rate of the codec)
CODECS = {
    "mp3": (["-c:a", "libmp3lame", "-b:a", "{br}k"], "mp3", 16000, [16, 24, 32, 48, 64]),
    "opus": (["-c:a", "libopus", "-b:a", "{br}k"], "ogg", 16000, [8, 12, 16, 24, 32]),
    "vorbis": (["-c:a", "libvorbis", "-q:a", "{br}"], "ogg", 16000, [0, 1, 2, 4]),
    "aac": (["-c:a", "aac", "-b:a", "{br}k"], "m4a", 16000, [16, 24, 32, 48]),
    "g722": (["-c:a", "g722"], "g722", 16000, [64]),
    "amr-nb": ("sox-amr", "amr", 8000, [0, 2, 4, 7]),
    "mulaw": (["-c:a", "pcm_mulaw"], "wav", 8000, [64]),
    "alaw": (["-c:a", "pcm_alaw"], "wav", 8000, [64]),
    "speex": (["-c:a", "libspeex", "-b:a", "{br}k"], "ogg", 16000, [8, 11, 15, 24]),
    "adpcm-ima": (["-c:a", "adpcm_ima_wav"], "wav", 16000, [64]),
    "adpcm-ms": (["-c:a", "adpcm_ms"], "wav", 16000, [64]),
    "mp2": (["-c:a", "mp2", "-b:a", "{br}k"], "mp2", 16000, [32, 48, 64]),
    "g726": (["-c:a", "g726", "-b:a", "{br}k"], "wav", 8000, [16, 24, 32, 40]),
}
BANDS = ["narrow", "wide", "full"]  # 300-3400 Hz, 50-7000 Hz, all of 0-8000 Hz


def log(msg):
    print(f"build_corpus: {msg}", file=sys.stderr, flush=True)


def die(msg):
    log(msg)
    sys.exit(2)


def stable_hash(s):
    return int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest()[:8], "big")


# --- texts ------------------------------------------------------------------------------------------------------
def clean_text(t):
    t = re.sub(r"\s+", " ", t.replace("\\n", " ")).strip()
    t = t.replace("_", "").replace("&", "").replace('"', "")
    return t


def fillets_texts(pkgroot):
    """dialogId("key", "font", "text") strings of fillets-ng-data's dialogue scripts, per language."""
    base = os.path.join(pkgroot, "usr/share/games/fillets-ng/script")
    out = {}
    keyed = {}
    if not os.path.isdir(base):
        return out, keyed
    pat = re.compile(r'dialogId\("([^"]+)",\s*"[^"]*",\s*"((?:[^"\\]|\\.)*)"\)')
    for level in sorted(os.listdir(base)):
        d = os.path.join(base, level)
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            m = re.match(r".*dialogs_([a-z]{2})\.lua$", f)
            if not m:
                continue
            lang = m.group(1)
            with open(os.path.join(d, f), encoding="utf-8", errors="replace") as fh:
                for key, text in pat.findall(fh.read()):
                    text = clean_text(text.replace('\\"', ""))
                    if text:
                        out.setdefault(lang, []).append(text)
                        if lang == "en":
                            keyed[key] = text
    return out, keyed


def festvox_ru_texts(pkgroot):
    p = os.path.join(pkgroot, "usr/share/festival/voices/russian/msu_ru_nsh_clunits/etc/txt.done.data")
    out = {}
    if os.path.exists(p):
        with open(p, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                m = re.match(r'\(\s*(\S+)\s+"(.*)"\s*\)', line.strip())
                if m:
                    out[m.group(1)] = clean_text(m.group(2).replace("+", ""))
    return out


def mo_texts(lang):
    """Translated messages (msgstr) of the gettext catalogues installed under /usr/share/locale/LANG."""
    d = f"/usr/share/locale/{lang}/LC_MESSAGES"
    out = []
    if not os.path.isdir(d):
        return out
    for f in sorted(os.listdir(d)):
        if not f.endswith(".mo"):
            continue
        try:
            with open(os.path.join(d, f), "rb") as fh:
                cat = gettext.GNUTranslations(fh)._catalog
        except Exception:
            continue
        for v in cat.values():
            if not isinstance(v, str) or "%" in v or "{" in v or "<" in v or "\\" in v or "/" in v:
                continue
            v = clean_text(v.split("\n")[0])
            if 3 <= len(v.split()) <= 20 and re.search(r"[a-zA-ZäöåÄÖ]", v):
                out.append(v)
    return sorted(set(out))


def gather_texts(pkgroot, rng):
    fil, _ = fillets_texts(pkgroot)
    texts = {lang: fil.get(lang, []) for lang in ["en", "it", "cs", "ru", "de"]}
    texts["ru"] = texts["ru"] + list(festvox_ru_texts(pkgroot).values())
    texts["fi"] = mo_texts("fi")
    result = {}
    for lang, lst in texts.items():
        seen = []
        for t in lst:
            n = len(t.split())
            if 1 <= n <= 30 and t not in seen:
                seen.append(t)
        result[lang] = seen
    return result


# --- bona fide recordings ---------------------------------------------------------------------------------------
def bona_fide_pool(pkgroot, shared):
    """Every allowed bona fide recording: dicts with path, fmt, speaker, language, source, native_codec, text."""
    pool = []
    snd = os.path.join(pkgroot, "usr/share/asterisk/sounds")

    def walk(root, exts):
        for dp, _, fs in sorted(os.walk(root)):
            for f in sorted(fs):
                if os.path.splitext(f)[1].lower() in exts:
                    yield os.path.join(dp, f)

    # Allison: only the prompts listed in ../shared/corpus/allison-training-prompts.txt
    allow = os.path.join(shared, "corpus/allison-training-prompts.txt") if shared else ""
    if allow and os.path.exists(allow):
        with open(allow) as fh:
            for line in fh:
                name = line.strip()
                if not name or name.startswith("#"):
                    continue
                name = name.split("en_US_f_Allison/")[-1]
                p = os.path.join(snd, "en_US_f_Allison", name)
                if os.path.exists(p):
                    pool.append(dict(path=p, fmt="g722", speaker="asterisk-allison", language="en",
                                     source="asterisk-core-sounds-en-g722", native_codec="g722", text=""))
    else:
        log("no allison-training-prompts.txt (pass --shared): the Allison prompts are left out")
    for folder, spk, lang, pkg in [("it_IT_m_Carlo", "asterisk-carlo", "it", "asterisk-core-sounds-it-wav"),
                                   ("it_IT_f_Menardi", "asterisk-menardi", "it", "asterisk-prompt-it-menardi-wav"),
                                   ("ru_RU_f_IvrvoiceRU", "asterisk-ivrvoice", "ru", "asterisk-core-sounds-ru-wav")]:
        for p in walk(os.path.join(snd, folder), {".wav"}):
            pool.append(dict(path=p, fmt="auto", speaker=spk, language=lang, source=pkg, native_codec="none", text=""))
    ru = festvox_ru_texts(pkgroot)
    for p in walk(os.path.join(pkgroot, "usr/share/festival/voices/russian/msu_ru_nsh_clunits/wav"), {".wav"}):
        key = os.path.splitext(os.path.basename(p))[0]
        pool.append(dict(path=p, fmt="auto", speaker="festvox-ru-nsh", language="ru", source="festvox-ru",
                         native_codec="none", text=ru.get(key, "")))
    kl = os.path.join(pkgroot, "usr/share/klettres")
    if os.path.isdir(kl):
        for lang in sorted(os.listdir(kl)):
            for p in walk(os.path.join(kl, lang), {".ogg"}):
                pool.append(dict(path=p, fmt="auto", speaker=f"klettres-{lang}", language=lang.split("_")[0],
                                 source="klettres-data", native_codec="vorbis", text=""))
    kt = os.path.join(pkgroot, "usr/share/ktuberling/sounds")
    if os.path.isdir(kt):
        for lang in sorted(os.listdir(kt)):
            for p in walk(os.path.join(kt, lang), {".ogg", ".wav"}):
                pool.append(dict(path=p, fmt="auto", speaker=f"ktuberling-{lang}", language=lang.split("_")[0],
                                 source="ktuberling-data", native_codec="vorbis" if p.endswith(".ogg") else "none",
                                 text=""))
    kj = os.path.join(pkgroot, "usr/share/kajongg/voices")
    for p in walk(kj, {".ogg"}):
        rel = os.path.relpath(p, kj).split(os.sep)
        lang = "de" if rel[0] == "de" else "en"
        voice = rel[1] if rel[0] == "de" else rel[0]
        pool.append(dict(path=p, fmt="auto", speaker=f"kajongg-{lang}-{voice}", language=lang, source="kajongg",
                         native_codec="vorbis", text=""))
    _, keyed = fillets_texts(pkgroot)
    fs = os.path.join(pkgroot, "usr/share/games/fillets-ng/sound")
    for p in walk(fs, {".ogg"}):
        parts = p.split(os.sep)
        if parts[-2] != "en":
            continue
        key = os.path.splitext(parts[-1])[0]
        who = key.split("-")[1] if key.count("-") >= 2 else "x"
        pool.append(dict(path=p, fmt="auto", speaker=f"fillets-{who}", language="en", source="fillets-ng-data",
                         native_codec="vorbis", text=keyed.get(key, "")))
    c2 = os.path.join(pkgroot, "usr/share/codec2/raw")
    for name in ["hts1a", "hts2a", "forig", "morig", "kristoff", "mmt1", "ve9qrp_10s", "vk5qi", "big_dog", "cross"]:
        p = os.path.join(c2, name + ".raw")
        if os.path.exists(p):
            pool.append(dict(path=p, fmt="raw8k", speaker=f"codec2-{name}", language="en", source="codec2-examples",
                             native_codec="none", text=""))
    for p, spk, src in [(os.path.join(c2, "speech_orig_16k.wav"), "codec2-speech16k", "codec2-examples"),
                        (os.path.join(pkgroot, "usr/lib/x86_64-linux-gnu/sphinxtrain/python/cmusphinx/test/sa1.wav"),
                         "sphinxtrain-sa1", "sphinxtrain")]:
        if os.path.exists(p):
            pool.append(dict(path=p, fmt="auto", speaker=spk, language="en", source=src, native_codec="none", text=""))
    for p in walk(os.path.join(pkgroot, "usr/share/sounds/linphone"), {".wav"}):
        if os.path.basename(p).startswith("hello"):
            pool.append(dict(path=p, fmt="auto", speaker="linphone-hello", language="en", source="linphone-common",
                             native_codec="none", text=""))
    for p in walk(os.path.join(pkgroot, "usr/share/sounds/alsa"), {".wav"}):
        if "Noise" not in p:
            pool.append(dict(path=p, fmt="auto", speaker="alsa-utils", language="en", source="alsa-utils",
                             native_codec="none", text=""))
    return pool


# --- the plan -----------------------------------------------------------------------------------------------------
def make_plan(cfg, pkgroot, shared, seed):
    rng = random.Random(seed)
    pool = bona_fide_pool(pkgroot, shared)
    if not pool:
        die(f"no bona fide recordings under {pkgroot} (run scripts/corpus/install.sh first)")
    by_speaker = {}
    for r in pool:
        by_speaker.setdefault(r["speaker"], []).append(r)
    speakers = sorted(by_speaker)
    # Speaker splits: the configured speakers go where the configuration says, the others by a seeded draw.
    fixed = cfg.get("speaker_splits", {})
    split_of_speaker = {}
    frac = cfg.get("split_fractions", {"train": 0.7, "validation": 0.15, "calibration": 0.15})
    others = [s for s in speakers if s not in fixed]
    rng.shuffle(others)
    n = len(others)
    n_val = max(1, round(n * frac["validation"])) if n >= 3 else 0
    n_cal = max(1, round(n * frac["calibration"])) if n >= 3 else 0
    for i, s in enumerate(others):
        split_of_speaker[s] = "validation" if i < n_val else ("calibration" if i < n_val + n_cal else "train")
    for s, sp in fixed.items():
        split_of_speaker[s] = sp

    cap = cfg.get("max_bonafide_per_speaker", 300)
    cap_source = cfg.get("max_bonafide_per_source", 600)
    bona = []
    per_source = {}
    for s in speakers:
        lst = list(by_speaker[s])
        rng.shuffle(lst)
        for r in lst[:cap]:
            if per_source.get(r["source"], 0) >= cap_source:
                continue
            per_source[r["source"]] = per_source.get(r["source"], 0) + 1
            bona.append(dict(r, split=split_of_speaker[s]))
    scale = cfg.get("bonafide_fraction", 1.0)
    if scale < 1.0:
        rng.shuffle(bona)
        bona = bona[: max(3, int(len(bona) * scale))]
    bona.sort(key=lambda r: (r["speaker"], r["path"]))

    # Text splits: a text spoken by a bona fide speaker follows that speaker; the others are drawn.
    texts = gather_texts(pkgroot, rng)
    split_of_text = {}
    for r in bona:
        if r["text"]:
            split_of_text.setdefault(r["text"], r["split"])

    def text_split(t):
        if t not in split_of_text:
            u = (stable_hash(f"{seed}:{t}") % 10000) / 10000.0
            split_of_text[t] = "validation" if u < frac["validation"] else (
                "calibration" if u < frac["validation"] + frac["calibration"] else "train")
        return split_of_text[t]

    # Final bandwidth and codec of the bona fide side; the synthetic side is drawn from what comes out.
    p_codec = cfg.get("codec_probability", 0.5)
    codecs = [c for c in cfg.get("codecs", list(CODECS)) if c in CODECS]
    native_band = lambda r: "wide" if r["native_codec"] == "g722" else ("narrow" if r["fmt"] == "raw8k" or "asterisk" in r["source"] and r["native_codec"] == "none" else "full")
    items = []
    for r in bona:
        band = rng.choice(BANDS)
        nb = native_band(r)
        band = BANDS[min(BANDS.index(band), BANDS.index(nb))]
        codec = r["native_codec"]
        if codec == "none" and rng.random() < p_codec:
            codec = rng.choice(codecs)
        items.append(dict(kind="bonafide", system="bonafide", engine="human", voice=r["speaker"],
                          acoustic_model="bonafide", waveform_generator="bonafide", codec=codec, band=band,
                          speaker=r["speaker"], language=r["language"], text=r["text"] or os.path.basename(r["path"]),
                          split=r["split"], src=r["path"], fmt=r["fmt"], native_codec=r["native_codec"],
                          source=r["source"]))
    band_draw = [it["band"] for it in items]
    codec_draw = [it["codec"] for it in items]

    per_system = cfg.get("clips_per_system", 300)
    p_short = cfg.get("short_text_probability", 0.3)
    for name, (engine, am, wg, langs, how) in SYSTEMS.items():
        if name not in cfg.get("systems", list(SYSTEMS)):
            continue
        for k in range(per_system):
            band = rng.choice(band_draw)
            codec = rng.choice(codec_draw)
            if engine == "sptk":
                src = rng.choice([r for r in bona if r["fmt"] != "g722" or True])
                items.append(dict(kind="spoof", system=name, engine=engine, voice=how.split(":")[1],
                                  acoustic_model=am, waveform_generator=wg, codec=codec, band=band,
                                  speaker=src["speaker"], language=src["language"],
                                  text=src["text"] or os.path.basename(src["path"]), split=src["split"],
                                  src=src["path"], fmt=src["fmt"], native_codec=src["native_codec"],
                                  source=src["source"]))
                continue
            lang = rng.choice([l for l in langs if texts.get(l)])
            t = rng.choice(texts[lang])
            words = t.split()
            if rng.random() < p_short and len(words) > 2:
                i = rng.randrange(len(words))
                t = " ".join(words[i:i + rng.randint(1, 2)]).strip(",.;:!?-")
                t = t or words[0]
            if how == "espeak":
                voice = f"{rng.choice(ESPEAK_LANG[lang])}+{rng.choice(['m%d' % i for i in range(1, 8)] + ['f%d' % i for i in range(1, 6)])}"
            elif how == "espeak-klatt":
                voice = f"{rng.choice(ESPEAK_LANG[lang])}+{rng.choice(['klatt', 'klatt2', 'klatt3'])}"
            else:
                voice = how.split(":")[1]
            # native bandwidth of 8 kHz voices
            if name == "flite-kal":
                band = "narrow"
            items.append(dict(kind="spoof", system=name, engine=engine, voice=voice, acoustic_model=am,
                              waveform_generator=wg, codec=codec, band=band, speaker=f"{name}:{voice.split('+')[-1]}",
                              language=lang, text=t, split=text_split(t), src="", fmt="", native_codec="none",
                              source=engine, rate=round(rng.uniform(0.85, 1.15), 3),
                              pitch=rng.randint(25, 75)))
    # A bona fide recording with a stored codec keeps it; the label says what the clip went through.
    for i, it in enumerate(items):
        it["id"] = f"st_{i:05d}"
        it["seed"] = stable_hash(f"{seed}:{it['id']}") % (2 ** 31)
        it["text_split"] = it["split"]
    return items, texts


# --- signal processing ---------------------------------------------------------------------------------------------
def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:3])}...: {r.stderr.decode(errors='replace')[-300:]}")
    return r.stdout


def decode(path, fmt):
    pre = []
    if fmt == "raw8k":
        pre = ["-f", "s16le", "-ar", "8000", "-ac", "1"]
    elif fmt == "g722":
        pre = ["-f", "g722"]
    raw = run(["ffmpeg", "-v", "error", "-nostdin"] + pre + ["-i", path, "-ac", "1", "-ar", str(SR), "-f", "s16le", "-"])
    return np.frombuffer(raw, dtype="<i2").astype(np.float64) / 32768.0


def write_wav(path, x):
    y = np.clip(np.round(x * 32767.0), -32768, 32767).astype("<i2")
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes(y.tobytes())


def read_wav(path):
    with wave.open(path, "rb") as w:
        sr, n, ch = w.getframerate(), w.getnframes(), w.getnchannels()
        x = np.frombuffer(w.readframes(n), dtype="<i2").astype(np.float64) / 32768.0
    if ch > 1:
        x = x.reshape(-1, ch).mean(axis=1)
    if sr != SR:
        return None, sr
    return x, sr


def frame_db(x, hop=160):
    n = len(x) // hop
    if n == 0:
        return np.array([-120.0])
    e = (x[: n * hop].reshape(n, hop) ** 2).mean(axis=1)
    return 10 * np.log10(e + 1e-12)


def trim(x, rel_db=-40.0):
    db = frame_db(x)
    act = np.where(db > db.max() + rel_db)[0]
    if len(act) == 0:
        return x
    a = max(0, act[0] - 3) * 160
    b = min(len(x), (act[-1] + 4) * 160)
    return x[a:b]


def band_limit(x, band):
    if band == "full" or len(x) < 16:
        return x
    n = 1 << int(np.ceil(np.log2(len(x) + 2048)))
    X = np.fft.rfft(x, n)
    f = np.fft.rfftfreq(n, 1.0 / SR)
    lo, hi = (300.0, 3400.0) if band == "narrow" else (50.0, 7000.0)
    w = 150.0
    mask = np.clip((f - (lo - w)) / w, 0, 1) * np.clip(((hi + w) - f) / w, 0, 1)
    return np.fft.irfft(X * mask, n)[: len(x)]


def codec_round_trip(x, codec, rng, tmp):
    args, ext, csr, rates = CODECS[codec]
    br = rng.choice(rates)
    src = os.path.join(tmp, "pre.wav")
    enc = os.path.join(tmp, "enc." + ext)
    write_wav(src, x)
    if args == "sox-amr":
        run(["sox", src, "-r", "8000", "-C", str(br), "-t", "amr-nb", enc])
    else:
        a = [s.replace("{br}", str(br)) for s in args]
        run(["ffmpeg", "-v", "error", "-nostdin", "-y", "-i", src, "-ar", str(csr), "-ac", "1"] + a + [enc])
    y = decode(enc, "g722" if ext == "g722" else "auto")
    # codecs add a delay or drop a few samples: keep the length
    if len(y) >= len(x):
        y = y[: len(x)]
    else:
        y = np.concatenate([y, np.zeros(len(x) - len(y))])
    return y, br


def synthesise(it, tmp):
    """The raw synthetic waveform at 16 kHz (float64)."""
    out = os.path.join(tmp, "syn.wav")
    how = SYSTEMS[it["system"]][4]
    text = it["text"]
    rate = it.get("rate", 1.0)
    if how.startswith("espeak"):
        run(["espeak-ng", "-v", it["voice"], "-s", str(int(170 * rate)), "-p", str(it["pitch"]), "-w", out, text])
    elif how.startswith("flite"):
        run(["flite", "-voice", it["voice"], "--setf", f"duration_stretch={1.0 / rate:.3f}", "-t", text, "-o", out])
    elif how.startswith("festival"):
        pre = os.path.join(it["out_dir"], "syn", it["id"] + ".wav")
        if os.path.exists(pre):  # synthesised by festival_batch
            x, sr = read_wav(pre)
            return x if x is not None else decode(pre, "auto")
        voice = how.split(":")[1]
        enc = FESTIVAL_ENCODING.get(it["language"], "latin-1")
        tf = os.path.join(tmp, "text.txt")
        with open(tf, "wb") as fh:
            fh.write(text.encode(enc, errors="replace"))
        scm = os.path.join(tmp, "v.scm")
        with open(scm, "w") as fh:
            fh.write(f"({voice})\n(Parameter.set 'Duration_Stretch {1.0 / rate:.3f})\n")
        run(["text2wave", "-eval", scm, tf, "-o", out])
    elif how.startswith("sptk"):
        return copy_synthesis(it, how.split(":")[1], tmp)
    x, sr = read_wav(out)
    if x is None:
        return decode(out, "auto")
    return x


def sptk(cmd, inp, tmp):
    env = dict(os.environ, PATH=SPTK_BIN + ":" + os.environ.get("PATH", ""))
    return subprocess.run(cmd, input=inp, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, check=True).stdout


def copy_synthesis(it, kind, tmp):
    """Analysis-resynthesis of a bona fide recording with SPTK: mel-cepstrum + F0 -> MLSA, or LPC + F0 -> all-pole."""
    x = decode(it["src"], it["fmt"])
    x = trim(x)[: SR * 8]
    if len(x) < SR // 4:
        x = np.concatenate([x, np.zeros(SR // 4)])
    pcm = (x * 32767.0).astype("<f4").tobytes()
    fr, per, order = 400, 80, 24
    f0 = sptk(["pitch", "-a", "1", "-s", "16", "-p", str(per), "-L", "60", "-H", "400", "-o", "0"], pcm, tmp)
    frames = sptk(["frame", "-l", str(fr), "-p", str(per)], pcm, tmp)
    win = sptk(["window", "-l", str(fr), "-L", "512"], frames, tmp)
    exc = sptk(["excite", "-p", str(per)], f0, tmp)
    if kind == "mlsa":
        mc = sptk(["mcep", "-l", "512", "-m", str(order), "-a", "0.42", "-e", "1e-8"], win, tmp)
        mcf = os.path.join(tmp, "mcep.bin")
        with open(mcf, "wb") as fh:
            fh.write(mc)
        y = sptk(["mlsadf", "-m", str(order), "-a", "0.42", "-p", str(per), mcf], exc, tmp)
    else:
        win = sptk(["window", "-l", str(fr), "-L", str(fr)], frames, tmp)
        lp = sptk(["lpc", "-l", str(fr), "-m", "20"], win, tmp)
        lpf = os.path.join(tmp, "lpc.bin")
        with open(lpf, "wb") as fh:
            fh.write(lp)
        y = sptk(["poledf", "-m", "20", "-p", str(per), lpf], exc, tmp)
    y = np.frombuffer(y, dtype="<f4").astype(np.float64) / 32768.0
    return np.nan_to_num(y)


def scheme_string(text):
    return '"' + text.replace("\\", " ").replace('"', " ") + '"'


def festival_batch(args):
    """One festival process synthesises a batch of one voice (loading a voice costs about a second)."""
    batch, out_dir = args
    voice = SYSTEMS[batch[0]["system"]][4].split(":")[1]
    enc = FESTIVAL_ENCODING.get(batch[0]["language"], "latin-1")
    syn = os.path.join(out_dir, "syn")
    tmp = tempfile.mkdtemp(prefix="stfest")
    try:
        lines = [f"({voice})"]
        for it in batch:
            lines.append(f"(Parameter.set 'Duration_Stretch {1.0 / it.get('rate', 1.0):.3f})")
            lines.append(f"(utt.save.wave (utt.synth (Utterance Text {scheme_string(it['text'])})) "
                         f"\"{os.path.join(tmp, it['id'] + '.wav')}\" 'riff)")
        scm = os.path.join(tmp, "batch.scm")
        with open(scm, "wb") as fh:
            fh.write("\n".join(lines).encode(enc, errors="replace"))
        subprocess.run(["festival", "-b", scm], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1800)
        for it in batch:
            p = os.path.join(tmp, it["id"] + ".wav")
            if os.path.exists(p) and os.path.getsize(p) > 44:
                os.replace(p, os.path.join(syn, it["id"] + ".wav"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return len(batch)


def render(args):
    it, out_dir, cfg = args
    path = os.path.join(out_dir, "wav", it["id"] + ".wav")
    meta = path + ".json"
    if os.path.exists(path) and os.path.exists(meta):
        with open(meta) as fh:
            return dict(json.load(fh), resumed=True)
    rng = random.Random(it["seed"])
    tmp = tempfile.mkdtemp(prefix="stcorpus")
    try:
        if it["kind"] == "bonafide":
            x = decode(it["src"], it["fmt"])
        else:
            x = synthesise(it, tmp)
        if len(x) == 0 or not np.isfinite(x).all() or np.abs(x).max() < 1e-4:
            raise RuntimeError("empty or silent output")
        x = trim(x / max(1e-9, np.abs(x).max()))
        max_len = cfg.get("max_seconds", 8.0)
        if len(x) > max_len * SR:
            L = int(rng.uniform(cfg.get("crop_min_seconds", 3.0), max_len) * SR)
            a = rng.randrange(0, len(x) - L)
            x = x[a:a + L]
        lead = int(rng.uniform(0.05, cfg.get("max_pad_seconds", 0.8)) * SR)
        tail = int(rng.uniform(0.05, cfg.get("max_pad_seconds", 0.8)) * SR)
        x = np.concatenate([np.zeros(lead), x, np.zeros(tail)])
        floor_db = rng.uniform(-75.0, -45.0)
        nrng = np.random.default_rng(it["seed"])
        x = x + nrng.standard_normal(len(x)) * 10 ** (floor_db / 20.0)
        x = band_limit(x, it["band"])
        codec, br = it["codec"], None
        if codec != "none" and codec != it.get("native_codec", "none"):
            x, br = codec_round_trip(x / max(1e-9, np.abs(x).max()) * 0.7, codec, rng, tmp)
        peak_db = rng.uniform(-20.0, -3.0)
        x = x / max(1e-9, np.abs(x).max()) * 10 ** (peak_db / 20.0)
        write_wav(path + ".part", x)
        os.replace(path + ".part", path)
        res = dict(id=it["id"], ok=True, seconds=round(len(x) / SR, 3), bitrate=br, peak_db=round(peak_db, 2),
                   noise_floor_db=round(floor_db, 1))
    except Exception as e:  # a failed clip is reported and left out, never fatal
        res = dict(id=it["id"], ok=False, error=str(e)[:300])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(meta, "w") as fh:
        json.dump(res, fh)
    return res


# --- the shortcut check -----------------------------------------------------------------------------------------------
def nuisance_features(path):
    x, _ = read_wav(path)
    dur = len(x) / SR
    db = frame_db(x)
    thr = db.max() - 30.0
    act = np.where(db > thr)[0]
    lead = act[0] * 0.01 if len(act) else dur
    trail = (len(db) - 1 - act[-1]) * 0.01 if len(act) else dur
    n = 512
    if len(x) >= n:
        frames = x[: (len(x) // n) * n].reshape(-1, n) * np.hanning(n)
        ps = (np.abs(np.fft.rfft(frames, axis=1)) ** 2).mean(axis=0)
    else:
        ps = np.abs(np.fft.rfft(x, n)) ** 2
    c = np.cumsum(ps) / max(1e-20, ps.sum())
    bw = np.searchsorted(c, 0.99) * SR / n
    peak = 20 * np.log10(max(1e-9, np.abs(x).max()))
    rms = 10 * np.log10(max(1e-12, (x ** 2).mean()))
    return [dur, bw, lead, trail, peak, rms]


def eer(scores, labels):
    s = np.asarray(scores)
    y = np.asarray(labels)
    order = np.argsort(-s)
    y = y[order]
    P, N = y.sum(), len(y) - y.sum()
    if P == 0 or N == 0:
        return float("nan")
    tp = np.cumsum(y)
    fp = np.cumsum(1 - y)
    fnr = 1 - tp / P
    fpr = fp / N
    i = np.argmin(np.abs(fnr - fpr))
    return float((fnr[i] + fpr[i]) / 2)


def logistic(X, y, l2=1e-3, iters=50):
    w = np.zeros(X.shape[1])
    for _ in range(iters):
        p = 1 / (1 + np.exp(-np.clip(X @ w, -30, 30)))
        g = X.T @ (p - y) / len(y) + l2 * w
        H = (X.T * (p * (1 - p))) @ X / len(y) + l2 * np.eye(len(w))
        w -= np.linalg.solve(H, g)
    return w


def shortcut_check(rows, out_dir):
    """EER of a logistic regression (quadratic features) on duration, bandwidth, silences and level alone,
    trained on the train split and scored on validation + calibration."""
    feats, labels, splits = [], [], []
    for r in rows:
        feats.append(nuisance_features(os.path.join(out_dir, r["file"])))
        labels.append(1 if r["attack"] == "bonafide" else 0)
        splits.append(r["split"])
    F = np.array(feats)
    y = np.array(labels, dtype=float)
    names = ["duration_s", "bandwidth_hz", "leading_silence_s", "trailing_silence_s", "peak_dbfs", "rms_dbfs"]
    mu, sd = F.mean(axis=0), F.std(axis=0) + 1e-9
    Z = (F - mu) / sd
    quad = [Z[:, i] * Z[:, j] for i in range(Z.shape[1]) for j in range(i, Z.shape[1])]
    X = np.column_stack([np.ones(len(Z)), Z] + quad)
    tr = np.array([s == "train" for s in splits])
    te = ~tr
    res = {"features": names}
    if tr.sum() > 2 and te.sum() > 2 and 0 < y[tr].sum() < tr.sum() and 0 < y[te].sum() < te.sum():
        w = logistic(X[tr], y[tr])
        res["eer_heldout"] = eer(X[te] @ w, y[te])
        res["eer_train"] = eer(X[tr] @ w, y[tr])
        res["per_feature_eer"] = {n: round(min(eer(F[:, i], y), eer(-F[:, i], y)), 4) for i, n in enumerate(names)}
    res["class_means"] = {n: {"bonafide": round(float(F[y == 1, i].mean()), 3) if (y == 1).any() else None,
                              "spoof": round(float(F[y == 0, i].mean()), 3) if (y == 0).any() else None}
                          for i, n in enumerate(names)}
    return res


COLUMNS = ["file", "attack", "engine", "voice", "acoustic_model", "waveform_generator", "codec", "speaker",
           "language", "bandwidth", "split", "text"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--config", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--cache", default=os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")),
                                                    "sourcetrace-corpus"))
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared"))
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    a = ap.parse_args()
    try:
        with open(a.config) as fh:
            cfg = json.load(fh)
    except (OSError, ValueError) as e:
        die(f"{a.config}: cannot read the configuration: {e}")
    seed = a.seed if a.seed is not None else int(cfg.get("seed", 1))
    pkgroot = os.path.join(a.cache, "pkgroot")
    for tool in ["ffmpeg", "sox", "espeak-ng", "flite", "text2wave"]:
        if shutil.which(tool) is None:
            die(f"{tool} is not installed: run scripts/corpus/install.sh")
    os.makedirs(os.path.join(a.out, "wav"), exist_ok=True)
    t0 = time.time()
    items, texts = make_plan(cfg, pkgroot, a.shared if os.path.isdir(a.shared) else "", seed)
    log(f"plan: {len(items)} clips ({sum(i['kind'] == 'bonafide' for i in items)} bona fide), seed {seed}")
    with open(os.path.join(a.out, "plan.json"), "w") as fh:
        json.dump({"seed": seed, "config": cfg, "items": items}, fh, ensure_ascii=False, indent=0)
    results = {}
    done = 0
    os.makedirs(os.path.join(a.out, "syn"), exist_ok=True)
    for it in items:
        it["out_dir"] = a.out
    # Festival first, in batches per voice (a clip already rendered or pre-synthesised is skipped).
    fest = {}
    for it in items:
        if it["engine"] == "festival" and not os.path.exists(os.path.join(a.out, "wav", it["id"] + ".wav.json")) \
                and not os.path.exists(os.path.join(a.out, "syn", it["id"] + ".wav")):
            fest.setdefault(it["system"], []).append(it)
    batches = [(lst[i:i + 40], a.out) for lst in fest.values() for i in range(0, len(lst), 40)]
    with Pool(a.jobs) as pool:
        for n in pool.imap_unordered(festival_batch, batches):
            done += n
        log(f"festival: {done} utterances synthesised, {time.time() - t0:.0f} s")
    done = 0
    with Pool(a.jobs) as pool:
        for r in pool.imap_unordered(render, [(it, a.out, cfg) for it in items], chunksize=4):
            results[r["id"]] = r
            done += 1
            if done % 200 == 0 or done == len(items):
                log(f"{done}/{len(items)} clips, {time.time() - t0:.0f} s")
    gen_seconds = time.time() - t0
    resumed = sum(1 for r in results.values() if r.get("resumed"))
    rows, failures = [], []
    for it in items:
        r = results[it["id"]]
        if not r.get("ok"):
            failures.append(f"{it['id']} ({it['system']}, {it['voice']}): {r.get('error')}")
            continue
        rows.append(dict(file="wav/" + it["id"] + ".wav", attack=it["system"], engine=it["engine"], voice=it["voice"],
                         acoustic_model=it["acoustic_model"], waveform_generator=it["waveform_generator"],
                         codec=it["codec"], speaker=it["speaker"], language=it["language"], bandwidth=it["band"],
                         split=it["split"], text=it["text"].replace("\t", " ")))
    def write(path, rs):
        with open(path + ".part", "w", encoding="utf-8") as fh:
            fh.write("\t".join(COLUMNS) + "\n")
            for r in rs:
                fh.write("\t".join(str(r[c]) for c in COLUMNS) + "\n")
        os.replace(path + ".part", path)
    write(os.path.join(a.out, "protocol.tsv"), rows)
    for sp in ["train", "validation", "calibration"]:
        write(os.path.join(a.out, f"{sp}.tsv"), [r for r in rows if r["split"] == sp])
    t1 = time.time()
    check = shortcut_check(rows, a.out)
    counts = {}
    for lvl in ["attack", "acoustic_model", "waveform_generator", "codec", "language", "bandwidth", "split"]:
        c = {}
        for r in rows:
            c.setdefault(r[lvl], {}).setdefault(r["split"], 0)
            c[r[lvl]][r["split"]] += 1
        counts[lvl] = c
    report = dict(seed=seed, clips=len(rows), failed=len(failures), failures=failures[:50],
                  bonafide=sum(r["attack"] == "bonafide" for r in rows),
                  speakers={sp: sorted({r["speaker"] for r in rows if r["attack"] == "bonafide" and r["split"] == sp})
                            for sp in ["train", "validation", "calibration"]},
                  generation_seconds=round(gen_seconds, 1), resumed_clips=resumed, check_seconds=round(time.time() - t1, 1),
                  jobs=a.jobs, shortcut_check=check, counts=counts,
                  text_sources={l: len(v) for l, v in texts.items()})
    with open(os.path.join(a.out, "report.json"), "w") as fh:
        json.dump(report, fh, indent=1, ensure_ascii=False)
    sc = check.get("eer_heldout")
    with open(os.path.join(a.out, "report.md"), "w") as fh:
        fh.write(f"# Training corpus (seed {seed})\n\n{len(rows)} clips ({report['bonafide']} bona fide), "
                 f"{len(failures)} failed; {len(items) - resumed} clips rendered in {gen_seconds:.0f} s with {a.jobs} jobs"
                 f"{f' ({resumed} kept from an earlier run)' if resumed else ''}.\n\n")
        fh.write("Shortcut check (logistic regression, quadratic terms, on duration, 99 % bandwidth, leading and "
                 "trailing silence, peak and RMS level; trained on train, scored on validation + calibration): "
                 f"EER {sc * 100:.1f} %\n\n" if sc is not None else "Shortcut check: not enough clips\n\n")
        for lvl, c in counts.items():
            fh.write(f"## {lvl}\n\n| value | train | validation | calibration |\n| --- | --- | --- | --- |\n")
            for v, d in sorted(c.items()):
                fh.write(f"| {v} | {d.get('train', 0)} | {d.get('validation', 0)} | {d.get('calibration', 0)} |\n")
            fh.write("\n")
    log(f"{len(rows)} clips written, {len(failures)} failed; shortcut-check EER "
        f"{'%.3f' % sc if sc is not None else 'n/a'}; report in {a.out}/report.md")
    return 0 if rows else 1


if __name__ == "__main__":
    sys.exit(main())
