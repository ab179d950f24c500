// An executable pool type passed straight to the allocator.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

PVOID AllocBuffer(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'fuBx'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
