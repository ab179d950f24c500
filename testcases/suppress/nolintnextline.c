// NOLINTNEXTLINE(rule) suppresses the finding on the following line only.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

void Next(SIZE_T n, PVOID *out)
{
	// NOLINTNEXTLINE(hvci-exec-pool)
	out[0] = ExAllocatePoolWithTag(NonPagedPool, n, 'txeN');
	out[1] = ExAllocatePoolWithTag(NonPagedPool, n, 'txeN'); // expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	// NOLINTNEXTLINE(hvci-exec-mdl)
	out[2] = ExAllocatePoolWithTag(NonPagedPool, n, 'txeN'); // expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
