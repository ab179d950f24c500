// Allocations inside extern "C" functions and a namespace in a C++ driver.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

namespace drv {
inline PVOID Alloc(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'vrDn'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
}

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	PVOID p = drv::Alloc(16);
	PVOID q = ExAllocatePool2(POOL_FLAG_NON_PAGED_EXECUTE, 16, 'vrDc'); // expected-warning {{'ExAllocatePool2' allocates executable memory: pool flags 'POOL_FLAG_NON_PAGED_EXECUTE' (0x80) [hvci-exec-pool]}}
	return (p && q) ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}
