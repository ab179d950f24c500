. "$(dirname "$0")/lib.sh" "$@"
# Wrapper summaries across files: a driver-local allocator defined in one
# file and called with NonPagedPool in another is reported at the call,
# with a note at the allocation in the other file; a wrapper of that
# wrapper in a third file too.  Incremental runs keep these findings, and
# an edit of the wrapper alone re-checks its callers.
. "$SRC/tests/cli/xtu_fixture.sh"
count() { printf '%s\n' "$out" | grep -c "$1"; }
expect_cross() {
	expect_out "use.c:$1:38: warning: 'DrvAlloc' allocates executable memory: pool type 'NonPagedPool' (0) \[hvci-exec-pool\]"
	expect_out "alloc.c:4:9: note: 'DrvAlloc' passes it to 'ExAllocatePoolWithTag' here"
	expect_out "use.c:$(($1 + 2)):50: warning: 'DrvAllocZero' allocates executable memory: pool type 'NonPagedPool' (0)"
	expect_out "mid.c:5:12: note: 'DrvAllocZero' passes it to 'DrvAlloc' here"
	[ "$(count 'warning:')" -eq 2 ] || fail "two findings expected (none for NonPagedPoolNx): $out"
}

# Without a store: the summaries are resolved within the one run.
run "$HVCILINT" check -p "$P" -j 2 --no-db
expect_rc 1
expect_cross 4
# One file named on the command line: the other files of the database
# are not analysed, so the wrapper is unknown and nothing is reported.
run "$HVCILINT" check -p "$P" --no-db "$P/use.c"
expect_rc 0

# With the store, first run then an unchanged re-run: carried, still there.
run "$HVCILINT" check -p "$P" -j 2
expect_rc 1
expect_cross 4
run "$HVCILINT" check -p "$P" -j 2
expect_rc 1
expect_err "3 of 3 files unchanged"
expect_cross 4
rows=$("$HVCILINT" report --db "$P/hvcilint.db" --format json | grep -c '"rule": "hvci-exec-pool"')
[ "$rows" -eq 2 ] || fail "report of the carried run has $rows findings, expected 2"

# Only the caller changed: it is analysed again against the stored
# summaries of the unchanged files.
sed -i '1i /* moved down */' "$P/use.c"
run "$HVCILINT" check -p "$P" -j 2
expect_rc 1
expect_err "2 of 3 files unchanged"
expect_cross 5

# Only the wrapper changed, so that it no longer passes its caller's pool
# type on: the unchanged callers are analysed again and the findings go.
sed -i 's/ExAllocatePoolWithTag(Type, Size/ExAllocatePoolWithTag(NonPagedPoolNx, Size/' "$P/alloc.c"
run "$HVCILINT" check -p "$P" -j 2
expect_rc 0
[ "$(count 'warning:')" -eq 0 ] || fail "the wrapper no longer forwards, yet: $out"
printf '%s\n' "$err" | grep -q 'unchanged' && fail "callers of a changed wrapper were carried: $err"
# And back: the stored run before is not reused blindly, findings return.
sed -i 's/ExAllocatePoolWithTag(NonPagedPoolNx, Size/ExAllocatePoolWithTag(Type, Size/' "$P/alloc.c"
run "$HVCILINT" check -p "$P" -j 2
expect_rc 1
expect_cross 5
run "$HVCILINT" check -p "$P" -j 2 --full
expect_rc 1
expect_cross 5
exit 0
