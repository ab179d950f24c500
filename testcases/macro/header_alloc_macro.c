// A whole-allocation macro from a user header: reported at the macro use line in this file, quoting the macro use.
// RUN: %hvcilint check --verify %s -- -I%S/../include
#include <ntddk.h>
#include <drvpool.h>

PVOID Alloc(SIZE_T n)
{
	PVOID p;
	p = DRV_ALLOC(n); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	return p;
}

PVOID AllocNx(SIZE_T n)
{
	return DRV_ALLOC_NX(n);
}
