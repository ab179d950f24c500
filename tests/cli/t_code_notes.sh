. "$(dirname "$0")/lib.sh" "$@"
# hvci-code-write and hvci-dynamic-code point at where the address or the
# data came from, and a user's own copy helper declared in the config as
# code-dest is checked like RtlCopyMemory.
printf 'apis:\n  - api: LibCopy\n    arg: 0\n    params: 3\n    kind: code-dest\n' > "$T/.hvcilint.yaml"
cat > "$T/a.c" <<'C'
#include <ntddk.h>
#include <intrin.h>
typedef VOID (*PFN)(VOID);
VOID LibCopy(PVOID dst, const VOID *src, SIZE_T n);
VOID Target(VOID) {}
VOID Wp(VOID)
{
	ULONG_PTR cr0 = __readcr0();
	cr0 &= ~0x10000ULL;
	__writecr0(cr0);
}
VOID Run(VOID)
{
	PVOID p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, 'xxxx');
	PFN f = (PFN)p;
	f();
}
VOID Hook(const UCHAR *b)
{
	PUCHAR code = (PUCHAR)Target;
	code[0] = b[0];
	LibCopy((PVOID)Target, b, 5);
}
C
cd "$T"
run "$HVCILINT" check a.c --
expect_rc 1
expect_out "a.c:10:13: warning: '__writecr0' clears CR0.WP (bit 16)"
expect_out "a.c:9:2: note: WP is cleared here"
expect_out "a.c:16:2: warning: call executes data: the target is the allocation returned by 'ExAllocatePool2'"
expect_out "a.c:14:12: note: the data comes from here"
expect_out "a.c:21:2: warning: store through the address of function 'Target' writes to its code"
expect_out "a.c:20:24: note: the address of 'Target' is taken here"
expect_out "a.c:22:10: warning: 'LibCopy' writes to the code of function 'Target'"
[ "$(printf '%s\n' "$out" | grep -c 'warning:')" -eq 4 ] || fail "four findings expected: $out"
# Disabling a rule silences its hooks too.
printf 'disable: [hvci-dynamic-code, hvci-code-write]\n' >> "$T/.hvcilint.yaml"
run "$HVCILINT" check a.c --
expect_rc 0
