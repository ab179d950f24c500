/*
 * check_pool.c - hvci-exec-pool: allocations of executable pool.
 *
 * Registers on the pool-type, pool-flags, lookaside-flags and heap-flags
 * argument kinds of the API table (rules/NAME.api.yaml).  A POOL_TYPE is
 * executable when it is nonpaged (bit 0 clear) and lacks the NX bit 0x200;
 * POOL_FLAGS when POOL_FLAG_NON_PAGED_EXECUTE (0x80) is set; lookaside Flags
 * when POOL_NX_ALLOCATION (0x200) is missing; heap flags with
 * HEAP_CREATE_ENABLE_EXECUTE.  Paged pool counts as NX: the sources
 * disagree for x86 only, and x86 drivers are rare.  What it misses: a pool
 * type chosen at run time from data we cannot see is not reported.
 */
#include "engine/engine.h"

static int pool_type_exec(uint64_t v)
{
	return (v & 1) == 0 && (v & 0x200) == 0;
}

static int pool_flags_exec(uint64_t v)
{
	return (v & 0x80) != 0;
}

static int lookaside_exec(uint64_t v)
{
	return (v & 0x200) == 0;
}

static int heap_exec(uint64_t v)
{
	return (v & 0x00040000) != 0;
}

static const hvci_words pool_type_words = {
    "hvci-exec-pool", pool_type_exec, "allocates executable memory: pool type", NULL, 0};
static const hvci_words pool_flags_words = {
    "hvci-exec-pool", pool_flags_exec, "allocates executable memory: pool flags", NULL, 1};
static const hvci_words lookaside_words = {
    "hvci-exec-pool", lookaside_exec, "creates a lookaside list of executable memory: flags",
    " lack POOL_NX_ALLOCATION", 1};
static const hvci_words heap_words = {"hvci-exec-pool", heap_exec,
                                      "creates an executable heap: flags", NULL, 1};

static void check_pool_type(const hvci_site *s)
{
	hvci_report_words(s, &pool_type_words);
}

static void check_pool_flags(const hvci_site *s)
{
	hvci_report_words(s, &pool_flags_words);
}

static void check_lookaside(const hvci_site *s)
{
	hvci_report_words(s, &lookaside_words);
}

static void check_heap(const hvci_site *s)
{
	hvci_report_words(s, &heap_words);
}

void hvci_check_pool_register(hvci_registry *r)
{
	hvci_register_kind(r, HVCI_K_POOL_TYPE, check_pool_type);
	hvci_register_kind(r, HVCI_K_POOL_FLAGS, check_pool_flags);
	hvci_register_kind(r, HVCI_K_LOOKASIDE_FLAGS, check_lookaside);
	hvci_register_kind(r, HVCI_K_HEAP_FLAGS, check_heap);
	hvci_register_words(r, HVCI_K_POOL_TYPE, &pool_type_words);
	hvci_register_words(r, HVCI_K_POOL_FLAGS, &pool_flags_words);
	hvci_register_words(r, HVCI_K_LOOKASIDE_FLAGS, &lookaside_words);
	hvci_register_words(r, HVCI_K_HEAP_FLAGS, &heap_words);
	/* The kinds POOL_NX_OPTIN makes depend on the run-time opt-in call. */
	hvci_register_exec(r, HVCI_K_POOL_TYPE, pool_type_exec);
	hvci_register_exec(r, HVCI_K_LOOKASIDE_FLAGS, lookaside_exec);
}
