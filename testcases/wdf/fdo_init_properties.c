// KMDF WdfFdoInitAllocAndQueryProperty / Ex with NonPagedPool in EvtDriverDeviceAdd.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>
#include <wdf.h>

NTSTATUS QueryInit(PWDFDEVICE_INIT init, PWDF_DEVICE_PROPERTY_DATA pd, WDFMEMORY *mem, DEVPROPTYPE *type)
{
	NTSTATUS s;
	s = WdfFdoInitAllocAndQueryProperty(init, DevicePropertyHardwareID, NonPagedPool, WDF_NO_OBJECT_ATTRIBUTES, mem); // expected-warning {{'WdfFdoInitAllocAndQueryProperty' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	s = WdfFdoInitAllocAndQueryPropertyEx(init, pd, NonPagedPool, WDF_NO_OBJECT_ATTRIBUTES, mem, type); // expected-warning {{'WdfFdoInitAllocAndQueryPropertyEx' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	return s;
}
