// KMDF device-property queries that allocate their result with an executable pool type.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>
#include <wdf.h>

NTSTATUS Query(WDFDEVICE dev, PWDF_DEVICE_PROPERTY_DATA pd, PWDF_DEVICE_INTERFACE_PROPERTY_DATA ipd, WDFMEMORY *mem, DEVPROPTYPE *type)
{
	NTSTATUS s;
	s = WdfDeviceAllocAndQueryProperty(dev, DevicePropertyDriverKeyName, NonPagedPool, WDF_NO_OBJECT_ATTRIBUTES, mem); // expected-warning {{'WdfDeviceAllocAndQueryProperty' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	s = WdfDeviceAllocAndQueryPropertyEx(dev, pd, NonPagedPool, WDF_NO_OBJECT_ATTRIBUTES, mem, type); // expected-warning {{'WdfDeviceAllocAndQueryPropertyEx' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	s = WdfDeviceAllocAndQueryInterfaceProperty(dev, ipd, NonPagedPool, WDF_NO_OBJECT_ATTRIBUTES, mem, type); // expected-warning {{'WdfDeviceAllocAndQueryInterfaceProperty' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	s = WdfDeviceAllocAndQueryProperty(dev, DevicePropertyDriverKeyName, PagedPool, WDF_NO_OBJECT_ATTRIBUTES, mem);
	return s;
}
