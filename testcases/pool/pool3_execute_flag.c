// ExAllocatePool3 with POOL_FLAG_NON_PAGED_EXECUTE and extended parameters.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

PVOID Alloc3(SIZE_T n)
{
	POOL_EXTENDED_PARAMETER p;
	RtlZeroMemory(&p, sizeof(p));
	p.Type = PoolExtendedParameterPriority;
	p.Priority = NormalPoolPriority;
	return ExAllocatePool3(POOL_FLAG_NON_PAGED_EXECUTE, n, '3loP', &p, 1); // expected-warning {{'ExAllocatePool3' allocates executable memory: pool flags 'POOL_FLAG_NON_PAGED_EXECUTE' (0x80) [hvci-exec-pool]}}
}
