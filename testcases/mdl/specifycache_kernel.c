// MmMapLockedPagesSpecifyCache in KernelMode without MdlMappingNoExecute.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>

PVOID MapKernel(PMDL mdl)
{
	return MmMapLockedPagesSpecifyCache(mdl, KernelMode, MmCached, NULL, FALSE, HighPagePriority); // expected-warning {{'MmMapLockedPagesSpecifyCache' maps the MDL as executable: priority 'HighPagePriority' (0x20) lacks MdlMappingNoExecute [hvci-exec-mdl]}}
}

PVOID MapKernelNx(PMDL mdl)
{
	return MmMapLockedPagesSpecifyCache(mdl, KernelMode, MmCached, NULL, FALSE, HighPagePriority | MdlMappingNoExecute);
}
