#!/usr/bin/env python3
"""What `hvcilint lsp` tells an editor: diagnostic content (source, rule
code, help link, severity, UTF-16 ranges, notes as relatedInformation, the
fix in data), quick fixes as WorkspaceEdits, incremental and full-text
didChange applied to the unsaved buffer, didSave and didClose, debounced
bursts of edits, flags from the nearest compile_commands.json above the
file (and the defaults with an info message when there is none), and pull
diagnostics for clients that declare them.

usage: t_server.py HVCILINT SOURCE_DIR"""
import json
import os
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


def start(*args):
    c = Client([EXE, "lsp"] + list(args))
    return c


def initialize(c, caps=None):
    c.response(c.request("initialize", {"processId": None, "rootUri": None,
                                        "capabilities": caps or {}}))
    c.notify("initialized")


def open_doc(c, path, text, version=1):
    c.notify("textDocument/didOpen", {"textDocument": {"uri": uri(path), "languageId": "c",
                                                       "version": version, "text": text}})


def change(c, path, version, changes):
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri(path), "version": version},
                                        "contentChanges": changes})


def rng(l1, c1, l2, c2):
    return {"start": {"line": l1, "character": c1}, "end": {"line": l2, "character": c2}}


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def diags_for(c, path, version):
    """The next publishDiagnostics for path with this version."""
    u = uri(path)
    return c.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                      and m["params"]["uri"] == u and m["params"].get("version") == version,
                      120)["params"]["diagnostics"]


def stop(c, what):
    c.response(c.request("shutdown"))
    c.notify("exit")
    rc = c.close()
    check(rc == 0, "%s: exit status %d after shutdown; stderr: %s" % (what, rc, c.stderr))


tmp = tempfile.mkdtemp(prefix="hvci-lsp-")
proj = os.path.join(tmp, "drv")
os.makedirs(os.path.join(proj, "src"))
# The pool type comes from a define only the compile database has: without
# the database's flags the file does not even name an executable pool.
with open(os.path.join(proj, "compile_commands.json"), "w") as f:
    json.dump([{"directory": proj, "file": "src/alloc.c",
                "arguments": ["clang", "--target=x86_64-pc-windows-msvc", "-fms-extensions",
                              "-fms-compatibility", "-isystem", os.path.join(SRC, "wdk"),
                              "-DDRV_POOL=NonPagedPool", "-c", "src/alloc.c"]}], f)
ALLOC = os.path.join(proj, "src", "alloc.c")
# Non-ASCII text before the findings: LSP columns count UTF-16 units.
PREFIX = "\t/* r\u00e9serv\u00e9 \U0001F600 */ PVOID p = ExAllocatePoolWithTag("
alloc_text = ("#include <ntddk.h>\n"
              "\n"
              "PVOID Alloc(SIZE_T n)\n"
              "{\n"
              "\tPOOL_TYPE t = DRV_POOL;\n"
              + PREFIX + "NonPagedPool, n, 'fuBx');\n"
              "\tExFreePool(p);\n"
              "\treturn ExAllocatePoolWithTag(t, n, 'fuBx');\n"
              "}\n")
# On disk the file is clean: the server must analyse the editor's buffer.
with open(ALLOC, "w") as f:
    f.write("#include <ntddk.h>\n")

# ---- push mode, compile database found above the file ------------------------
c = start()
initialize(c)
open_doc(c, ALLOC, alloc_text)
ds = diags_for(c, ALLOC, 1)
check(not any(m.get("method") == "window/showMessage" for m in c.log),
      "a showMessage although the compile database has the file: %r" % c.log)
check(len(ds) == 2, "two findings expected from the unsaved buffer, got %r" % ds)
by_line = {d["range"]["start"]["line"]: d for d in ds}
d5, d7 = by_line.get(5), by_line.get(7)
if check(d5 is not None and d7 is not None, "findings on lines 6 and 8 expected: %r" % ds):
    for d in ds:
        check(d["source"] == "hvcilint" and d["code"] == "hvci-exec-pool" and d["severity"] == 2,
              "source/code/severity: %r" % d)
        check(d.get("codeDescription", {}).get("href", "").endswith("docs/rules/hvci-exec-pool.md"),
              "help link: %r" % d.get("codeDescription"))
    col = utf16_len(PREFIX)
    check(d5["range"] == rng(5, col, 5, col + len("NonPagedPool")),
          "UTF-16 range of the literal: %r (want character %d)" % (d5["range"], col))
    check(d5["data"]["edits"] == [{"range": rng(5, col, 5, col + 12), "newText": "NonPagedPoolNx"}],
          "fix in data: %r" % d5.get("data"))
    # The variable's finding points at where its value comes from.
    rel = d7.get("relatedInformation", [])
    src = [r for r in rel if "comes from here" in r["message"]]
    check(len(src) == 1 and src[0]["location"]["uri"] == uri(ALLOC)
          and src[0]["location"]["range"]["start"]["line"] == 4,
          "relatedInformation for the value's origin: %r" % rel)
    # The value is the database's -D macro: the message names it as written.
    check("'DRV_POOL'" in d7["message"], "message of the variable's finding: %r" % d7["message"])

    # Quick fix at the literal: one preferred quickfix whose edit replaces it.
    r = c.response(c.request("textDocument/codeAction", {
        "textDocument": {"uri": uri(ALLOC)}, "range": rng(5, col + 3, 5, col + 3),
        "context": {"diagnostics": [d5]}}))["result"]
    check(len(r) == 1, "one code action at the literal: %r" % r)
    a = r[0] if r else {}
    check(a.get("kind") == "quickfix" and a.get("isPreferred") is True
          and a.get("title") == "Use NonPagedPoolNx", "code action: %r" % a)
    check(a.get("edit") == {"changes": {uri(ALLOC): [{"range": d5["range"], "newText": "NonPagedPoolNx"}]}},
          "WorkspaceEdit: %r" % a.get("edit"))
    check([x["code"] for x in a.get("diagnostics", [])] == ["hvci-exec-pool"], "action's diagnostics")
    # A client asking only for refactorings gets none of the quick fixes.
    r = c.response(c.request("textDocument/codeAction", {
        "textDocument": {"uri": uri(ALLOC)}, "range": d5["range"],
        "context": {"diagnostics": [d5], "only": ["refactor"]}}))
    check(r["result"] == [], "quick fixes despite context.only = refactor: %r" % r)
    # Nothing to fix on the include line.
    r = c.response(c.request("textDocument/codeAction", {
        "textDocument": {"uri": uri(ALLOC)}, "range": rng(0, 0, 0, 5), "context": {"diagnostics": []}}))
    check(r["result"] == [], "no code action away from findings: %r" % r)

    # Apply the edit as an editor would (incremental, UTF-16 range): line 6 is clean.
    change(c, ALLOC, 2, [{"range": d5["range"], "text": "NonPagedPoolNx"}])
    ds = diags_for(c, ALLOC, 2)
    check([d["range"]["start"]["line"] for d in ds] == [7], "after the fix of line 6: %r" % ds)
    # Two changes in one notification, applied in order: insert a line at
    # the top, then fix the initialiser (now on line 6).
    change(c, ALLOC, 3, [{"range": rng(0, 0, 0, 0), "text": "// \u00fcber\n"},
                         {"range": rng(5, 15, 5, 23), "text": "NonPagedPoolNx"}])
    check(diags_for(c, ALLOC, 3) == [], "after both fixes nothing should remain")
    # A full-text change (no range) replaces the buffer.
    change(c, ALLOC, 4, [{"text": alloc_text}])
    check(len(diags_for(c, ALLOC, 4)) == 2, "full-text change back to the original")
    # A burst of edits in one write: one analysis, of the last version.
    burst = b""
    for v in range(5, 10):
        body = json.dumps({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri(ALLOC), "version": v},
            "contentChanges": [{"range": rng(8, 1, 8, 1), "text": "\n"}]}}).encode()
        burst += b"Content-Length: %d\r\n\r\n" % len(body) + body
    c.raw(burst)
    diags_for(c, ALLOC, 9)
    vs = [m["params"]["version"] for m in c.log if m.get("method") == "textDocument/publishDiagnostics"]
    check(not any(5 <= v < 9 for v in vs), "intermediate versions were analysed: %r" % vs)
    # didSave looks again at once; didClose clears the document's diagnostics.
    c.notify("textDocument/didSave", {"textDocument": {"uri": uri(ALLOC)}})
    check(len(diags_for(c, ALLOC, 9)) == 2, "re-published after didSave")
    c.notify("textDocument/didClose", {"textDocument": {"uri": uri(ALLOC)}})
    m = c.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics", 60)
    check(m["params"] == {"uri": uri(ALLOC), "diagnostics": []}, "didClose clears: %r" % m)

# An unknown notification gets no answer: the next message is the reply to the next request.
c.notify("hvcilint/noSuchNotification", {"x": 1})
i = c.request("textDocument/codeAction", {"textDocument": {"uri": uri(ALLOC)},
                                          "range": rng(0, 0, 0, 0), "context": {"diagnostics": []}})
m = c.recv(60)
check(m.get("id") == i and m.get("result") == [], "reply to an unknown notification: %r" % m)

# A file the database does not list: default driver flags and one info message.
OTHER = os.path.join(tmp, "loose.c")
with open(OTHER, "w") as f:
    f.write("int unrelated;\n")
open_doc(c, OTHER, "#include <ntddk.h>\nPVOID A(SIZE_T n) { return ExAllocatePool(NonPagedPool, n); }\n")
ds = diags_for(c, OTHER, 1)
check([d["code"] for d in ds] == ["hvci-exec-pool"], "defaults analyse the file: %r" % ds)
sm = [m for m in c.log if m.get("method") == "window/showMessage"]
check(len(sm) == 1 and sm[0]["params"]["type"] == 3 and "default driver flags" in sm[0]["params"]["message"]
      and "no compile_commands.json above" in sm[0]["params"]["message"],
      "info message about default flags: %r" % sm)
# Quick-fix titles say what the fix does in its own words.
FIXES = os.path.join(tmp, "fixes.c")
fixes_text = ("#include <ntddk.h>\n"
              "PVOID M(PMDL mdl)\n{\n"
              "\treturn MmMapLockedPagesSpecifyCache(mdl, KernelMode, MmCached, NULL, FALSE, NormalPagePriority);\n}\n"
              "PVOID Z(PMDL mdl)\n{\n\treturn MmGetSystemAddressForMdlSafe(mdl, 0);\n}\n"
              "PVOID P(SIZE_T n)\n{\n\treturn ExAllocatePool2(POOL_FLAG_NON_PAGED_EXECUTE, n, 'x');\n}\n")
with open(FIXES, "w") as f:
    f.write(fixes_text)
open_doc(c, FIXES, fixes_text)
ds = diags_for(c, FIXES, 1)
r = c.response(c.request("textDocument/codeAction", {
    "textDocument": {"uri": uri(FIXES)}, "range": rng(0, 0, 20, 0),
    "context": {"diagnostics": ds}}))["result"]
titles = sorted(a.get("title", "") for a in r)
check(titles == ["Add MdlMappingNoExecute", "Use MdlMappingNoExecute", "Use POOL_FLAG_NON_PAGED"],
      "quick-fix titles: %r" % titles)
stop(c, "push mode")

# --compile-commands-dir names the database for files anywhere.
c = start("--compile-commands-dir", proj)
initialize(c)
open_doc(c, ALLOC, alloc_text)
check(len(diags_for(c, ALLOC, 1)) == 2, "--compile-commands-dir")
sm = [m for m in c.log if m.get("method") == "window/showMessage"]
check(sm == [], "no message with a database entry: %r" % sm)
stop(c, "--compile-commands-dir")

# ---- pull mode: the client declares textDocument.diagnostic -----------------
c = start()
initialize(c, {"textDocument": {"diagnostic": {"dynamicRegistration": False}}})
open_doc(c, ALLOC, alloc_text)
r = c.response(c.request("textDocument/diagnostic", {"textDocument": {"uri": uri(ALLOC)}}))
check(r["result"]["kind"] == "full" and len(r["result"]["items"]) == 2, "pulled: %r" % r)
check(not any(m.get("method") == "textDocument/publishDiagnostics" for m in c.log),
      "pushed diagnostics to a client that pulls")
# A pull for a file that is not open analyses it from disk.
r = c.response(c.request("textDocument/diagnostic", {"textDocument": {"uri": uri(OTHER)}}))
check(r["result"] == {"kind": "full", "items": []}, "pull of a closed, clean file: %r" % r)
stop(c, "pull mode")

# Bad options: one line on stderr, exit 2, nothing on stdout.
import subprocess  # noqa: E402
for args in (["--debounce", "soon"], ["--debounce", "-1"], ["--compile-commands-dir"], ["--no-such"]):
    p = subprocess.run([EXE, "lsp"] + args, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    check(p.returncode == 2 and p.stdout == "" and p.stderr.count("\n") == 1
          and p.stderr.startswith("hvcilint: error:"),
          "lsp %s: status %d, stdout %r, stderr %r" % (" ".join(args), p.returncode, p.stdout, p.stderr))

if failures:
    sys.exit(1)
print("ok")
