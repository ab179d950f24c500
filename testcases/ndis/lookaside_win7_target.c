// NdisInitializeNPagedLookasideList with Flags 0 in a build for Windows 7 (the inline wrapper adds no NX flag).
// RUN: %hvcilint check --verify %s -- -DNTDDI_VERSION=0x06010000
#include <ndis.h>

static NPAGED_LOOKASIDE_LIST g_NdisList;

VOID InitNdisList(void)
{
	NdisInitializeNPagedLookasideList(&g_NdisList, NULL, NULL, 0, 256, 'sidN', 0); // expected-warning {{'NdisInitializeNPagedLookasideList' creates a lookaside list of executable memory: flags '0' (0x0) lack POOL_NX_ALLOCATION [hvci-exec-pool]}}
}
