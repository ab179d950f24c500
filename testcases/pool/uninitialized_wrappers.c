// The Uninitialized allocation wrappers with NonPagedPool.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

void AllocUninit(SIZE_T n, PVOID *out)
{
	out[0] = ExAllocatePoolUninitialized(NonPagedPool, n, 'tinU'); // expected-warning {{'ExAllocatePoolUninitialized' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	out[1] = ExAllocatePoolQuotaUninitialized(NonPagedPool, n, 'tinU'); // expected-warning {{'ExAllocatePoolQuotaUninitialized' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	out[2] = ExAllocatePoolPriorityUninitialized(NonPagedPool, n, 'tinU', NormalPoolPriority); // expected-warning {{'ExAllocatePoolPriorityUninitialized' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	out[3] = ExAllocatePoolUninitialized(PagedPool, n, 'tinU');
}
