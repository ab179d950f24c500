// Clearing CR0.WP (bit 16) so read-only code can be written; setting it again is silent.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>
#include <intrin.h>

#define CR0_WP 0x10000

VOID DisableWpInline(VOID)
{
	__writecr0(__readcr0() & ~0x10000); // expected-warning {{'__writecr0' clears CR0.WP (bit 16), which turns off the write protection of read-only code [hvci-code-write]}}
}

VOID DisableWpMacro(VOID)
{
	__writecr0(__readcr0() & ~CR0_WP); // expected-warning {{'__writecr0' clears CR0.WP (bit 16), which turns off the write protection of read-only code [hvci-code-write]}}
}

VOID DisableWpMask(VOID)
{
	__writecr0(__readcr0() & 0xFFFEFFFF); // expected-warning {{'__writecr0' clears CR0.WP (bit 16), which turns off the write protection of read-only code [hvci-code-write]}}
}

VOID DisableWpVariable(VOID)
{
	ULONG_PTR cr0 = __readcr0();
	cr0 &= ~(ULONG_PTR)CR0_WP;
	__writecr0(cr0); // expected-warning {{'__writecr0' clears CR0.WP (bit 16), which turns off the write protection of read-only code [hvci-code-write]}}
}

VOID DisableWpAssigned(VOID)
{
	ULONG64 cr0;
	cr0 = __readcr0();
	cr0 = cr0 & ~0x10000ULL;
	__writecr0(cr0); // expected-warning {{'__writecr0' clears CR0.WP (bit 16), which turns off the write protection of read-only code [hvci-code-write]}}
}

VOID WriteConstantWithoutWp(VOID)
{
	__writecr0(0x80000033); // expected-warning {{'__writecr0' clears CR0.WP (bit 16), which turns off the write protection of read-only code [hvci-code-write]}}
}

VOID DisableWpOnOnePath(BOOLEAN patch)
{
	ULONG_PTR cr0 = __readcr0();
	if (patch)
		cr0 &= ~0x10000ULL;
	__writecr0(cr0); // expected-warning {{'__writecr0' clears CR0.WP (bit 16), which turns off the write protection of read-only code [hvci-code-write]}}
}

/* XOR toggles WP: the kernel runs with it set, so the first toggle clears
   it; the second restores the value read and is silent. */
VOID ToggleWp(VOID)
{
	ULONG_PTR cr0 = __readcr0();
	cr0 ^= CR0_WP;
	__writecr0(cr0); // expected-warning {{'__writecr0' clears CR0.WP (bit 16), which turns off the write protection of read-only code [hvci-code-write]}}
	cr0 ^= CR0_WP;
	__writecr0(cr0);
}

VOID ToggleWpInline(VOID)
{
	__writecr0(__readcr0() ^ 0x10000); // expected-warning {{'__writecr0' clears CR0.WP (bit 16), which turns off the write protection of read-only code [hvci-code-write]}}
}

/* A helper that writes whatever it is given: the call that passes the
   cleared value is reported, the helper itself is not. */
static VOID WriteCr0(ULONG_PTR value)
{
	__writecr0(value);
}

VOID DisableWpThroughHelper(VOID)
{
	WriteCr0(__readcr0() & ~0x10000ULL); // expected-warning {{'WriteCr0' clears CR0.WP (bit 16), which turns off the write protection of read-only code [hvci-code-write]}}
}

// Look-alikes that must stay silent.

VOID EnableWp(VOID)
{
	__writecr0(__readcr0() | CR0_WP);
}

VOID ClearThenRestore(VOID)
{
	ULONG_PTR cr0 = __readcr0();
	cr0 &= ~0x10000ULL;
	cr0 |= 0x10000;
	__writecr0(cr0);
}

VOID RewriteUnchanged(VOID)
{
	__writecr0(__readcr0());
}

VOID ToggleOtherBit(VOID)
{
	__writecr0(__readcr0() ^ 0x40000); /* AM, not WP */
}

VOID ToggleThenSet(VOID)
{
	__writecr0((__readcr0() ^ CR0_WP) | CR0_WP);
}

VOID ClearOtherBit(VOID)
{
	__writecr0(__readcr0() & ~0x40000ULL); /* AM, not WP */
}

VOID EnableWpThroughHelper(VOID)
{
	WriteCr0(__readcr0() | 0x10000);
}

BOOLEAN WpIsSet(VOID)
{
	return (__readcr0() & CR0_WP) != 0;
}

VOID WriteCr4(VOID)
{
	__writecr4(__readcr4() & ~0x10000ULL); /* CR4 bit 16 is FSGSBASE */
}
