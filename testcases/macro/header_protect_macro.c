// Protection and MDL-priority macros from a user header.
// RUN: %hvcilint check --verify %s -- -I%S/../include
#include <wdm.h>
#include <drvpool.h>

void Use(PHYSICAL_ADDRESS pa, PMDL mdl, SIZE_T n, PVOID *out)
{
	out[0] = MmMapIoSpaceEx(pa, n, DRV_PROTECT); // expected-warning {{'MmMapIoSpaceEx' requests executable memory: protection 'DRV_PROTECT' (0x40) [hvci-exec-protect]}}
	out[1] = MmGetSystemAddressForMdlSafe(mdl, DRV_MDL_PRIORITY); // expected-warning {{'MmGetSystemAddressForMdlSafe' maps the MDL as executable: priority 'DRV_MDL_PRIORITY' (0x10) lacks MdlMappingNoExecute [hvci-exec-mdl]}}
}
