// POOL_NX_OPTIN=1 with ExInitializeDriverRuntime(0): the call lacks DrvRtPoolNxOptIn, so NonPagedPool stays executable.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1
#include <ntddk.h>

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) // expected-warning {{'DriverEntry' never calls ExInitializeDriverRuntime(DrvRtPoolNxOptIn): with POOL_NX_OPTIN, NonPagedPool, nonpaged lookaside lists and MDL mappings stay executable until that call runs; make it first in 'DriverEntry' [hvci-nx-optin]}}
{
	PVOID p;
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	ExInitializeDriverRuntime(0);
	p = ExAllocatePoolWithTag(NonPagedPool, 256, 'oreZ'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	return p ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}
