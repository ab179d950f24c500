// POOL_NX_OPTOUT=1 on the command line together with POOL_NX_OPTIN_AUTO=1: NonPagedPool and MDL mappings are executable again.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN_AUTO=1 -DPOOL_NX_OPTOUT=1
#include <ntddk.h>

void OptOut(PMDL mdl, SIZE_T n, PVOID *out)
{
	out[0] = ExAllocatePoolWithTag(NonPagedPool, n, 'tuOo'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	out[1] = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority); // expected-warning {{'MmGetSystemAddressForMdlSafe' maps the MDL as executable: priority 'NormalPagePriority' (0x10) lacks MdlMappingNoExecute [hvci-exec-mdl]}}
}
