// A kernel C++ unit that includes the standard headers drivers use
// (<cstdint>, <type_traits>, <new>, <utility>, <limits>, <algorithm>,
// <memory>): they parse from the stand-ins and leave one finding.
// RUN: %hvcilint check --verify %s -- -std=c++17
#include <ntddk.h>
#include <cstdint>
#include <cstddef>
#include <type_traits>
#include <new>
#include <utility>
#include <limits>
#include <algorithm>
#include <memory>

static_assert(sizeof(std::uint32_t) == sizeof(ULONG), "ULONG is 32 bits");
static_assert(std::is_enum<POOL_TYPE>::value, "POOL_TYPE is an enum");
static_assert((std::numeric_limits<std::uint16_t>::max)() == 0xFFFF, "uint16_t");

struct Entry {
	std::uint64_t Key;
	explicit Entry(std::uint64_t k) : Key(k) {}
};

template <class T> T *Construct(void *where, std::uint64_t key)
{
	static_assert(std::is_trivially_destructible<T>::value, "no destructor to run");
	return new (where) T(std::move(key));
}

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	SIZE_T n = (std::max)(sizeof(Entry), static_cast<SIZE_T>(16));
	void *p = ExAllocatePoolWithTag(NonPagedPool, n, 'dtsC'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	if (!p)
		return STATUS_INSUFFICIENT_RESOURCES;
	Entry *e = Construct<Entry>(p, 42);
	ExFreePoolWithTag(e, 'dtsC');
	return STATUS_SUCCESS;
}
