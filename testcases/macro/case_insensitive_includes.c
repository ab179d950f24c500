// Includes spelled with the wrong case (<NTDDK.h>, "../include/DrvPool.H") still resolve, as on Windows.
// RUN: %hvcilint check --verify %s --
#include <NTDDK.h>
#include "../include/DrvPool.H"

PVOID Alloc(SIZE_T n)
{
	return ExAllocatePoolWithTag(DRV_POOL, n, 'esaC'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'DRV_POOL' (0) [hvci-exec-pool]}}
}
