. "$(dirname "$0")/lib.sh" "$@"
cat > "$T/a.c" <<'C'
#include <ntddk.h>
PVOID f(void)
{
	return ExAllocatePoolWithTag(NonPagedPool, 8, 'x'); // NOLINT(hvci-exec-poool)
}
C
run "$HVCILINT" check "$T/a.c" --
expect_rc 2
expect_err "a.c:4: unknown rule 'hvci-exec-poool' in NOLINT"
