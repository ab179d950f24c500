/* The test driver's entry: one executable pool allocation to find. */
#include "precomp.h"

/* With --wdk, the newest kit (10.0.19041.0, not 10.0.9600.0) must be searched. */
#if defined(HVCI_TEST_KIT) && HVCI_TEST_KIT != 19041
#error the newest kit version was not chosen
#endif

PVOID AllocateContext(SIZE_T size)
{
	return ExAllocatePoolWithTag(NonPagedPool, size, SHARED_TAG);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	return AllocateContext(64) ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}
