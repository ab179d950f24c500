#!/usr/bin/env python3
"""Editor latency of `hvcilint lsp` (standard library only; prints figures, never fails).

    lsp_latency.py HVCILINT [LINES] [DEBOUNCE_MS]

Generates a LINES-line (default 2000) driver file, opens it in the server
and times, from the client's side, the first diagnostics (the first parse,
which also compiles the preamble) and then the diagnostics after each of
several one-line edits (a reparse).  By default the server runs with
--debounce 0 so the figures are the analysis itself; pass DEBOUNCE_MS to
time what a user sees after the last keystroke, quiet period included.
"""
import os
import re
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "lsp"))
from lspclient import Client, uri  # noqa: E402


def driver(lines):
    out = ["#include <ntddk.h>", "#include <wdf.h>", ""]
    i = 0
    while len(out) < lines - 8:
        out += [
            "static NTSTATUS Helper%d(PDEVICE_OBJECT Dev, SIZE_T Len)" % i,
            "{",
            "\tPVOID Buf = ExAllocatePool2(POOL_FLAG_NON_PAGED, Len, 'tseT');",
            "\tif (Buf == NULL)",
            "\t\treturn STATUS_INSUFFICIENT_RESOURCES;",
            "\tRtlZeroMemory(Buf, Len);",
            "\tif (Dev != NULL && Len > %d)" % (i * 3),
            "\t\tKeMemoryBarrier();",
            "\tExFreePoolWithTag(Buf, 'tseT');",
            "\treturn STATUS_SUCCESS;",
            "}",
            "",
        ]
        i += 1
    out += ["PVOID Legacy(SIZE_T n)", "{",
            "\treturn ExAllocatePoolWithTag(NonPagedPool, n, 'geL0');", "}"]
    return "\n".join(out) + "\n"


def cpu_seconds(pid):
    """User + system CPU time of a process (Linux /proc), or None."""
    try:
        fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def main():
    exe = sys.argv[1]
    lines = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    debounce = sys.argv[3] if len(sys.argv) > 3 else "0"
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "big_driver.c")
        text = driver(lines)
        open(path, "w").write(text)
        c = Client([exe, "lsp", "--debounce", debounce])
        c.response(c.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}}))
        c.notify("initialized")
        u = uri(path)
        t0 = time.monotonic()
        c.notify("textDocument/didOpen", {"textDocument": {"uri": u, "languageId": "c", "version": 1, "text": text}})
        first = c.diagnostics(u, 120)
        t_first = time.monotonic() - t0
        n = len(text.split("\n"))
        times, cpu = [], []
        for k in range(10):
            c0 = cpu_seconds(c.proc.pid)
            line = 5 + 12 * k
            t0 = time.monotonic()
            c.notify("textDocument/didChange", {
                "textDocument": {"uri": u, "version": 2 + k},
                "contentChanges": [{"range": {"start": {"line": line, "character": 1},
                                              "end": {"line": line, "character": 1}},
                                    "text": "/* edit %d */ " % k}]})
            p = c.diagnostics(u, 120)
            assert p["version"] == 2 + k
            times.append(time.monotonic() - t0)
            if c0 is not None:
                cpu.append(cpu_seconds(c.proc.pid) - c0)
        c.response(c.request("shutdown"))
        c.notify("exit")
        c.close()
        # The server's own figure for each analysis (its log messages).
        server = [float(m.group(1)) for m in
                  (re.search(r"analysed .* in (\d+) ms \((?:first parse|reparse)", x["params"]["message"])
                   for x in c.log if x.get("method") == "window/logMessage") if m]
        print("lsp latency, %d-line driver file (%d findings), load average %.1f on %d cores"
              % (n, len(first["diagnostics"]), os.getloadavg()[0], os.cpu_count()))
        print("  first parse (with preamble):   %4.0f ms (server: %.0f ms)"
              % (t_first * 1000, server[0] if server else -1))
        print("  debounce: %s ms" % debounce)
        print("  reparse after a one-line edit: median %4.0f ms, max %4.0f ms (10 edits)"
              % (statistics.median(times) * 1000, max(times) * 1000))
        if cpu:
            # CPU time barely depends on the machine's load; wall time does.
            print("    server CPU time per reparse: median %4.0f ms, max %4.0f ms"
                  % (statistics.median(cpu) * 1000, max(cpu) * 1000))
        if len(server) > 1:
            print("    server-side analysis:        median %4.0f ms, max %4.0f ms"
                  % (statistics.median(server[1:]), max(server[1:])))


if __name__ == "__main__":
    main()
