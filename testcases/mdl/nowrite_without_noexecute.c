// MdlMappingNoWrite alone does not make a mapping NX.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>

PVOID MapReadOnly(PMDL mdl)
{
	return MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoWrite); // expected-warning {{'MmGetSystemAddressForMdlSafe' maps the MDL as executable: priority 'NormalPagePriority | MdlMappingNoWrite' (0x80000010) lacks MdlMappingNoExecute [hvci-exec-mdl]}}
}

PVOID MapReadOnlyNx(PMDL mdl)
{
	return MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoWrite | MdlMappingNoExecute);
}
