// POOL_NX_OPTIN=1 without the runtime call: the MDL mapping and NonPagedPoolCacheAligned stay executable.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1
#include <ntddk.h>

void NoCall(PMDL mdl, SIZE_T n, PVOID *out)
{
	out[0] = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority); // expected-warning {{'MmGetSystemAddressForMdlSafe' maps the MDL as executable: priority 'NormalPagePriority' (0x10) lacks MdlMappingNoExecute [hvci-exec-mdl]}} expected-note {{this file is built with POOL_NX_OPTIN but has no DriverEntry or DllInitialize: 'MmGetSystemAddressForMdlSafe' gets non-executable memory only once the driver linking this code has called ExInitializeDriverRuntime(DrvRtPoolNxOptIn) in its DriverEntry (C30033) [hvci-nx-optin]}}
	out[1] = ExAllocatePoolWithTag(NonPagedPoolCacheAligned, n, 'ngiA'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPoolCacheAligned' (4) [hvci-exec-pool]}}
}
