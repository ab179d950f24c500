// An unknown type name in an earlier declaration is a parse error; later functions are still checked.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

VENDOR_HANDLE g_Vendor; // expected-note {{1 parse error in this translation unit (first: unknown type name 'VENDOR_HANDLE'); findings cover the code that parsed [hvcilint]}}

PVOID Map(PHYSICAL_ADDRESS pa, SIZE_T n)
{
	return MmMapIoSpace(pa, n, MmNonCached); // expected-warning {{'MmMapIoSpace' always returns executable memory [hvci-exec-api]}}
}
