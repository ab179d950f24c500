// MmProtectMdlSystemAddress and MmMapMdl with execute protections.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>

static VOID NTAPI MdlRoutine(PVOID ctx, PVOID va)
{
	UNREFERENCED_PARAMETER(ctx);
	UNREFERENCED_PARAMETER(va);
}

NTSTATUS Protect(PMDL mdl)
{
	NTSTATUS s = MmProtectMdlSystemAddress(mdl, PAGE_EXECUTE_READ); // expected-warning {{'MmProtectMdlSystemAddress' requests executable memory: protection 'PAGE_EXECUTE_READ' (0x20) [hvci-exec-protect]}}
	if (!NT_SUCCESS(s))
		return s;
	s = MmProtectMdlSystemAddress(mdl, PAGE_READONLY);
	if (!NT_SUCCESS(s))
		return s;
	return MmMapMdl(mdl, PAGE_EXECUTE_READWRITE, MdlRoutine, NULL); // expected-warning {{'MmMapMdl' requests executable memory: protection 'PAGE_EXECUTE_READWRITE' (0x40) [hvci-exec-protect]}}
}
