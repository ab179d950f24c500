// hvci-nx-optin: an export driver whose DllInitialize opts in but whose DriverEntry allocates without the call: when the system starts it as a driver, DriverEntry runs alone; its opted-in allocations are reported, DllInitialize's are not.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1
#include <ntddk.h>

static PVOID g_Service, g_Nx, g_Table;
static NPAGED_LOOKASIDE_LIST g_List;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	g_Service = ExAllocatePoolWithTag(NonPagedPool, 64, 'vreS'); // expected-warning {{'ExAllocatePoolWithTag' runs in 'DriverEntry', which never calls ExInitializeDriverRuntime(DrvRtPoolNxOptIn) (another entry function of this file does), so the opted-in memory it allocates or maps is executable when the driver starts through 'DriverEntry'; make that call first in 'DriverEntry' [hvci-nx-optin]}}
	ExInitializeNPagedLookasideList(&g_List, NULL, NULL, 0, 32, 'vreS', 0); // expected-warning {{'ExInitializeNPagedLookasideList' runs in 'DriverEntry', which never calls}}
	g_Nx = ExAllocatePoolWithTag(NonPagedPoolNx, 64, 'vreS'); // no warning: explicitly NX
	return STATUS_SUCCESS;
}

NTSTATUS DllInitialize(PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(RegistryPath);
	ExInitializeDriverRuntime(DrvRtPoolNxOptIn);
	g_Table = ExAllocatePoolWithTag(NonPagedPool, 256, 'lbaT'); // no warning: after the call
	return g_Table ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}
