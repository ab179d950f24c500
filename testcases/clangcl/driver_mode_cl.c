// A clang command line with --driver-mode=cl and /D options.
// RUN: %hvcilint check --verify %s -- clang --driver-mode=cl /kernel /DPOOL_NX_OPTIN=1
#include <ntddk.h>

PVOID Alloc(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'edoM'); // expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
