. "$(dirname "$0")/lib.sh" "$@"
# A unit that a later summary round analyses again is parsed once, the way
# its recovery parsing ended in the first round, instead of repeating every
# recovery pass: and it reports exactly what a full recovery reports.  The
# caller file here needs each kind of recovery: a missing header, unknown
# names (the stand-in prelude), a cast assigned to (a corrected copy behind
# a VFS overlay) and an #include written in another case (the case
# overlay, a temporary file of each analysis).
. "$SRC/tests/cli/xtu_fixture.sh"
# Every run here starts its rounds from nothing (t_kept_table.sh covers a
# run that starts from the table the last one ended with).
export HVCILINT_NO_KEPT_TABLE=1
printf '#define HELPER_OK 1\n' >"$P/helper.h"
cat >"$P/use.c" <<'C'
#include <ntddk.h>
#include "missing_use.h"
#include "HELPER.H"
PVOID DrvAlloc(POOL_TYPE Type, SIZE_T Size);
PVOID DrvAllocZero(SIZE_T Size, POOL_TYPE Type);
PVOID GetBad(void) { UNKNOWN_T t = UNKNOWN_V; (void)t; return DrvAlloc(NonPagedPool, 64); }
PVOID GetGood(void) { return DrvAlloc(NonPagedPoolNx, 64); }
PVOID GetBadZero(PVOID *Slot)
{
	(ULONG_PTR)(Slot[0]) = HELPER_OK;
	PFOO f = Lookup();
	return DrvAllocZero(f->Size, NonPagedPool);
}
C
# argv lines of use.c's parses under HVCILINT_DEBUG (one per parse)
parses() { grep 'hvcilint: debug: argv:' "$1" | grep -c "$P/use.c"; }
for j in 1 2; do
	HVCILINT_NO_REPLAY=1 HVCILINT_DEBUG=1 "$HVCILINT" check -p "$P" -j "$j" --no-db \
		--format json -o "$T/full$j.json" 2>"$T/full$j.err"
	[ $? -eq 1 ] || fail "-j $j, no replay: findings expected: $(cat "$T/full$j.err")"
	HVCILINT_DEBUG=1 "$HVCILINT" check -p "$P" -j "$j" --no-db \
		--format json -o "$T/replay$j.json" 2>"$T/replay$j.err"
	[ $? -eq 1 ] || fail "-j $j: findings expected: $(cat "$T/replay$j.err")"
	[ "$(strip "$T/full$j.json")" = "$(strip "$T/replay$j.json")" ] ||
		fail "-j $j: the report differs when later rounds replay recovery"
done
grep -q '"hvci-exec-pool"' "$T/replay1.json" || fail "no finding: $(cat "$T/replay1.json")"
[ "$(grep -c '"rule": "hvci-exec-pool"' "$T/replay1.json")" -eq 2 ] ||
	fail "two findings in use.c expected: $(cat "$T/replay1.json")"
grep -q 'analysed as an assignment to its operand' "$T/replay1.json" ||
	fail "the corrected copy was not used: $(cat "$T/replay1.json")"
grep -q '"recovery_passes": [1-9]' "$T/replay1.json" || fail "use.c needed no recovery"
# Three rounds: without replay each parses use.c 1 + passes times; with it,
# the first round does, and each later round parses it once.
full=$(parses "$T/full1.err")
replay=$(parses "$T/replay1.err")
passes=$(python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
print([f for f in d["files"] if f["file"].endswith("/use.c")][0]["coverage"]["recovery_passes"])' \
	"$T/replay1.json")
[ "$full" -eq $((3 * (1 + passes))) ] || fail "without replay: $full parses of use.c, passes $passes"
[ "$replay" -eq $((1 + passes + 2)) ] || fail "with replay: $replay parses of use.c, passes $passes"
# A replay's stand-in folder goes when its unit is done, like any other.
mkdir "$T/tmp"
TMPDIR="$T/tmp" "$HVCILINT" check -p "$P" -j 2 --no-db >/dev/null 2>&1
[ -z "$(ls -A "$T/tmp")" ] || fail "left behind: $(ls -A "$T/tmp")"
exit 0
