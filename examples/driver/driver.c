/*
 * driver.c - entry points of the hvcilint example driver.  It opts in to
 * NX pool with POOL_NX_OPTIN (see compile_commands.example.json) and calls
 * ExInitializeDriverRuntime first, as Microsoft's guidance asks.
 */
#include <ntddk.h>
#include "sample.h"

DRIVER_UNLOAD SampleUnload;

PVOID SampleAllocate(POOL_TYPE Pool, SIZE_T Length)
{
	return ExAllocatePoolWithTag(Pool, Length, SAMPLE_TAG);
}

VOID SampleUnload(PDRIVER_OBJECT DriverObject)
{
	UNREFERENCED_PARAMETER(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(RegistryPath);
	ExInitializeDriverRuntime(DrvRtPoolNxOptIn);
	DriverObject->DriverUnload = SampleUnload;

	/* NX because of the opt-in above. */
	PVOID scratch = ExAllocatePoolWithTag(NonPagedPool, 256, SAMPLE_TAG);
	if (!scratch)
		return STATUS_INSUFFICIENT_RESOURCES;
	ExFreePoolWithTag(scratch, SAMPLE_TAG);
	return STATUS_SUCCESS;
}
