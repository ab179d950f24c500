/*
 * fingerprint.c - FNV-1a over what identifies a finding (see the header).
 */
#include <ctype.h>

#include "util/fingerprint.h"
#include "util/util.h"

static uint64_t fnv(uint64_t h, const char *s)
{
	for (; s && *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	h ^= 0xff; /* field separator */
	h *= 1099511628211ULL;
	return h;
}

uint64_t hvci_finding_hash(const hvci_finding *f)
{
	uint64_t h = 14695981039346656037ULL;
	h = fnv(h, f->rule_id);
	h = fnv(h, f->function);
	hvci_buf b;
	hvci_buf_init(&b);
	for (const char *p = f->source_line ? f->source_line : f->message; p && *p; p++)
		if (!isspace((unsigned char)*p))
			hvci_buf_putc(&b, *p);
	h = fnv(h, b.s);
	hvci_buf_free(&b);
	return fnv(h, f->loc.logical);
}
