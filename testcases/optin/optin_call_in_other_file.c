// POOL_NX_OPTIN=1: the runtime call in another file of the same run makes NonPagedPool here NX; alone, this file is reported.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1
// RUN: %hvcilint check %s %S/../include/optin_driverentry.c -- -DPOOL_NX_OPTIN=1 >/dev/null; test $? -eq 0
// RUN: %hvcilint check %s -- -DPOOL_NX_OPTIN=1 >/dev/null; test $? -eq 1
#include <ntddk.h>

PVOID AllocFromHelper(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'rhtO'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
