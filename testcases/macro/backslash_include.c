// A Windows-style include path with backslashes and wrong case resolves to the user header.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>
#include "..\include\drvpool.h"

PVOID Alloc(SIZE_T n)
{
	return ExAllocatePoolWithTag(DRV_POOL, n, 'hslB'); // expected-warning {{pool type 'DRV_POOL' (0) [hvci-exec-pool]}}
}
