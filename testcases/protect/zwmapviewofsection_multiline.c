// A multi-line ZwMapViewOfSection call is reported on the line of the protection argument.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>

NTSTATUS MapView(HANDLE section, PVOID *base, PSIZE_T size)
{
	return ZwMapViewOfSection(section,
	                          ZwCurrentProcess(),
	                          base,
	                          0,
	                          0,
	                          NULL,
	                          size,
	                          ViewUnmap,
	                          0,
	                          PAGE_EXECUTE_READ); // expected-warning {{'ZwMapViewOfSection' requests executable memory: protection 'PAGE_EXECUTE_READ' (0x20) [hvci-exec-protect]}}
}
