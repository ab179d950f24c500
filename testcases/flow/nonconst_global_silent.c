// A non-const global may change at run time and a value from an unknown call is unknown: both silent.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <ntddk.h>

POOL_TYPE g_PoolType = NonPagedPool;
POOL_TYPE ReadPoolTypeFromRegistry(void);

PVOID AllocGlobal(SIZE_T n)
{
	return ExAllocatePoolWithTag(g_PoolType, n, 'blGn');
}

PVOID AllocUnknown(SIZE_T n)
{
	POOL_TYPE t = ReadPoolTypeFromRegistry();
	return ExAllocatePoolWithTag(t, n, 'nknU');
}

PVOID AllocParam(POOL_TYPE t, SIZE_T n)
{
	return ExAllocatePoolWithTag(t, n, 'marP');
}
