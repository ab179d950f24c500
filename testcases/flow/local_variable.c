// A pool type assigned to a local variable: the message quotes the assigned expression.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

PVOID AllocLocal(SIZE_T n)
{
	POOL_TYPE type = NonPagedPool;
	PVOID p;
	p = ExAllocatePoolWithTag(type, n, 'lcoL'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	return p;
}
