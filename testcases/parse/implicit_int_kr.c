// K&R-style definitions and implicit int do not stop analysis.
// RUN: %hvcilint check --verify %s -- -std=gnu89
#include <ntddk.h>

static counter;

PVOID OldAlloc(n)
	SIZE_T n;
{
	counter++;
	return ExAllocatePoolWithTag(NonPagedPool, n, 'RdlO'); // expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
