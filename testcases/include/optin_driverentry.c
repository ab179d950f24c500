/*
 * optin_driverentry.c - the DriverEntry half of a two-file driver built with
 * POOL_NX_OPTIN=1; optin/optin_call_in_other_file.c analyses it together
 * with the allocating file in one run.  Not a testcase of its own.
 */
#include <ntddk.h>

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	ExInitializeDriverRuntime(DrvRtPoolNxOptIn);
	return STATUS_SUCCESS;
}
