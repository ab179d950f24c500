// Windows finds folders and forced includes whatever their case: on disk
// the folder is Vendor_Inc and the headers VendorPool.h and Forced.h.
// RUN: %hvcilint check --verify %s -- clang-cl /kernel /I%S/../include/vendor_inc /FIforced.h
#include <ntddk.h>
#include "vendorpool.h"

PVOID alloc_vendor(SIZE_T n)
{
	return ExAllocatePoolWithTag(VENDOR_POOL, n, VENDOR_FORCED_TAG); // expected-warning {{pool type}}
}
