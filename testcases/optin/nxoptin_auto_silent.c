// hvci-nx-optin: POOL_NX_OPTIN_AUTO needs no run-time call (facts 4.9): a DriverEntry without ExInitializeDriverRuntime, allocating NonPagedPool, is clean; so is AUTO given together with POOL_NX_OPTIN (AUTO wins).
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN_AUTO=1
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN_AUTO=1 -DPOOL_NX_OPTIN=1
// expected-no-diagnostics
#include <ntddk.h>

static PVOID g_Buffer;
static NPAGED_LOOKASIDE_LIST g_List;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	g_Buffer = ExAllocatePoolWithTag(NonPagedPool, 64, 'otuA');
	ExInitializeNPagedLookasideList(&g_List, NULL, NULL, 0, 64, 'otuA', 0);
	return g_Buffer ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}
