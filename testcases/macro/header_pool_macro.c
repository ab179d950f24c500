// A pool-type macro from a user header: reported at the macro's use in this file, quoting the macro.
// RUN: %hvcilint check --verify %s -- -I%S/../include
#include <ntddk.h>
#include <drvpool.h>

PVOID Alloc(SIZE_T n)
{
	return ExAllocatePoolWithTag(DRV_POOL, n, 'looP'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'DRV_POOL' (0) [hvci-exec-pool]}}
}

PVOID AllocNx(SIZE_T n)
{
	return ExAllocatePoolWithTag(DRV_POOL_NX, n, 'looP');
}
