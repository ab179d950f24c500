// NOLINT and NOLINTNEXTLINE work on pragma lines and on macro uses like on
// any other finding; a NOLINT for another rule does not suppress.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --format json %s -- | grep -q '"suppressed": *true'
#include <ntddk.h>

#define WX __pragma(section(".mwx", read, write, execute))

#pragma section(".wx", read, write, execute) // NOLINT(hvci-wx-section)
#pragma comment(linker, "/ALIGN:512") // NOLINT(hvci-section-*): legacy loader test build
// NOLINTNEXTLINE(hvci-iat-exec)
#pragma comment(linker, "/MERGE:.rdata=.text")
WX // NOLINT
#pragma section(".wx2", read, write, execute) // NOLINT(hvci-iat-exec) expected-warning {{section '.wx2' is declared writable and executable [hvci-wx-section]}}
// NOLINTNEXTLINE(hvci-wx-section)
#pragma comment(linker, "/MERGE:.idata=.text") // expected-warning {{'/MERGE:.idata=.text' puts the import address table in executable section '.text' [hvci-iat-exec]}}

ULONG Suppressed(void)
{
	return 0;
}
