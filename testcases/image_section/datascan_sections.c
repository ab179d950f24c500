// Data-scan sections with an executable protection are reported as hvci-exec-image; read-only and read-write ones stay silent; C30030 suppressions still apply.
// RUN: %hvcilint check --verify %s --
#include <fltKernel.h>

NTSTATUS FltExecRead(PFLT_INSTANCE inst, PFILE_OBJECT file, PFLT_CONTEXT sctx, PHANDLE h, PVOID *obj)
{
	return FltCreateSectionForDataScan(inst, file, sctx, SECTION_MAP_READ, NULL, NULL, PAGE_EXECUTE_READ, SEC_COMMIT, 0, h, obj, NULL); // expected-warning {{'FltCreateSectionForDataScan' requests executable memory: protection 'PAGE_EXECUTE_READ' (0x20) [hvci-exec-image]}}
}

NTSTATUS FltReadWrite(PFLT_INSTANCE inst, PFILE_OBJECT file, PFLT_CONTEXT sctx, PHANDLE h, PVOID *obj)
{
	return FltCreateSectionForDataScan(inst, file, sctx, SECTION_MAP_READ | SECTION_MAP_WRITE, NULL, NULL, PAGE_READWRITE, SEC_COMMIT, 0, h, obj, NULL); // no warning
}

NTSTATUS FsRtlExecFromVariable(PFILE_OBJECT file, PHANDLE h, PVOID *obj, BOOLEAN exec)
{
	ULONG prot = PAGE_READONLY;
	if (exec)
		prot = PAGE_EXECUTE_WRITECOPY;
	return FsRtlCreateSectionForDataScan(h, obj, NULL, file, SECTION_MAP_READ, NULL, NULL, prot, SEC_COMMIT, 0); // expected-warning {{'FsRtlCreateSectionForDataScan' requests executable memory: protection 'PAGE_EXECUTE_WRITECOPY' (0x80) [hvci-exec-image]}}
}

NTSTATUS FsRtlReadOnly(PFILE_OBJECT file, PHANDLE h, PVOID *obj)
{
	return FsRtlCreateSectionForDataScan(h, obj, NULL, file, SECTION_MAP_READ, NULL, NULL, PAGE_READONLY, SEC_COMMIT, 0); // no warning
}

NTSTATUS FsRtlSuppressedByCodeAnalysisNumber(PFILE_OBJECT file, PHANDLE h, PVOID *obj)
{
#pragma warning(suppress: 30030)
	return FsRtlCreateSectionForDataScan(h, obj, NULL, file, SECTION_MAP_READ, NULL, NULL, PAGE_EXECUTE_READ, SEC_COMMIT, 0); // no warning
}
