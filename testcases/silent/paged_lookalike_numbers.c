// Odd (paged) and 0x200-bit numeric pool types are not executable.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <ntddk.h>

void Numbers(SIZE_T n, PVOID *out)
{
	out[0] = ExAllocatePoolWithTag((POOL_TYPE)1, n, 'muN ');
	out[1] = ExAllocatePoolWithTag((POOL_TYPE)5, n, 'muN ');
	out[2] = ExAllocatePoolWithTag((POOL_TYPE)(512 | 4), n, 'muN ');
	out[3] = ExAllocatePoolWithTag((POOL_TYPE)(0x200 | POOL_RAISE_IF_ALLOCATION_FAILURE), n, 'muN ');
}
