#!/usr/bin/env python3
"""The editor servers read each file's own configs, as `check` does: the
.hvcilint.yaml files from its folder up to the repository's top level, the
nearest last.  A folder that disables the pool rule gets no pool
diagnostic; its sibling, under only the top-level config, gets one with
the top level's severity; a config above the repository counts for
nobody.

usage: t_config_per_file.py HVCILINT SOURCE_DIR"""
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lspclient import Client, uri  # noqa: E402

EXE = os.path.abspath(sys.argv[1])
failures = 0
SRC = ("#include <ntddk.h>\n"
       "PVOID A(SIZE_T n) { return ExAllocatePoolWithTag(NonPagedPool, n, 'x'); }\n")


def check(cond, msg):
    global failures
    if not cond:
        failures += 1
        print("FAIL:", msg)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def pool(c, path):
    c.notify("textDocument/didOpen", {"textDocument": {"uri": uri(path), "languageId": "c",
                                                       "version": 1, "text": SRC}})
    ds = c.diagnostics(uri(path))["diagnostics"]
    return [d for d in ds if d.get("code") == "hvci-exec-pool"]


with tempfile.TemporaryDirectory() as tmp:
    # Above the repository: it would disable everything, and must not count.
    write(os.path.join(tmp, ".hvcilint.yaml"), "disable: [hvci-exec-pool]\n")
    repo = os.path.join(tmp, "repo")
    os.makedirs(os.path.join(repo, ".git"))
    write(os.path.join(repo, ".hvcilint.yaml"), "severity:\n  hvci-exec-pool: error\n")
    write(os.path.join(repo, "a", ".hvcilint.yaml"), "disable: [hvci-exec-pool]\n")
    a, b = os.path.join(repo, "a", "x.c"), os.path.join(repo, "b", "y.c")
    write(a, SRC)
    write(b, SRC)
    c = Client([EXE, "lsp"], cwd=repo)
    c.response(c.request("initialize", {"processId": None, "rootUri": uri(repo),
                                        "capabilities": {}}))
    c.notify("initialized")
    check(pool(c, a) == [], "a/ disables the pool rule")
    pb = pool(c, b)
    check(len(pb) == 1 and pb[0]["severity"] == 1,
          "b/ gets the pool finding as an error (top-level severity): %s" % json.dumps(pb))
    c.response(c.request("shutdown"))
    c.notify("exit")
    rc = c.close()
    check(rc == 0, "server exit status %s: %s" % (rc, c.stderr[-2000:]))

if failures:
    sys.exit(1)
print("ok")
