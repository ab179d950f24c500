// A wrapper around MmGetSystemAddressForMdlSafe that passes the priority on.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>

static PVOID DrvMap(PMDL mdl, ULONG prio)
{
	return MmGetSystemAddressForMdlSafe(mdl, prio);
}

VOID Use(PMDL mdl, PVOID *out)
{
	out[0] = DrvMap(mdl, NormalPagePriority); // expected-warning {{'DrvMap' maps the MDL as executable: priority 'NormalPagePriority' (0x10) lacks MdlMappingNoExecute [hvci-exec-mdl]}}
	out[1] = DrvMap(mdl, NormalPagePriority | MdlMappingNoExecute);
}
