# coverage_fixture.sh - a project whose drv.c has one affected call that
# was not analysed, sourced by the coverage tests after lib.sh.  The first
# check records drv.c's result in the store; the recorded result is then
# given coverage as a worker reports it for a function that did not parse,
# and the next check carries it over unchanged (the incremental store), so
# the run sees exactly that coverage.  bad.c has a finding.
P="$T/p"
mkdir -p "$P"
cat > "$P/drv.c" <<'C'
#include <ntddk.h>
PVOID f(void) { return ExAllocatePoolWithTag(NonPagedPoolNx, 8, 1); }
C
cat > "$P/bad.c" <<'C'
#include <ntddk.h>
PVOID g(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }
C
cat > "$P/compile_commands.json" <<J
[{"directory": "$P", "file": "drv.c", "arguments": ["clang", "-c", "drv.c"]},
 {"directory": "$P", "file": "bad.c", "arguments": ["clang", "-c", "bad.c"]}]
J
run "$HVCILINT" check -p "$P"
expect_rc 1
/usr/bin/python3 - "$P/hvcilint.db" "$P/drv.c" <<'PY' || fail "cannot give the stored result coverage"
import json, sqlite3, sys
db, drv = sys.argv[1], sys.argv[2]
c = sqlite3.connect(db)
rows = [(i, json.loads(r)) for i, r in c.execute("select tu_id, result from tu_inputs")]
hit = 0
for i, r in rows:
    if r["file"] != drv:
        continue
    r["status"] = "parse-errors"
    r["parse_errors"] = 1
    r["coverage"] = {
        "functions": 2, "functions_analysed": 1,
        "calls": 3, "calls_ast": 1, "calls_tokens": 1, "calls_unanalysed": 1,
        "recovery_passes": 1, "stand_in_headers": ["foo.h"],
        "sites": [
            {"location": {"file": drv, "line": 2, "column": 24}, "api": "ExAllocatePoolWithTag",
             "how": "unanalysed", "reason": "unknown type name 'FOO_UNKNOWN_T'"},
            {"location": {"file": drv, "line": 2, "column": 24}, "api": "MmMapIoSpace",
             "how": "tokens", "reason": "use of undeclared identifier 'Bar'"}]}
    c.execute("update tu_inputs set result = ? where tu_id = ?", (json.dumps(r), i))
    hit += 1
c.commit()
assert hit == 1, rows
PY
