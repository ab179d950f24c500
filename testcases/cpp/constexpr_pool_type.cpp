// A C++ constexpr pool type and a static const class member are known constants.
// RUN: %hvcilint check --verify %s -- -std=c++17
#include <ntddk.h>

constexpr POOL_TYPE kPool = NonPagedPool;

struct Config {
	static const ULONG Protect = PAGE_EXECUTE_READ;
};

PVOID Alloc(SIZE_T n)
{
	return ExAllocatePoolWithTag(kPool, n, 'xpcC'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}

PVOID Map(PHYSICAL_ADDRESS pa, SIZE_T n)
{
	return MmMapIoSpaceEx(pa, n, Config::Protect); // expected-warning {{'MmMapIoSpaceEx' requests executable memory: protection 'PAGE_EXECUTE_READ' (0x20) [hvci-exec-protect]}}
}
