// A user enumerator with the value of NonPagedPool, converted to POOL_TYPE.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

enum DRV_POOL_CHOICE { DrvPoolFast = NonPagedPool, DrvPoolSafe = NonPagedPoolNx };

PVOID AllocEnum(SIZE_T n)
{
	return ExAllocatePoolWithTag((POOL_TYPE)DrvPoolFast, n, 'munE'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type '(POOL_TYPE)DrvPoolFast' (0) [hvci-exec-pool]}}
}

PVOID AllocEnumSafe(SIZE_T n)
{
	return ExAllocatePoolWithTag((POOL_TYPE)DrvPoolSafe, n, 'munE');
}
