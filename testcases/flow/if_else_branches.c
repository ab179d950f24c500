// A pool type chosen by if/else: reported when any branch is executable.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

PVOID AllocBranch(BOOLEAN legacy, SIZE_T n)
{
	POOL_TYPE type;
	if (legacy)
		type = NonPagedPool;
	else
		type = NonPagedPoolNx;
	return ExAllocatePoolWithTag(type, n, 'hcnB'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}

PVOID AllocBranchSafe(BOOLEAN paged, SIZE_T n)
{
	POOL_TYPE type;
	if (paged)
		type = PagedPool;
	else
		type = NonPagedPoolNx;
	return ExAllocatePoolWithTag(type, n, 'hcnB');
}
