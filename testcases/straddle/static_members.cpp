// C++: static data members, namespace-scope and function-local statics,
// inline static members and constexpr tables get the same layout rule;
// automatic objects and objects built by constructors do not.
// RUN: %hvcilint check --no-db --verify %s -- -target x86_64-pc-windows-msvc -std=c++17
#include <ntddk.h>

#include <pshpack1.h>
struct Entry {
	USHORT Id;
	PCSTR Name;
};
#include <poppack.h>

static ULONG Counter;

class Registry {
public:
	static const Entry Table[4096];
	static Entry One;
	static inline Entry Inline[2] = {{1, "a"}, {2, "b"}}; // expected-note {{'Inline' stores 2 addresses in unaligned pointers; some placements make a relocation straddle a page; give the pointers natural alignment or build with /Gy [hvci-straddle-reloc]}}
	static const Entry Declared[2];
};

const Entry Registry::Table[4096] = {[0 ... 4095] = {1, "entry"}}; // expected-warning {{'Table' stores 4096 addresses in unaligned pointers; every placement makes a relocation straddle a page; give the pointers natural alignment or build with /Gy [hvci-straddle-reloc]}}
Entry Registry::One = {1, "one"}; // expected-note {{'One' stores an address in an unaligned pointer; some placements}}

namespace drv {
constexpr Entry Names[] = {{1, "a"}, {2, "b"}, {3, "c"}}; // expected-note {{'Names' stores 3 addresses in unaligned pointers}}
Entry Nulls[4] = {{1, nullptr}, {2, NULL}};
extern "C" {
Entry CEntries[2] = {{1, (PCSTR)&Counter}, {2, nullptr}}; // expected-note {{'CEntries' stores an address in an unaligned pointer}}
}
} // namespace drv

template <typename T> struct Holder {
	static Entry Slot;
};
template <typename T> Entry Holder<T>::Slot = {1, "t"}; // expected-note {{'Slot' stores an address in an unaligned pointer}}
template <typename T> struct Dependent {
	static T Slot;
};
template <typename T> T Dependent<T>::Slot = {1, "t"};

PCSTR Pick(USHORT id)
{
	static const Entry Local[] = {{1, "a"}, {2, "b"}}; // expected-note {{'Local' stores 2 addresses in unaligned pointers}}
	const Entry automatic[] = {{1, "a"}, {2, "b"}};
	constexpr Entry automatic2 = {1, nullptr};
	auto lambda = [](USHORT i) {
		static Entry InLambda = {1, "lambda"}; // expected-note {{'InLambda' stores an address in an unaligned pointer}}
		return i ? InLambda.Name : nullptr;
	};
	return id ? Local[id & 1].Name : automatic[0].Name ? lambda(id) : automatic2.Name;
}

/* A constructor stores at run time: no relocation. */
struct Built {
	UCHAR Kind;
	PCSTR Name;
	Built(PCSTR n) : Kind(1), Name(n) {}
};
Built Constructed("built");
