// POOL_NX_OPTIN=1 without the runtime call: the opt-in lookaside wrapper ORs in 0, so Flags 0 stays executable.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1
#include <ntddk.h>

static NPAGED_LOOKASIDE_LIST g_List;

VOID InitList(void)
{
	ExInitializeNPagedLookasideList(&g_List, NULL, NULL, 0, 64, 'tsiL', 0); // expected-warning {{'ExInitializeNPagedLookasideList' creates a lookaside list of executable memory}}
}
