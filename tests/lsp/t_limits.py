#!/usr/bin/env python3
"""Limits of `hvcilint lsp` on files it did not choose: an analysis that
hangs (the document includes a FIFO nobody writes) is stopped after
--timeout and the server goes on answering, for that document too once
its include is fixed; a pull for a path that is a
FIFO or a folder is answered at once instead of blocking on the read.

usage: t_limits.py HVCILINT SOURCE_DIR"""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lspclient import Client, uri  # noqa: E402

EXE, SRC = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
CASE = os.path.join(SRC, "testcases", "pool", "basic_nonpagedpool.c")


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


tmp = tempfile.mkdtemp()
try:
    gate = os.path.join(tmp, "gate.h")
    os.mkfifo(gate)
    fifo_c = os.path.join(tmp, "fifo.c")
    os.mkfifo(fifo_c)
    folder_c = os.path.join(tmp, "folder.c")
    os.mkdir(folder_c)
    c = Client([EXE, "lsp", "--timeout", "3", "--compile-commands-dir", os.path.join(tmp, "none")])
    c.response(c.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}}))
    c.notify("initialized")

    # 1. A document whose include never ends: stopped, logged, server alive.
    hang = os.path.join(tmp, "hang.c")
    c.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri(hang), "languageId": "c", "version": 1,
        "text": '#include "%s"\nint x;\n' % gate}})
    m = c.wait_for(lambda m: m.get("method") == "window/logMessage"
                   and "ran past --timeout" in m["params"]["message"], 120)
    if "hang.c" not in m["params"]["message"]:
        fail("timeout message does not name the file: %r" % m)
    # The same document with its include fixed: the stopped analysis cost
    # its worker, and the next edit gets a new one.
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri(hang), "version": 2},
                                        "contentChanges": [{"text": open(CASE).read()}]})
    c.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
               and m["params"]["uri"] == uri(hang)
               and any(d.get("code") == "hvci-exec-pool" for d in m["params"]["diagnostics"]),
               120)
    u = uri(CASE)
    c.notify("textDocument/didOpen", {"textDocument": {"uri": u, "languageId": "c", "version": 1,
                                                       "text": open(CASE).read()}})
    p = c.diagnostics(u, 120)
    if [d["code"] for d in p["diagnostics"]] != ["hvci-exec-pool"]:
        fail("diagnostics after a stopped analysis: %r" % p)

    # 2. Pulls for a FIFO and a folder return without reading them.
    for path in (fifo_c, folder_c):
        r = c.response(c.request("textDocument/diagnostic", {"textDocument": {"uri": uri(path)}}), 60)
        if "result" not in r and "error" not in r:
            fail("pull for %s: %r" % (path, r))
    c.response(c.request("shutdown"))
    c.notify("exit")
    rc = c.close()
    if rc != 0:
        fail("exit status %d; stderr: %s" % (rc, c.stderr))
finally:
    shutil.rmtree(tmp, ignore_errors=True)
print("ok")
