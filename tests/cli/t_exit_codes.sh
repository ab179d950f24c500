. "$(dirname "$0")/lib.sh" "$@"
printf '#include <ntddk.h>\nPVOID f(void) { return ExAllocatePoolWithTag(NonPagedPoolNx, 8, 1); }\n' > "$T/clean.c"
printf '#include <ntddk.h>\nPVOID f(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' > "$T/bad.c"
run "$HVCILINT" check "$T/clean.c" --
expect_rc 0
run "$HVCILINT" check "$T/bad.c" --
expect_rc 1
run "$HVCILINT" check --fail-on error "$T/bad.c" --
expect_rc 0
run "$HVCILINT" check --format json -o "$T/r.json" "$T/bad.c" --
expect_rc 1
grep -q '"rule": "hvci-exec-pool"' "$T/r.json" || fail "json report lacks the finding"
ls "$T" | grep -q 'tmp' && fail "temporary report file left behind"
# Plugins named in a compile command are never loaded.
run "$HVCILINT" check "$T/bad.c" -- clang -fplugin=/nonexistent/evil.so -Xclang -load -Xclang /nonexistent/evil2.so
expect_rc 1
expect_out "dropped compile command options.*'-fplugin=/nonexistent/evil.so'"
expect_out "'-Xclang -load' '-Xclang /nonexistent/evil2.so'"
expect_out "allocates executable memory"
