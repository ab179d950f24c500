// clang-cl command line with /kernel and /DPOOL_NX_OPTIN_AUTO=1: NonPagedPool is NX, NonPagedPoolExecute is not.
// RUN: %hvcilint check --verify %s -- clang-cl /kernel /DPOOL_NX_OPTIN_AUTO=1 /W4 /Zi
#include <ntddk.h>

void Alloc(SIZE_T n, PVOID *out)
{
	out[0] = ExAllocatePoolWithTag(NonPagedPool, n, 'lcgC');
	out[1] = ExAllocatePoolWithTag(NonPagedPoolExecute, n, 'lcgC'); // expected-warning {{pool type 'NonPagedPoolExecute' (0) [hvci-exec-pool]}}
}
