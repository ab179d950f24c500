// Pre-C99 code calling an undeclared function (implicit declaration) is still analysed.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

PVOID Alloc(SIZE_T n)
{
	VendorLog(1, n);
	return ExAllocatePoolWithTag(NonPagedPool, n, 'dlO '); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
