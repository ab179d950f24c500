// ExInitializeDriverRuntime(DrvRtPoolNxOptIn) without POOL_NX_OPTIN does nothing: NonPagedPool is still reported.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	PVOID p;
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	ExInitializeDriverRuntime(DrvRtPoolNxOptIn);
	p = ExAllocatePoolWithTag(NonPagedPool, 256, 'tpOn'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	return p ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}
