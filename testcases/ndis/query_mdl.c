// NdisQueryMdl maps the MDL with the given priority; without MdlMappingNoExecute it is executable.
// RUN: %hvcilint check --verify %s --
#include <ndis.h>

PVOID Query(PMDL mdl, UINT *len)
{
	PVOID va = NULL;
	NdisQueryMdl(mdl, &va, len, NormalPagePriority); // expected-warning {{'NdisQueryMdl' maps the MDL as executable: priority 'NormalPagePriority' (0x10) lacks MdlMappingNoExecute [hvci-exec-mdl]}}
	NdisQueryMdl(mdl, &va, len, NormalPagePriority | MdlMappingNoExecute);
	return va;
}
