// CR0.WP cleared in a helper with no parameters, through a variable, or
// with the mask kept in a named constant: the helper's own __writecr0 is
// reported once (its callers are related locations), and helpers that set
// WP again or only read CR0 are silent.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>
#include <intrin.h>

static const ULONG_PTR WpBit = 0x10000;
enum { WpEnumBit = 0x10000 };

static VOID DisableWp(VOID)
{
	ULONG_PTR cr0 = __readcr0();
	cr0 &= ~0x10000;
	__writecr0(cr0); // expected-warning {{'__writecr0' clears CR0.WP (bit 16), which turns off the write protection of read-only code [hvci-code-write]}}
}

static VOID EnableWp(VOID)
{
	ULONG_PTR cr0 = __readcr0();
	cr0 |= WpBit;
	__writecr0(cr0);
}

VOID PatchWithHelpers(VOID)
{
	DisableWp();
	EnableWp();
}

VOID DisableWpNamedConstant(VOID)
{
	ULONG_PTR cr0 = __readcr0();
	ULONG_PTR mask = ~WpBit;
	cr0 = cr0 & mask;
	__writecr0(cr0); // expected-warning {{'__writecr0' clears CR0.WP (bit 16), which turns off the write protection of read-only code [hvci-code-write]}}
}

VOID DisableWpEnumConstant(VOID)
{
	__writecr0(__readcr0() & ~(ULONG_PTR)WpEnumBit); // expected-warning {{'__writecr0' clears CR0.WP (bit 16), which turns off the write protection of read-only code [hvci-code-write]}}
}

// Silent: WP set again before the write, and a helper that only reads.
VOID ToggleBack(VOID)
{
	ULONG_PTR cr0 = __readcr0();
	ULONG_PTR saved = cr0;
	cr0 &= ~WpBit;
	cr0 = saved;
	__writecr0(cr0);
}

static BOOLEAN WpEnabled(VOID)
{
	return (__readcr0() & WpBit) != 0;
}

BOOLEAN Query(VOID)
{
	return WpEnabled();
}
