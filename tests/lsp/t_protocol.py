#!/usr/bin/env python3
"""Protocol robustness of `hvcilint lsp`: the server answers malformed
input as the LSP/JSON-RPC specifications say, keeps working afterwards,
writes only framed LSP to stdout, and exits cleanly (0 after shutdown,
1 otherwise) when told to or when the client disappears.

usage: t_protocol.py HVCILINT SOURCE_DIR"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lspclient import Client, uri  # noqa: E402

EXE, SRC = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
CASE = os.path.join(SRC, "testcases", "pool", "basic_nonpagedpool.c")


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def expect_error(c, code, i=None, what=""):
    m = c.wait_for(lambda m: "error" in m or ("id" in m and "method" not in m), 30)
    if "error" not in m or m["error"]["code"] != code or m.get("id") != i:
        fail("%s: expected error %d for id %r, got %r" % (what, code, i, m))


def start():
    c = Client([EXE, "lsp", "--compile-commands-dir", os.path.join(SRC, "no-such-dir")])
    return c


def initialize(c):
    r = c.response(c.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}}))
    caps = r["result"]["capabilities"]
    if caps["textDocumentSync"]["change"] != 2 or "quickfix" not in caps["codeActionProvider"]["codeActionKinds"]:
        fail("capabilities: %r" % caps)
    if caps.get("diagnosticProvider", {}).get("identifier") != "hvcilint":
        fail("no diagnosticProvider: %r" % caps)
    c.notify("initialized")


def open_case(c):
    u = uri(CASE)
    c.notify("textDocument/didOpen", {"textDocument": {"uri": u, "languageId": "c", "version": 1,
                                                       "text": open(CASE).read()}})
    p = c.diagnostics(u)
    if [d["code"] for d in p["diagnostics"]] != ["hvci-exec-pool"]:
        fail("diagnostics after didOpen: %r" % p)
    return u


# 1. Requests before initialize are refused; notifications are dropped.
c = start()
c.notify("textDocument/didOpen", {"textDocument": {"uri": uri(CASE), "languageId": "c", "version": 1, "text": ""}})
i = c.request("textDocument/codeAction", {})
expect_error(c, -32002, i, "request before initialize")
initialize(c)

# 2. Bad JSON gets a parse error with a null id; the server goes on.
body = b'{"jsonrpc": "2.0", "id": 5, "method": '
c.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)
expect_error(c, -32700, None, "bad JSON")
# Valid JSON that is not a request: invalid request.
body = b'[1, 2, 3]'
c.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)
expect_error(c, -32600, None, "JSON array")
c.send({"jsonrpc": "2.0", "id": {"nested": 1}, "method": "shutdown"})
expect_error(c, -32600, None, "object id")

# 3. Malformed headers: no Content-Length, a non-numeric one, a line
# without a colon.  Each is reported and skipped.
c.raw(b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n")
expect_error(c, -32700, None, "header without Content-Length")
c.raw(b"Content-Length: twelve\r\n\r\n")
expect_error(c, -32700, None, "non-numeric Content-Length")
c.raw(b"garbage line\r\n\r\n")
expect_error(c, -32700, None, "header line without a colon")
# Headers are case-insensitive and Content-Type is allowed.
body = json.dumps({"jsonrpc": "2.0", "id": 77, "method": "no/such/method"}).encode()
c.raw(b"content-length: %d\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" % len(body) + body)

# 4. Unknown request: method not found; unknown and $/ notifications: ignored.
expect_error(c, -32601, 77, "unknown method")
# A stray byte before a frame, and a stray line between frames, cost a
# parse error each; the message behind them is still read.
body = json.dumps({"jsonrpc": "2.0", "id": 78, "method": "no/such/method"}).encode()
c.raw(b"x" + b"Content-Length: %d\r\n\r\n" % len(body) + body)
expect_error(c, -32700, None, "stray byte before Content-Length")
expect_error(c, -32601, 78, "the message after a stray byte")
body = json.dumps({"jsonrpc": "2.0", "id": 79, "method": "no/such/method"}).encode()
c.raw(b"\n" + b"Content-Length: %d\r\n\r\n" % len(body) + body)
expect_error(c, -32700, None, "stray newline")
expect_error(c, -32601, 79, "the message after a stray newline")
c.notify("$/cancelRequest", {"id": 1})
c.notify("$/setTrace", {"value": "off"})
c.notify("workspace/didChangeConfiguration", {"settings": {}})

# 5. A message split over several writes, and two in one write.
u = open_case(c)
msg = json.dumps({"jsonrpc": "2.0", "id": 100, "method": "textDocument/codeAction",
                  "params": {"textDocument": {"uri": u},
                             "range": {"start": {"line": 6, "character": 31}, "end": {"line": 6, "character": 31}},
                             "context": {"diagnostics": []}}}).encode()
frame = b"Content-Length: %d\r\n\r\n" % len(msg) + msg
for k in range(0, len(frame), 7):
    c.raw(frame[k:k + 7])
r = c.response(100)
if len(r["result"]) != 1 or r["result"][0]["isPreferred"] is not True:
    fail("code action after split writes: %r" % r)
c.raw(frame.replace(b'"id": 100', b'"id": 101') + frame.replace(b'"id": 100', b'"id": 102'))
c.response(101)
c.response(102)

# 6. A huge message (an 8 MiB document) is read whole and analysed.
big = open(CASE).read() + "\n" + ("// " + "x" * 1020 + "\n") * 8192
hu = uri(os.path.join(os.path.dirname(CASE), "huge_copy.c"))
c.notify("textDocument/didOpen", {"textDocument": {"uri": hu, "languageId": "c", "version": 1, "text": big}})
p = c.diagnostics(hu, 120)
if [d["code"] for d in p["diagnostics"]] != ["hvci-exec-pool"]:
    fail("huge document: %r" % p)
c.notify("textDocument/didClose", {"textDocument": {"uri": hu}})

# 7. Pull diagnostics work alongside.
r = c.response(c.request("textDocument/diagnostic", {"textDocument": {"uri": u}}))
if r["result"]["kind"] != "full" or [d["code"] for d in r["result"]["items"]] != ["hvci-exec-pool"]:
    fail("pull diagnostics: %r" % r)

# 8. After shutdown, requests are invalid; exit then ends with status 0.
c.response(c.request("shutdown"))
i = c.request("textDocument/codeAction", {"textDocument": {"uri": u}, "range": {}})
expect_error(c, -32600, i, "request after shutdown")
c.notify("exit")
rc = c.close()
if rc != 0:
    fail("exit after shutdown: status %d; stderr: %s" % (rc, c.stderr))
if c.buf:
    fail("unframed bytes on stdout: %r" % c.buf[:200])

# 9. exit without shutdown: status 1.
c = start()
initialize(c)
c.notify("exit")
if c.close() != 1:
    fail("exit without shutdown should give status 1")

# 10. The client disappears (EOF mid-header, with a document open): the
# server exits on its own, status 1, nothing but LSP on stdout.
c = start()
initialize(c)
open_case(c)
c.raw(b"Content-Len")
rc = c.close(30)
if rc != 1:
    fail("EOF: status %d; stderr: %s" % (rc, c.stderr))
while True:
    m = c.recv(5)
    if m is None:
        break
if c.buf:
    fail("unframed bytes on stdout at EOF: %r" % c.buf[:200])

# 11. A truncated body at EOF is not processed as a message.
c = start()
initialize(c)
c.raw(b'Content-Length: 100\r\n\r\n{"jsonrpc": "2.0", "id": 9, "method": "shutdown"}')
if c.close(30) != 1:
    fail("truncated body then EOF should exit with status 1")
# 12. A Content-Length beyond the limit (256 MiB) is refused at once, its
# body is skipped unread as it arrives, and EOF inside it ends the server.
c = start()
initialize(c)
c.raw(b"Content-Length: 1099511627775\r\n\r\n")
expect_error(c, -32700, None, "oversized Content-Length")
c.raw(b"x" * (1 << 20))
if c.close(30) != 1:
    fail("EOF inside an oversized body should exit with status 1")
print("ok")
