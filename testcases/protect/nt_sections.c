// NtCreateSection, NtCreateSectionEx and NtMapViewOfSection with execute protections.
// RUN: %hvcilint check --verify %s --
#include <ntifs.h>

NTSTATUS Sections(PHANDLE h, PLARGE_INTEGER max, PVOID *base, PSIZE_T size)
{
	NTSTATUS s;
	s = NtCreateSection(h, SECTION_ALL_ACCESS, NULL, max, PAGE_EXECUTE_READWRITE, SEC_COMMIT, NULL); // expected-warning {{'NtCreateSection' requests executable memory: protection 'PAGE_EXECUTE_READWRITE' (0x40) [hvci-exec-protect]}}
	s = NtCreateSectionEx(h, SECTION_ALL_ACCESS, NULL, max, PAGE_EXECUTE_READ, SEC_COMMIT, NULL, NULL, 0); // expected-warning {{'NtCreateSectionEx' requests executable memory: protection 'PAGE_EXECUTE_READ' (0x20) [hvci-exec-protect]}}
	s = NtMapViewOfSection(*h, NtCurrentProcess(), base, 0, 0, NULL, size, ViewShare, 0, PAGE_EXECUTE); // expected-warning {{'NtMapViewOfSection' requests executable memory: protection 'PAGE_EXECUTE' (0x10) [hvci-exec-protect]}}
	return s;
}
