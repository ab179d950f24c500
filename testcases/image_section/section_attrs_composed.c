// hvci-exec-image: SEC_IMAGE added with |=, held in a const local or a static table, and page-file sections; data sections and SEC_IMAGE_NO_EXECUTE stay silent; the data-scan rows follow this rule's suppressions, not hvci-exec-protect's.
// RUN: %hvcilint check --verify %s --
#include <fltKernel.h>

static const ULONG g_ImageAttrs = SEC_IMAGE;

NTSTATUS ImageOrEd(PHANDLE h, HANDLE file, BOOLEAN big)
{
	ULONG attrs = SEC_IMAGE;
	if (big)
		attrs |= SEC_LARGE_PAGES;
	return ZwCreateSection(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, attrs, file); // expected-warning {{'ZwCreateSection' maps a file as an executable image: allocation attributes 'SEC_IMAGE'}}
}

NTSTATUS NoExecuteOrEd(PHANDLE h, HANDLE file)
{
	ULONG attrs = SEC_IMAGE;
	attrs |= SEC_NOCACHE; /* now SEC_IMAGE_NO_EXECUTE */
	return ZwCreateSection(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, attrs, file); // no warning
}

NTSTATUS ImageFromConstLocal(PHANDLE h, HANDLE file)
{
	const ULONG attrs = SEC_IMAGE;
	return NtCreateSection(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, attrs, file); // expected-warning {{'NtCreateSection' maps a file as an executable image: allocation attributes 'SEC_IMAGE' (0x1000000) lack SEC_IMAGE_NO_EXECUTE [hvci-exec-image]}}
}

NTSTATUS ImageFromConstGlobal(PHANDLE h, HANDLE file)
{
	return NtCreateSectionEx(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, g_ImageAttrs, file, NULL, 0); // expected-warning {{'NtCreateSectionEx' maps a file as an executable image: allocation attributes}}
}

NTSTATUS PageFileSection(PHANDLE h, PLARGE_INTEGER size)
{
	/* A pagefile-backed data section: no file, no image. */
	return ZwCreateSection(h, SECTION_ALL_ACCESS, NULL, size, PAGE_READWRITE, SEC_COMMIT, NULL); // no warning
}

NTSTATUS ReservedDataSection(PHANDLE h, PLARGE_INTEGER size)
{
	return NtCreateSection(h, SECTION_ALL_ACCESS, NULL, size, PAGE_READWRITE, SEC_RESERVE | SEC_LARGE_PAGES, NULL); // no warning
}

NTSTATUS NtNoExecute(PHANDLE h, HANDLE file)
{
	return NtCreateSection(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, SEC_IMAGE_NO_EXECUTE, file); // no warning
}

NTSTATUS FltExecuteOnly(PFLT_INSTANCE inst, PFILE_OBJECT file, PFLT_CONTEXT sctx, PHANDLE h, PVOID *obj)
{
	return FltCreateSectionForDataScan(inst, file, sctx, SECTION_MAP_READ, NULL, NULL, PAGE_EXECUTE, SEC_COMMIT, 0, h, obj, NULL); // expected-warning {{'FltCreateSectionForDataScan' requests executable memory: protection 'PAGE_EXECUTE' (0x10) [hvci-exec-image]}}
}

NTSTATUS FltNolintOtherRule(PFLT_INSTANCE inst, PFILE_OBJECT file, PFLT_CONTEXT sctx, PHANDLE h, PVOID *obj)
{
	/* NOLINT of hvci-exec-protect does not cover a finding of hvci-exec-image. */
	return FltCreateSectionForDataScan(inst, file, sctx, SECTION_MAP_READ, NULL, NULL, PAGE_EXECUTE_READ, SEC_COMMIT, 0, h, obj, NULL); // NOLINT(hvci-exec-protect) expected-warning {{protection 'PAGE_EXECUTE_READ' (0x20) [hvci-exec-image]}}
}

NTSTATUS FsRtlNolint(PFILE_OBJECT file, PHANDLE h, PVOID *obj)
{
	return FsRtlCreateSectionForDataScan(h, obj, NULL, file, SECTION_MAP_READ, NULL, NULL, PAGE_EXECUTE_READ, SEC_COMMIT, 0); // NOLINT(hvci-exec-image)
}

NTSTATUS ZwImageNolintOtherRule(PHANDLE h, HANDLE file)
{
	return ZwCreateSection(h, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, SEC_IMAGE, file); // NOLINT(hvci-exec-protect) expected-warning {{'SEC_IMAGE' (0x1000000) lack SEC_IMAGE_NO_EXECUTE [hvci-exec-image]}}
}
