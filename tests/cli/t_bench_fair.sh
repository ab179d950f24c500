. "$(dirname "$0")/lib.sh" "$@"
# bench/run.sh on a real tree gives every side the same work: --clean-only
# measures only the units clang parses without an error, so that every side
# reports the same parse-error count (zero), and clang-tidy gets hvcilint's
# map of includes written in another case as clang does (a unit here
# includes "Helper.h" for helper.h). A header nobody has (a generated
# .tmh) would stop clang at that line while libclang parses on: every side
# gets the same empty stand-in for it, so d.c is clean for all of them.
# Checks the selection and the counts, never a time.
mkdir -p "$T/p/build"
printf '#include <ntddk.h>\nPVOID f(void) { return ExAllocatePoolWithTag(NonPagedPoolNx, 8, 1); }\n' > "$T/p/a.c"
printf '#include <ntddk.h>\nULONG g(ULONG x) { return x + 1; }\n' > "$T/p/b.c"
printf '#include <ntddk.h>\nULONG h(ULONG x) { return x + ; }\n' > "$T/p/bad.c"
printf '#include <ntddk.h>\n#include "Helper.h"\nULONG k(void) { return HELPER; }\n' > "$T/p/c.c"
printf '#define HELPER 3u\n' > "$T/p/helper.h"
printf '#include <ntddk.h>\n#include "d.tmh"\nULONG m(ULONG x) { return x * 2; }\n' > "$T/p/d.c"
cat > "$T/p/build/compile_commands.json" <<J
[{"directory": "$T/p", "file": "a.c", "arguments": ["clang", "-c", "a.c"]},
 {"directory": "$T/p", "file": "b.c", "arguments": ["clang", "-c", "b.c"]},
 {"directory": "$T/p", "file": "bad.c", "arguments": ["clang", "-c", "bad.c"]},
 {"directory": "$T/p", "file": "c.c", "arguments": ["clang", "-c", "c.c"]},
 {"directory": "$T/p", "file": "d.c", "arguments": ["clang", "-c", "d.c"]}]
J
floor_bin=$(dirname "$HVCILINT")/../bench/hvcilint_floor
floor=
[ -x "$floor_bin" ] && floor="--floor-bin $floor_bin"
tidy="--tidy clang-tidy-19"
command -v clang-tidy-19 >/dev/null 2>&1 || tidy=--no-tidy
# shellcheck disable=SC2086
run bash "$SRC/bench/run.sh" --compdb "$T/p/build" --clean-only --runs 1 -j 1 \
	--hvcilint "$HVCILINT" $floor $tidy
expect_rc 0
expect_out "4 units (1 in 1, by file name), 0 left out; 1 with parse errors left out (--clean-only)"
expect_out "1 missing headers, given to clang, clang-tidy and the floor as empty stand-ins"
expect_out "clang -fsyntax-only: 0$"
expect_out "hvcilint: *0$"
[ -z "$floor" ] || expect_out "floor (last run): *fork=0 warm=0"
[ "$tidy" = --no-tidy ] || expect_out "clang-tidy: *0$"
# Without it the unit with the error is measured too, and the counts part.
run bash "$SRC/bench/run.sh" --compdb "$T/p/build" --runs 1 --no-tidy -j 1 --hvcilint "$HVCILINT"
expect_rc 0
expect_out "5 units (1 in 1, by file name), 0 left out$"
expect_out "clang -fsyntax-only: [1-9]"
printf '%s\n' "$out" | grep -q "stopped at a fatal error" && fail "a side stopped at a missing header: $out"
# A tree where no unit parses cleanly is an error, not an empty table.
cat > "$T/p/build/compile_commands.json" <<J
[{"directory": "$T/p", "file": "bad.c", "arguments": ["clang", "-c", "bad.c"]}]
J
run bash "$SRC/bench/run.sh" --compdb "$T/p/build" --clean-only --runs 1 --no-tidy -j 1 \
	--hvcilint "$HVCILINT"
expect_rc 2
expect_err "no unit of .* parses without errors"
echo ok
