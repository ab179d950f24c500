. "$(dirname "$0")/lib.sh" "$@"
# A finding keeps its identity through edits that leave its statement's
# code alone: a comment added on its line, re-indenting, a line added
# above, the call wrapped over lines.  An edit to its code, on any line of
# the statement, makes it new (and the old one no longer found).  A store
# whose older runs used an earlier fingerprint scheme still compares
# sensibly, and says so; so does a SARIF baseline an older hvcilint wrote.
mkdir "$T/p"
cat > "$T/p/a.c" <<'C'
#include <ntddk.h>
PVOID f(void)
{
	return ExAllocatePoolWithTag(NonPagedPool, 8, 'x y');
}
C
cat > "$T/p/compile_commands.json" <<J
[{"directory": "$T/p", "file": "a.c", "arguments": ["clang", "-c", "a.c"]}]
J
cd "$T/p" || exit 1
"$HVCILINT" check -p . > /dev/null 2>&1
# A trailing comment, a block comment inside the line, and new indentation.
cat > a.c <<'C'
#include <ntddk.h>
PVOID f(void)
{
        return ExAllocatePoolWithTag( NonPagedPool, /* size */ 8, 'x y' ); // legacy pool
}
C
"$HVCILINT" check -p . > /dev/null 2>&1
run "$HVCILINT" report
expect_rc 1
expect_out "(unchanged)$"
expect_out "compared with run 1: 0 new, 1 unchanged, 0 no longer found"
printf '%s\n' "$out" | grep -q "(new)" && fail "a comment made the finding new: $out"
# Spaces inside a literal are code: changing them is an edit.
sed -i "s/'x y'/'xy '/" a.c
"$HVCILINT" check -p . > /dev/null 2>&1
run "$HVCILINT" report
expect_rc 1
expect_out "(new)$"
expect_out "compared with run 2: 1 new, 0 unchanged, 1 no longer found"
# A store whose first run has the earliest scheme's fingerprints ("HASH:N").
sqlite3 hvcilint.db "UPDATE findings SET fingerprint = substr(fingerprint, 4) WHERE run_id = 1"
[ "$(sqlite3 hvcilint.db "SELECT fingerprint FROM findings WHERE run_id = 1" | cut -c1-3)" != "v3:" ] ||
	fail "could not make an old-style fingerprint"
run "$HVCILINT" report --run 2 --compare 1
expect_rc 1
expect_err "fingerprinted by different versions of hvcilint"
expect_out "compared with run 1: 0 new, 1 unchanged, 0 no longer found"

# The statement counts, not just the line: a call over several lines.
cat > a.c <<'C'
#include <ntddk.h>
PVOID f(void)
{
	return ExAllocatePoolWithTag(NonPagedPool,
	                             8,
	                             'tag1');
}
C
"$HVCILINT" check -p . > /dev/null 2>&1
run "$HVCILINT" check -p . --no-db --format json
key=$(printf '%s\n' "$out" | python3 -c 'import json,sys; d=json.load(sys.stdin); print([f for u in d["files"] for f in u["findings"]][0]["statement_key"])' 2>&1)
[ "$key" = "return ExAllocatePoolWithTag(NonPagedPool,8,'tag1');" ] || fail "statement_key: $key"
# A line added above, a comment inside the statement, re-indented, rewrapped.
cat > a.c <<'C'
#include <ntddk.h>
#define UNUSED 1
PVOID f(void)
{
    /* legacy */
    return ExAllocatePoolWithTag(NonPagedPool, // the pool
        8, 'tag1'); // tag
}
C
"$HVCILINT" check -p . > /dev/null 2>&1
run "$HVCILINT" report
expect_rc 1
expect_out "0 new, 1 unchanged, 0 no longer found"
# An argument on another line than the finding's changes: a new finding.
sed -i "s/'tag1'/'tag2'/" a.c
"$HVCILINT" check -p . > /dev/null 2>&1
run "$HVCILINT" report
expect_rc 1
expect_out "1 new, 0 unchanged, 1 no longer found"

# A v2 store (line fingerprints) compares with a v3 run.
last=$(sqlite3 hvcilint.db "SELECT max(id) FROM runs")
prev=$((last - 1))
sqlite3 hvcilint.db "UPDATE findings SET fingerprint = 'v2:' || substr(fingerprint, 4) WHERE run_id = $prev"
run "$HVCILINT" report --run "$last" --compare "$prev"
expect_rc 1
expect_err "fingerprinted by different versions of hvcilint (3 and 2)"

# A SARIF baseline an older hvcilint wrote (v2: the tokens of the line)
# still matches, even where the line number no longer does.
run "$HVCILINT" report --format sarif
printf '%s\n' "$out" | python3 -c '
import json, sys
def fnv(h, s):
    for c in (s or "").encode():
        h = ((h ^ c) * 1099511628211) & (2**64 - 1)
    return ((h ^ 0xff) * 1099511628211) & (2**64 - 1)
d = json.load(sys.stdin)
for r in d["runs"][0]["results"]:
    h = fnv(14695981039346656037, r["ruleId"])
    h = fnv(h, "f")
    h = fnv(h, "return ExAllocatePoolWithTag(NonPagedPool,")
    h = fnv(h, None)
    r.pop("fingerprints", None)
    r["partialFingerprints"] = {"hvcilint/v1": "v2:%016x:1" % h}
    r["locations"][0]["physicalLocation"]["region"]["startLine"] = 999
json.dump(d, open("stale.sarif", "w"))
' || fail "could not write a v2 baseline"
run "$HVCILINT" report --baseline stale.sarif --format sarif
expect_rc 0
[ "$(printf '%s\n' "$out" | grep -c '"baselineState": "new"')" -eq 0 ] || fail "v2 baseline not matched: $out"
exit 0
