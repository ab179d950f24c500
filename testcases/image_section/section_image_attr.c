// SEC_IMAGE / SEC_IMAGE_NO_EXECUTE allocation attributes (section-attr rows) are judged by hvci-exec-image only: no hvci-exec-protect finding for a PAGE_READONLY image section.
// RUN: %hvcilint check --verify %s --
#include <ntifs.h>

NTSTATUS Image(PHANDLE h, HANDLE file)
{
	NTSTATUS s = ZwCreateSection(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, SEC_IMAGE, file); // expected-warning {{'ZwCreateSection' maps a file as an executable image: allocation attributes 'SEC_IMAGE' (0x1000000) lack SEC_IMAGE_NO_EXECUTE [hvci-exec-image]}}
	if (!NT_SUCCESS(s))
		return s;
	s = NtCreateSection(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, SEC_IMAGE_NO_EXECUTE, file);
	if (!NT_SUCCESS(s))
		return s;
	return NtCreateSectionEx(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, SEC_IMAGE, file, NULL, 0); // expected-warning {{'NtCreateSectionEx' maps a file as an executable image: allocation attributes 'SEC_IMAGE' (0x1000000) lack SEC_IMAGE_NO_EXECUTE [hvci-exec-image]}}
}
