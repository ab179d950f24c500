"""A minimal LSP client for the tests: starts a server process, writes
framed messages (or raw bytes, to test malformed input) and reads framed
messages back with a deadline.  Standard library only."""
import json
import os
import select
import subprocess
import time


class Client:
    def __init__(self, argv, cwd=None, env=None):
        env = dict(os.environ if env is None else env)
        if "ASAN_OPTIONS" in env:
            # Under AddressSanitizer: libclang parses on a thread of its own
            # and LLVM's signal set-up gives that thread a malloc'd alternate
            # signal stack, which ASan's thread exit then fails to unmap and
            # aborts on (seen with the servers' kept translation units).
            # ASan's own alternate stacks are not needed to find memory errors.
            env["ASAN_OPTIONS"] += ":use_sigaltstack=0"
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, cwd=cwd, env=env)
        self.buf = b""
        self.next_id = 1
        self.log = []  # every message received, in order

    def raw(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, msg):
        body = json.dumps(msg).encode()
        self.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def request(self, method, params=None):
        i = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": i, "method": method, "params": params or {}})
        return i

    def notify(self, method, params=None):
        self.send({"jsonrpc": "2.0", "method": method, "params": params or {}})

    def _frame(self):
        end = self.buf.find(b"\r\n\r\n")
        if end < 0:
            return None
        length = None
        for line in self.buf[:end].split(b"\r\n"):
            k, _, v = line.partition(b":")
            if k.strip().lower() == b"content-length":
                length = int(v.strip())
        assert length is not None, "server sent a header without Content-Length: %r" % self.buf[:end]
        if len(self.buf) < end + 4 + length:
            return None
        body = self.buf[end + 4:end + 4 + length]
        self.buf = self.buf[end + 4 + length:]
        return json.loads(body)

    def recv(self, timeout=30):
        """The next message, or None at EOF; raises TimeoutError."""
        deadline = time.monotonic() + timeout
        fd = self.proc.stdout.fileno()
        while True:
            m = self._frame()
            if m is not None:
                self.log.append(m)
                return m
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no message from the server within %ss" % timeout)
            r, _, _ = select.select([fd], [], [], left)
            if r:
                chunk = os.read(fd, 1 << 20)
                if not chunk:
                    return None
                self.buf += chunk

    def wait_for(self, pred, timeout=60):
        """Reads until pred(msg) holds; returns that message."""
        deadline = time.monotonic() + timeout
        while True:
            m = self.recv(max(0.01, deadline - time.monotonic()))
            if m is None:
                # Its stderr says why (a sanitizer report, an error line).
                self.proc.wait(30)
                err = self.proc.stderr.read().decode(errors="replace")
                raise EOFError("server closed its output (status %s); stderr:\n%s"
                               % (self.proc.returncode, err[-6000:]))
            if pred(m):
                return m

    def response(self, i, timeout=60):
        return self.wait_for(lambda m: m.get("id") == i and "method" not in m, timeout)

    def diagnostics(self, uri, timeout=60, source=None):
        """The next publishDiagnostics for uri (optionally holding a diagnostic from source)."""
        def ok(m):
            if m.get("method") != "textDocument/publishDiagnostics" or m["params"]["uri"] != uri:
                return False
            return source is None or any(d.get("source") == source for d in m["params"]["diagnostics"])
        return self.wait_for(ok, timeout)["params"]

    def close(self, timeout=30):
        try:
            self.proc.stdin.close()
        except BrokenPipeError:
            pass
        rc = self.proc.wait(timeout)
        self.stderr = self.proc.stderr.read().decode(errors="replace")
        return rc


def uri(path):
    return "file://" + os.path.abspath(path)
