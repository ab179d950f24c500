// hvci-nx-optin: a library built with POOL_NX_OPTIN whose init routine makes the opt-in call: a note (C30035) at the call, no C30033 note; a Code Analysis suppression with the number works.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1
#include <ntddk.h>

static PVOID g_Cache;

NTSTATUS LibInitialize(void)
{
	ExInitializeDriverRuntime(DrvRtPoolNxOptIn); // expected-note {{this file has no DriverEntry or DllInitialize: make sure the driver's DriverEntry calls 'LibInitialize', which makes ExInitializeDriverRuntime(DrvRtPoolNxOptIn), before it allocates (C30035) [hvci-nx-optin]}}
	g_Cache = ExAllocatePoolWithTag(NonPagedPool, 64, 'hcaC');
	return g_Cache ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}

NTSTATUS LibInitializeQuiet(void)
{
#pragma warning(suppress: 30035)
	ExInitializeDriverRuntime(DrvRtPoolNxOptIn); // no note: suppressed
	return STATUS_SUCCESS;
}
