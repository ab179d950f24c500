// hvci-nx-optin: ExInitializeDriverRuntime in AddDevice, which DriverEntry only stores as a pointer: the call is misplaced (C30035), reported once at the call.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1
#include <ntddk.h>

static PVOID g_Buffer;

NTSTATUS AddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT Pdo)
{
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(Pdo);
	ExInitializeDriverRuntime(DrvRtPoolNxOptIn); // expected-warning {{ExInitializeDriverRuntime(DrvRtPoolNxOptIn) is called in 'AddDevice', which 'DriverEntry' does not reach through the calls of this file, so allocations made before it stay executable; make the call in 'DriverEntry' (C30035) [hvci-nx-optin]}}
	return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) // no second warning: the misplaced call says where it belongs
{
	UNREFERENCED_PARAMETER(RegistryPath);
	DriverObject->DriverExtension->AddDevice = AddDevice;
	g_Buffer = ExAllocatePoolWithTag(NonPagedPool, 16, 'sdnA');
	return STATUS_SUCCESS;
}
