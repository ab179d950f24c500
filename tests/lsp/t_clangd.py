#!/usr/bin/env python3
"""`hvcilint clangd` with the real clangd behind it: clangd's messages pass
through unchanged (its initialize result is the one clangd gives directly),
clangd's and hvcilint's diagnostics for a document arrive together and are
published again when either side changes, code-action results hold both
clangd's fixes and hvcilint's quick fix, and the proxy ends with clangd
(status 0 after shutdown/exit, and when the editor disappears).

usage: t_clangd.py HVCILINT SOURCE_DIR     (exit 77 when clangd is not installed)"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lspclient import Client, uri  # noqa: E402

EXE, SRC = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
# The clangd of hvcilint's own LLVM release when installed, else any.
CLANGD = shutil.which("clangd-19") or shutil.which("clangd")
if not CLANGD:
    print("SKIP: clangd not installed (Debian package clangd-19)")
    sys.exit(77)
failures = 0


def check(cond, msg):
    global failures
    if not cond:
        failures += 1
        print("FAIL:", msg)
    return cond


def rng(l1, c1, l2, c2):
    return {"start": {"line": l1, "character": c1}, "end": {"line": l2, "character": c2}}


tmp = tempfile.mkdtemp(prefix="hvci-clangd-")
with open(os.path.join(tmp, "compile_commands.json"), "w") as f:
    json.dump([{"directory": tmp, "file": "drv.c",
                "arguments": ["clang", "--target=x86_64-pc-windows-msvc", "-fms-extensions",
                              "-fms-compatibility", "-Wunused-variable", "-Wparentheses",
                              "-isystem", os.path.join(SRC, "wdk"), "-c", "drv.c"]}], f)
DRV = os.path.join(tmp, "drv.c")
U = uri(DRV)
# Line 5: clangd warns (unused variable).  Line 6: clangd warns with a
# fix-it (assignment as a condition).  Line 7: hvcilint's finding.
text = ("#include <ntddk.h>\n"
        "\n"
        "PVOID Alloc(SIZE_T n)\n"
        "{\n"
        "\tint unused_count = 0;\n"
        "\tif (n = 4) n++;\n"
        "\treturn ExAllocatePoolWithTag(NonPagedPool, n, 'fuBx');\n"
        "}\n")
with open(DRV, "w") as f:
    f.write(text)
INIT = {"processId": None, "rootUri": uri(tmp), "capabilities": {
    "textDocument": {"publishDiagnostics": {"relatedInformation": True},
                     "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["quickfix"]}}}}}}


def initialize(c):
    r = c.response(c.request("initialize", INIT), 120)
    c.notify("initialized")
    return r


# clangd on its own, for comparison.
direct = Client([CLANGD, "--log=error", "--background-index=false"], cwd=tmp)
want_init = initialize(direct)["result"]
direct.response(direct.request("shutdown"))
direct.notify("exit")
direct.close()

c = Client([EXE, "clangd", "--clangd", CLANGD, "--log=error", "--background-index=false", "--debounce", "50"], cwd=tmp)
got_init = initialize(c)["result"]
check(got_init == want_init, "initialize result differs from clangd's own:\n%r\n%r" % (got_init, want_init))


def merged(version, pred, what):
    """Waits for a publishDiagnostics of this version satisfying pred."""
    try:
        return c.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                          and m["params"]["uri"] == U and m["params"].get("version") == version
                          and pred(m["params"]["diagnostics"]), 120)["params"]["diagnostics"]
    except (TimeoutError, EOFError) as e:
        seen = [m["params"]["diagnostics"] for m in c.log
                if m.get("method") == "textDocument/publishDiagnostics"]
        check(False, "%s: %s; published: %s" % (what, e, json.dumps(seen)[:3000]))
        return []


def sources(ds):
    return sorted((d.get("source"), d["range"]["start"]["line"]) for d in ds)


def has_all(ds):
    s = sources(ds)
    return ("hvcilint", 6) in s and any(src == "clang" and ln == 4 for src, ln in s) and \
        any(src == "clang" and ln == 5 for src, ln in s)


c.notify("textDocument/didOpen", {"textDocument": {"uri": U, "languageId": "c", "version": 1, "text": text}})
ds = merged(1, has_all, "clangd's two warnings and hvcilint's finding together")
hv = [d for d in ds if d.get("source") == "hvcilint"]
paren = [d for d in ds if d.get("source") == "clang" and d["range"]["start"]["line"] == 5]
check(len(hv) == 1 and hv[0]["code"] == "hvci-exec-pool", "hvcilint's diagnostic: %r" % hv)

# Code actions over lines 6-7 with both diagnostics as context: clangd's
# fix-it for the condition and hvcilint's quick fix, in one result.
if hv and paren:
    r = c.response(c.request("textDocument/codeAction", {
        "textDocument": {"uri": U}, "range": rng(5, 0, 6, 60),
        "context": {"diagnostics": paren[:1] + hv}}), 120)
    titles = [a.get("title", "") for a in r.get("result") or []]
    check(any("NonPagedPoolNx" in t for t in titles), "hvcilint's quick fix missing: %r" % titles)
    check(any("parenthes" in t.lower() for t in titles), "clangd's fix-it missing: %r" % titles)
    ours = [a for a in r["result"] if "NonPagedPoolNx" in a.get("title", "")]
    if ours:
        check(ours[0]["isPreferred"] is True and ours[0]["edit"]["changes"][U][0]["newText"] == "NonPagedPoolNx",
              "hvcilint's action: %r" % ours[0])
    # Away from hvcilint's finding, clangd's answer is left as it was.
    r = c.response(c.request("textDocument/codeAction", {
        "textDocument": {"uri": U}, "range": rng(0, 0, 0, 3), "context": {"diagnostics": []}}), 120)
    check(not any("hvci" in json.dumps(a) for a in r.get("result") or []),
          "hvcilint actions away from its findings: %r" % r)

    # hvcilint's side changes (the quick fix applied): clangd's warnings stay.
    e = ours[0]["edit"]["changes"][U][0] if ours else {"range": hv[0]["range"], "newText": "NonPagedPoolNx"}
    c.notify("textDocument/didChange", {"textDocument": {"uri": U, "version": 2},
                                        "contentChanges": [{"range": e["range"], "text": e["newText"]}]})
    merged(2, lambda ds: sources(ds) and not any(d.get("source") == "hvcilint" for d in ds)
           and len([d for d in ds if d.get("source") == "clang"]) >= 2,
           "after the hvcilint fix: clangd's warnings without hvcilint's")
    # clangd's side changes (the unused variable removed, the pool made
    # executable again): hvcilint's finding stays in clangd's new set.
    c.notify("textDocument/didChange", {"textDocument": {"uri": U, "version": 3}, "contentChanges": [
        {"range": rng(4, 0, 5, 0), "text": ""},
        {"range": rng(5, 30, 5, 44), "text": "NonPagedPool"}]})
    merged(3, lambda ds: ("hvcilint", 5) in sources(ds)
           and not any(d.get("source") == "clang" and "unused" in d["message"].lower() for d in ds)
           and any(d.get("source") == "clang" and d["range"]["start"]["line"] == 4 for d in ds),
           "after removing the unused variable: hvcilint's finding with clangd's remaining warning")

# A document closed (and opened again, and closed) while its first
# analysis may still be running: the proxy stays up, and the last word on
# it is an empty set of diagnostics.
OTHER = os.path.join(tmp, "other.c")
UO = uri(OTHER)
with open(OTHER, "w") as f:
    f.write(text)
for v in (1, 2):
    c.notify("textDocument/didOpen", {"textDocument": {"uri": UO, "languageId": "c", "version": v, "text": text}})
    time.sleep(0.2)
    c.notify("textDocument/didClose", {"textDocument": {"uri": UO}})
i = c.request("textDocument/documentSymbol", {"textDocument": {"uri": U}})
c.response(i, 120)
time.sleep(1)
c.response(c.request("textDocument/documentSymbol", {"textDocument": {"uri": U}}), 120)
last = [m["params"] for m in c.log if m.get("method") == "textDocument/publishDiagnostics"
        and m["params"]["uri"] == UO]
check(last and last[-1]["diagnostics"] == [] or not last,
      "after didClose the document's diagnostics should end empty: %r" % last[-1:])

# Other requests pass through: clangd answers them.
r = c.response(c.request("textDocument/documentSymbol", {"textDocument": {"uri": U}}), 120)
check([s.get("name") for s in r.get("result") or []] == ["Alloc"], "documentSymbol via the proxy: %r" % r)

c.response(c.request("shutdown"), 60)
c.notify("exit")
rc = c.close(60)
check(rc == 0, "exit status %d after shutdown/exit; stderr: %s" % (rc, c.stderr[-2000:]))
check(c.buf == b"", "unframed bytes on stdout: %r" % c.buf[:200])

# The editor disappears without shutdown: clangd sees EOF and the proxy ends.
c = Client([EXE, "clangd", "--clangd", CLANGD, "--log=error", "--background-index=false"], cwd=tmp)
initialize(c)
c.notify("textDocument/didOpen", {"textDocument": {"uri": U, "languageId": "c", "version": 1, "text": text}})
try:
    c.close(60)
except Exception as e:  # subprocess.TimeoutExpired
    c.proc.kill()
    check(False, "the proxy did not exit after the editor's EOF: %s" % e)

# A driver without the WDK and without a compile database, spelling the
# header as Windows allows (<Ntddk.h>): clangd gets hvcilint's command
# (shipped WDK headers, includes resolved by case), so it reports no
# missing file, while hvcilint's finding is there.
nowdk = tempfile.mkdtemp(prefix="hvci-nowdk-")
os.makedirs(os.path.join(nowdk, "inc"))
with open(os.path.join(nowdk, "inc", "mydefs.h"), "w") as f:
    f.write("#define MY_TAG 'fuBx'\n")
NW = os.path.join(nowdk, "nowdk.c")
nw_text = ("#include <Ntddk.h>\n"
           "#include \"INC/MyDefs.h\"\n"
           "PVOID Alloc(SIZE_T n)\n"
           "{\n"
           "\treturn ExAllocatePoolWithTag(NonPagedPool, n, MY_TAG);\n"
           "}\n")
with open(NW, "w") as f:
    f.write(nw_text)
UN = uri(NW)
c = Client([EXE, "clangd", "--clangd", CLANGD, "--log=error", "--background-index=false",
            "--debounce", "50"], cwd=nowdk)
initialize(c)
c.notify("textDocument/didOpen", {"textDocument": {"uri": UN, "languageId": "c", "version": 1, "text": nw_text}})
try:
    got = c.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                     and m["params"]["uri"] == UN
                     and any(d.get("source") == "hvcilint" for d in m["params"]["diagnostics"]),
                     120)["params"]["diagnostics"]
except (TimeoutError, EOFError) as e:
    got = None
    check(False, "no hvcilint finding for the file without the WDK: %s" % e)
# clangd's own latest word on the file, after it had our command.
c.response(c.request("textDocument/documentSymbol", {"textDocument": {"uri": UN}}), 120)
time.sleep(1)
sets = [m["params"]["diagnostics"] for m in c.log if m.get("method") == "textDocument/publishDiagnostics"
        and m["params"]["uri"] == UN]
if got is not None and check(sets, "no diagnostics published for the file without the WDK"):
    bad = [d["message"] for d in sets[-1] if "not found" in d["message"] or d.get("severity") == 1]
    check(not bad, "clangd errors without the WDK: %r" % bad)
    check(any(d.get("source") == "hvcilint" for d in sets[-1]), "hvcilint's finding dropped: %r" % sets[-1])
c.response(c.request("shutdown"), 60)
c.notify("exit")
c.close(60)
shutil.rmtree(nowdk, ignore_errors=True)

# Without --clangd the proxy runs the newest clangd on PATH (clangd-19
# over Debian's plain clangd 14); --version is answered by that clangd.
def major(exe):
    out = subprocess.run([exe, "--version"], capture_output=True, text=True).stdout
    import re
    m = re.search(r"version (\d+)", out)
    return (int(m.group(1)) if m else 0), out
cands = [shutil.which(n) for n in ["clangd"] + ["clangd-%d" % v for v in range(10, 40)]]
found = max((major(x)[0], x) for x in cands if x)[1]
want = major(found)[1]
got = subprocess.run([EXE, "clangd", "--version"], capture_output=True, text=True)
check(got.returncode == 0 and got.stdout == want and want,
      "hvcilint clangd --version: %r, want %s's %r" % (got.stdout, found, want))

# Without a clangd to run: one line on stderr, exit 2.
c = Client([EXE, "clangd", "--clangd", os.path.join(tmp, "no-such-clangd")], cwd=tmp)
rc = c.close(30)
check(rc == 2 and "clangd" in c.stderr and c.buf == b"", "missing clangd: status %d, %r" % (rc, c.stderr))

if failures:
    sys.exit(1)
print("ok")
