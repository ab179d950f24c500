/*
 * fingerprints.c - the fingerprint a report shows for a finding: the one
 * the store recorded, else (check --no-db, the editor) the same "v2:HASH:N"
 * made here, N counting repeats of the same hash within one unit's
 * findings in the order given.  SARIF and the Code Quality report share it
 * so both name a finding the same way; it decides nothing about which
 * findings are new (reports compare stored fingerprints).
 */
#include <stdio.h>
#include <stdlib.h>

#include "report/report.h"
#include "util/fingerprint.h"
#include "util/util.h"

void hvci_report_fingerprint(const hvci_finding *f, hvci_fp_counter *c, char *buf, size_t size)
{
	if (f->fingerprint) {
		snprintf(buf, size, "%s", f->fingerprint);
		return;
	}
	uint64_t h = hvci_finding_hash(f);
	size_t occ = 1;
	for (size_t k = 0; k < c->n; k++)
		occ += c->seen[k] == h;
	c->seen = hvci_xrealloc(c->seen, (c->n + 1) * sizeof *c->seen);
	c->seen[c->n++] = h;
	snprintf(buf, size, HVCI_FINGERPRINT_PREFIX "%016llx:%zu", (unsigned long long)h, occ);
}

void hvci_fp_counter_reset(hvci_fp_counter *c)
{
	free(c->seen);
	c->seen = NULL;
	c->n = 0;
}
