. "$(dirname "$0")/lib.sh" "$@"
# report (and store) read the store where check -p recorded it: -p DIR,
# or found from the current folder as check would have written it; when
# there is none the advice names a command that makes one.
mkdir -p "$T/p/build" "$T/p/src"
printf '#include <ntddk.h>\nPVOID f(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' > "$T/p/src/a.c"
cat > "$T/p/build/compile_commands.json" <<J
[{"directory": "$T/p/src", "file": "a.c", "arguments": ["clang", "-c", "a.c"]}]
J
cd "$T/p" || exit 1
# Nothing recorded yet: the advice is a command that works, with no made-up line.
run "$HVCILINT" report
expect_rc 2
one_line_err
expect_err "no run store found"
expect_err "hvcilint check -p BUILD_DIR"
printf '%s\n' "$err" | grep -q ':1:' && fail "advice carries a line number: $err"
run "$HVCILINT" check -p build
expect_rc 1
[ -f build/hvcilint.db ] || fail "check -p build did not write build/hvcilint.db"
# -p, in both forms, and from the top of the tree without it.
run "$HVCILINT" report -p build
expect_rc 1
expect_out "allocates executable memory"
run "$HVCILINT" report -p build/compile_commands.json --format json
expect_rc 1
expect_out '"rule": "hvci-exec-pool"'
run "$HVCILINT" report
expect_rc 1
expect_out "allocates executable memory"
expect_err "reading the run store .*build/hvcilint.db"
# From a source folder below: the store beside the nearest database above.
cd src || exit 1
run "$HVCILINT" report
expect_rc 1
expect_out "allocates executable memory"
cd .. || exit 1
# -p naming a folder check never recorded in.
mkdir other
run "$HVCILINT" report -p other
expect_rc 2
one_line_err
expect_err "no run store at other/hvcilint.db; run 'hvcilint check -p other'"
# --db still wins, and a missing one is still named.
run "$HVCILINT" report --db build/hvcilint.db
expect_rc 1
run "$HVCILINT" report --db nothing.db
expect_rc 2
expect_err "nothing.db:1: no store here"
# store finds it the same way.
run "$HVCILINT" store vacuum
expect_rc 0
expect_out "build/hvcilint.db"
run "$HVCILINT" store gc -p build --keep 1
expect_rc 0
# Two build folders below (and none named build): report asks which.
mkdir -p "$T/q/b1" "$T/q/b2"
cp build/compile_commands.json build/hvcilint.db "$T/q/b1/"
cp build/compile_commands.json build/hvcilint.db "$T/q/b2/"
cd "$T/q" || exit 1
run "$HVCILINT" report
expect_rc 2
expect_err "several run stores"
exit 0
