// clang-cl command line with /DPOOL_NX_OPTIN_AUTO=1 /DPOOL_NX_OPTOUT=1: the opt-out wins.
// RUN: %hvcilint check --verify %s -- clang-cl /kernel /DPOOL_NX_OPTIN_AUTO=1 /DPOOL_NX_OPTOUT=1 /W4
#include <ntddk.h>

PVOID Alloc(PMDL mdl, SIZE_T n)
{
	PVOID p = ExAllocatePoolWithTag(NonPagedPool, n, 'tuOC'); // expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	return p ? p : MmGetSystemAddressForMdlSafe(mdl, LowPagePriority); // expected-warning {{priority 'LowPagePriority' (0x0) lacks MdlMappingNoExecute [hvci-exec-mdl]}}
}
