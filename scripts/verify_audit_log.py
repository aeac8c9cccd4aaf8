#!/usr/bin/env python3
"""Verify a SourceTrace case's audit log export on its own (docs/case-files.md, "Verifying outside the app").

Usage: verify_audit_log.py AUDIT.jsonl [--expect-head HASH]

AUDIT.jsonl is written by `sourcetrace-cli case log CASE --jsonl AUDIT.jsonl` (CaseFile::exportAuditLog): one JSON
object per line with exactly the fields seq, time, user, action, details, prevHash, hash. For every line this
script recomputes

    hash = sha256(utf8(str(seq) + "\n" + time + "\n" + user + "\n" + action + "\n"
                       + canonical(details) + "\n" + prevHash)).hexdigest()

with canonical(details) = json.dumps(details, sort_keys=True, separators=(",", ":"), ensure_ascii=False), and checks
that seq runs 1, 2, 3, ... without a gap, that each prevHash is the hash of the line before (64 zeros for the first)
and that each stored hash is the recomputed one. With --expect-head HASH it also checks that an entry with that hash
(a head recorded earlier, e.g. in a report) is still in the log: cutting off the last entries leaves a valid chain,
only a recorded head shows it.

Exit status 0 when everything verifies (the last line states the entries and the head hash), 1 at the first bad
line (printed as "FILE:LINE: cause"), 2 on a usage error or an unreadable file. Python's standard library only.
"""
import hashlib
import json
import re
import sys

FIELDS = ["action", "details", "hash", "prevHash", "seq", "time", "user"]
GENESIS = "0" * 64
TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
HEX64 = re.compile(r"^[0-9a-f]{64}$")


def canonical(details):
    return json.dumps(details, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(e):
    text = "%d\n%s\n%s\n%s\n%s\n%s" % (e["seq"], e["time"], e["user"], e["action"], canonical(e["details"]), e["prevHash"])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def has_control(s):
    return any(ord(c) < 0x20 or ord(c) == 0x7F for c in s)


def verify(path, expect_head=None):
    """Returns (ok, message)."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        return None, "%s: cannot read: %s" % (path, e.strerror)
    lines = raw.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    prev = GENESIS
    found_expected = 0
    if not lines:
        return False, "%s:1: the audit log is empty (a case always starts with its case.created entry)" % path
    for n, line in enumerate(lines, start=1):
        where = "%s:%d" % (path, n)
        if line.endswith(b"\r"):
            line = line[:-1]
        try:
            e = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as x:
            return False, "%s: not a JSON object (%s)" % (where, x)
        if not isinstance(e, dict):
            return False, "%s: not a JSON object" % where
        if sorted(e.keys()) != FIELDS:
            return False, "%s: fields %s, expected exactly %s" % (where, ",".join(sorted(e.keys())), ",".join(FIELDS))
        if not isinstance(e["seq"], int) or isinstance(e["seq"], bool):
            return False, "%s: seq is not an integer" % where
        for k in ("time", "user", "action", "prevHash", "hash"):
            if not isinstance(e[k], str):
                return False, "%s: %s is not a string" % (where, k)
        if not isinstance(e["details"], dict):
            return False, "%s: details is not a JSON object" % where
        if e["seq"] != n:
            if e["seq"] > n:
                return False, "%s: entry %d is missing (this line holds entry %d)" % (where, n, e["seq"])
            return False, "%s: entry %d is out of order or repeated (seq %d)" % (where, n, e["seq"])
        if e["prevHash"] != prev:
            return False, "%s: entry %d does not link to the entry before it (prevHash %s, expected %s)" % (
                where, n, e["prevHash"], prev)
        if not TIME.match(e["time"]):
            return False, "%s: entry %d has a malformed time %r" % (where, n, e["time"])
        if not e["user"] or len(e["user"]) > 200 or has_control(e["user"]):
            return False, "%s: entry %d has an invalid user name" % (where, n)
        if not e["action"] or has_control(e["action"]):
            return False, "%s: entry %d has an invalid action" % (where, n)
        if not HEX64.match(e["hash"]):
            return False, "%s: entry %d's hash is not 64 lower-case hex digits" % (where, n)
        h = entry_hash(e)
        if h != e["hash"]:
            return False, "%s: entry %d (%s) was changed: its content hashes to %s, the chain says %s" % (
                where, n, e["action"], h, e["hash"])
        if expect_head is not None and h == expect_head and not found_expected:
            found_expected = n
        prev = h
    if expect_head is not None and not found_expected:
        return False, "%s: the expected head %s is not in the log (%d entries, head %s): entries were cut off or replaced" % (
            path, expect_head, len(lines), prev)
    msg = "%s: ok, %d entries, head %s" % (path, len(lines), prev)
    if expect_head is not None:
        msg += "; the expected head is entry %d" % found_expected
    return True, msg


def main(argv):
    args = argv[1:]
    expect = None
    if "--expect-head" in args:
        i = args.index("--expect-head")
        if i + 1 >= len(args):
            print("usage: verify_audit_log.py AUDIT.jsonl [--expect-head HASH]", file=sys.stderr)
            return 2
        expect = args[i + 1].strip().lower()
        del args[i:i + 2]
    if len(args) != 1 or args[0] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr if len(args) != 1 else sys.stdout)
        return 0 if args and args[0] in ("-h", "--help") else 2
    ok, msg = verify(args[0], expect)
    if ok is None:
        print(msg, file=sys.stderr)
        return 2
    print(msg)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
