// ExAllocatePool2/3 with POOL_FLAG_NON_PAGED or POOL_FLAG_PAGED are NX.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <ntddk.h>

void Safe(SIZE_T n, PVOID *out)
{
	out[0] = ExAllocatePool2(POOL_FLAG_NON_PAGED, n, 'efaS');
	out[1] = ExAllocatePool2(POOL_FLAG_PAGED, n, 'efaS');
	out[2] = ExAllocatePool2(POOL_FLAG_NON_PAGED | POOL_FLAG_CACHE_ALIGNED | POOL_FLAG_RAISE_ON_FAILURE, n, 'efaS');
	out[3] = ExAllocatePool3(POOL_FLAG_NON_PAGED, n, 'efaS', NULL, 0);
}
