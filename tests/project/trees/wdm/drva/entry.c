/* drva opts in to NX pool and makes the run-time call. */
#include "precomp.h"

PVOID DrvaAlloc(SIZE_T Size);
DRIVER_INITIALIZE DriverEntry;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	ExInitializeDriverRuntime(DrvRtPoolNxOptIn);
	return DrvaAlloc(64) ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}
