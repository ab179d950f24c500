// POOL_NX_OPTIN=1 with ExInitializeDriverRuntime(DrvRtPoolNxOptIn) in DriverEntry: NonPagedPool and MDL mappings are NX.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1
// expected-no-diagnostics
#include <ntddk.h>

static PVOID g_Buffer;
static NPAGED_LOOKASIDE_LIST g_List;

PVOID MapIt(PMDL mdl)
{
	return MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	ExInitializeDriverRuntime(DrvRtPoolNxOptIn);
	g_Buffer = ExAllocatePoolWithTag(NonPagedPool, 256, 'nItO');
	ExInitializeNPagedLookasideList(&g_List, NULL, NULL, 0, 64, 'nItO', 0);
	return g_Buffer ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}
