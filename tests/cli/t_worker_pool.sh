. "$(dirname "$0")/lib.sh" "$@"
# Long-lived workers: one worker analyses many units, and is replaced when
# it crashes, runs past --timeout or has analysed 64 units; only the unit it
# was busy with is lost, and the report is the same whatever -j is.
# HVCILINT_POOL_STATS=1 prints the pool's counts on stderr.
mkdir "$T/p"
cd "$T/p" || exit 1
i=0
while [ "$i" -lt 70 ]; do
	n=$(printf '%02d' "$i")
	printf '#include <ntddk.h>\nPVOID f%s(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' \
		"$n" > "u$n.c"
	i=$((i + 1))
done
export HVCILINT_POOL_STATS=1
stats() { printf '%s\n' "$err" | grep -q -- "hvcilint: pool: $1" || fail "pool stats: want '$1': $err"; }
count_findings() {
	[ "$(printf '%s\n' "$out" | grep -c 'allocates executable memory')" -eq "$1" ] ||
		fail "expected $1 findings: $out"
}

# 70 units in one worker: it is recycled once, after 64 of them.
run "$HVCILINT" check --no-db -j 1 u*.c --
expect_rc 1
count_findings 70
stats "70 units, 2 workers spawned, 1 replaced (0 crashed, 0 timed out, 1 recycled)"

# A unit that kills its worker, between others: reported, then a new worker
# goes on with the rest.
printf '#pragma clang __debug crash\nint x;\n' > crash.c
LIBCLANG_DISABLE_CRASH_RECOVERY=1 run "$HVCILINT" check --no-db -j 1 u00.c u01.c crash.c u02.c u03.c --
expect_rc 2
expect_err "crash.c:1: error: libclang crashed while analysing this file"
count_findings 4
expect_out "u03.c:2:"
stats "5 units, 2 workers spawned, 1 replaced (1 crashed, 0 timed out, 0 recycled)"
# With libclang's own recovery the worker lives, but is not trusted again.
run "$HVCILINT" check --no-db -j 1 u00.c crash.c u02.c --
expect_rc 2
expect_err "crash.c:1: error: libclang crashed while parsing this file"
count_findings 2
stats "3 units, 2 workers spawned, 1 replaced (0 crashed, 0 timed out, 1 recycled)"

# A unit that never finishes (its #include is a FIFO nobody writes to),
# between others: stopped at --timeout, the rest is analysed.
mkfifo never.h
printf '#include "never.h"\nint x;\n' > hang.c
run "$HVCILINT" check --no-db -j 1 --timeout 3 u00.c hang.c u01.c u02.c --
expect_rc 2
expect_err "hang.c:1: error: analysis ran past --timeout 3s and was stopped"
count_findings 3
expect_out "u02.c:2:"
stats "4 units, 2 workers spawned, 1 replaced (0 crashed, 1 timed out, 0 recycled)"

# The same report, in the same order, with one worker or two.
set -- u0*.c u1*.c crash.c u2*.c
LIBCLANG_DISABLE_CRASH_RECOVERY=1 run "$HVCILINT" check --no-db --format json -j 1 "$@" --
expect_rc 2
cp "$T/out" "$T/j1.json"
LIBCLANG_DISABLE_CRASH_RECOVERY=1 run "$HVCILINT" check --no-db --format json -j 2 "$@" --
expect_rc 2
stats "31 units, 3 workers spawned, 1 replaced (1 crashed"
# Timings differ from run to run; nothing else may.
[ "$(strip "$T/j1.json")" = "$(strip "$T/out")" ] || fail "-j1 and -j2 reports differ"
exit 0
