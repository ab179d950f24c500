// A syntax error in one function does not stop the check of another function that parsed.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

int Broken(int x)
{
	int y = x + ; // expected-note {{parse error}}
	return y;
}

PVOID Alloc(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'nkrB'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
