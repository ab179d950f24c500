/* drvb defines POOL_NX_OPTIN but never calls ExInitializeDriverRuntime. */
#include "tree.h"

PVOID DrvbAlloc(SIZE_T Size);
DRIVER_INITIALIZE DriverEntry;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	return DrvbAlloc(64) ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}
