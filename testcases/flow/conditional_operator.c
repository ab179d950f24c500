// A pool type chosen with ?: (the version-check idiom) is reported for its executable branch.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

PVOID AllocByVersion(SIZE_T n)
{
	return ExAllocatePoolWithTag(RtlIsNtDdiVersionAvailable(NTDDI_WIN8) ? NonPagedPoolNx : NonPagedPool, n, 'sreV'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}

PVOID AllocByFlag(BOOLEAN paged, SIZE_T n)
{
	return ExAllocatePoolWithTag(paged ? PagedPool : NonPagedPoolNx, n, 'sreV');
}
