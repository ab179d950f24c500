. "$(dirname "$0")/lib.sh" "$@"
unset HVCILINT_PCH HVCILINT_NO_REPLAY HVCILINT_NO_RECOVERY
# A unit that recovery parses more than once keeps, in the PCH folder, how
# its chosen pass parsed; the next run parses it once that way, while
# nothing it read or looked for has changed.  Every report here is
# compared with a run without the folder (--no-pch), before and after each
# change that must make the kept replay stale.
P="$T/p"
mkdir -p "$P/inc" "$P/sub"
# a.c: a missing header (a stand-in), a name nobody declares, and a pool
# type that the missing header would define.  b.c: its own header defines
# the pool type.  c.c parses cleanly (nothing to keep).
cat >"$P/a.c" <<'C'
#include <ntddk.h>
#include "gen.h"
#include "sub/more.h"
UNKNOWN_TYPE Global;
PVOID A(void) { return ExAllocatePoolWithTag(A_POOL, 8, 1); }
PVOID A2(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }
C
cat >"$P/b.c" <<'C'
#include <ntddk.h>
#include "bpool.h"
UNKNOWN_B Other;
PVOID B(void) { return ExAllocatePoolWithTag(B_POOL, 8, 1); }
C
printf '#pragma once\n#define B_POOL NonPagedPool\n' >"$P/inc/bpool.h"
printf '#include <ntddk.h>\nPVOID C(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' >"$P/c.c"
python3 - "$P" <<'PY'
import json, sys
p = sys.argv[1]
json.dump([{"directory": p, "file": p + "/" + f, "arguments": ["clang", "-c", "-Iinc", f]}
           for f in ("a.c", "b.c", "c.c")], open(p + "/compile_commands.json", "w"))
PY
# check NAME ARGS...: one run at -j 1 with debug lines
check() {
	name=$1
	shift
	HVCILINT_DEBUG=1 "$HVCILINT" check -p "$P" -j 1 --no-db --allow-partial --format json \
		-o "$T/$name.json" "$@" 2>"$T/$name.err"
	[ $? -eq 1 ] || fail "$name: findings expected: $(cat "$T/$name.err")"
}
same() { [ "$(strip "$T/$1.json")" = "$(strip "$T/$2.json")" ] || fail "$2: the report differs from $1: $(diff "$T/$1.json" "$T/$2.json")"; }
used() { grep -c 'replay kept from an earlier run: used' "$T/$1.err"; }
stale() { grep -c 'debug: replay [0-9a-f]*: stale' "$T/$1.err"; }

check ref --no-pch
grep -q '"gen.h"' "$T/ref.json" || fail "no stand-in for gen.h: $(cat "$T/ref.json")"
check cold --pch-dir "$T/pch"
same ref cold
[ "$(used cold)" -eq 0 ] || fail "a replay was used on the first run"
[ "$(ls "$T/pch/replay" | wc -l)" -eq 2 ] || fail "a.c and b.c keep a replay, c.c none: $(ls "$T/pch/replay")"
[ "$(stat -c %a "$T/pch/replay")" = 700 ] || fail "the replay folder is open to others"
for f in "$T"/pch/replay/*; do [ "$(stat -c %a "$f")" = 600 ] || fail "$f is open to others"; done
# The second run builds the PCH a.c and b.c share, so their replays (made
# without it) give way once; from the third run on, both are used.
check second --pch-dir "$T/pch"
same ref second
check warm --pch-dir "$T/pch"
same ref warm
[ "$(used warm)" -eq 2 ] || fail "a.c and b.c did not replay: $(grep replay "$T/warm.err")"
grep 'hvcilint: debug: argv:' "$T/warm.err" | grep -c "$P/a.c" | grep -qx 1 || fail "a.c was parsed more than once"

# changed NAME: after a change, a run without the folder (ref_NAME) and
# one with it (NAME) give the same report.
changed() {
	check "ref_$1" --no-pch
	check "$1" --pch-dir "$T/pch"
	same "ref_$1" "$1"
}
# The missing header appears in the unit's folder: a.c's replay is stale
# (b.c's too, since its folder changed), and the report sees the header's
# pool type.
printf '#pragma once\n#define A_POOL NonPagedPool\n' >"$P/gen.h"
changed gen
[ "$(stale gen)" -eq 2 ] && [ "$(used gen)" -eq 0 ] || fail "gen.h appeared: $(grep replay "$T/gen.err")"
[ "$(grep -c '"rule": "hvci-exec-pool"' "$T/ref_gen.json")" -gt "$(grep -c '"rule": "hvci-exec-pool"' "$T/ref.json")" ] ||
	fail "gen.h's pool type made no finding: $(cat "$T/ref_gen.json")"
# (a.c's prefix now reads on into gen.h: a new PCH, built on this run,
# so a.c's replay gives way once more.)
check again --pch-dir "$T/pch"
[ "$(used again)" -ge 1 ] || fail "the new replay was not used: $(grep replay "$T/again.err")"
# A header missing from a subfolder that exists appears (the subfolder's
# parent does not change).
printf '#pragma once\n' >"$P/sub/more.h"
changed sub
[ "$(stale sub)" -eq 1 ] && [ "$(used sub)" -eq 1 ] || fail "sub/more.h appeared: $(grep replay "$T/sub.err")"
# A header the unit read changes.
check again2 --pch-dir "$T/pch"
printf '#pragma once\n#define B_POOL NonPagedPoolNx\n' >"$P/inc/bpool.h"
changed edit
[ "$(stale edit)" -eq 1 ] && [ "$(used edit)" -eq 1 ] || fail "bpool.h changed: $(grep replay "$T/edit.err")"
# A header added to an include folder, ahead of where it was found.
check again3 --pch-dir "$T/pch"
printf '#pragma once\n#define B_POOL NonPagedPool\n' >"$P/bpool.h"
changed shadow
[ "$(stale shadow)" -eq 2 ] || fail "bpool.h added to the unit's folder: $(grep replay "$T/shadow.err")"

# Kept replays that are not this user's alone, or not replays at all, are
# never used; the reports stay right.
check again4 --pch-dir "$T/pch"
chmod 666 "$T"/pch/replay/*
check open --pch-dir "$T/pch"
same ref_shadow open
[ "$(used open)" -eq 0 ] || fail "a replay others may write was used"
chmod 600 "$T"/pch/replay/*
for f in "$T"/pch/replay/*; do head -c 100 /dev/urandom >"$f"; done
check garbage --pch-dir "$T/pch"
same ref_shadow garbage
[ "$(used garbage)" -eq 0 ] || fail "a damaged replay was used"
# A replay whose snapshot names files outside its folder is refused by the
# replay's own checks (recover_replay.c); one whose list lies is stale.
check again5 --pch-dir "$T/pch"
python3 - "$T/pch/replay" <<'PY'
import os, struct, sys
d = sys.argv[1]
for n in os.listdir(d):
    b = open(os.path.join(d, n), "rb").read()
    # the list of what the replay depends on, emptied: it then holds
    # trivially, and the replay's own checks must stand
    m = struct.unpack("<Q", b[:8])[0]
    k = struct.unpack("<Q", b[8 + m:16 + m])[0]
    rest = b[16 + m + k:]
    lst = b'{"files":[],"dirs":[],"absent":[]}'
    rest = rest.replace(b"hvcilint-standins.h", b"../../../../etc/x.h")
    open(os.path.join(d, n), "wb").write(b[:8 + m] + struct.pack("<Q", len(lst)) + lst + rest)
PY
check hostile --pch-dir "$T/pch"
same ref_shadow hostile
[ "$(used hostile)" -eq 0 ] && grep -q 'replay kept from an earlier run: refused' "$T/hostile.err" ||
	fail "a replay naming a file outside its folder: $(grep replay "$T/hostile.err")"
[ ! -e /etc/x.h ] || fail "a replay wrote outside its folder"

# The folder keeps HVCILINT_REPLAY_MAX replays, dropping the least
# recently used when a process first keeps one.
rm -rf "$T/pch3"
for k in 1 2 3; do
	HVCILINT_REPLAY_MAX=1 "$HVCILINT" check -p "$P" -j 1 --no-db --allow-partial --pch-dir "$T/pch3" >/dev/null 2>&1
done
n=$(ls "$T/pch3/replay" | wc -l)
[ "$n" -ge 1 ] && [ "$n" -le 2 ] || fail "HVCILINT_REPLAY_MAX=1 kept $n replays"

# A store reuses a unit that needed stand-ins while what it read is the
# same and what it was missing is still missing (engine/xtu.c records
# both); a store's own journal in the folder changes nothing.
rm -rf "$T/s" && mkdir -p "$T/s/p/inc" && cp "$P"/a.c "$P"/c.c "$T/s/p/" && mkdir -p "$T/s/p/sub"
printf '#pragma once\n' >"$T/s/p/sub/more.h"
python3 - "$T/s/p" <<'PY'
import json, sys
p = sys.argv[1]
json.dump([{"directory": p, "file": p + "/" + f, "arguments": ["clang", "-c", "-Iinc", f]}
           for f in ("a.c", "c.c")], open(p + "/compile_commands.json", "w"))
PY
store() { "$HVCILINT" check -p "$T/s/p" -j 1 --allow-partial --pch-dir "$T/pch" >/dev/null 2>"$T/s/$1.err"; }
store one
store two
grep -q '2 of 2 files unchanged' "$T/s/two.err" || fail "the unit with stand-ins was not reused: $(cat "$T/s/two.err")"
: >"$T/s/p/hvcilint.db-journal"
store three
rm -f "$T/s/p/hvcilint.db-journal"
grep -q '2 of 2 files unchanged' "$T/s/three.err" || fail "a journal made the unit change: $(cat "$T/s/three.err")"
printf '#pragma once\n#define A_POOL NonPagedPoolNx\n' >"$T/s/p/inc/gen.h"
store four
grep -q '1 of 2 files unchanged' "$T/s/four.err" || fail "gen.h appeared in an include folder: $(cat "$T/s/four.err")"
printf '#pragma once\n' >"$T/s/p/bpool.h"
store five
grep -q '1 of 2 files unchanged' "$T/s/five.err" || fail "a header was added to a.c's folder: $(cat "$T/s/five.err")"

# Without recovery, or with replays off, nothing is kept or used.
rm -rf "$T/pch2"
export HVCILINT_NO_RECOVERY=1
check norec --pch-dir "$T/pch2"
unset HVCILINT_NO_RECOVERY
[ -e "$T/pch2/replay" ] && [ -n "$(ls -A "$T/pch2/replay")" ] && fail "a replay was kept without recovery"
export HVCILINT_NO_REPLAY=1
check norep --pch-dir "$T/pch2"
unset HVCILINT_NO_REPLAY
[ -e "$T/pch2/replay" ] && [ -n "$(ls -A "$T/pch2/replay")" ] && fail "a replay was kept with HVCILINT_NO_REPLAY=1"
exit 0
