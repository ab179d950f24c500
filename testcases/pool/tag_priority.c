// ExAllocatePoolWithTagPriority: the pool type decides, the EX_POOL_PRIORITY does not.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

PVOID AllocPrio(SIZE_T n)
{
	return ExAllocatePoolWithTagPriority(NonPagedPool, n, 'oirP', HighPoolPriority); // expected-warning {{'ExAllocatePoolWithTagPriority' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}

PVOID AllocPrioNx(SIZE_T n)
{
	return ExAllocatePoolWithTagPriority(NonPagedPoolNx, n, 'oirP', NormalPoolPriority);
}
