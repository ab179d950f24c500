// NOLINT with a list of rules suppresses each rule named.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

void Multi(PHYSICAL_ADDRESS pa, SIZE_T n, PVOID *out)
{
	out[0] = MmMapIoSpace(pa, n, MmNonCached); // NOLINT(hvci-exec-pool, hvci-exec-api)
	out[1] = ExAllocatePoolWithTag(NonPagedPool, n, 'itlM'); // NOLINT(hvci-exec-api,hvci-exec-pool)
	out[2] = MmMapIoSpace(pa, n, MmNonCached); // expected-warning {{'MmMapIoSpace' always returns executable memory}}
}
