. "$(dirname "$0")/lib.sh" "$@"
# The editor files in examples/editors parse, the VS Code problem matcher
# (its regexp read as Python's) matches the findings `hvcilint check`
# prints and takes each part from the right group, every task's command
# line uses options its subcommand has, and the clangd settings run
# `hvcilint clangd` through the wrapper script.
E=$SRC/examples/editors
cat > "$T/a.c" <<'C'
#include <ntddk.h>
PVOID A(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'tseT');
}
PVOID B(PMDL mdl)
{
	return MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
}
C
cd "$T" || fail "no temporary directory"
run "$HVCILINT" check --no-db a.c --
expect_rc 1
printf '%s\n' "$out" > "$T/check.out"
"$HVCILINT" check --help > "$T/help.check" || fail "check --help"
/usr/bin/python3 - "$E" "$T/check.out" "$T/help.check" "$T/a.c" <<'PY' || fail "editor examples"
import json, os, re, sys
e, out, help_check, src = sys.argv[1:]
tasks = json.load(open(os.path.join(e, "vscode", "tasks.json")))
assert tasks["version"] == "2.0.0" and tasks["tasks"], tasks
helptext = open(help_check).read()
matchers = []
for t in tasks["tasks"]:
    assert t["command"] == "hvcilint" and t["args"][0] == "check", t
    for a in t["args"][1:]:
        if a.startswith("-"):
            assert re.search(r"(^|[\s,])%s\b" % re.escape(a.split("=")[0]), helptext), \
                "task %r uses %s, which check --help does not list" % (t["label"], a)
    pm = t["problemMatcher"]
    if pm:
        matchers.append(pm)
assert matchers, "no problem matcher"
lines = open(out).read().splitlines()
findings = [l for l in lines if re.search(r": (warning|error|note): .*\[hvci-[a-z-]+\]", l)]
assert len(findings) == 2, lines
for pm in matchers:
    assert pm["owner"] == "hvcilint" and pm["fileLocation"][0] in ("absolute", "autoDetect")
    p = pm["pattern"]
    # VS Code's patterns are JavaScript regular expressions; this one uses
    # only syntax Python reads the same way.
    rx = re.compile(p["regexp"])
    for l in findings:
        m = rx.match(l)
        assert m, "the problem matcher misses %r" % l
        assert os.path.samefile(m.group(p["file"]), src), m.group(p["file"])
        assert m.group(p["line"]) in ("4", "8") and int(m.group(p["column"])) > 0, l
        assert m.group(p["severity"]) == "warning", l
        assert m.group(p["code"]) in ("hvci-exec-pool", "hvci-exec-mdl"), l
        assert "allocates executable memory" in m.group(p["message"]) or "MDL" in m.group(p["message"]) \
            or "map" in m.group(p["message"]), m.group(p["message"])
        assert not m.group(p["message"]).endswith("]"), l
    # Notes and source lines are not problems of their own.
    for l in lines:
        if l not in findings:
            assert not rx.match(l), "the problem matcher takes %r" % l
    # A finding compared with a stored run carries its state after the rule.
    m = rx.match(findings[0] + " (new)")
    assert m and m.group(p["code"]).startswith("hvci-"), findings[0]
settings = json.load(open(os.path.join(e, "vscode", "settings.json")))
path = settings["clangd.path"]
assert os.path.basename(path) == "hvcilint-clangd", path
script = os.path.join(e, "hvcilint-clangd")
assert os.access(script, os.X_OK), script
assert re.search(r'^exec hvcilint clangd "\$@"$', open(script).read(), re.M)
for a in settings.get("clangd.arguments", []):
    assert a.startswith("--compile-commands-dir="), a
PY
# The wrapper really is `hvcilint clangd` (its --help, with hvcilint first on PATH).
mkdir -p "$T/bin" && ln -s "$HVCILINT" "$T/bin/hvcilint"
PATH="$T/bin:$PATH" "$E/hvcilint-clangd" --help > "$T/clangd.help" 2>&1 ||
	fail "hvcilint-clangd --help: $(cat "$T/clangd.help")"
grep -q 'usage: hvcilint clangd' "$T/clangd.help" || fail "hvcilint-clangd: $(cat "$T/clangd.help")"
grep -q -- '--compile-commands-dir' "$T/clangd.help" || fail "clangd --compile-commands-dir"
exit 0
