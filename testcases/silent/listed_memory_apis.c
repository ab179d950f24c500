// Listed rows (MmCopyMemory, system/session views, reserved mappings, MmProtectDriverSection) are never reported.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <ntddk.h>

NTSTATUS Listed(PVOID section, PVOID reserved, PMDL mdl, PVOID target, MM_COPY_ADDRESS src, PVOID *out)
{
	SIZE_T size = 0, copied = 0;
	NTSTATUS s = MmCopyMemory(target, src, 64, MM_COPY_MEMORY_PHYSICAL, &copied);
	s = MmMapViewInSystemSpace(section, &out[0], &size);
	s = MmMapViewInSessionSpace(section, &out[1], &size);
	out[2] = MmMapLockedPagesWithReservedMapping(reserved, 'vseR', mdl, MmCached);
	return MmProtectDriverSection(out[2], 4096, 0);
}
