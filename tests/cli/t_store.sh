. "$(dirname "$0")/lib.sh" "$@"
# The run store: runs and findings recorded, fingerprints stable across
# unrelated edits and file moves, bad --db files refused and left untouched.
PY=/usr/bin/python3
mkdir "$T/p"
cat > "$T/p/a.c" <<'C'
#include <ntddk.h>
PVOID f(void)
{
	return ExAllocatePoolWithTag(NonPagedPool, 8, 1);
}
C
db() { cat > "$T/p/compile_commands.json" <<J
[{"directory": "$T/p", "file": "$1", "arguments": ["clang", "-c", "$1"]}]
J
}
q() { $PY -c "import sqlite3,sys; c=sqlite3.connect('$T/p/hvcilint.db'); print(c.execute(sys.argv[1]).fetchall())" "$1"; }
db a.c
run "$HVCILINT" check -p "$T/p"
expect_rc 1
[ -f "$T/p/hvcilint.db" ] || fail "no store written next to the compile database"
fp1=$(q "select fingerprint from findings where run_id = 1")
# Lines added above the finding, then the file moved: same finding.
{ printf '/* a comment\n   over two lines */\n'; cat "$T/p/a.c"; } > "$T/p/b.c"
rm "$T/p/a.c"
db b.c
run "$HVCILINT" check -p "$T/p"
expect_rc 1
fp2=$(q "select fingerprint from findings where run_id = 2")
[ "$fp1" = "$fp2" ] || fail "fingerprint changed: $fp1 vs $fp2"
[ "$(q "select first_seen_run from findings where run_id = 2")" = "[(1,)]" ] || fail "first-seen run not carried"
[ "$(q "select count(*) from runs where status = 'complete'")" = "[(2,)]" ] || fail "runs not complete"
# Two runs writing the same store at once both finish.
"$HVCILINT" check -p "$T/p" > /dev/null 2>"$T/e1" & p1=$!
"$HVCILINT" check -p "$T/p" > /dev/null 2>"$T/e2" & p2=$!
wait $p1; r1=$?
wait $p2; r2=$?
[ $r1 -eq 1 ] && [ $r2 -eq 1 ] || fail "concurrent runs: $r1 $r2 $(cat "$T/e1" "$T/e2")"
[ "$(q "select count(*) from runs where status = 'complete'")" = "[(4,)]" ] || fail "a concurrent run was lost"
[ "$(q "select count(*) from run_findings")" = "[(4,)]" ] || fail "findings lost"
# --no-db writes nothing.
run "$HVCILINT" check --no-db --db "$T/none.db" -p "$T/p"
[ ! -e "$T/none.db" ] || fail "--no-db wrote a store"
# Refused, untouched: another program's database, garbage, read-only.
$PY -c "import sqlite3; c=sqlite3.connect('$T/other.db'); c.execute('create table t(x)'); c.commit()"
sum_before=$(md5sum "$T/other.db")
run "$HVCILINT" check --db "$T/other.db" -p "$T/p"
expect_rc 2
expect_err "other.db:1: this SQLite database is not an hvcilint store"
one_line_err
[ "$sum_before" = "$(md5sum "$T/other.db")" ] || fail "foreign database modified"
head -c 5000 /dev/urandom > "$T/garbage.db"
sum_before=$(md5sum "$T/garbage.db")
run "$HVCILINT" check --db "$T/garbage.db" -p "$T/p"
expect_rc 2
expect_err "garbage.db:1: not a SQLite database, or corrupt"
[ "$sum_before" = "$(md5sum "$T/garbage.db")" ] || fail "corrupt file modified"
cp "$T/p/hvcilint.db" "$T/ro.db"
chmod 444 "$T/ro.db"
run "$HVCILINT" check --db "$T/ro.db" -p "$T/p"
expect_rc 2
expect_err "ro.db:1: the store is read-only"
# Image findings go to the same store as source findings.
img=$(ls "$(dirname "$HVCILINT")"/../tests/image/images/mmmap.sys 2>/dev/null | head -1)
if [ -n "$img" ]; then
	run "$HVCILINT" image --db "$T/p/hvcilint.db" "$img"
	expect_rc 0
	[ "$(q "select rule from findings where logical is not null")" = "[('hvci-exec-api',)]" ] ||
		fail "image finding not in the store: $(q "select rule, logical from findings")"
	[ "$(q "select count(distinct run_id) from run_findings")" = "[(5,)]" ] || fail "runs missing"
fi
# Reports from the store: new, unchanged and absent against an earlier run.
mkdir "$T/r"
printf '#include <ntddk.h>\nPVOID f(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' > "$T/r/a.c"
cat > "$T/r/compile_commands.json" <<J
[{"directory": "$T/r", "file": "a.c", "arguments": ["clang", "-c", "a.c"]}]
J
"$HVCILINT" check -p "$T/r" > /dev/null
run "$HVCILINT" report --db "$T/r/hvcilint.db"
expect_rc 1
run "$HVCILINT" report --db "$T/r/hvcilint.db" --new-only
expect_rc 1
printf '#include <ntddk.h>\nPVOID f(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\nPVOID g(void) { return MmMapIoSpace((PHYSICAL_ADDRESS){0}, 8, MmCached); }\n' > "$T/r/a.c"
"$HVCILINT" check -p "$T/r" > /dev/null
run "$HVCILINT" report --db "$T/r/hvcilint.db" --new-only
expect_rc 1
expect_out "MmMapIoSpace"
printf '%s\n' "$out" | grep -q "ExAllocatePoolWithTag" && fail "an unchanged finding is reported as new"
run "$HVCILINT" report --db "$T/r/hvcilint.db" --format sarif
printf '%s' "$out" | grep -q '"baselineState": "unchanged"' || fail "no unchanged baselineState"
printf '%s' "$out" | grep -q '"baselineState": "new"' || fail "no new baselineState"
printf '#include <ntddk.h>\nPVOID g(void) { return MmMapIoSpace((PHYSICAL_ADDRESS){0}, 8, MmCached); }\n' > "$T/r/a.c"
"$HVCILINT" check -p "$T/r" > /dev/null
run "$HVCILINT" report --db "$T/r/hvcilint.db" --format sarif
printf '%s' "$out" | grep -q '"baselineState": "absent"' || fail "a fixed finding is not absent"
run "$HVCILINT" report --db "$T/r/hvcilint.db" --new-only
expect_rc 0
run "$HVCILINT" report --db "$T/r/nothing.db"
expect_rc 2
expect_err "nothing.db:1: no store here"
exit 0
