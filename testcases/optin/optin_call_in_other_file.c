// POOL_NX_OPTIN=1: the runtime call in another file of the same run makes NonPagedPool here NX; alone, this file is reported.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1
// RUN: %hvcilint check %s %S/../include/optin_driverentry.c -- -DPOOL_NX_OPTIN=1 >/dev/null; test $? -eq 0
// RUN: %hvcilint check %s -- -DPOOL_NX_OPTIN=1 >/dev/null; test $? -eq 1
#include <ntddk.h>

PVOID AllocFromHelper(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'rhtO'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}} expected-note {{this file is built with POOL_NX_OPTIN but has no DriverEntry or DllInitialize: 'ExAllocatePoolWithTag' gets non-executable memory only once the driver linking this code has called ExInitializeDriverRuntime(DrvRtPoolNxOptIn) in its DriverEntry (C30033) [hvci-nx-optin]}}
}
