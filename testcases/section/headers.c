// Pragmas in the driver's own headers are reported in the header; pragmas in
// WDK or system headers (here one found through -isystem) are not, and nor
// are system macros that carry pragmas.  A user-header macro is reported
// where the main file uses it.
// RUN: %hvcilint check --verify %s -- -I%S/../include -isystem %S/../include/section_sys
// RUN: %hvcilint check %s -- -I%S/../include -isystem %S/../include/section_sys | grep -q "section_user.h:3:1: warning: section '.hdrwx' is declared writable and executable \[hvci-wx-section\]"
// RUN: %hvcilint check %s -- -I%S/../include -isystem %S/../include/section_sys | grep -q "section_user.h:4:1: warning: '/ALIGN:256' sets a section alignment of 256"
// RUN: %hvcilint check %s -- -I%S/../include -isystem %S/../include/section_sys | grep -c "warning:" | grep -qx 3
// RUN: ! %hvcilint check %s -- -I%S/../include -isystem %S/../include/section_sys | grep -q "section_sys"
#include <ntddk.h>
#include "section_user.h"
#include <section_sys.h>

HDR_WX_SECTION(".fromhdr") // expected-warning {{section '.fromhdr' is declared writable and executable [hvci-wx-section]}}
SYS_WX_SECTION

ULONG Headers(void)
{
	return 0;
}
