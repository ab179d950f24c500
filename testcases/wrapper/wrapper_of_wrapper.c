// A wrapper of a wrapper: the finding names the outermost function the user called.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

static PVOID DrvAllocInner(POOL_TYPE t, SIZE_T n, ULONG tag)
{
	return ExAllocatePoolWithTag(t, n, tag);
}

static PVOID DrvAllocOuter(POOL_TYPE t, SIZE_T n)
{
	return DrvAllocInner(t, n, 'retO');
}

VOID UseOuter(PVOID *out)
{
	out[0] = DrvAllocOuter(NonPagedPool, 32); // expected-warning {{'DrvAllocOuter' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	out[1] = DrvAllocOuter(NonPagedPoolNx, 32);
}
