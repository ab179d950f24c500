// NX and paged pool types are never reported.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <ntddk.h>

void Safe(SIZE_T n, PVOID *out)
{
	out[0] = ExAllocatePoolWithTag(NonPagedPoolNx, n, 'efaS');
	out[1] = ExAllocatePoolWithTag(PagedPool, n, 'efaS');
	out[2] = ExAllocatePoolWithTag(NonPagedPoolNxCacheAligned, n, 'efaS');
	out[3] = ExAllocatePoolWithTag(PagedPoolCacheAligned, n, 'efaS');
	out[4] = ExAllocatePoolWithTag(NonPagedPoolSessionNx, n, 'efaS');
	out[5] = ExAllocatePool(PagedPool, n);
	out[6] = ExAllocatePoolZero(NonPagedPoolNx, n, 'efaS');
}
