// NdisInitializeNPagedLookasideList with Flags 0.
// RUN: %hvcilint check --verify %s --
#include <ndis.h>

static NPAGED_LOOKASIDE_LIST g_NdisList;

VOID InitNdisList(void)
{
	NdisInitializeNPagedLookasideList(&g_NdisList, NULL, NULL, 0, 256, 'sidN', 0); // expected-warning {{'NdisInitializeNPagedLookasideList' creates a lookaside list of executable memory: flags '0' (0x0) lack POOL_NX_ALLOCATION [hvci-exec-pool]}}
}

VOID InitNdisListNx(void)
{
	NdisInitializeNPagedLookasideList(&g_NdisList, NULL, NULL, POOL_NX_ALLOCATION, 256, 'sidN', 0);
}
