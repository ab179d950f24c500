// Media changer ChangerClassAllocatePool (mcd.h) with NonPagedPool.
// RUN: %hvcilint check --verify %s --
#include <mcd.h>

PVOID AllocChanger(ULONG n)
{
	return ChangerClassAllocatePool(NonPagedPool, n); // expected-warning {{'ChangerClassAllocatePool' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
