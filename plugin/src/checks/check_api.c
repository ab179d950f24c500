/*
 * check_api.c - hvci-exec-api: APIs that only produce executable memory.
 *
 * Registers on the always-exec kind (MmMapIoSpace, MmAllocateContiguousMemory,
 * MmMapLockedPages, the MmGetSystemAddressForMdl macro) and on cache-type
 * (MmAllocateContiguousMemorySpecifyCache[Node]).  For the latter the
 * sources disagree: Code Analysis C30030 names only MmCached, the newer DDI
 * page says the memory is always executable.  We take the newer, stricter
 * reading and report every call, naming the cache type when it is known.
 */
#include <stdio.h>
#include <stdlib.h>

#include "engine/engine.h"

static void check_always(const hvci_site *s)
{
	char *m = hvci_asprintf("'%s' always returns executable memory", s->api);
	hvci_report_api(s, "hvci-exec-api", m);
	free(m);
}

static void check_cache_type(const hvci_site *s)
{
	char *m;
	if (s->vs && s->vs->n == 1 && !s->vs->unknown && s->vs->v[0].param < 0 &&
	    !s->vs->v[0].prov) {
		const char *name =
		    hvci_rules_value_name(s->ctx->rules, HVCI_K_CACHE_TYPE, s->vs->v[0].v);
		m = hvci_asprintf("'%s' always returns executable memory (cache type '%s')", s->api,
		                  name ? name : "?");
	} else {
		m = hvci_asprintf("'%s' always returns executable memory", s->api);
	}
	hvci_report_api(s, "hvci-exec-api", m);
	free(m);
}

/* No predicate: the API is executable whatever its arguments. */
static const hvci_words always_words = {"hvci-exec-api", NULL, "always returns executable memory",
                                        NULL, 0};

void hvci_check_api_register(hvci_registry *r)
{
	hvci_register_words(r, HVCI_K_ALWAYS_EXEC, &always_words);
	hvci_register_words(r, HVCI_K_CACHE_TYPE, &always_words);
	hvci_register_kind(r, HVCI_K_ALWAYS_EXEC, check_always);
	hvci_register_kind(r, HVCI_K_CACHE_TYPE, check_cache_type);
}
