// Straight-line code: only the last assignment before the call counts.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

PVOID AllocLast(SIZE_T n)
{
	POOL_TYPE type = NonPagedPoolNx;
	type = PagedPool;
	type = NonPagedPoolCacheAligned;
	return ExAllocatePoolWithTag(type, n, 'tsaL'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPoolCacheAligned' (4) [hvci-exec-pool]}}
}
