// hvci-nx-optin: DriverEntry allocates, builds a lookaside list and maps an MDL before ExInitializeDriverRuntime(DrvRtPoolNxOptIn); NX-explicit look-alikes and work after the call stay silent.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1
#include <ntddk.h>

static NPAGED_LOOKASIDE_LIST g_List;
static NPAGED_LOOKASIDE_LIST g_NxList;
static PVOID g_Early, g_Nx, g_Flags2, g_Late, g_Map, g_NxMap;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	PMDL mdl;
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	g_Early = ExAllocatePoolWithTag(NonPagedPool, 64, 'ylrE'); // expected-warning {{'ExAllocatePoolWithTag' runs before ExInitializeDriverRuntime(DrvRtPoolNxOptIn) on a path through 'DriverEntry', so the opted-in memory it allocates or maps is still executable; make that call first in 'DriverEntry' [hvci-nx-optin]}}
	g_Nx = ExAllocatePoolWithTag(NonPagedPoolNx, 64, 'xNrE'); // no warning: explicitly NX
	g_Flags2 = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, '2lrE'); // no warning: POOL_FLAGS ignore the opt-in
	ExInitializeNPagedLookasideList(&g_List, NULL, NULL, 0, 64, 'tsiL', 0); // expected-warning {{'ExInitializeNPagedLookasideList' runs before ExInitializeDriverRuntime(DrvRtPoolNxOptIn) on a path through 'DriverEntry', so the opted-in memory it allocates or maps is still executable; make that call first in 'DriverEntry' [hvci-nx-optin]}}
	ExInitializeNPagedLookasideList(&g_NxList, NULL, NULL, POOL_NX_ALLOCATION, 64, 'tsiL', 0); // no warning: flags ask for NX
	mdl = IoAllocateMdl(g_Nx, 64, FALSE, FALSE, NULL);
	if (mdl == NULL)
		return STATUS_INSUFFICIENT_RESOURCES;
	MmBuildMdlForNonPagedPool(mdl);
	g_Map = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority); // expected-warning {{'MmGetSystemAddressForMdlSafe' runs before ExInitializeDriverRuntime(DrvRtPoolNxOptIn) on a path through 'DriverEntry'}}
	g_NxMap = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoExecute); // no warning: explicitly NX
	ExInitializeDriverRuntime(DrvRtPoolNxOptIn);
	g_Late = ExAllocatePoolWithTag(NonPagedPoolCacheAligned, 64, 'etaL'); // no warning: after the call
	return STATUS_SUCCESS;
}
