// A clang command line with --driver-mode=cl and /D options.
// RUN: %hvcilint check --verify %s -- clang --driver-mode=cl /kernel /DPOOL_NX_OPTIN=1
#include <ntddk.h>

PVOID Alloc(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'edoM'); // expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}} expected-note {{this file is built with POOL_NX_OPTIN but has no DriverEntry or DllInitialize: 'ExAllocatePoolWithTag' gets non-executable memory only once the driver linking this code has called ExInitializeDriverRuntime(DrvRtPoolNxOptIn) in its DriverEntry (C30033) [hvci-nx-optin]}}
}
