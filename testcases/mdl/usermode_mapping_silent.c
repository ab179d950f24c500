// MDL mappings into user mode (AccessMode UserMode) are never executable kernel memory.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <wdm.h>

PVOID MapUser(PMDL mdl)
{
	return MmMapLockedPagesSpecifyCache(mdl, UserMode, MmCached, NULL, FALSE, NormalPagePriority);
}

PVOID MapUserLegacy(PMDL mdl)
{
	return MmMapLockedPages(mdl, UserMode);
}
