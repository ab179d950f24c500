# Code nested far deeper than anyone writes by hand, as generated or hostile
# sources may be, never crashes the worker: a chain of 20,000 `+` (which
# clang parses without recursing) and 3,000 functions each calling the
# next, defined after it.  The unit is analysed (status ok, exit 1 for its
# findings), says once where the walker stopped, and still reports the
# affected calls: the one inside the chain from its tokens, the one at the
# end of the call chain from the walk of that function.
. "$(dirname "$0")/lib.sh" "$@"
python3 - "$T" <<'PY' || fail "cannot write the sources"
import json, sys
t = sys.argv[1]
chain = " + ".join(["a"] * 20000)
with open(t + "/chain.c", "w") as f:
    f.write("#include <ntddk.h>\n"
            "ULONG Sum(ULONG a)\n{\n"
            "\treturn (ULONG)(ULONG_PTR)ExAllocatePoolWithTag(NonPagedPool, 8, 1) + %s;\n}\n"
            % chain)
n = 3000
with open(t + "/calls.c", "w") as f:
    f.write("#include <ntddk.h>\n")
    for i in range(n + 1):
        f.write("ULONG F%d(ULONG x);\n" % i)
    for i in range(n):
        f.write("ULONG F%d(ULONG x) { x = x * 3 + 1; return F%d(x); }\n" % (i, i + 1))
    f.write("ULONG F%d(ULONG x)\n{\n\tPVOID p = ExAllocatePoolWithTag(NonPagedPool, x, 1);\n"
            "\treturn (ULONG)(ULONG_PTR)p;\n}\n" % n)
json.dump([{"directory": t, "file": name, "arguments": ["clang", "-c", name]}
           for name in ("chain.c", "calls.c")], open(t + "/compile_commands.json", "w"))
PY
run "$HVCILINT" check -p "$T" --no-db -j 1 --format json
expect_rc 1
printf '%s' "$out" | python3 -c '
import json, sys
files = {f["file"].rsplit("/", 1)[1]: f for f in json.load(sys.stdin)["files"]}
for name, line in (("chain.c", 4), ("calls.c", 6005)):
    f = files[name]
    assert f["status"] == "ok", (name, f["status"])
    lines = [x["location"]["line"] for x in f["findings"] if x["rule"] == "hvci-exec-pool"]
    assert lines == [line], (name, lines)
    notes = [d for d in f["tool_diagnostics"] if "nests too deeply" in d["message"]]
    assert len(notes) == 1, (name, [d["message"][:80] for d in f["tool_diagnostics"]])
' || fail "unexpected report (the assertion above)"
