// A priority held in a local variable without MdlMappingNoExecute; the note points at the assignment.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>

PVOID MapViaVariable(PMDL mdl)
{
	ULONG prio = NormalPagePriority;
	return MmGetSystemAddressForMdlSafe(mdl, prio); // expected-warning {{'MmGetSystemAddressForMdlSafe' maps the MDL as executable: priority 'NormalPagePriority' (0x10) lacks MdlMappingNoExecute [hvci-exec-mdl]}}
}
