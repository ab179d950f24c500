// With both POOL_NX_OPTIN_AUTO=1 and POOL_NX_OPTIN=1, AUTO wins: NonPagedPool is NX without a runtime call.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1 -DPOOL_NX_OPTIN_AUTO=1
// expected-no-diagnostics
#include <ntddk.h>

PVOID Alloc(PMDL mdl, SIZE_T n)
{
	PVOID p = ExAllocatePoolWithTag(NonPagedPool, n, 'htoB');
	if (p == NULL)
		return MmGetSystemAddressForMdlSafe(mdl, HighPagePriority);
	return p;
}
