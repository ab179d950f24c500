// An if without else that may overwrite an NX default with an executable type.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

PVOID AllocMaybe(BOOLEAN oldOs, SIZE_T n)
{
	POOL_TYPE type = NonPagedPoolNx;
	if (oldOs) {
		type = NonPagedPool;
	}
	return ExAllocatePoolWithTag(type, n, 'ebyM'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
