// ZwMapViewOfSection with PAGE_EXECUTE_READWRITE as Win32Protect.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>

NTSTATUS MapView(HANDLE section, PVOID *base, PSIZE_T size)
{
	return ZwMapViewOfSection(section, ZwCurrentProcess(), base, 0, 0, NULL, size, ViewUnmap, 0, PAGE_EXECUTE_READWRITE); // expected-warning {{'ZwMapViewOfSection' requests executable memory: protection 'PAGE_EXECUTE_READWRITE' (0x40) [hvci-exec-protect]}}
}

NTSTATUS MapViewRw(HANDLE section, PVOID *base, PSIZE_T size)
{
	return ZwMapViewOfSection(section, ZwCurrentProcess(), base, 0, 0, NULL, size, ViewUnmap, 0, PAGE_READWRITE);
}
