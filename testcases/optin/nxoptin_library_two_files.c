// hvci-nx-optin: a POOL_NX_OPTIN library file with no DriverEntry gets the C30033 note alone; in one run with a file whose DriverEntry makes the opt-in call, the note (and the exec-pool warning) go.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1
// RUN: %hvcilint check --fail-on=note %s %S/../include/optin_driverentry.c -- -DPOOL_NX_OPTIN=1
#include <ntddk.h>

static NPAGED_LOOKASIDE_LIST g_List;

PVOID LibMap(PMDL mdl)
{
	return MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoExecute); // no warning: explicitly NX
}

VOID LibInitList(void)
{
	ExInitializeNPagedLookasideList(&g_List, NULL, NULL, 0, 64, 'biL ', 0); // expected-warning {{lack POOL_NX_ALLOCATION [hvci-exec-pool]}} expected-note {{this file is built with POOL_NX_OPTIN but has no DriverEntry or DllInitialize: 'ExInitializeNPagedLookasideList' gets non-executable memory only once the driver linking this code has called ExInitializeDriverRuntime(DrvRtPoolNxOptIn) in its DriverEntry (C30033) [hvci-nx-optin]}}
}

PVOID LibAlloc(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'biL '); // expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
