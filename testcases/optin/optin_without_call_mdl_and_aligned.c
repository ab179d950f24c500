// POOL_NX_OPTIN=1 without the runtime call: the MDL mapping and NonPagedPoolCacheAligned stay executable.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1
#include <ntddk.h>

void NoCall(PMDL mdl, SIZE_T n, PVOID *out)
{
	out[0] = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority); // expected-warning {{'MmGetSystemAddressForMdlSafe' maps the MDL as executable: priority 'NormalPagePriority' (0x10) lacks MdlMappingNoExecute [hvci-exec-mdl]}}
	out[1] = ExAllocatePoolWithTag(NonPagedPoolCacheAligned, n, 'ngiA'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPoolCacheAligned' (4) [hvci-exec-pool]}}
}
