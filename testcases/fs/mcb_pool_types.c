// The MCB initialisers take a pool type for their mapping pairs.
// RUN: %hvcilint check --verify %s --
#include <ntifs.h>

void InitMcbs(PBASE_MCB base, PLARGE_MCB large, PMCB mcb)
{
	FsRtlInitializeBaseMcb(base, NonPagedPool); // expected-warning {{'FsRtlInitializeBaseMcb' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	FsRtlInitializeBaseMcbEx(base, NonPagedPoolCacheAligned, 0); // expected-warning {{'FsRtlInitializeBaseMcbEx' allocates executable memory: pool type 'NonPagedPoolCacheAligned' (4) [hvci-exec-pool]}}
	FsRtlInitializeLargeMcb(large, NonPagedPool); // expected-warning {{'FsRtlInitializeLargeMcb' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	FsRtlInitializeMcb(mcb, NonPagedPoolMustSucceed); // expected-warning {{'FsRtlInitializeMcb' allocates executable memory: pool type 'NonPagedPoolMustSucceed' (2) [hvci-exec-pool]}}
	FsRtlInitializeLargeMcb(large, PagedPool);
}
