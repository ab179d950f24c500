// A file-scope static const pool type is a known constant.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

static const POOL_TYPE g_PoolType = NonPagedPool;
static const ULONG g_Protect = PAGE_EXECUTE_READWRITE;

PVOID AllocGlobal(SIZE_T n)
{
	return ExAllocatePoolWithTag(g_PoolType, n, 'blGs'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}

PVOID MapGlobal(PHYSICAL_ADDRESS pa, SIZE_T len)
{
	return MmMapIoSpaceEx(pa, len, g_Protect); // expected-warning {{'MmMapIoSpaceEx' requests executable memory: protection 'PAGE_EXECUTE_READWRITE' (0x40) [hvci-exec-protect]}}
}
