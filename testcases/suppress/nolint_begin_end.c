// NOLINTBEGIN(rule) ... NOLINTEND(rule) suppresses every finding of that rule in between.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

// NOLINTBEGIN(hvci-exec-pool)
PVOID LegacyA(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'ygeL');
}

PVOID LegacyB(SIZE_T n)
{
	return ExAllocatePool2(POOL_FLAG_NON_PAGED_EXECUTE, n, 'ygeL');
}

PVOID LegacyMap(PHYSICAL_ADDRESS pa, SIZE_T n)
{
	return MmMapIoSpace(pa, n, MmNonCached); // expected-warning {{'MmMapIoSpace' always returns executable memory [hvci-exec-api]}}
}
// NOLINTEND(hvci-exec-pool)

PVOID Modern(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'nrdM'); // expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
