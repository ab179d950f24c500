// hvci-nx-optin stays silent without POOL_NX_OPTIN, and with POOL_NX_OPTOUT=1 on top of it: a DriverEntry with no opt-in call and NonPagedPoolNx allocations (exec-pool still reports NonPagedPool).
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1 -DPOOL_NX_OPTOUT=1
#include <ntddk.h>

static PVOID g_Buffer;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	g_Buffer = ExAllocatePoolWithTag(NonPagedPoolNx, 64, 'tnlS'); // no warning from any rule
	return STATUS_SUCCESS;
}

PVOID NotRemapped(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'xNoN'); // expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
