. "$(dirname "$0")/lib.sh" "$@"
# Incremental runs: a file whose source, flags and included files are all
# unchanged since the last run in the same store is not analysed again, and
# its findings are carried into the new run (and its reports); a changed
# header or changed flags bring that file back; --full analyses everything.
P="$T/p"
mkdir -p "$P/inc"
printf '#define MY_POOL NonPagedPoolNx\n' > "$P/inc/pool.h"
cat > "$P/a.c" <<'C'
#include <ntddk.h>
#include "inc/pool.h"
PVOID a(void) { return ExAllocatePoolWithTag(MY_POOL, 16, 'aaaa'); }
C
cat > "$P/b.c" <<'C'
#include <ntddk.h>
PVOID b(void) { return ExAllocatePoolWithTag(NonPagedPool, 16, 'bbbb'); }
C
cat > "$P/c.c" <<'C'
#include <ntddk.h>
PVOID c(void)
{
#ifdef USE_OLD_POOL
	return ExAllocatePoolWithTag(NonPagedPool, 16, 'cccc');
#else
	return ExAllocatePoolWithTag(NonPagedPoolNx, 16, 'cccc');
#endif
}
C
db() {
	cat > "$P/compile_commands.json" <<J
[{"directory": "$P", "file": "a.c", "arguments": ["clang", "-c", "a.c"]},
 {"directory": "$P", "file": "b.c", "arguments": ["clang", "-c", "b.c"]},
 {"directory": "$P", "file": "c.c", "arguments": ["clang", "-c", $1 "c.c"]}]
J
}
db ""
expect_no_reuse() { ! printf '%s\n' "$err" | grep -q 'unchanged since' || fail "$1: $err"; }
findings() { printf '%s\n' "$out" | grep -c 'warning:'; }
# rows of the newest run's report: file:line rule fingerprint
report_rows() {
	"$HVCILINT" report --db "$P/hvcilint.db" --format json |
		/usr/bin/python3 -c '
import json, sys
d = json.load(sys.stdin)
for f in d["files"]:
    for x in f["findings"]:
        if x.get("baseline") != "absent":
            print("%s:%d %s %s" % (x["location"]["file"].rsplit("/", 1)[1], x["location"]["line"], x["rule"], x["fingerprint"]))
' | sort
}
runs() { sqlite3 "$P/hvcilint.db" 'SELECT count(*) FROM runs'; }

# 1. First run: everything analysed.
run "$HVCILINT" check -p "$P" -j 2
expect_rc 1
expect_no_reuse "first run reused something"
expect_out "b.c:2:.*allocates executable memory"
[ "$(findings)" -eq 1 ] || fail "one finding expected: $out"
first_out=$out
first_rows=$(report_rows)
[ -n "$first_rows" ] || fail "the first run's report has no findings"

# 2. Nothing changed (a touched file keeps its content): all three skipped,
#    the finding carried into run 2, and its report, unchanged.
touch "$P/a.c" "$P/inc/pool.h"
run "$HVCILINT" check -p "$P" -j 2
expect_rc 1
expect_err "3 of 3 files unchanged since an earlier run"
[ "$out" = "$first_out" ] || fail "a skipped run printed something else: $out"
[ "$(runs)" -eq 2 ] || fail "the re-run was not recorded as a run of its own"
[ "$(report_rows)" = "$first_rows" ] || fail "carried findings differ in the report: $(report_rows)"
# The carried finding is the same finding, first seen in run 1.
[ "$(sqlite3 "$P/hvcilint.db" 'SELECT first_seen_run FROM run_findings WHERE run_id = 2')" = 1 ] ||
	fail "carried finding lost its first-seen run"

# 3. An included header changed: only a.c, which includes it, is analysed again.
printf '#define MY_POOL NonPagedPool\n' > "$P/inc/pool.h"
run "$HVCILINT" check -p "$P" -j 2
expect_rc 1
expect_err "2 of 3 files unchanged since an earlier run"
expect_out "a.c:3:.*allocates executable memory: pool type 'MY_POOL'"
expect_out "b.c:2:.*allocates executable memory"
[ "$(findings)" -eq 2 ] || fail "two findings expected: $out"

# 4. Flags changed for c.c: it is analysed again with them.
db '"-DUSE_OLD_POOL",'
run "$HVCILINT" check -p "$P" -j 2
expect_rc 1
expect_err "2 of 3 files unchanged since an earlier run"
expect_out "c.c:5:.*allocates executable memory"
[ "$(findings)" -eq 3 ] || fail "three findings expected: $out"
rows4=$(report_rows)
[ "$(printf '%s\n' "$rows4" | wc -l)" -eq 3 ] || fail "report of run 4: $rows4"

# 5. --full analyses every file, with the same results.
run "$HVCILINT" check -p "$P" -j 2 --full
expect_rc 1
expect_no_reuse "--full reused something"
[ "$(findings)" -eq 3 ] || fail "three findings expected after --full: $out"
[ "$(report_rows)" = "$rows4" ] || fail "--full differs from the incremental run: $(report_rows)"

# 6. Both edits undone: c.c matches its record of run 3 and is carried;
#    a.c is compared with its newest record (run 5, the other header) and
#    analysed again.
db ""
printf '#define MY_POOL NonPagedPoolNx\n' > "$P/inc/pool.h"
run "$HVCILINT" check -p "$P" -j 2
expect_rc 1
expect_err "2 of 3 files unchanged since an earlier run"
[ "$(findings)" -eq 1 ] || fail "one finding expected after the fixes: $out"
[ "$(report_rows)" = "$first_rows" ] || fail "fixed run differs from the first: $(report_rows)"

# 7. Another rule table (a user config) is another analysis: nothing is reused.
printf 'apis:\n  - api: LibAllocate\n    arg: 1\n    params: 2\n    kind: pool-type\n' > "$P/.hvcilint.yaml"
run "$HVCILINT" check -p "$P" -j 2
expect_rc 1
expect_no_reuse "a new config reused results"

# 8. A file parsed from a corrected copy (a cast assigned to, which MSVC
#    accepts) is carried over while the file itself is unchanged, and
#    analysed again once it changes; --fix leaves it alone either way.
rm -f "$P/.hvcilint.yaml"
Q="$T/q"
mkdir -p "$Q"
cat > "$Q/m.c" <<'C'
#include <ntddk.h>
PVOID m(PVOID *Slot)
{
	(ULONG_PTR)(Slot[0]) = 1;
	return ExAllocatePoolWithTag(NonPagedPool, 16, 'mmmm');
}
C
printf '[{"directory": "%s", "file": "m.c", "arguments": ["clang", "-c", "m.c"]}]\n' "$Q" \
	> "$Q/compile_commands.json"
run "$HVCILINT" check -p "$Q" -j 1 --no-pch --format json
expect_rc 1
grep -q 'MSVC accepts' "$T/out" || fail "m.c was not parsed from a corrected copy: $out"
first=$(sed 's/"seconds": *[0-9.e+-]*//g' "$T/out")
run "$HVCILINT" check -p "$Q" -j 1 --no-pch --format json
expect_rc 1
expect_err "1 of 1 files unchanged since an earlier run"
[ "$(sed 's/"seconds": *[0-9.e+-]*//g' "$T/out")" = "$first" ] || fail "the carried report differs: $out"
printf '/* edited */\n' >> "$Q/m.c"
run "$HVCILINT" check -p "$Q" -j 1 --no-pch
expect_rc 1
printf '%s\n' "$err" | grep -q 'unchanged' && fail "an edited corrected file was carried: $err"
cp "$Q/m.c" "$T/m.before"
run "$HVCILINT" check -p "$Q" -j 1 --no-pch --fix
cmp -s "$Q/m.c" "$T/m.before" || fail "--fix edited a file parsed from a corrected copy: $(cat "$Q/m.c")"
expect_err "skipped the fix-it for \[hvci-exec-pool\]: its file was analysed from a corrected copy"
exit 0
