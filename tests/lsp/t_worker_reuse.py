#!/usr/bin/env python3
"""A document keeps one analysis worker while it is open: its first parse
builds the precompiled preamble and every edit's reparse reuses it, so
TMPDIR holds exactly one preamble however many edits there are (a fresh
process per edit would build, and remove, one each time).  The worker
ends with its document, and its preamble goes with it.  (A worker stopped
by --timeout is replaced on the next edit: t_limits.py.)

usage: t_worker_reuse.py HVCILINT SOURCE_DIR"""
import glob
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lspclient import Client, uri  # noqa: E402

EXE = os.path.abspath(sys.argv[1])
failures = 0


def check(cond, msg):
    global failures
    if not cond:
        failures += 1
        print("FAIL:", msg)


def text(pool):
    return ("#include <ntddk.h>\n"
            "PVOID A(SIZE_T n) { return ExAllocatePoolWithTag(%s, n, 'x'); }\n" % pool)


def pool_diags(c, u):
    ds = c.diagnostics(u)["diagnostics"]
    return [d for d in ds if d.get("code") == "hvci-exec-pool"]


def preambles(tmp):
    return glob.glob(os.path.join(tmp, "preamble-*"))


with tempfile.TemporaryDirectory() as tmp:
    pch = os.path.join(tmp, "tmp")
    os.makedirs(pch)
    repo = os.path.join(tmp, "repo")
    os.makedirs(os.path.join(repo, ".git"))
    path = os.path.join(repo, "drv.c")
    with open(path, "w") as f:
        f.write(text("NonPagedPool"))
    env = dict(os.environ, TMPDIR=pch)
    c = Client([EXE, "lsp", "--debounce", "0"], cwd=repo, env=env)
    c.response(c.request("initialize", {"processId": None, "rootUri": uri(repo),
                                        "capabilities": {}}))
    c.notify("initialized")
    u = uri(path)
    c.notify("textDocument/didOpen", {"textDocument": {"uri": u, "languageId": "c",
                                                       "version": 1, "text": text("NonPagedPool")}})
    check(len(pool_diags(c, u)) == 1, "the first analysis reports the pool")
    seen = set(preambles(pch))
    for v, pool in enumerate(["NonPagedPoolNx", "NonPagedPool", "NonPagedPoolNx"], start=2):
        c.notify("textDocument/didChange", {"textDocument": {"uri": u, "version": v},
                                            "contentChanges": [{"text": text(pool)}]})
        got = pool_diags(c, u)
        check(len(got) == (pool == "NonPagedPool"), "edit %d: %s gives %d" % (v, pool, len(got)))
        seen |= set(preambles(pch))
    check(len(seen) == 1, "one preamble for the open document, kept across edits: %s" % sorted(seen))
    c.notify("textDocument/didClose", {"textDocument": {"uri": u}})
    # A request answered after the close: the close has been handled.
    c.response(c.request("shutdown"))
    deadline = time.time() + 10
    while preambles(pch) and time.time() < deadline:
        time.sleep(0.1)
    check(preambles(pch) == [], "the preamble goes with the document: %s" % preambles(pch))
    c.notify("exit")
    rc = c.close()
    check(rc == 0, "server exit status %s: %s" % (rc, c.stderr[-2000:]))

if failures:
    sys.exit(1)
print("ok")
