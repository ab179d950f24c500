. "$(dirname "$0")/lib.sh" "$@"
# Option parsing: every bad value is one error line and exit 2; every
# option with a value takes "--x V" and "--x=V"; -p takes the build folder
# or the compile_commands.json in it.
mkdir -p "$T/p/build"
printf '#include <ntddk.h>\nPVOID f(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' > "$T/p/a.c"
cat > "$T/p/build/compile_commands.json" <<J
[{"directory": "$T/p", "file": "a.c", "arguments": ["clang", "-c", "a.c"]}]
J
bad() { # bad EXPECTED-STDERR ARGS...
	want=$1
	shift
	run "$HVCILINT" "$@"
	expect_rc 2
	expect_err "$want"
	one_line_err
}
bad "bad -j 'abc'" check -p "$T/p/build" -j abc
bad "bad -j '0'" check -p "$T/p/build" -j0
bad "bad -j '4x'" check -p "$T/p/build" --jobs=4x
bad "bad --timeout 'abc'" check -p "$T/p/build" --timeout abc
bad "bad --timeout '-3'" check -p "$T/p/build" --timeout=-3
bad "option '-p' needs a value" check -p
bad "bad --shard '-1/2'" check -p "$T/p/build" --shard=-1/2
bad "bad --shard '1/2x'" check -p "$T/p/build" --shard 1/2x
bad "bad --shard '3/2'" check -p "$T/p/build" --shard 3/2
bad "option '--db' needs a value" check -p "$T/p/build" --db
bad "option '--no-db' takes no value" check -p "$T/p/build" --no-db=yes
bad "unknown option '--frobnicate' for 'check'" check --frobnicate
bad "bad -j 'x'" merge a.db -o b.db -j x
bad "bad --timeout '1e999'" merge a.db -o b.db --timeout 1e999
bad "bad --run 'two'" report --run two
bad "bad --compare '-1'" report --compare=-1
bad "bad --baseline '99999999999999999999999'" report --baseline 99999999999999999999999
bad "bad --keep '1.5'" store gc --keep 1.5
bad "bad --keep-days '0'" store gc --keep-days=0
bad "'--keep' is for 'store gc' only" store vacuum --keep 1
bad "option '--map' needs a value" image --map
bad "'rules' takes no file" rules extra
bad "unknown option '-x'" -x
# Both spellings of a value, and the short forms, still work.
run "$HVCILINT" check -p "$T/p/build" --no-db --format=json -j1 --timeout=60
expect_rc 1
expect_out '"rule": "hvci-exec-pool"'
run "$HVCILINT" check -p"$T/p/build" --no-db --format json -j 1 --timeout 60 --fail-on=error
expect_rc 0
run "$HVCILINT" check --no-db --build-dir="$T/p/build"
expect_rc 1
# -p with the database file itself.
run "$HVCILINT" check -p "$T/p/build/compile_commands.json" --no-db
expect_rc 1
expect_out "allocates executable memory"
run "$HVCILINT" check -p "$T/p/a.c" --no-db
expect_rc 2
expect_err "-p takes the build folder or its compile_commands.json"
# A database entry whose file is gone: said so, not "could not parse".
cat > "$T/p/build/compile_commands.json" <<J
[{"directory": "$T/p", "file": "a.c", "arguments": ["clang", "-c", "a.c"]},
 {"directory": "$T/p", "file": "gone.c", "arguments": ["clang", "-c", "gone.c"]}]
J
run "$HVCILINT" check -p "$T/p/build" --no-db
expect_rc 2
expect_err "compile_commands.json:1: lists $T/p/gone.c, which is not there"
printf '%s\n' "$err" | grep -q "could not parse" && fail "libclang's message for a missing file: $err"
# The files that are there are still analysed.
expect_out "allocates executable memory"
# A FILE the database does not list.
printf 'int x;\n' > "$T/p/other.c"
run "$HVCILINT" check -p "$T/p/build" --no-db "$T/p/other.c"
expect_rc 2
expect_err "no entry for this file in"
# Operands after "--" stay compiler arguments.
run "$HVCILINT" check "$T/p/a.c" -- clang -DX=1
expect_rc 1
exit 0
