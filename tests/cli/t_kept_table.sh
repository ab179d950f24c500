. "$(dirname "$0")/lib.sh" "$@"
unset HVCILINT_PCH HVCILINT_NO_REPLAY HVCILINT_NO_RECOVERY HVCILINT_NO_KEPT_TABLE
# The table of wrapper summaries a run ends with is kept in the PCH folder,
# and the next run over the same units starts its summary rounds from it:
# a unit whose calls still resolve to the same summaries is analysed once.
# Every report here is compared with a run that keeps nothing (--no-pch),
# including after an edit that leaves the kept table (or a store's carried
# units) describing a pair of mutually recursive wrappers that no longer
# reach the allocation, and with kept tables that are damaged, planted or
# open to others.
. "$SRC/tests/cli/xtu_fixture.sh"
# check NAME ARGS...: one run at -j 2 with debug lines and pool counts
# (without a store unless ARGS give one with --db)
check() {
	name=$1
	shift
	case " $* " in *" --db "*) store= ;; *) store=--no-db ;; esac
	HVCILINT_DEBUG=1 HVCILINT_POOL_STATS=1 "$HVCILINT" check -p "$P" -j 2 $store --format json \
		-o "$T/$name.json" "$@" 2>"$T/$name.err"
	rc=$?
	[ "$rc" -le 1 ] || fail "$name: exit $rc: $(cat "$T/$name.err")"
}
same() { [ "$(strip "$T/$1.json")" = "$(strip "$T/$2.json")" ] || fail "$2: the report differs from $1: $(diff "$T/$1.json" "$T/$2.json")"; }
pool_rounds() { grep -c 'hvcilint: pool:' "$T/$1.err"; }
started() { grep -c 'debug: summaries: started from a kept table' "$T/$1.err"; }
findings() { grep -c '"rule": "hvci-exec-pool"' "$T/$1.json"; }

check ref --no-pch
[ "$(findings ref)" -eq 2 ] || fail "two findings expected: $(cat "$T/ref.json")"
check cold --pch-dir "$T/pch"
same ref cold
[ "$(started cold)" -eq 0 ] || fail "a table was kept before the first run"
[ "$(pool_rounds cold)" -ge 3 ] || fail "the first run took fewer than three rounds: $(cat "$T/cold.err")"
[ "$(ls "$T/pch/summaries" | wc -l)" -eq 1 ] || fail "one table kept: $(ls "$T/pch/summaries")"
kept=$(ls "$T"/pch/summaries/*)
[ "$(stat -c %a "$T/pch/summaries")" = 700 ] && [ "$(stat -c %a "$kept")" = 600 ] ||
	fail "the kept table is open to others"
# From the table: one round, each unit analysed once.
check warm --pch-dir "$T/pch"
same ref warm
grep -q 'summaries: started from a kept table; 1 rounds, the result rests on this run' "$T/warm.err" ||
	fail "the warm run did not start from the table: $(grep summaries "$T/warm.err")"
[ "$(pool_rounds warm)" -eq 1 ] || fail "the warm run took more than one round: $(cat "$T/warm.err")"
# Other units (here: one file named): another table, none to start from.
check one --pch-dir "$T/pch" "$P/use.c"
[ "$(started one)" -eq 0 ] || fail "a table of other units was used"

# changed NAME: after an edit, a run that keeps nothing (ref_NAME) and one
# from the kept table (NAME) give the same report.
changed() {
	check "ref_$1" --no-pch
	check "$1" --pch-dir "$T/pch"
	same "ref_$1" "$1"
}
# The wrapper stops passing its caller's pool type on: the callers are
# analysed again under the new summary, and the findings go.
sed -i 's/ExAllocatePoolWithTag(Type, Size/ExAllocatePoolWithTag(NonPagedPoolNx, Size/' "$P/alloc.c"
changed nx
[ "$(findings nx)" -eq 0 ] || fail "the wrapper no longer forwards, yet: $(cat "$T/nx.json")"
sed -i 's/ExAllocatePoolWithTag(NonPagedPoolNx, Size/ExAllocatePoolWithTag(Type, Size/' "$P/alloc.c"
changed back
[ "$(findings back)" -eq 2 ] || fail "the findings did not come back: $(cat "$T/back.json")"

# A cycle: DrvAlloc and DrvAllocZero call each other, and DrvAlloc stops
# calling the allocator.  The kept table still says both reach it, and a
# run from it settles on summaries that rest only on each other; the run
# sees that and starts again from nothing.
cat >"$P/alloc.c" <<'C'
#include <ntddk.h>
PVOID DrvAllocZero(SIZE_T Size, POOL_TYPE Type);
PVOID DrvAlloc(POOL_TYPE Type, SIZE_T Size)
{
	if (Size > 64)
		return DrvAllocZero(Size - 1, Type);
	return ExAllocatePoolWithTag(Type, Size, 'lcoA');
}
C
changed cycle
[ "$(findings cycle)" -eq 2 ] || fail "the cycle with an allocation: $(cat "$T/cycle.json")"
check cycle_warm --pch-dir "$T/pch"
same ref_cycle cycle_warm
sed -i 's/return ExAllocatePoolWithTag(Type, Size, .lcoA.);/return NULL;/' "$P/alloc.c"
changed cycle_gone
[ "$(findings cycle_gone)" -eq 0 ] || fail "a cycle of summaries sustained a finding: $(cat "$T/cycle_gone.json")"
grep -q 'summaries: started from a kept table; .* a summary rests on a cycle: again from nothing' "$T/cycle_gone.err" ||
	fail "the stale cycle was not seen: $(grep summaries "$T/cycle_gone.err")"
check cycle_gone_warm --pch-dir "$T/pch"
same ref_cycle_gone cycle_gone_warm

# The same with a store and no kept table: units the store carries over
# start the rounds with their old summaries, so the run checks them the
# same way.  The first run stores the pair with its allocation; after the
# edit, mid.c and use.c are carried and only alloc.c is analysed again.
cp "$P/alloc.c" "$T/alloc_gone.c"
sed -i 's/return NULL;/return ExAllocatePoolWithTag(Type, Size, 1);/' "$P/alloc.c"
check stored --no-pch --db "$T/s.db"
[ "$(findings stored)" -eq 2 ] || fail "the stored pair: $(cat "$T/stored.json")"
cp "$T/alloc_gone.c" "$P/alloc.c"
check stored_gone --no-pch --db "$T/s.db"
same ref_cycle_gone stored_gone
grep -q 'summaries: started from units the store carried; .* a summary rests on a cycle: again from nothing' "$T/stored_gone.err" ||
	fail "the carried cycle was not seen: $(grep -E 'summaries|unchanged' "$T/stored_gone.err")"
check stored_again --no-pch --db "$T/s.db"
same ref_cycle_gone stored_again

# Kept tables that are not this run's to trust.  The one planted here says
# that ExtAlloc, which no unit defines, passes its first parameter to the
# allocator: a run from it must not report the call.
cat >"$P/use.c" <<'C'
#include <ntddk.h>
PVOID ExtAlloc(POOL_TYPE Type, SIZE_T Size);
PVOID GetExt(void) { return ExtAlloc(NonPagedPool, 64); }
PVOID GetBad(void) { return ExAllocatePoolWithTag(NonPagedPool, 64, 1); }
C
check ref_planted --no-pch
check keep --pch-dir "$T/pch"
same ref_planted keep
kept=$(ls -t "$T"/pch/summaries/* | head -1)
usr=$(printf 'c:@F@ExtAlloc')
plant() {
	printf '%s' "$1" >"$kept"
	chmod 600 "$kept"
	check "$2" --pch-dir "$T/pch"
	same ref_planted "$2"
}
plant '{"'"$usr"'":{"name":"ExtAlloc","fw":[{"param":0,"mask":"0x0","api":"ExAllocatePoolWithTag","arg":0,"kind":0,"inner_api":"ExAllocatePoolWithTag","optin":false}]}}' planted
[ "$(started planted)" -eq 1 ] || fail "the planted table was not read: $(grep summaries "$T/planted.err")"
plant '{"'"$usr"'":{"name":"ExtAlloc","fw":[{"param":0,"mask":"0x0","api":"ExAllocatePoolWithTag","arg":0,"kind":0,"inner_api":"x","optin":false,"via":["'"$usr"'",0]}]}}' planted_cycle
plant '{"'"$usr"'":{"name":"ExtAlloc","fw":[{"param":-3,"mask":"0x0","api":"ExAllocatePoolWithTag","arg":0,"kind":0}]}}' negative
[ "$(started negative)" -eq 0 ] || fail "a table with a negative parameter was used"
plant '{"a": [1, 2' damaged
[ "$(started damaged)" -eq 0 ] || fail "a damaged table was used"
plant '' empty
printf '{}' >"$kept"
chmod 666 "$kept"
check open --pch-dir "$T/pch"
same ref_planted open
[ "$(started open)" -eq 0 ] || fail "a table others may write was used"
rm -f "$kept"
ln -s /etc/passwd "$kept"
check link --pch-dir "$T/pch"
same ref_planted link
[ "$(started link)" -eq 0 ] || fail "a link was read as a table"
[ -f "$kept" ] && [ ! -L "$kept" ] || fail "the link was followed or kept: $(ls -l "$kept")"

# Turned off: HVCILINT_NO_KEPT_TABLE=1, and --no-pch keeps nothing.
check base --pch-dir "$T/pch"
HVCILINT_NO_KEPT_TABLE=1 check off --pch-dir "$T/pch"
[ "$(started off)" -eq 0 ] || fail "HVCILINT_NO_KEPT_TABLE=1 used the table"
same ref_planted off
exit 0
