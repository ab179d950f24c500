// hvci-nx-optin: paths: an opt-in call made on one branch only, a goto that skips it, a cleanup label reached only after it, a loop and a switch.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1
#include <ntddk.h>

static PVOID g_P[8];

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	NTSTATUS status = STATUS_SUCCESS;
	ULONG i;
	UNREFERENCED_PARAMETER(DriverObject);
	if (RegistryPath->Length > 0)
		ExInitializeDriverRuntime(DrvRtPoolNxOptIn);
	g_P[0] = ExAllocatePoolWithTag(NonPagedPool, 8, 'hcnB'); // expected-warning {{'ExAllocatePoolWithTag' runs before ExInitializeDriverRuntime(DrvRtPoolNxOptIn) on a path through 'DriverEntry'}}
	ExInitializeDriverRuntime(DrvRtPoolNxOptIn);
	for (i = 1; i < 4; i++)
		g_P[i] = ExAllocatePoolWithTag(NonPagedPool, 8, 'pooL'); // no warning: every path made the call
	switch (RegistryPath->Length) {
	case 0:
		g_P[4] = ExAllocatePoolWithTag(NonPagedPool, 8, 'esaC'); // no warning
		break;
	default:
		status = STATUS_UNSUCCESSFUL;
		goto cleanup;
	}
	g_P[5] = ExAllocatePoolWithTag(NonPagedPoolCacheAligned, 8, 'tfA '); // no warning
cleanup:
	g_P[6] = ExAllocatePoolWithTag(NonPagedPool, 8, 'nlC '); // no warning: both ways in made the call
	return status;
}

NTSTATUS DllInitialize(PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(RegistryPath);
	if (RegistryPath->Length == 0)
		goto skip;
	ExInitializeDriverRuntime(DrvRtPoolNxOptIn);
skip:
	g_P[7] = ExAllocatePoolWithTag(NonPagedPool, 8, 'pikS'); // expected-warning {{'ExAllocatePoolWithTag' runs before ExInitializeDriverRuntime(DrvRtPoolNxOptIn) on a path through 'DllInitialize', so the opted-in memory it allocates or maps is still executable; make that call first in 'DllInitialize' [hvci-nx-optin]}}
	return STATUS_SUCCESS;
}
