// A nonpaged lookaside list with POOL_NX_ALLOCATION and a paged lookaside list (listed) are silent.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <ntddk.h>

static NPAGED_LOOKASIDE_LIST g_NList;
static NPAGED_LOOKASIDE_LIST g_NList2;
static PAGED_LOOKASIDE_LIST g_PList;

VOID InitLists(void)
{
	ExInitializeNPagedLookasideList(&g_NList, NULL, NULL, POOL_NX_ALLOCATION, 64, 'xNsL', 0);
	ExInitializeNPagedLookasideList(&g_NList2, NULL, NULL, POOL_NX_ALLOCATION | POOL_RAISE_IF_ALLOCATION_FAILURE, 64, 'xNsL', 0);
	ExInitializePagedLookasideList(&g_PList, NULL, NULL, 0, 64, 'gPsL', 0);
}
