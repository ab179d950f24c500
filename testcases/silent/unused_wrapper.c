// A wrapper whose inner call passes its own parameter, never called with an executable value, is silent.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <ntddk.h>

PVOID DrvAlloc(POOL_TYPE t, SIZE_T n)
{
	return ExAllocatePoolWithTag(t, n, 'vrDu');
}

PVOID DrvAllocFlags(ULONG64 flags, SIZE_T n)
{
	return ExAllocatePool2(flags, n, 'vrDu');
}

PVOID Use(SIZE_T n)
{
	PVOID p = DrvAlloc(NonPagedPoolNx, n);
	return p ? p : DrvAllocFlags(POOL_FLAG_NON_PAGED, n);
}
