#!/usr/bin/env python3
"""`hvcilint lsp --checks GLOBS`: the editor sees only the selected rules'
findings, as `hvcilint check --checks` prints them.

usage: t_checks.py HVCILINT SOURCE_DIR"""
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lspclient import Client, uri  # noqa: E402

EXE, SRC = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
tmp = tempfile.mkdtemp(prefix="hvci-lsp-checks-")
path = os.path.join(tmp, "a.c")
text = ("#include <ntddk.h>\n"
        "PVOID f(PMDL m)\n"
        "{\n"
        "\tMmGetSystemAddressForMdlSafe(m, NormalPagePriority);\n"
        "\treturn ExAllocatePoolWithTag(NonPagedPool, 8, 'fuBx');\n"
        "}\n")
with open(path, "w") as f:
    f.write(text)


def codes(*args):
    c = Client([EXE, "lsp"] + list(args))
    c.response(c.request("initialize", {"processId": None, "rootUri": None,
                                        "capabilities": {}}))
    c.notify("initialized")
    c.notify("textDocument/didOpen", {"textDocument": {"uri": uri(path), "languageId": "c",
                                                       "version": 1, "text": text}})
    m = c.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                   and m["params"]["uri"] == uri(path), 120)
    c.response(c.request("shutdown"))
    c.notify("exit")
    c.close()
    return sorted(d.get("code") for d in m["params"]["diagnostics"])


failures = 0
every = codes()
if every != ["hvci-exec-mdl", "hvci-exec-pool"]:
    failures += 1
    print("FAIL: both rules expected without --checks, got %r" % every)
only = codes("--checks=-*,hvci-exec-m*")
if only != ["hvci-exec-mdl"]:
    failures += 1
    print("FAIL: --checks=-*,hvci-exec-m* should leave hvci-exec-mdl alone, got %r" % only)
sys.exit(1 if failures else 0)
