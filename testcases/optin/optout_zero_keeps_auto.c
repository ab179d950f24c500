// POOL_NX_OPTOUT=0 does not opt out (the header tests its value): AUTO still remaps NonPagedPool.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN_AUTO=1 -DPOOL_NX_OPTOUT=0
// expected-no-diagnostics
#include <ntddk.h>

PVOID Alloc(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'oreZ');
}
