// A same-file allocation wrapper: the finding names the wrapper at its call; NX calls and the inner call are silent.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

static PVOID DrvAlloc(POOL_TYPE t, SIZE_T n)
{
	return ExAllocatePoolWithTag(t, n, 'vrDx');
}

VOID UseAlloc(PVOID *out)
{
	out[0] = DrvAlloc(NonPagedPool, 64); // expected-warning {{'DrvAlloc' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	out[1] = DrvAlloc(NonPagedPoolNx, 64);
	out[2] = DrvAlloc(PagedPool, 64);
}
