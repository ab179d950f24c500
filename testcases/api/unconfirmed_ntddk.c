// MmAllocateNonCachedMemory and MmMapVideoDisplay are unconfirmed: reported as notes only.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

void Unconfirmed(SIZE_T n, PHYSICAL_ADDRESS pa, PVOID *out)
{
	out[0] = MmAllocateNonCachedMemory(n); // expected-note {{'MmAllocateNonCachedMemory' always returns executable memory (executability unconfirmed) [hvci-exec-api]}}
	out[1] = MmMapVideoDisplay(pa, n, MmWriteCombined); // expected-note {{'MmMapVideoDisplay' always returns executable memory (executability unconfirmed) [hvci-exec-api]}}
}
