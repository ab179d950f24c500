/*
 * check_mdl.c - hvci-exec-mdl: kernel-mode MDL mappings without
 * MdlMappingNoExecute.
 *
 * Registers on the mdl-priority kind (MmGetSystemAddressForMdlSafe,
 * MmMapLockedPagesSpecifyCache, NdisQueryMdl).  The priority is executable
 * unless bit 0x40000000 is set.  Mappings whose AccessMode is UserMode are
 * skipped by the walker (they are always NX).  Under POOL_NX_OPTIN_AUTO the
 * WDK wraps MmMapLockedPagesSpecifyCache and ORs the flag in; the walker
 * sees that through the wrapper's summary, so nothing is special here.
 */
#include "engine/engine.h"

static int mdl_exec(uint64_t v)
{
	return (v & 0x40000000) == 0;
}

static const hvci_words mdl_words = {"hvci-exec-mdl", mdl_exec,
                                     "maps the MDL as executable: priority",
                                     " lacks MdlMappingNoExecute", 1};

static void check_mdl(const hvci_site *s)
{
	hvci_report_words(s, &mdl_words);
}

void hvci_check_mdl_register(hvci_registry *r)
{
	hvci_register_kind(r, HVCI_K_MDL_PRIORITY, check_mdl);
	hvci_register_exec(r, HVCI_K_MDL_PRIORITY, mdl_exec);
	hvci_register_words(r, HVCI_K_MDL_PRIORITY, &mdl_words);
}
