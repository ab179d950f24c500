// MmGetSystemAddressForMdlSafe with each page priority and no MdlMappingNoExecute.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>

void Map(PMDL mdl, PVOID *out)
{
	out[0] = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority); // expected-warning {{'MmGetSystemAddressForMdlSafe' maps the MDL as executable: priority 'NormalPagePriority' (0x10) lacks MdlMappingNoExecute [hvci-exec-mdl]}}
	out[1] = MmGetSystemAddressForMdlSafe(mdl, HighPagePriority); // expected-warning {{'MmGetSystemAddressForMdlSafe' maps the MDL as executable: priority 'HighPagePriority' (0x20) lacks MdlMappingNoExecute [hvci-exec-mdl]}}
	out[2] = MmGetSystemAddressForMdlSafe(mdl, LowPagePriority); // expected-warning {{'MmGetSystemAddressForMdlSafe' maps the MDL as executable: priority 'LowPagePriority' (0x0) lacks MdlMappingNoExecute [hvci-exec-mdl]}}
	out[3] = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority | MdlMappingNoExecute);
}
