// ZwCreateSection with an executable SectionPageProtection.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>

NTSTATUS MakeSection(PHANDLE h, PLARGE_INTEGER size)
{
	return ZwCreateSection(h, SECTION_ALL_ACCESS, NULL, size, PAGE_EXECUTE_READWRITE, SEC_COMMIT, NULL); // expected-warning {{'ZwCreateSection' requests executable memory: protection 'PAGE_EXECUTE_READWRITE' (0x40) [hvci-exec-protect]}}
}

NTSTATUS MakeDataSection(PHANDLE h, PLARGE_INTEGER size)
{
	return ZwCreateSection(h, SECTION_ALL_ACCESS, NULL, size, PAGE_READWRITE, SEC_COMMIT, NULL);
}
