. "$(dirname "$0")/lib.sh" "$@"
# A run killed with SIGKILL mid-way: every translation unit it finished is
# in the store (one transaction each), the store is intact, and the next
# hvcilint to open the store marks the killed run incomplete, so reports
# comparing with "the previous complete run" never pick it.
PY=/usr/bin/python3
q() { $PY -c "import sqlite3,sys; c=sqlite3.connect('$T/p/hvcilint.db'); print(c.execute(sys.argv[1]).fetchall())" "$1"; }
mkdir "$T/p"
n=120
i=0
printf '[' > "$T/p/compile_commands.json"
while [ $i -lt $n ]; do
	cat > "$T/p/f$i.c" <<C
#include <ntddk.h>
PVOID Alloc$i(SIZE_T n) { return ExAllocatePoolWithTag(NonPagedPool, n, 'tseT'); }
C
	[ $i -gt 0 ] && printf ',' >> "$T/p/compile_commands.json"
	printf '{"directory": "%s", "file": "f%d.c", "arguments": ["clang", "-c", "f%d.c"]}\n' \
		"$T/p" $i $i >> "$T/p/compile_commands.json"
	i=$((i + 1))
done
printf ']\n' >> "$T/p/compile_commands.json"

# One worker, so the run lasts long enough to be caught half-way.
setsid "$HVCILINT" check -p "$T/p" -j 1 --format json -o "$T/out.json" >/dev/null 2>&1 &
pid=$!
stored=0
tries=0
while [ "$stored" -lt 3 ] && [ $tries -lt 600 ]; do
	sleep 0.1
	tries=$((tries + 1))
	[ -f "$T/p/hvcilint.db" ] || continue
	stored=$(q "select count(*) from translation_units" 2>/dev/null | tr -dc 0-9)
	[ -n "$stored" ] || stored=0
done
kill -9 -- -"$pid" 2>/dev/null || kill -9 "$pid"
wait "$pid" 2>/dev/null
[ "$stored" -ge 3 ] || fail "no unit was stored within 60 s"

[ "$(q 'pragma integrity_check')" = "[('ok',)]" ] || fail "store damaged: $(q 'pragma integrity_check')"
[ "$(q 'select status from runs where id = 1')" = "[('running',)]" ] ||
	fail "killed run: $(q 'select status from runs')"
units=$(q "select count(*) from translation_units where run_id = 1" | tr -dc 0-9)
[ "$units" -ge 3 ] && [ "$units" -lt $n ] || fail "killed run kept $units of $n units"
# Each stored unit has its finding: nothing half-written.
found=$(q "select count(distinct tu_id) from findings f join translation_units t on t.id = f.tu_id where t.run_id = 1" | tr -dc 0-9)
[ "$found" = "$units" ] || fail "$units units stored but $found with their finding"
[ ! -f "$T/out.json" ] || fail "a report was written by the killed run"

# The next run marks the killed one incomplete and completes itself.
run "$HVCILINT" check -p "$T/p" --format json -o "$T/out.json"
expect_rc 1
[ "$(q 'select id, status from runs order by id')" = "[(1, 'incomplete'), (2, 'complete')]" ] ||
	fail "runs after the next check: $(q 'select id, status from runs')"
# A report compares with the previous complete run, so not with the killed one.
run "$HVCILINT" report --db "$T/p/hvcilint.db" --format json
expect_rc 1
exit 0
