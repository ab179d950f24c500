// A cl.exe command line with dash-style options (-kernel -DPOOL_NX_OPTIN_AUTO=1).
// RUN: %hvcilint check --verify %s -- cl.exe -kernel -DPOOL_NX_OPTIN_AUTO=1 -W4
#include <ntddk.h>

void Alloc(PHYSICAL_ADDRESS pa, SIZE_T n, PVOID *out)
{
	out[0] = ExAllocatePoolWithTag(NonPagedPool, n, 'exeC');
	out[1] = MmMapIoSpace(pa, n, MmCached); // expected-warning {{'MmMapIoSpace' always returns executable memory [hvci-exec-api]}}
}
