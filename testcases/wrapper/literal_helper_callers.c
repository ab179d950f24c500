// A helper that always passes a literal executable value is reported once,
// at its inner call, with the places it is called from as notes (related
// locations in SARIF), rather than once per caller.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db %s -- 2>&1 | grep -c "note: 'AllocateScratch' is called here" | grep -qx 2
#include <ntddk.h>

static PVOID AllocateScratch(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'rcsH'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}

PVOID FirstUser(VOID)
{
	return AllocateScratch(16);
}

PVOID SecondUser(VOID)
{
	return AllocateScratch(32);
}
