// clang-cl command line without any opt-in define: NonPagedPool is executable.
// RUN: %hvcilint check --verify %s -- clang-cl /kernel /W4 /Zi /c
#include <ntddk.h>

PVOID Alloc(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'lcgC'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
