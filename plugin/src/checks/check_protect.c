/*
 * check_protect.c - hvci-exec-protect: executable page protections.
 *
 * Registers on the page-protect kind (ZwMapViewOfSection, ZwCreateSection,
 * ZwAllocateVirtualMemory, MmMapIoSpaceEx, MmAllocateContiguousNodeMemory,
 * MmProtectMdlSystemAddress, ...).  A protection is executable when any of
 * PAGE_EXECUTE, _READ, _READWRITE or _WRITECOPY (0x10-0x80) is set; the
 * GUARD/NOCACHE/WRITECOMBINE modifiers do not change that.  It does not
 * look at PAGE_GRAPHICS_* values, whose meaning for drivers is unconfirmed.
 * Rows may file the finding under another rule (the data-scan sections of
 * FltCreateSectionForDataScan / FsRtlCreateSectionForDataScan belong to
 * hvci-exec-image); the verdict is the same.
 */
#include "engine/engine.h"

static int protect_exec(uint64_t v)
{
	return (v & 0xF0) != 0;
}

static const hvci_words protect_words = {"hvci-exec-protect", protect_exec,
                                         "requests executable memory: protection", NULL, 1};

static void check_protect(const hvci_site *s)
{
	/* A row may file its findings under another rule (hvci-exec-image). */
	const char *rule = s->row->rule ? s->row->rule : protect_words.rule;
	hvci_report_values(s, rule, protect_exec, protect_words.what, NULL, 1);
}

void hvci_check_protect_register(hvci_registry *r)
{
	hvci_register_kind(r, HVCI_K_PAGE_PROTECT, check_protect);
	hvci_register_words(r, HVCI_K_PAGE_PROTECT, &protect_words);
}
