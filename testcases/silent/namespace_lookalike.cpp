// A function named like an API but in another namespace or as a struct member is not the API.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <ntddk.h>

namespace mock {
PVOID ExAllocatePoolWithTag(POOL_TYPE t, SIZE_T n, ULONG tag);
PVOID MmMapIoSpace(PHYSICAL_ADDRESS pa, SIZE_T n, MEMORY_CACHING_TYPE c);
}

struct FakeAllocator {
	PVOID ExAllocatePoolWithTag(POOL_TYPE t, SIZE_T n, ULONG tag);
	static PVOID MmAllocateContiguousMemory(SIZE_T n, PHYSICAL_ADDRESS hi);
};

PVOID Use(FakeAllocator &a, PHYSICAL_ADDRESS pa, SIZE_T n)
{
	PVOID p = mock::ExAllocatePoolWithTag(NonPagedPool, n, 'kcoM');
	PVOID q = mock::MmMapIoSpace(pa, n, MmNonCached);
	PVOID r = a.ExAllocatePoolWithTag(NonPagedPool, n, 'kcoM');
	PVOID s = FakeAllocator::MmAllocateContiguousMemory(n, pa);
	return p ? p : q ? q : r ? r : s;
}
