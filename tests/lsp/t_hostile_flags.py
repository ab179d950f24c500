#!/usr/bin/env python3
"""`hvcilint lsp` opening a file whose compile database names options that
write files (a dependency file, a dependency list on stdout, -Wp, -Xclang
outputs): nothing is written, the protocol stream stays intact (the
findings arrive and shutdown is answered), and the editor's log lists the
dropped options.

usage: t_hostile_flags.py HVCILINT SOURCE_DIR"""
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


tmp = tempfile.mkdtemp(prefix="hvci-lsp-flags-")
proj, target = os.path.join(tmp, "drv"), os.path.join(tmp, "target")
os.makedirs(proj)
os.makedirs(target)
path = os.path.join(proj, "a.c")
text = ("#include <ntddk.h>\n"
        "PVOID f(SIZE_T n) { return ExAllocatePoolWithTag(NonPagedPool, n, 1); }\n")
with open(path, "w") as f:
    f.write(text)
with open(os.path.join(proj, "compile_commands.json"), "w") as f:
    json.dump([{"directory": proj, "file": "a.c",
                "arguments": ["clang", "-c", "a.c", "-isystem", os.path.join(SRC, "wdk"),
                              "-MD", "-MF", os.path.join(target, "a.d"), "-MF", "-", "-M",
                              "-Wp,-MD," + os.path.join(target, "wp.d"),
                              "-Xclang", "-dependency-file", "-Xclang",
                              os.path.join(target, "x.d"),
                              "-Xclang", "-header-include-file", "-Xclang",
                              os.path.join(target, "h.txt")]}], f)

env = dict(os.environ, TMPDIR=target)
c = Client([EXE, "lsp"], cwd=tmp, env=env)
c.response(c.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}}))
c.notify("initialized")
c.notify("textDocument/didOpen", {"textDocument": {"uri": uri(path), "languageId": "c",
                                                   "version": 1, "text": text}})
m = c.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
               and m["params"]["uri"] == uri(path), 120)
ds = m["params"]["diagnostics"]
check([d.get("code") for d in ds] == ["hvci-exec-pool"], "the finding expected: %r" % ds)
logs = [m["params"]["message"] for m in c.log if m.get("method") == "window/logMessage"]
listed = [l for l in logs if "dropped compile command options" in l]
check(len(listed) == 1 and "'-MF -'" in listed[0] and "'-Xclang -dependency-file'" in listed[0]
      and "'-Wp,-MD," in listed[0], "one log line listing the dropped options: %r" % logs)
c.response(c.request("shutdown"))
c.notify("exit")
rc = c.close()
check(rc == 0, "exit status %d after shutdown; stderr: %s" % (rc, c.stderr))
written = sorted(os.listdir(target)) + sorted(set(os.listdir(proj)) - {"a.c", "compile_commands.json"})
check(not written, "files written: %r" % written)
shutil.rmtree(tmp)
sys.exit(1 if failures else 0)
