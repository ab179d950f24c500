// FltCreateSectionForDataScan with an execute SectionPageProtection maps the scanned file executable: hvci-exec-image (a page-protect row filed under that rule).
// RUN: %hvcilint check --verify %s --
#include <fltKernel.h>

NTSTATUS Scan(PFLT_INSTANCE inst, PFILE_OBJECT file, PFLT_CONTEXT sctx, PHANDLE h, PVOID *obj)
{
	return FltCreateSectionForDataScan(inst, file, sctx, SECTION_MAP_READ, NULL, NULL, PAGE_EXECUTE_READWRITE, SEC_COMMIT, 0, h, obj, NULL); // expected-warning {{'FltCreateSectionForDataScan' requests executable memory: protection 'PAGE_EXECUTE_READWRITE' (0x40) [hvci-exec-image]}}
}

NTSTATUS ScanRo(PFLT_INSTANCE inst, PFILE_OBJECT file, PFLT_CONTEXT sctx, PHANDLE h, PVOID *obj)
{
	return FltCreateSectionForDataScan(inst, file, sctx, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, SEC_COMMIT, 0, h, obj, NULL);
}
