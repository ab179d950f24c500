// Executable nonpaged pool types other than NonPagedPool: Execute, MustSucceed, CacheAligned, CacheAlignedMustS.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

void AllocTypes(SIZE_T n, PVOID *out)
{
	out[0] = ExAllocatePoolWithTag(NonPagedPoolExecute, n, 'epyT'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPoolExecute' (0) [hvci-exec-pool]}}
	out[1] = ExAllocatePoolWithTag(NonPagedPoolMustSucceed, n, 'epyT'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPoolMustSucceed' (2) [hvci-exec-pool]}}
	out[2] = ExAllocatePoolWithTag(NonPagedPoolCacheAligned, n, 'epyT'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPoolCacheAligned' (4) [hvci-exec-pool]}}
	out[3] = ExAllocatePoolWithTag(NonPagedPoolCacheAlignedMustS, n, 'epyT'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPoolCacheAlignedMustS' (6) [hvci-exec-pool]}}
}
