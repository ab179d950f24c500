// In C, a function-pointer member named like an API is not the API.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <ntddk.h>

typedef struct _ALLOC_OPS {
	PVOID (*ExAllocatePoolWithTag)(POOL_TYPE t, SIZE_T n, ULONG tag);
	PVOID (*MmMapIoSpace)(PHYSICAL_ADDRESS pa, SIZE_T n, MEMORY_CACHING_TYPE c);
} ALLOC_OPS;

PVOID Use(ALLOC_OPS *ops, PHYSICAL_ADDRESS pa, SIZE_T n)
{
	PVOID p = ops->ExAllocatePoolWithTag(NonPagedPool, n, 'spOA');
	return p ? p : ops->MmMapIoSpace(pa, n, MmNonCached);
}
