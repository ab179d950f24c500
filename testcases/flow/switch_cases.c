// A pool type chosen by a switch: one executable case is enough to report.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

PVOID AllocKind(int kind, SIZE_T n)
{
	POOL_TYPE type;
	switch (kind) {
	case 0:
		type = PagedPool;
		break;
	case 1:
		type = NonPagedPoolCacheAligned;
		break;
	default:
		type = NonPagedPoolNx;
		break;
	}
	return ExAllocatePoolWithTag(type, n, 'hctw'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPoolCacheAligned' (4) [hvci-exec-pool]}}
}
