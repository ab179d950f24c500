// NOLINT, NOLINT(rule) and NOLINT(hvci-exec-*) on the finding's line suppress it.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

void Suppressed(SIZE_T n, PVOID *out)
{
	out[0] = ExAllocatePoolWithTag(NonPagedPool, n, 'tnlN'); // NOLINT
	out[1] = ExAllocatePoolWithTag(NonPagedPool, n, 'tnlN'); // NOLINT(hvci-exec-pool)
	out[2] = ExAllocatePoolWithTag(NonPagedPool, n, 'tnlN'); // NOLINT(hvci-exec-*)
	out[3] = ExAllocatePoolWithTag(NonPagedPool, n, 'tnlN'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
