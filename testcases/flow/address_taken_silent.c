// Passing &var to a function makes the variable unknown afterwards: silent.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <ntddk.h>

VOID PickPoolType(POOL_TYPE *out);

PVOID AllocPicked(SIZE_T n)
{
	POOL_TYPE type = NonPagedPool;
	PickPoolType(&type);
	return ExAllocatePoolWithTag(type, n, 'kciP');
}
