#!/usr/bin/env python3
"""Fills translations into translations/sourcetrace_<LANG>.ts from a tab-separated file, by source text.

    scripts/i18n/fill.py LANG FILE.tsv     fill (LANG: de, fi, cs, ...)
    scripts/i18n/fill.py LANG --todo       print the unfinished source texts as TSV lines (translation empty)
    scripts/i18n/fill.py en --english-plurals   fill the English plural forms of sourcetrace_en.ts: "%n clip(s)" ->
                                           "%n clip", "%n clips" (sources without "(s)" are listed to do by hand)

FILE.tsv has one message a line: SOURCE<TAB>TRANSLATION. A plural message (source with %n, marked plural in the
.ts) takes one column per plural form of the language: SOURCE<TAB>FORM1<TAB>FORM2[<TAB>FORM3] (German and
Finnish: one, other; Czech: one, few, other). Inside a field \\n is a line break, \\t a tab, \\\\ a backslash.
A source written {CONTEXT}SOURCE fills only the message of that context (e.g. {st::MainWindow}Explain, when one
source needs different words in two places: a dock title and a button). Empty lines and comment lines (starting with '#', without a tab) are skipped; a line with a tab is always a message,
so a source text may start with '#'. Every message of the .ts whose source is SOURCE (in any
context) gets the translation and becomes finished.

A line is refused, with its number, when its placeholders (%1..%99, %L1, %n, %Ln) differ from the source's, when
a translation is empty, when a plural message gets the wrong number of forms, or when no message has that source.
The other lines are applied; the exit status is 1 when any line was refused. The .ts is rewritten in lupdate's own
format (lconvert, no locations), under flock /tmp/ts.lock like scripts/i18n/update.sh.
"""
import fcntl
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PLACEHOLDER = re.compile(r'%L?(?:[1-9][0-9]?|n)')
LOCK = '/tmp/ts.lock'


def placeholders(text):
    """The set of Qt placeholders in text (%1, %L2, %n, ...); %L1 counts as %1 (only the formatting differs)."""
    return sorted(set(p.replace('%L', '%') for p in PLACEHOLDER.findall(text)))


def unescape(field):
    out = []
    i = 0
    while i < len(field):
        c = field[i]
        if c == '\\' and i + 1 < len(field):
            n = field[i + 1]
            out.append({'n': '\n', 't': '\t', '\\': '\\'}.get(n, '\\' + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def escape(text):
    return text.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')


def tool(name):
    env = os.environ.get(name.upper())
    if env:
        return env
    try:
        bins = subprocess.run(['qtpaths6', '--query', 'QT_HOST_BINS'], capture_output=True, text=True).stdout.strip()
        if bins and os.access(os.path.join(bins, name), os.X_OK):
            return os.path.join(bins, name)
    except OSError:
        pass
    for cand in ('/usr/lib/qt6/bin/' + name, shutil.which(name)):
        if cand and os.access(cand, os.X_OK):
            return cand
    sys.exit(f'fill.py: no Qt 6 {name} found (install linguist-qt6 or set {name.upper()})')


def messages(tree):
    for ctx in tree.getroot().iter('context'):
        for msg in ctx.iter('message'):
            yield ctx, msg


def source_of(msg):
    s = msg.find('source')
    return s.text or '' if s is not None else ''


def is_plural(msg):
    return msg.get('numerus') == 'yes'


def plural_count(tree):
    """Number of plural forms the .ts expects: taken from an existing numerus message, else from the language."""
    for _, msg in messages(tree):
        if is_plural(msg):
            n = len(msg.find('translation').findall('numerusform'))
            if n:
                return n
    lang = (tree.getroot().get('language') or '').split('_')[0]
    return {'cs': 3, 'sk': 3, 'pl': 3, 'ru': 3, 'uk': 3, 'ja': 1, 'zh': 1, 'ko': 1}.get(lang, 2)


def todo(tree, out):
    seen = set()
    forms = plural_count(tree)
    for _, msg in messages(tree):
        tr = msg.find('translation')
        if tr is None or tr.get('type') not in ('unfinished',):
            continue
        src = source_of(msg)
        if src in seen:
            continue
        seen.add(src)
        cols = [escape(src)] + [''] * (forms if is_plural(msg) else 1)
        out.write('\t'.join(cols) + '\n')


def english_plurals(tree, out_path):
    """Writes a TSV of the unfinished English plural messages made by the "(s)" rule; returns those it cannot do."""
    manual = []
    with open(out_path, 'w', encoding='utf-8') as out:
        for _, msg in messages(tree):
            tr = msg.find('translation')
            if not is_plural(msg) or tr is None or tr.get('type') != 'unfinished':
                continue
            src = source_of(msg)
            if '(s)' not in src:
                manual.append(src)
                continue
            out.write('\t'.join([escape(src), escape(src.replace('(s)', '')), escape(src.replace('(s)', 's'))]) + '\n')
    return manual


def fill(tree, tsv_path):
    by_source = {}
    for ctx, msg in messages(tree):
        if msg.find('translation') is not None and msg.find('translation').get('type') in ('vanished', 'obsolete'):
            continue
        by_source.setdefault(source_of(msg), []).append(msg)
        name = ctx.find('name')
        by_source.setdefault('{%s}%s' % (name.text if name is not None else '', source_of(msg)), []).append(msg)
    forms = plural_count(tree)
    refused = []
    filled = 0
    with open(tsv_path, encoding='utf-8') as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip('\n').rstrip('\r')
            if not line.strip() or (line.startswith('#') and '\t' not in line):
                continue  # a comment: '#' and no tab (a message whose source starts with '#' has its tab)
            fields = line.split('\t')
            where = f'{tsv_path}:{lineno}'
            if len(fields) < 2:
                refused.append(f'{where}: no tab between source and translation')
                continue
            src = unescape(fields[0])
            trs = [unescape(x) for x in fields[1:]]
            targets = by_source.get(src)
            if not targets:
                refused.append(f'{where}: no message has the source "{fields[0]}" (misspelt, or gone from the sources)')
                continue
            plural = is_plural(targets[0])
            if plural and len(trs) != forms:
                refused.append(f'{where}: plural message needs {forms} forms (tab-separated), got {len(trs)}')
                continue
            if not plural and len(trs) != 1:
                refused.append(f'{where}: {len(trs)} translations for a message that is not plural (stray tab?)')
                continue
            if any(not t.strip() for t in trs):
                refused.append(f'{where}: empty translation')
                continue
            want = placeholders(targets[0].find('source').text or '')
            bad = [t for t in trs if placeholders(t) != want]
            if bad:
                refused.append(f'{where}: placeholders differ: source has {" ".join(want) or "none"}, '
                               f'translation has {" ".join(placeholders(bad[0])) or "none"}')
                continue
            for msg in targets:
                tr = msg.find('translation')
                if tr is None:
                    tr = ET.SubElement(msg, 'translation')
                for child in list(tr):
                    tr.remove(child)
                tr.attrib.pop('type', None)
                if is_plural(msg):
                    tr.text = None
                    for t in trs:
                        ET.SubElement(tr, 'numerusform').text = t
                else:
                    tr.text = trs[0]
                filled += 1
    return filled, refused


def main(argv):
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    lang, arg = argv[1], argv[2]
    if not re.fullmatch(r'[a-z]{2,3}(_[A-Z]{2})?', lang):
        sys.exit(f'fill.py: "{lang}" is not a language code (de, fi, cs, ...)')
    ts_path = os.path.join(ROOT, 'translations', f'sourcetrace_{lang}.ts')
    if not os.path.exists(ts_path):
        sys.exit(f'fill.py: {ts_path} does not exist (a new language starts with scripts/i18n/update.sh, see docs/translations.md)')
    with open(LOCK, 'a') as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            tree = ET.parse(ts_path)
        except ET.ParseError as e:
            sys.exit(f'fill.py: {ts_path}: not a readable .ts file ({e})')
        if arg == '--todo':
            try:
                todo(tree, sys.stdout)
                sys.stdout.flush()
            except BrokenPipeError:  # piped into head
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
        manual = []
        if arg == '--english-plurals':
            if lang != 'en':
                sys.exit('fill.py: --english-plurals is for en only')
            fd, arg = tempfile.mkstemp(suffix='.tsv')
            os.close(fd)
            manual = english_plurals(tree, arg)
        if not os.path.exists(arg):
            sys.exit(f'fill.py: {arg}: no such file')
        filled, refused = fill(tree, arg)
        refused += [f'no "(s)" in "{m}": fill its English plural forms by hand' for m in manual]
        if argv[2] == '--english-plurals':
            os.unlink(arg)
        if filled:
            lconvert = tool('lconvert')
            fd, tmp = tempfile.mkstemp(suffix='.ts', dir=os.path.dirname(ts_path))
            os.close(fd)
            try:
                tree.write(tmp, encoding='utf-8', xml_declaration=True)
                r = subprocess.run([lconvert, '-locations', 'none', '-sort-contexts', '-i', tmp, '-o', tmp],
                                   capture_output=True, text=True)
                if r.returncode != 0:
                    sys.exit(f'fill.py: lconvert failed on the filled {ts_path}: {r.stderr.strip()}')
                os.replace(tmp, ts_path)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
    for r in refused:
        print(f'fill.py: refused: {r}', file=sys.stderr)
    print(f'fill.py: {os.path.basename(ts_path)}: {filled} message(s) filled, {len(refused)} line(s) refused')
    return 1 if refused else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
