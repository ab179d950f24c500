// ExAllocatePool2 with POOL_FLAG_NON_PAGED_EXECUTE, alone and OR'ed with other flags.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

PVOID Alloc2(SIZE_T n)
{
	PVOID a = ExAllocatePool2(POOL_FLAG_NON_PAGED_EXECUTE, n, '2loP'); // expected-warning {{'ExAllocatePool2' allocates executable memory: pool flags 'POOL_FLAG_NON_PAGED_EXECUTE' (0x80) [hvci-exec-pool]}}
	PVOID b = ExAllocatePool2(POOL_FLAG_NON_PAGED_EXECUTE | POOL_FLAG_UNINITIALIZED, n, '2loP'); // expected-warning {{'ExAllocatePool2' allocates executable memory: pool flags 'POOL_FLAG_NON_PAGED_EXECUTE | POOL_FLAG_UNINITIALIZED' (0x82) [hvci-exec-pool]}}
	PVOID c = ExAllocatePool2(POOL_FLAG_NON_PAGED | POOL_FLAG_UNINITIALIZED, n, '2loP');
	ExFreePool(c);
	ExFreePool(b);
	return a;
}
