. "$(dirname "$0")/lib.sh" "$@"
# store gc killed with SIGKILL at several points: gc is one transaction, so
# every kill leaves either the store as it was or the store after the whole
# gc, never half of it: the file is intact, no row names a removed one, and
# the next gc and check work as usual.
PY=/usr/bin/python3
GROW="$(dirname "$0")/../store/grow.py"
DB="$T/p/hvcilint.db"
q() { $PY -c "import sqlite3,sys; c=sqlite3.connect('$DB'); print(c.execute(sys.argv[1]).fetchall())" "$1"; }
mkdir "$T/p"
printf '[' > "$T/p/compile_commands.json"
for i in 0 1 2 3 4 5 6 7; do
	{
		echo '#include <ntddk.h>'
		for k in 1 2 3 4 5 6; do
			echo "PVOID A${i}_$k(SIZE_T n) { return ExAllocatePoolWithTag(NonPagedPool, n + $k, 'tseT'); }"
		done
	} > "$T/p/f$i.c"
	[ $i -gt 0 ] && printf ',' >> "$T/p/compile_commands.json"
	printf '{"directory": "%s", "file": "f%d.c", "arguments": ["clang", "-c", "f%d.c"]}\n' \
		"$T/p" $i $i >> "$T/p/compile_commands.json"
done
printf ']\n' >> "$T/p/compile_commands.json"
run "$HVCILINT" check -p "$T/p"
expect_rc 1
$PY "$GROW" "$DB" 400 || fail "grow.py failed"
runs0=$(q "select count(*) from runs" | tr -dc 0-9)
findings0=$(q "select count(*) from findings" | tr -dc 0-9)

consistent() {
	[ "$(q 'pragma integrity_check')" = "[('ok',)]" ] || fail "$1: store damaged: $(q 'pragma integrity_check')"
	[ "$(q 'pragma foreign_key_check')" = "[]" ] || fail "$1: rows name removed rows: $(q 'pragma foreign_key_check')"
	[ "$(q 'select count(*) from translation_units t where result_tu is not null and not exists (select 1 from translation_units r where r.id = t.result_tu)')" = "[(0,)]" ] ||
		fail "$1: a unit shows a removed unit's findings"
	runs=$(q "select count(*) from runs where status <> 'pruned'" | tr -dc 0-9)
	findings=$(q "select count(*) from findings" | tr -dc 0-9)
	if [ "$runs" = "$runs0" ]; then
		[ "$findings" = "$findings0" ] || fail "$1: runs kept but $findings of $findings0 findings"
		before=$((before + 1))
	else
		[ "$runs" = 1 ] && [ "$findings" = 48 ] || fail "$1: half a gc: $runs runs, $findings findings"
		after=$((after + 1))
	fi
}

before=0
after=0
for delay in 0.02 0.05 0.1 0.2 0.3 0.5; do
	[ "$after" -gt 0 ] && break # a kill came too late: the gc finished
	setsid "$HVCILINT" store gc --db "$DB" --keep 1 >/dev/null 2>&1 &
	pid=$!
	sleep $delay
	kill -9 -- -"$pid" 2>/dev/null || kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	consistent "killed after ${delay}s"
done
[ "$before" -gt 0 ] || fail "no kill came before gc finished"

# A gc to the end, then vacuum in the same command; a check still carries
# its units over.
run "$HVCILINT" store gc --db "$DB" --keep 1 --vacuum
expect_rc 0
consistent "after a whole gc"
[ "$after" -gt 0 ] || fail "gc removed nothing"
[ ! -s "$DB-wal" ] || fail "--vacuum left a write-ahead log of $(wc -c < "$DB-wal") bytes"
run "$HVCILINT" check -p "$T/p"
expect_rc 1
grep -q "8 of 8 files unchanged" "$T/err" || fail "check after gc analysed files again: $(cat "$T/err")"
exit 0
