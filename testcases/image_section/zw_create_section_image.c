// ZwCreateSection with SEC_IMAGE maps the file as an executable image; SEC_IMAGE_NO_EXECUTE and data sections stay silent.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --format=json %s -- | grep -c '"text": *"SEC_IMAGE_NO_EXECUTE"' | grep -qx 2
#include <ntifs.h>

NTSTATUS MapAsImage(PHANDLE h, HANDLE file)
{
	return ZwCreateSection(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, SEC_IMAGE, file); // expected-warning {{'ZwCreateSection' maps a file as an executable image: allocation attributes 'SEC_IMAGE' (0x1000000) lack SEC_IMAGE_NO_EXECUTE [hvci-exec-image]}}
}

NTSTATUS MapAsImageNoExecute(PHANDLE h, HANDLE file)
{
	return ZwCreateSection(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, SEC_IMAGE_NO_EXECUTE, file); // no warning
}

NTSTATUS MapAsImageSpelledOut(PHANDLE h, HANDLE file)
{
	/* SEC_IMAGE | SEC_NOCACHE is what SEC_IMAGE_NO_EXECUTE expands to. */
	return ZwCreateSection(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, SEC_IMAGE | SEC_NOCACHE, file); // no warning
}

NTSTATUS MapAsData(PHANDLE h, HANDLE file)
{
	return ZwCreateSection(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, SEC_COMMIT, file); // no warning
}

NTSTATUS MapAsLiteral(PHANDLE h, HANDLE file)
{
	return ZwCreateSection(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, 0x01000000, file); // expected-warning {{allocation attributes '0x01000000' (0x1000000) lack SEC_IMAGE_NO_EXECUTE [hvci-exec-image]}}
}

NTSTATUS ImageAndExecuteProtection(PHANDLE h, HANDLE file)
{
	/* Two findings: the protection (hvci-exec-protect) and SEC_IMAGE. */
	return ZwCreateSection(h, SECTION_ALL_ACCESS, NULL, NULL, PAGE_EXECUTE_READ, SEC_IMAGE, file); // expected-warning {{protection 'PAGE_EXECUTE_READ' (0x20) [hvci-exec-protect]}} expected-warning {{'SEC_IMAGE' (0x1000000) lack SEC_IMAGE_NO_EXECUTE [hvci-exec-image]}}
}
