// hvci-nx-optin: DriverEntry calls nothing of the driver's other files, so its missing opt-in call is reported even when another file of the run makes the call elsewhere.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1
// RUN: %hvcilint check %s %S/../include/nxoptin_init_helper.c -- -DPOOL_NX_OPTIN=1 | grep -c 'warning: .DriverEntry. never calls' | grep -qx 1
#include <ntddk.h>

static PVOID g_Buffer;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) // expected-warning {{'DriverEntry' never calls ExInitializeDriverRuntime(DrvRtPoolNxOptIn)}}
{
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	g_Buffer = ExAllocatePoolWithTag(NonPagedPoolNx, 64, 'feDN');
	return STATUS_SUCCESS;
}
