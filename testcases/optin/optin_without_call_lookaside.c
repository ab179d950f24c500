// POOL_NX_OPTIN=1 without the runtime call: the opt-in lookaside wrapper ORs in 0, so Flags 0 stays executable.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1
#include <ntddk.h>

static NPAGED_LOOKASIDE_LIST g_List;

VOID InitList(void)
{
	ExInitializeNPagedLookasideList(&g_List, NULL, NULL, 0, 64, 'tsiL', 0); // expected-warning {{'ExInitializeNPagedLookasideList' creates a lookaside list of executable memory}} expected-note {{this file is built with POOL_NX_OPTIN but has no DriverEntry or DllInitialize: 'ExInitializeNPagedLookasideList' gets non-executable memory only once the driver linking this code has called ExInitializeDriverRuntime(DrvRtPoolNxOptIn) in its DriverEntry (C30033) [hvci-nx-optin]}}
}
