// A suppression pragma inside an inactive preprocessor block does not apply.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

#if 0
#pragma warning(disable: 30030)
#endif

#ifdef DRV_NEVER_DEFINED
#pragma warning(disable: 30029)
#endif

PVOID Alloc(PHYSICAL_ADDRESS pa, SIZE_T n)
{
	PVOID a = ExAllocatePoolWithTag(NonPagedPool, n, 'fI0P'); // expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	return a ? a : MmMapIoSpace(pa, n, MmNonCached); // expected-warning {{'MmMapIoSpace' always returns executable memory [hvci-exec-api]}}
}
