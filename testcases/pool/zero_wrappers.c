// The down-level zeroing wrappers ExAllocatePoolZero / QuotaZero / PriorityZero with NonPagedPool.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

void AllocZero(SIZE_T n, PVOID *out)
{
	out[0] = ExAllocatePoolZero(NonPagedPool, n, 'oreZ'); // expected-warning {{'ExAllocatePoolZero' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	out[1] = ExAllocatePoolQuotaZero(NonPagedPool, n, 'oreZ'); // expected-warning {{'ExAllocatePoolQuotaZero' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	out[2] = ExAllocatePoolPriorityZero(NonPagedPool, n, 'oreZ', LowPoolPriority); // expected-warning {{'ExAllocatePoolPriorityZero' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	out[3] = ExAllocatePoolZero(NonPagedPoolNx, n, 'oreZ');
}
