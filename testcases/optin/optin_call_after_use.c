// POOL_NX_OPTIN=1: the runtime call anywhere in the file makes every NonPagedPool use NX (placement is hvci-nx-optin's job).
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1
// expected-no-diagnostics
#include <ntddk.h>

PVOID AllocHelper(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'pleH');
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	ExInitializeDriverRuntime(DrvRtPoolNxOptIn);
	return STATUS_SUCCESS;
}
