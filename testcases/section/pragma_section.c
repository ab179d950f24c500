// #pragma section with both write and execute declares a W+X section; the
// __pragma and _Pragma spellings count too, and read-only or read-write-only
// sections, skipped code, comments and strings stay silent.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

#pragma section(".wx", read, write, execute) // expected-warning {{section '.wx' is declared writable and executable [hvci-wx-section]}}
#pragma section("SHWX", execute, shared, write) // expected-warning {{section 'SHWX' is declared writable and executable}}
#pragma section ( "SPACED" , write , read , execute ) // expected-warning {{section 'SPACED' is declared writable and executable}}
__pragma(section(".wx2", read, write, execute)) // expected-warning {{section '.wx2' is declared writable and executable [hvci-wx-section]}}
_Pragma("section(\".wx3\", write, execute)") // expected-warning {{section '.wx3' is declared writable and executable [hvci-wx-section]}}
#pragma section(L".wide", read, write, execute) // expected-warning {{section '.wide' is declared writable and executable}}

/* Silent: never both writable and executable. */
#pragma section("RO", read)
#pragma section("RW", read, write)
#pragma section("WONLY", write, nopage)
#pragma section("RX", read, execute)
#pragma section("NOATTR")
#pragma section("DISC", read, discard, nocache)
__pragma(section("RO2", read))
_Pragma("section(\"RX2\", read, execute)")

#if 0
#pragma section(".skipped", read, write, execute)
__pragma(section(".skipped2", read, write, execute))
#endif
#ifdef NOT_DEFINED_ANYWHERE
_Pragma("section(\".skipped3\", write, execute)")
#endif
// #pragma section(".comment", read, write, execute)
/* #pragma section(".block", read, write, execute) */
static const char NotAPragma[] = "#pragma section(\".str\", read, write, execute)";

#pragma section(".wx4", \
                read, write, execute) // expected-warning@-1 {{section '.wx4' is declared writable and executable}}

ULONG UseIt(void)
{
	return (ULONG)sizeof NotAPragma;
}
