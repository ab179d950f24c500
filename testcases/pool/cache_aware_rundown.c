// ExAllocateCacheAwareRundownProtection with an executable pool type.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

PEX_RUNDOWN_REF_CACHE_AWARE MakeRundown(void)
{
	return ExAllocateCacheAwareRundownProtection(NonPagedPool, 'nuRC'); // expected-warning {{'ExAllocateCacheAwareRundownProtection' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}

PEX_RUNDOWN_REF_CACHE_AWARE MakeRundownNx(void)
{
	return ExAllocateCacheAwareRundownProtection(NonPagedPoolNx, 'nuRC');
}
