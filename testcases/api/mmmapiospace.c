// MmMapIoSpace always returns executable memory, whatever the cache type.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>

PVOID MapRegs(PHYSICAL_ADDRESS pa, SIZE_T len)
{
	return MmMapIoSpace(pa, len, MmNonCached); // expected-warning {{'MmMapIoSpace' always returns executable memory [hvci-exec-api]}}
}
