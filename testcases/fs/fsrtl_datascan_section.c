// FsRtlCreateSectionForDataScan with an execute SectionPageProtection maps the scanned file executable: hvci-exec-image (a page-protect row filed under that rule).
// RUN: %hvcilint check --verify %s --
#include <ntifs.h>

NTSTATUS Scan(PFILE_OBJECT file, PHANDLE h, PVOID *obj)
{
	return FsRtlCreateSectionForDataScan(h, obj, NULL, file, SECTION_MAP_READ, NULL, NULL, PAGE_EXECUTE_READ, SEC_COMMIT, 0); // expected-warning {{'FsRtlCreateSectionForDataScan' requests executable memory: protection 'PAGE_EXECUTE_READ' (0x20) [hvci-exec-image]}}
}
