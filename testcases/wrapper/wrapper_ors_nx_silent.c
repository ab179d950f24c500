// Wrappers that OR the NX flag into what they are given make every call safe.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <ntddk.h>

static VOID DrvInitLookaside(PNPAGED_LOOKASIDE_LIST l, ULONG Flags, SIZE_T size)
{
	ExInitializeNPagedLookasideList(l, NULL, NULL, Flags | POOL_NX_ALLOCATION, size, 'kooL', 0);
}

static PVOID DrvMap(PMDL mdl, ULONG prio)
{
	return MmGetSystemAddressForMdlSafe(mdl, prio | MdlMappingNoExecute);
}

static NPAGED_LOOKASIDE_LIST g_List;

PVOID Use(PMDL mdl)
{
	DrvInitLookaside(&g_List, 0, 64);
	return DrvMap(mdl, NormalPagePriority);
}
