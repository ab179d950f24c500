// ExAllocatePool (untagged, deprecated) with NonPagedPool.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

PVOID AllocUntagged(SIZE_T n)
{
	return ExAllocatePool(NonPagedPool, n); // expected-warning {{'ExAllocatePool' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
