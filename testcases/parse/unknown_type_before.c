// An unknown type name in an earlier declaration gets a stand-in, so the unit parses; later functions are checked.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

VENDOR_HANDLE g_Vendor; // expected-note {{1 name this unit uses is declared nowhere (first: 'VENDOR_HANDLE'); analysed with stand-in declarations [hvcilint]}}

PVOID Map(PHYSICAL_ADDRESS pa, SIZE_T n)
{
	return MmMapIoSpace(pa, n, MmNonCached); // expected-warning {{'MmMapIoSpace' always returns executable memory [hvci-exec-api]}}
}
