// hvci-nx-optin: an export driver whose DllInitialize makes the opt-in call and whose DriverEntry is a stub: nothing to report.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1
// expected-no-diagnostics
#include <ntddk.h>

static PVOID g_Table;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	return STATUS_SUCCESS;
}

NTSTATUS DllInitialize(PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(RegistryPath);
	ExInitializeDriverRuntime(DrvRtPoolNxOptIn);
	g_Table = ExAllocatePoolWithTag(NonPagedPool, 256, 'lbaT');
	return g_Table ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}

NTSTATUS DllUnload(void)
{
	ExFreePool(g_Table);
	return STATUS_SUCCESS;
}
