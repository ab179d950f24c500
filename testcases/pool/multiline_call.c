// A call spread over several lines is reported on the line of the pool-type argument.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

PVOID AllocSpread(SIZE_T n)
{
	PVOID p = ExAllocatePoolWithTag(
		NonPagedPool, // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
		n,
		'tlM1');
	return p;
}

PVOID AllocSpreadFlags(SIZE_T n)
{
	return ExAllocatePool2(
		// expected-warning@+1 {{'ExAllocatePool2' allocates executable memory: pool flags 'POOL_FLAG_NON_PAGED_EXECUTE' (0x80) [hvci-exec-pool]}}
		POOL_FLAG_NON_PAGED_EXECUTE,
		n, 'tlM2');
}
