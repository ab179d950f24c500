// NtCreateSection / NtCreateSectionEx with SEC_IMAGE, through variables, branches, user macros and a wrapper that forwards the attributes.
// RUN: %hvcilint check --verify %s --
#include <ntifs.h>

#define DRV_IMAGE_ATTRS SEC_IMAGE
#define DRV_SAFE_ATTRS SEC_IMAGE_NO_EXECUTE

NTSTATUS NtImage(PHANDLE h, HANDLE file)
{
	return NtCreateSection(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, SEC_IMAGE, file); // expected-warning {{'NtCreateSection' maps a file as an executable image: allocation attributes 'SEC_IMAGE' (0x1000000) lack SEC_IMAGE_NO_EXECUTE [hvci-exec-image]}}
}

NTSTATUS NtImageEx(PHANDLE h, HANDLE file)
{
	return NtCreateSectionEx(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, SEC_IMAGE, file, NULL, 0); // expected-warning {{'NtCreateSectionEx' maps a file as an executable image: allocation attributes 'SEC_IMAGE' (0x1000000) lack SEC_IMAGE_NO_EXECUTE [hvci-exec-image]}}
}

NTSTATUS NtImageExNoExecute(PHANDLE h, HANDLE file)
{
	return NtCreateSectionEx(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, SEC_IMAGE_NO_EXECUTE, file, NULL, 0); // no warning
}

NTSTATUS ImageWithOtherBits(PHANDLE h, HANDLE file)
{
	/* SEC_COMMIT does not turn the image into data. */
	return ZwCreateSection(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, SEC_IMAGE | SEC_COMMIT, file); // expected-warning {{allocation attributes 'SEC_IMAGE | SEC_COMMIT' (0x9000000) lack SEC_IMAGE_NO_EXECUTE [hvci-exec-image]}}
}

NTSTATUS ImageFromBranch(PHANDLE h, HANDLE file, BOOLEAN execute)
{
	ULONG attrs = SEC_IMAGE_NO_EXECUTE;
	if (execute)
		attrs = SEC_IMAGE;
	return ZwCreateSection(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, attrs, file); // expected-warning {{allocation attributes 'SEC_IMAGE' (0x1000000) lack SEC_IMAGE_NO_EXECUTE [hvci-exec-image]}}
}

NTSTATUS DataFromBranch(PHANDLE h, HANDLE file, BOOLEAN reserve)
{
	ULONG attrs = SEC_COMMIT;
	if (reserve)
		attrs = SEC_RESERVE;
	return ZwCreateSection(h, SECTION_MAP_READ, NULL, NULL, PAGE_READWRITE, attrs, file); // no warning
}

NTSTATUS ImageFromUserMacro(PHANDLE h, HANDLE file)
{
	return ZwCreateSection(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, DRV_IMAGE_ATTRS, file); // expected-warning {{allocation attributes 'DRV_IMAGE_ATTRS' (0x1000000) lack SEC_IMAGE_NO_EXECUTE [hvci-exec-image]}}
}

NTSTATUS SafeFromUserMacro(PHANDLE h, HANDLE file)
{
	return ZwCreateSection(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, DRV_SAFE_ATTRS, file); // no warning
}

static NTSTATUS MakeSection(PHANDLE h, ULONG attrs, HANDLE file)
{
	return ZwCreateSection(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, attrs, file);
}

NTSTATUS ThroughWrapper(PHANDLE h, HANDLE file)
{
	NTSTATUS s = MakeSection(h, SEC_IMAGE, file); // expected-warning {{'MakeSection' maps a file as an executable image: allocation attributes 'SEC_IMAGE' (0x1000000) lack SEC_IMAGE_NO_EXECUTE [hvci-exec-image]}}
	if (!NT_SUCCESS(s))
		return s;
	return MakeSection(h, SEC_IMAGE_NO_EXECUTE, file); // no warning
}

NTSTATUS UnknownAttrs(PHANDLE h, HANDLE file, ULONG attrs)
{
	/* A value the caller chooses is not reported here. */
	return ZwCreateSection(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, attrs, file); // no warning
}

NTSTATUS ImageSuppressed(PHANDLE h, HANDLE file)
{
	/* Loading a real driver image on purpose. */
	return ZwCreateSection(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, SEC_IMAGE, file); // NOLINT(hvci-exec-image)
}
