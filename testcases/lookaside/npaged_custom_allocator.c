// ExInitializeNPagedLookasideList with a custom Allocate routine and Flags 0 is still reported.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

static NPAGED_LOOKASIDE_LIST g_List;

static PVOID NTAPI MyAllocate(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag)
{
	UNREFERENCED_PARAMETER(PoolType);
	return ExAllocatePool2(POOL_FLAG_NON_PAGED, NumberOfBytes, Tag);
}

static VOID NTAPI MyFree(PVOID Buffer)
{
	ExFreePool(Buffer);
}

VOID InitList(void)
{
	ExInitializeNPagedLookasideList(&g_List, MyAllocate, MyFree, 0, 128, 'tsiL', 0); // expected-warning {{'ExInitializeNPagedLookasideList' creates a lookaside list of executable memory: flags '0' (0x0) lack POOL_NX_ALLOCATION [hvci-exec-pool]}}
}
