// A NOLINT for another hvcilint rule, or for another tool's check, does not suppress.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

void NotSuppressed(PHYSICAL_ADDRESS pa, SIZE_T n, PVOID *out)
{
	out[0] = ExAllocatePoolWithTag(NonPagedPool, n, 'rhtO'); /* expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}} */ // NOLINT(hvci-exec-protect)
	out[1] = ExAllocatePoolWithTag(NonPagedPool, n, 'rhtO'); /* expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}} */ // NOLINT(bugprone-foo)
	out[2] = MmMapIoSpace(pa, n, MmNonCached); /* expected-warning {{'MmMapIoSpace' always returns executable memory [hvci-exec-api]}} */ // NOLINT(hvci-exec-pool)
}
