. "$(dirname "$0")/lib.sh" "$@"
# One file crashes libclang (clang's own debug pragma), another has a
# finding: the run reports both and exits 2.
mkdir "$T/p"
printf '#pragma clang __debug crash\nint x;\n' > "$T/p/crash.c"
printf '#include <ntddk.h>\nPVOID f(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' > "$T/p/bad.c"
cat > "$T/p/compile_commands.json" <<J
[{"directory": "$T/p", "file": "crash.c", "arguments": ["clang", "-c", "crash.c"]},
 {"directory": "$T/p", "file": "bad.c", "arguments": ["clang", "-c", "bad.c"]}]
J
# Without libclang's own recovery the worker process dies.
export LIBCLANG_DISABLE_CRASH_RECOVERY=1
run "$HVCILINT" check -p "$T/p" -j 2
unset LIBCLANG_DISABLE_CRASH_RECOVERY
expect_rc 2
expect_err "crash.c:1: error: libclang crashed while analysing this file"
expect_out "bad.c:2:.*allocates executable memory"
# With it, libclang reports the crash itself.
run "$HVCILINT" check -p "$T/p" -j 2
expect_rc 2
expect_err "crash.c:1: error: libclang crashed while parsing this file"
expect_out "bad.c:2:.*allocates executable memory"
# A file past --timeout is stopped and reported; the others still run.
run "$HVCILINT" check -p "$T/p" --full --timeout 0.000001 -j 1 "$T/p/bad.c"
expect_rc 2
expect_err "ran past --timeout"
