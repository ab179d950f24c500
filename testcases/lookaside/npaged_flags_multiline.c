// A multi-line ExInitializeNPagedLookasideList call is reported on the Flags line.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

static NPAGED_LOOKASIDE_LIST g_List;

VOID InitList(void)
{
	ExInitializeNPagedLookasideList(&g_List,
	                                NULL,
	                                NULL,
	                                0, // expected-warning {{'ExInitializeNPagedLookasideList' creates a lookaside list of executable memory: flags '0' (0x0) lack POOL_NX_ALLOCATION}}
	                                sizeof(LIST_ENTRY),
	                                'tsiL',
	                                0);
}
