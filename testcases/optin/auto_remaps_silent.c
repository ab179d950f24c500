// POOL_NX_OPTIN_AUTO=1 remaps NonPagedPool(CacheAligned), the MDL mapping and lookaside flags to NX.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN_AUTO=1
// expected-no-diagnostics
#include <ntddk.h>

static NPAGED_LOOKASIDE_LIST g_List;

PVOID AutoOptIn(PMDL mdl, SIZE_T n, PVOID *out)
{
	out[0] = ExAllocatePoolWithTag(NonPagedPool, n, 'otuA');
	out[1] = ExAllocatePoolWithTag(NonPagedPoolCacheAligned, n, 'otuA');
	ExInitializeNPagedLookasideList(&g_List, NULL, NULL, 0, 64, 'otuA', 0);
	out[2] = MmMapLockedPagesSpecifyCache(mdl, KernelMode, MmCached, NULL, FALSE, NormalPagePriority);
	return MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
}
