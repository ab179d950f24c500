// ExInitializeLookasideListEx judges its PoolType argument.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

static LOOKASIDE_LIST_EX g_ListA, g_ListB;

NTSTATUS InitLists(void)
{
	NTSTATUS s = ExInitializeLookasideListEx(&g_ListA, NULL, NULL, NonPagedPool, 0, 64, 'xEsL', 0); // expected-warning {{'ExInitializeLookasideListEx' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	if (!NT_SUCCESS(s))
		return s;
	return ExInitializeLookasideListEx(&g_ListB, NULL, NULL, NonPagedPoolNx, EX_LOOKASIDE_LIST_EX_FLAGS_RAISE_ON_FAIL, 64, 'xEsL', 0);
}
