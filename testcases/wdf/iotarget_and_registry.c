// KMDF WdfIoTargetAllocAndQueryTargetProperty and WdfRegistryQueryMemory with NonPagedPool.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>
#include <wdf.h>

NTSTATUS Query(WDFIOTARGET target, WDFKEY key, PCUNICODE_STRING name, WDFMEMORY *mem, PULONG vtype)
{
	NTSTATUS s;
	s = WdfIoTargetAllocAndQueryTargetProperty(target, DevicePropertyDriverKeyName, NonPagedPool, WDF_NO_OBJECT_ATTRIBUTES, mem); // expected-warning {{'WdfIoTargetAllocAndQueryTargetProperty' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	s = WdfRegistryQueryMemory(key, name, NonPagedPool, WDF_NO_OBJECT_ATTRIBUTES, mem, vtype); // expected-warning {{'WdfRegistryQueryMemory' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	s = WdfRegistryQueryMemory(key, name, PagedPool, WDF_NO_OBJECT_ATTRIBUTES, mem, vtype);
	return s;
}
