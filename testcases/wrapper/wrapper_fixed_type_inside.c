// A helper that hard-codes NonPagedPool inside is reported at its own inner call, not at its callers.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

static PVOID DrvAllocFixed(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'dxiF'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}

VOID Use(PVOID *out)
{
	out[0] = DrvAllocFixed(8);
	out[1] = DrvAllocFixed(16);
}
