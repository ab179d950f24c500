. "$(dirname "$0")/lib.sh" "$@"
# The summary rounds share one worker pool: the workers of the first round
# are sent each later round's summaries instead of being replaced, and the
# findings are the ones fresh workers find (the same as in t_xtu.sh: a
# wrapper in one file, a wrapper of it in a second, callers in a third,
# which takes three rounds).
. "$SRC/tests/cli/xtu_fixture.sh"
export HVCILINT_POOL_STATS=1
# Every run here starts its rounds from nothing (t_kept_table.sh covers a
# run that starts from the table the last one ended with).
export HVCILINT_NO_KEPT_TABLE=1
rounds() { printf '%s\n' "$err" | grep -c 'hvcilint: pool:'; }
for j in 1 2; do
	run "$HVCILINT" check -p "$P" -j "$j" --no-db
	expect_rc 1
	expect_out "use.c:4:38: warning: 'DrvAlloc' allocates executable memory: pool type 'NonPagedPool' (0) \[hvci-exec-pool\]"
	expect_out "alloc.c:4:9: note: 'DrvAlloc' passes it to 'ExAllocatePoolWithTag' here"
	expect_out "use.c:6:50: warning: 'DrvAllocZero' allocates executable memory: pool type 'NonPagedPool' (0)"
	expect_out "mid.c:5:12: note: 'DrvAllocZero' passes it to 'DrvAlloc' here"
	[ "$(printf '%s\n' "$out" | grep -c 'warning:')" -eq 2 ] || fail "-j $j: two findings expected: $out"
	# The first round starts the workers; the later ones start none.
	[ "$(rounds)" -ge 2 ] || fail "-j $j: expected more than one summary round: $err"
	expect_err "hvcilint: pool: 3 units, $j workers spawned, 0 replaced"
	later=$(printf '%s\n' "$err" | grep 'hvcilint: pool:' | sed 1d)
	printf '%s\n' "$later" | grep -qv ', 0 workers spawned, 0 replaced' &&
		fail "-j $j: a later round started workers: $err"
done

# The same report with one worker or two, each serving every round.
run "$HVCILINT" check -p "$P" -j 1 --no-db --format json
cp "$T/out" "$T/j1.json"
run "$HVCILINT" check -p "$P" -j 2 --no-db --format json
[ "$(strip "$T/j1.json")" = "$(strip "$T/out")" ] || fail "-j1 and -j2 reports differ"
exit 0
