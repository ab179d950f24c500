#!/usr/bin/env python3
"""Flags from the project when no compile_commands.json is above a file:
`hvcilint lsp` takes a driver's command from the `sources` file in its
folder or from a .vcxproj in its folder or above that lists it, and says
where in the log; a file no project lists keeps the default flags.

usage: t_project_flags.py HVCILINT SOURCE_DIR"""
import json
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lspclient import Client, uri  # noqa: E402

EXE, SRC = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
TREES = os.path.join(SRC, "tests", "project", "trees")
failures = 0


def check(cond, msg):
    global failures
    if not cond:
        failures += 1
        print("FAIL:", msg)
    return cond


def logged(c, needle):
    return any(m.get("method") in ("window/logMessage", "window/showMessage")
               and needle in m["params"]["message"] for m in c.log)


def analyse(c, path):
    with open(path) as f:
        text = f.read()
    c.notify("textDocument/didOpen", {"textDocument": {"uri": uri(path), "languageId": "c",
                                                       "version": 1, "text": text}})
    return c.diagnostics(uri(path))["diagnostics"]


with tempfile.TemporaryDirectory() as tmp:
    # Copies outside this repository: no compile database above them, and
    # the folder holding .git bounds the search for a .vcxproj.
    wdm = os.path.join(tmp, "wdm")
    shutil.copytree(os.path.join(TREES, "wdm"), wdm)
    kmdf = os.path.join(tmp, "kmdf")
    shutil.copytree(os.path.join(TREES, "kmdf"), kmdf)
    os.mkdir(os.path.join(kmdf, ".git"))
    loose = os.path.join(tmp, "loose.c")
    with open(loose, "w") as f:
        f.write("#include <ntddk.h>\n"
                "PVOID A(SIZE_T n) { return ExAllocatePoolWithTag(NonPagedPool, n, 'x'); }\n")
    env = dict(os.environ)
    env.pop("WDKContentRoot", None)
    env["WDKContentRoot"] = ""
    c = Client([EXE, "lsp"], cwd=tmp, env=env)
    c.response(c.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}}))
    c.notify("initialized")

    # drvb/SOURCES defines POOL_NX_OPTIN: the finding says the opt-in is a
    # run-time value, which the default flags (no POOL_NX_OPTIN) never do.
    ds = analyse(c, os.path.join(wdm, "drvb", "alloc.c"))
    pool = [d for d in ds if d.get("code") == "hvci-exec-pool"]
    check(pool and pool[0]["range"]["start"]["line"] == 5, "drvb/alloc.c: %s" % json.dumps(ds))
    text = json.dumps(pool)
    check("POOL_NX_OPTIN" in text, "drvb's POOL_NX_OPTIN from its sources file not used: %s" % text)
    check(logged(c, "compile flags from %s" % os.path.join(wdm, "drvb", "SOURCES")),
          "no log line naming drvb/SOURCES")

    # drva's precompiled header is force-included from its sources file, so
    # the file parses (the default flags would not find precomp.h's tree.h).
    ds = analyse(c, os.path.join(wdm, "drva", "alloc.c"))
    text = json.dumps(ds)
    check("POOL_NX_OPTIN" in text and "did not parse" not in text, "drva/alloc.c: %s" % text)

    # A .vcxproj two folders up the tree lists driver/driver.c.
    ds = analyse(c, os.path.join(kmdf, "driver", "driver.c"))
    check(any(d.get("code") == "hvci-exec-pool" and d["range"]["start"]["line"] == 10 for d in ds),
          "kmdf driver.c: %s" % json.dumps(ds))
    check(logged(c, "kmdfdrv.vcxproj (no compile_commands.json"), "no log line naming the .vcxproj")

    # No project lists it: the defaults, with the message saying so.
    analyse(c, loose)
    check(logged(c, "no compile_commands.json above %s" % loose), "loose.c: no defaults message")
    c.response(c.request("shutdown"))
    c.notify("exit")
    rc = c.close()
    check(rc == 0, "server exit status %s: %s" % (rc, c.stderr[-2000:]))

if failures:
    sys.exit(1)
print("ok")
