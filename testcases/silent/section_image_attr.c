// SEC_IMAGE / SEC_IMAGE_NO_EXECUTE allocation attributes (section-attr rows) are not reported by these rules.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <ntifs.h>

NTSTATUS Image(PHANDLE h, HANDLE file)
{
	NTSTATUS s = ZwCreateSection(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, SEC_IMAGE, file);
	if (!NT_SUCCESS(s))
		return s;
	s = NtCreateSection(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, SEC_IMAGE_NO_EXECUTE, file);
	if (!NT_SUCCESS(s))
		return s;
	return NtCreateSectionEx(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, SEC_IMAGE, file, NULL, 0);
}
