// POOL_NX_OPTIN_AUTO=1 leaves the session pool types and ExInitializeLookasideListEx as written.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN_AUTO=1
#include <ntddk.h>

static LOOKASIDE_LIST_EX g_ListEx;

NTSTATUS Session(SIZE_T n, PVOID *out)
{
	out[0] = ExAllocatePoolWithTag(NonPagedPoolSession, n, 'sseS'); // expected-warning {{pool type 'NonPagedPoolSession' (32) [hvci-exec-pool]}}
	return ExInitializeLookasideListEx(&g_ListEx, NULL, NULL, NonPagedPoolExecute, 0, 64, 'sseS', 0); // expected-warning {{'ExInitializeLookasideListEx' allocates executable memory: pool type 'NonPagedPoolExecute' (0) [hvci-exec-pool]}}
}
