// Lookaside Flags held in a variable without POOL_NX_ALLOCATION.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

static NPAGED_LOOKASIDE_LIST g_A, g_B;

VOID InitLists(void)
{
	ULONG flags = 0;
	ULONG nxFlags = POOL_NX_ALLOCATION;
	ExInitializeNPagedLookasideList(&g_A, NULL, NULL, flags, 64, 'galF', 0); // expected-warning {{'ExInitializeNPagedLookasideList' creates a lookaside list of executable memory: flags '0' (0x0) lack POOL_NX_ALLOCATION [hvci-exec-pool]}}
	ExInitializeNPagedLookasideList(&g_B, NULL, NULL, nxFlags, 64, 'galF', 0);
}
