. "$(dirname "$0")/lib.sh" "$@"
# A worker that reaches its memory limit (--memory-limit MB, or
# HVCILINT_MEMORY_LIMIT) is one failed unit with a clear message and exit
# 2; the other files are still analysed.  A limit of 1 MB is reached by
# the first allocation.  A PCH build that fails at the limit is that
# unit's failure, and leaves no record that its prefix cannot have one.
mkdir "$T/p"
printf '#include <ntddk.h>\nPVOID f(void) { return ExAllocatePoolWithTag(NonPagedPool, 8, 1); }\n' > "$T/p/a.c"
cd "$T/p" || exit 1
run "$HVCILINT" check --memory-limit 1 --pch-dir "$T/pch" a.c --
expect_rc 2
expect_err "a.c:1: error: analysis needed more than the worker memory limit (1 MB)"
printf '%s\n' "$err" | grep -q 'libclang crashed' && fail "reported as a crash: $err"
HVCILINT_MEMORY_LIMIT=1 run "$HVCILINT" check --pch-dir "$T/pch" a.c --
expect_rc 2
expect_err "memory limit (1 MB)"
ls "$T/pch" | grep -q '\.bad$' && fail "a PCH build at the memory limit was recorded as failed: $(ls "$T/pch")"
# The default and a generous limit analyse normally.
run "$HVCILINT" check --pch-dir "$T/pch" a.c --
expect_rc 1
expect_out "a.c:2:.*allocates executable memory"
run "$HVCILINT" check --memory-limit=8192 --pch-dir "$T/pch" a.c --
expect_rc 1
ls "$T/pch" | grep -q '\.pch$' || fail "no PCH built once the limit was lifted: $(ls "$T/pch")"
# Bad values.
run "$HVCILINT" check --memory-limit lots a.c --
expect_rc 2
one_line_err
expect_err "bad --memory-limit 'lots'"
HVCILINT_MEMORY_LIMIT=lots run "$HVCILINT" check a.c --
expect_rc 1
expect_err "warning: HVCILINT_MEMORY_LIMIT='lots' is not a number"
exit 0
