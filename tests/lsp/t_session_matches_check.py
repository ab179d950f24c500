#!/usr/bin/env python3
"""The editor path gives the findings `hvcilint check` gives: every
testcase whose RUN line uses the default flags (`check --verify %s --`) is
opened in `hvcilint lsp`, and its diagnostics (first parse, then again
after an edit, which reparses with the precompiled preamble) must name the
same rules on the same lines as `hvcilint check --format json`, and the
same calls that could not be analysed (code hvci-coverage).

usage: t_session_matches_check.py HVCILINT SOURCE_DIR"""
import glob
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lspclient import Client, uri  # noqa: E402

EXE, SRC = sys.argv[1], sys.argv[2]
files = [f for f in sorted(glob.glob(os.path.join(SRC, "testcases", "*", "*.c")))
         if re.search(r"RUN: %hvcilint check --verify %s --\s*$", open(f).read(), re.M)]
if len(files) < 20:
    print("FAIL: only %d testcases found under %s/testcases" % (len(files), SRC))
    sys.exit(1)
c = Client([EXE, "lsp", "--debounce", "0", "--compile-commands-dir", os.path.join(SRC, "no-such-dir")])
c.response(c.request("initialize", {"processId": None, "capabilities": {}}))
c.notify("initialized")
bad = 0
for f in files:
    out = subprocess.run([EXE, "check", "--format", "json", f, "--"], capture_output=True, text=True)
    unit = json.loads(out.stdout)["files"][0]
    want = [(x["rule"], x["location"]["line"]) for x in unit["findings"] if not x["suppressed"]]
    # Calls that could not be analysed are warnings in both.
    want += [("hvci-coverage", x["location"]["line"])
             for x in unit.get("coverage", {}).get("sites", []) if x["how"] == "unanalysed"]
    want.sort()
    u = uri(f)
    c.notify("textDocument/didOpen", {"textDocument": {"uri": u, "languageId": "c", "version": 1,
                                                       "text": open(f).read()}})
    first = c.diagnostics(u)
    # An edit on the last line: below the preamble, so the reparse reuses it.
    n = open(f).read().count("\n")
    c.notify("textDocument/didChange", {"textDocument": {"uri": u, "version": 2}, "contentChanges": [
        {"range": {"start": {"line": n, "character": 0}, "end": {"line": n, "character": 0}},
         "text": "\n"}]})
    again = c.diagnostics(u)
    for label, p in (("first parse", first), ("reparse", again)):
        got = sorted((d["code"], d["range"]["start"]["line"] + 1) for d in p["diagnostics"])
        if got != want:
            bad += 1
            print("FAIL: %s (%s): lsp %r, check %r" % (f, label, got, want))
    c.notify("textDocument/didClose", {"textDocument": {"uri": u}})
c.response(c.request("shutdown"))
c.notify("exit")
if c.close() != 0:
    print("FAIL: server exit status; stderr:", c.stderr)
    sys.exit(1)
print("%d testcases, %d mismatches" % (len(files), bad))
sys.exit(1 if bad else 0)
