// Pool types written as numbers and casts of numbers.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

void AllocNumbers(SIZE_T n, PVOID *out)
{
	out[0] = ExAllocatePoolWithTag(0, n, 'muN0'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type '0' (0) [hvci-exec-pool]}}
	out[1] = ExAllocatePoolWithTag((POOL_TYPE)4, n, 'muN4'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type '(POOL_TYPE)4' (4) [hvci-exec-pool]}}
	out[2] = ExAllocatePoolWithTag((POOL_TYPE)512, n, 'muNx');
	out[3] = ExAllocatePoolWithTag((POOL_TYPE)0x200, n, 'muNx');
	out[4] = ExAllocatePoolWithTag((POOL_TYPE)1, n, 'muNp');
}
