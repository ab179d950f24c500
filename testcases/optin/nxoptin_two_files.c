// hvci-nx-optin: DriverEntry calls InitNx, defined in another file that makes the opt-in call. Alone, the file is reported; in one run with that file, the finding goes.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1
// RUN: %hvcilint check %s %S/../include/nxoptin_init_helper.c -- -DPOOL_NX_OPTIN=1 | grep -c 'warning: .DriverEntry. never calls' | grep -qx 0
// RUN: %hvcilint check %s -- -DPOOL_NX_OPTIN=1 | grep -c 'warning: .DriverEntry. never calls' | grep -qx 1
#include <ntddk.h>

VOID InitNx(void);

static PVOID g_Buffer;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) // expected-warning {{'DriverEntry' never calls ExInitializeDriverRuntime(DrvRtPoolNxOptIn): with POOL_NX_OPTIN, NonPagedPool, nonpaged lookaside lists and MDL mappings stay executable until that call runs; make it first in 'DriverEntry' [hvci-nx-optin]}}
{
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	InitNx();
	g_Buffer = ExAllocatePoolWithTag(NonPagedPool, 64, 'eliF'); // expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	return STATUS_SUCCESS;
}
