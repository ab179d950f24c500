// C++: namespace-scope variables, static class members and static locals
// placed in a code section are writable data in code; const members and
// automatic variables are not placed anywhere and stay silent.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

#pragma section(".text$cp", read, write)
#pragma section(".text$cr", read)

namespace drv {
__declspec(allocate(".text$cp")) ULONG gNs = 1; // expected-warning {{writable data 'gNs' is placed in code section '.text$cp', which makes it writable and executable [hvci-wx-section]}}
__declspec(allocate(".text$cr")) const ULONG gNsRo = 2;
struct Holder {
	static ULONG s;
	static const ULONG c;
};
} // namespace drv

__declspec(allocate(".text$cp")) ULONG drv::Holder::s = 3; // expected-warning {{writable data 's' is placed in code section '.text$cp'}}
__declspec(allocate(".text$cr")) const ULONG drv::Holder::c = 4;

ULONG Fn(ULONG x)
{
	static ULONG local __attribute__((section("INIT"))) = 5; // expected-warning {{writable data 'local' is placed in code section 'INIT'}}
	ULONG automatic = x;
	return local + automatic + drv::gNs + drv::gNsRo + drv::Holder::s + drv::Holder::c;
}
