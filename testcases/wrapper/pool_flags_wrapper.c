// A wrapper around ExAllocatePool2 that passes its flags on.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

static PVOID DrvAlloc2(POOL_FLAGS flags, SIZE_T n)
{
	return ExAllocatePool2(flags, n, '2vrD');
}

VOID Use(PVOID *out)
{
	out[0] = DrvAlloc2(POOL_FLAG_NON_PAGED_EXECUTE, 16); // expected-warning {{'DrvAlloc2' allocates executable memory: pool flags 'POOL_FLAG_NON_PAGED_EXECUTE' (0x80) [hvci-exec-pool]}}
	out[1] = DrvAlloc2(POOL_FLAG_NON_PAGED, 16);
}
