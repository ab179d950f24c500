. "$(dirname "$0")/lib.sh" "$@"
# A run in which an affected call was not analysed never looks clean: it
# exits 2 (over findings' 1), prints a warning at the call and the run
# summary, and names the way out on stderr; --allow-partial exits by the
# findings as usual and still prints the summary and the warning.  The
# coverage lines are not findings.
# The project is its own repository (for --diff-base below), and the
# store's paths are relative to it in every run.
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com
export GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
cd "$T" || exit 1
git init -q . || fail "git init"
. "$SRC/tests/cli/coverage_fixture.sh"
git add p/drv.c p/bad.c p/compile_commands.json && git commit -q -m base || fail "git commit"
# drv.c's 3 calls as given, and bad.c's one call on the AST as analysed.
SUMMARY='hvcilint: 3 of 4 affected calls analysed (2 on the AST, 1 from tokens), 1 not analysed in 1 file; 2 of 3 functions parsed; 1 missing header replaced by an empty stand-in'
run "$HVCILINT" check -p "$P"
expect_rc 2
expect_err 'unchanged since an earlier run'
expect_out "drv.c:2:24: warning: call of 'ExAllocatePoolWithTag' was not analysed: unknown type name 'FOO_UNKNOWN_T' \[hvci-coverage\]"
[ "$(printf '%s\n' "$out" | tail -1)" = "$SUMMARY" ] || fail "last line is not the summary: $out"
expect_err "drv.c:2: error: 1 affected call was not analysed (the first here, 'ExAllocatePoolWithTag': unknown type name 'FOO_UNKNOWN_T'), so the run is not clean; make the code parse or pass --allow-partial"
one_line_err
# A call checked from its tokens is counted, not warned about.
printf '%s\n' "$out" | grep -q MmMapIoSpace && fail "a call checked from tokens was reported: $out"
[ "$(printf '%s\n' "$out" | grep -c '\[hvci-exec-pool\]')" -eq 1 ] || fail "findings changed: $out"
# Accepted: the findings decide (bad.c has one), the summary stays.
run "$HVCILINT" check -p "$P" --allow-partial
expect_rc 1
expect_out "was not analysed: unknown type name"
[ "$(printf '%s\n' "$out" | tail -1)" = "$SUMMARY" ] || fail "--allow-partial: no summary: $out"
printf '%s\n' "$err" | grep -q 'error:' && fail "--allow-partial still reports an error: $err"
run "$HVCILINT" check -p "$P" --allow-partial --fail-on none
expect_rc 0
run "$HVCILINT" check -p "$P" --fail-on none
expect_rc 2
# Other formats: the report carries coverage, stderr the summary.
run "$HVCILINT" check -p "$P" --format json -o "$T/r.json"
expect_rc 2
expect_err "$SUMMARY"
/usr/bin/python3 - "$T/r.json" <<'PY' || fail "JSON coverage"
import json, sys
d = json.load(open(sys.argv[1]))
c = d["coverage"]
assert (c["calls"], c["calls_ast"], c["calls_tokens"], c["calls_unanalysed"]) == (4, 2, 1, 1), c
assert c["files_unanalysed"] == 1 and c["stand_in_headers"] == 1, c
drv = [f for f in d["files"] if f["file"].endswith("drv.c")][0]
assert drv["coverage"]["sites"][0]["how"] == "unanalysed", drv
assert sum(len(f["findings"]) for f in d["files"]) == 1, d
PY
run "$HVCILINT" check -p "$P" --format sarif -o "$T/r.sarif"
expect_rc 2
/usr/bin/python3 - "$T/r.sarif" <<'PY' || fail "SARIF coverage"
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
inv = run["invocations"][0]
assert inv["executionSuccessful"] is False, inv
cov = [n for n in inv["toolExecutionNotifications"] if n.get("descriptor", {}).get("id") == "hvci-coverage"]
w = [n for n in cov if n["level"] == "warning"]
assert len(w) == 1, cov
loc = w[0]["locations"][0]["physicalLocation"]
assert loc["artifactLocation"]["uri"].endswith("drv.c") and loc["region"]["startLine"] == 2, loc
assert run["properties"]["coverage"]["calls_unanalysed"] == 1, run["properties"]
assert len(run["results"]) == 1, run["results"]
PY
run "$HVCILINT" check -p "$P" --format sarif -o "$T/ok.sarif" --allow-partial
expect_rc 1
grep -q '"executionSuccessful": true' "$T/ok.sarif" || fail "--allow-partial: SARIF execution not successful"
run "$HVCILINT" check -p "$P" --format junit -o "$T/r.xml"
expect_rc 2
/usr/bin/python3 - "$T/r.xml" <<'PY' || fail "JUnit coverage"
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
cases = {c.get("name").rsplit("/", 1)[-1]: c for c in root.iter("testcase")}
e = cases["drv.c"].find("error")
assert e is not None and e.get("type") == "coverage", ET.tostring(cases["drv.c"])
assert e.get("message") == "1 affected call not analysed: unknown type name 'FOO_UNKNOWN_T'", e.attrib
assert cases["bad.c"].find("failure") is not None
assert root.find("testsuite").get("errors") == "1"
PY
# The same unanalysed call seen by two units (a shared header) is told once.
/usr/bin/python3 - "$P/hvcilint.db" "$P/drv.c" "$P/bad.c" <<'PY' || fail "cannot share the call"
import json, sqlite3, sys
db, drv, bad = sys.argv[1:4]
c = sqlite3.connect(db)
for i, r in list(c.execute("select tu_id, result from tu_inputs")):
    r = json.loads(r)
    if r["file"] != bad:
        continue
    r["coverage"] = {"functions": 1, "functions_analysed": 1, "calls": 2, "calls_ast": 1,
                     "calls_unanalysed": 1, "sites": [
        {"location": {"file": drv, "line": 2, "column": 24}, "api": "ExAllocatePoolWithTag",
         "how": "unanalysed", "reason": "unknown type name 'FOO_UNKNOWN_T'"}]}
    c.execute("update tu_inputs set result = ? where tu_id = ?", (json.dumps(r), i))
c.commit()
PY
run "$HVCILINT" check -p "$P"
expect_rc 2
[ "$(printf '%s\n' "$out" | grep -c 'was not analysed')" -eq 1 ] || fail "a shared call told twice: $out"
expect_out "1 not analysed in 1 file"
# Under --diff-base only calls on changed lines count, as findings do:
# old code that does not parse does not block a change elsewhere.
printf '/* changed */\n' >> "$P/bad.c"
run "$HVCILINT" check -p "$P" --diff-base HEAD
expect_rc 0
printf '%s\n' "$out" | grep -q 'was not analysed' && fail "--diff-base: an unchanged call was reported: $out"
printf '%s\n' "$err" | grep -q 'error:' && fail "--diff-base: $err"
# The help names the option.
run "$HVCILINT" check --help
expect_out "--allow-partial"
exit 0
