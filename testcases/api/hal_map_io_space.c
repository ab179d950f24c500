// HalMapIoSpace (nthalext.h) is shaped like MmMapIoSpace but unconfirmed: a note.
// RUN: %hvcilint check --verify %s --
#include <nthalext.h>

PVOID MapHal(PHYSICAL_ADDRESS pa, SIZE_T len)
{
	return HalMapIoSpace(pa, len, MmNonCached); // expected-note {{'HalMapIoSpace' always returns executable memory (executability unconfirmed) [hvci-exec-api]}}
}
