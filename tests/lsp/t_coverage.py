#!/usr/bin/env python3
"""A call that could not be analysed shows in the editor: `hvcilint lsp`
and `hvcilint clangd` (when clangd is installed) publish a warning with
source hvcilint and code hvci-coverage over the callee's name, naming the
parse error; the function's clean call next to it gets nothing, and the
coverage diagnostic carries no quick fix.

usage: t_coverage.py HVCILINT SOURCE_DIR"""
import json
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lspclient import Client, uri  # noqa: E402

EXE, SRC = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
failures = 0


def check(cond, msg):
    global failures
    if not cond:
        failures += 1
        print("FAIL:", msg)
    return cond


tmp = tempfile.mkdtemp(prefix="hvci-cov-")
DRV = os.path.join(tmp, "drv.c")
with open(os.path.join(tmp, "compile_commands.json"), "w") as f:
    json.dump([{"directory": tmp, "file": "drv.c",
                "arguments": ["clang", "--target=x86_64-pc-windows-msvc", "-fms-extensions",
                              "-fms-compatibility", "-isystem", os.path.join(SRC, "wdk"),
                              "-c", "drv.c"]}], f)
# Line 4 (0-based): VENDOR_BAR0 is declared nowhere, so the call does not
# parse, and its protection is a parameter, so its tokens cannot decide it.
text = ("#include <ntddk.h>\n"
        "\n"
        "PVOID MapBar(SIZE_T n, ULONG Protect)\n"
        "{\n"
        "\treturn MmMapIoSpaceEx(VENDOR_BAR0, n, Protect);\n"
        "}\n"
        "\n"
        "PVOID Buffer(SIZE_T n) { return ExAllocatePoolWithTag(NonPagedPoolNx, n, 'fuB'); }\n")
with open(DRV, "w") as f:
    f.write(text)


def run(argv, what):
    c = Client(argv, cwd=tmp)
    c.response(c.request("initialize", {"processId": None, "rootUri": uri(tmp),
                                        "capabilities": {}}), 120)
    c.notify("initialized")
    c.notify("textDocument/didOpen", {"textDocument": {"uri": uri(DRV), "languageId": "c",
                                                       "version": 1, "text": text}})

    def ours(m):
        return (m.get("method") == "textDocument/publishDiagnostics"
                and m["params"]["uri"] == uri(DRV)
                and any(d.get("source") == "hvcilint" for d in m["params"]["diagnostics"]))
    ds = [d for d in c.wait_for(ours, 180)["params"]["diagnostics"]
          if d.get("source") == "hvcilint"]
    cov = [d for d in ds if d.get("code") == "hvci-coverage"]
    if check(len(cov) == 1, "%s: one coverage diagnostic expected: %r" % (what, ds)):
        d = cov[0]
        check(d["severity"] == 2, "%s: severity %r" % (what, d["severity"]))
        check(d["range"] == {"start": {"line": 4, "character": 8},
                             "end": {"line": 4, "character": 22}},
              "%s: range %r" % (what, d["range"]))
        check(d["message"].startswith("call of 'MmMapIoSpaceEx' was not analysed: the code "
                                      "around it did not parse"),
              "%s: message %r" % (what, d["message"]))
        check("data" not in d, "%s: a coverage diagnostic offers a fix: %r" % (what, d))
    check(all(d["range"]["start"]["line"] == 4 for d in ds),
          "%s: a diagnostic away from the unanalysed call: %r" % (what, ds))
    c.response(c.request("shutdown"))
    c.notify("exit")
    rc = c.close()
    check(rc == 0, "%s: exit status %d after shutdown; stderr: %s" % (what, rc, c.stderr))


run([EXE, "lsp"], "hvcilint lsp")
CLANGD = shutil.which("clangd-19") or shutil.which("clangd")
if CLANGD:
    run([EXE, "clangd", "--clangd", CLANGD, "--log=error", "--background-index=false"],
        "hvcilint clangd")
else:
    print("note: clangd not installed; only hvcilint lsp was checked")
shutil.rmtree(tmp, ignore_errors=True)
sys.exit(1 if failures else 0)
