. "$(dirname "$0")/lib.sh" "$@"
# A store that cannot do what a run asks never lies: a corrupt page, a full
# disk, a lock held by another process, a symbolic link, a read-only file
# and results altered outside hvcilint each give exit 2 and one line naming
# the store and the trouble, and no run is recorded complete.
PY=/usr/bin/python3
mkdir "$T/p"
{
	echo '#include <ntddk.h>'
	echo 'void f(PVOID *out)'
	echo '{'
	i=0
	while [ $i -lt 60 ]; do
		echo "	out[$i] = ExAllocatePoolWithTag(NonPagedPool, $i + 8, 'aaaa');"
		i=$((i + 1))
	done
	echo '}'
} > "$T/p/a.c"
cat > "$T/p/compile_commands.json" <<J
[{"directory": "$T/p", "file": "a.c", "arguments": ["clang", "-c", "a.c"]}]
J
run "$HVCILINT" check -p "$T/p" --db "$T/good.db"
expect_rc 1
q() { $PY -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute(sys.argv[2]).fetchall())" "$@"; }
# No run recorded complete beyond the first, good one.
only_first_complete() {
	[ "$(q "$1" "select count(*) from runs where status = 'complete' and id > 1")" = "[(0,)]" ] ||
		fail "$2: a run is recorded complete: $(q "$1" "select id, status from runs")"
}

# A corrupt page: the findings table's root page of a copy overwritten.
cp "$T/good.db" "$T/corrupt.db"
$PY - "$T/corrupt.db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
size = c.execute("pragma page_size").fetchone()[0]
root = c.execute("select rootpage from sqlite_master where name = 'findings'").fetchone()[0]
c.close()
with open(sys.argv[1], "r+b") as f:
    f.seek((root - 1) * size)
    f.write(b"\xde\xad\xbe\xef" * (size // 4))
PY
run "$HVCILINT" check -p "$T/p" --db "$T/corrupt.db" --full
expect_rc 2
expect_err "corrupt.db:1: not a SQLite database, or corrupt (.*malformed); move the file away"
one_line_err
q "$T/corrupt.db" "select status from runs where id = 2" | grep -q failed ||
	fail "corrupt store: the run is not failed: $(q "$T/corrupt.db" "select id, status from runs")"
only_first_complete "$T/corrupt.db" "corrupt store"
run "$HVCILINT" report --db "$T/corrupt.db" --run 1
expect_rc 2
expect_err "corrupt.db:1: not a SQLite database, or corrupt"
one_line_err

# A full disk: the store may not grow past its present size.
cp "$T/good.db" "$T/full.db"
run env HVCILINT_STORE_MAX_PAGES=1 "$HVCILINT" check -p "$T/p" --db "$T/full.db" --full
expect_rc 2
expect_err "full.db:1: the disk holding the store is full (.*); free space there"
one_line_err
[ "$(q "$T/full.db" "select status from runs where id = 2")" = "[('failed',)]" ] ||
	fail "full disk: the run is not failed: $(q "$T/full.db" "select id, status from runs")"
only_first_complete "$T/full.db" "full disk"

# A lock: another process holds a write transaction for the whole run.
cp "$T/good.db" "$T/locked.db"
$PY - "$T/locked.db" "$T/ready" <<'PY' &
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
open(sys.argv[2], "w").close()
time.sleep(20)
PY
locker=$!
n=0
while [ ! -e "$T/ready" ] && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
run env HVCILINT_STORE_WAIT=0.2 "$HVCILINT" check -p "$T/p" --db "$T/locked.db"
kill $locker 2>/dev/null
wait $locker 2>/dev/null
expect_rc 2
expect_err "locked.db:1: the store is locked by another process (.*); wait for it to finish"
one_line_err
only_first_complete "$T/locked.db" "locked store"

# A symbolic link is neither written through nor read.
cp "$T/good.db" "$T/real.db"
ln -s "$T/real.db" "$T/link.db"
sum=$(md5sum < "$T/real.db")
run "$HVCILINT" check -p "$T/p" --db "$T/link.db"
expect_rc 2
expect_err "link.db:1: the store is a symbolic link; pass the file it points to"
one_line_err
run "$HVCILINT" report --db "$T/link.db"
expect_rc 2
expect_err "link.db:1: the store is a symbolic link"
[ "$sum" = "$(md5sum < "$T/real.db")" ] || fail "the store behind the link was modified"

# A read-only file stays untouched, for root too; reports still read it.
cp "$T/good.db" "$T/ro.db"
chmod 444 "$T/ro.db"
sum=$(md5sum < "$T/ro.db")
run "$HVCILINT" check -p "$T/p" --db "$T/ro.db"
expect_rc 2
expect_err "ro.db:1: the store is read-only; make it writable"
one_line_err
run "$HVCILINT" store gc --db "$T/ro.db" --keep 1
expect_rc 2
expect_err "ro.db:1: the store is read-only"
run "$HVCILINT" report --db "$T/ro.db"
expect_rc 1
expect_out "hvci-exec-pool"
[ "$sum" = "$(md5sum < "$T/ro.db")" ] || fail "a read-only store was modified"

# Results altered outside hvcilint: a finding without a rule, a fix-it
# without a file.  Reports refuse them instead of crashing.
poison() {
	cp "$T/good.db" "$T/$1.db"
	$PY - "$T/$1.db" "$2" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("pragma writable_schema = on")
c.execute("update sqlite_master set sql = replace(sql, 'rule TEXT NOT NULL', 'rule TEXT') "
          "where name = 'findings'")
c.commit()
c.close()
c = sqlite3.connect(sys.argv[1])
c.execute(sys.argv[2])
c.commit()
PY
}
poison norule "update findings set rule = NULL where id = (select min(id) from findings)"
run "$HVCILINT" report --db "$T/norule.db" --format sarif
expect_rc 2
expect_err "norule.db:1: the store holds a malformed result (a finding without a rule, unit '.*a.c')"
one_line_err
poison nofile "update findings set fixits = '[{\"line\":1,\"column\":1,\"text\":\"x\"}]'"
for f in text sarif json html junit; do
	run "$HVCILINT" report --db "$T/nofile.db" --format $f
	expect_rc 2
	expect_err "nofile.db:1: the store holds a malformed result (a fix-it without a file"
	one_line_err
done
# The same in a unit a check would carry over: refused, analysed afresh,
# and the run is not complete.
poison badinput "update tu_inputs set result = json_remove(result, '\$.findings[0].rule')"
run "$HVCILINT" check -p "$T/p" --db "$T/badinput.db"
expect_rc 2
expect_err "badinput.db:1: the store holds a malformed result"
one_line_err
only_first_complete "$T/badinput.db" "malformed stored result"
exit 0
