// A priority with MdlMappingNoExecute kept in a variable is NX.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <wdm.h>

PVOID Map(PMDL mdl)
{
	ULONG prio = NormalPagePriority | MdlMappingNoExecute;
	PVOID a = MmGetSystemAddressForMdlSafe(mdl, prio);
	PVOID b = MmMapLockedPagesSpecifyCache(mdl, KernelMode, MmNonCached, NULL, FALSE, prio);
	return a ? a : b;
}
