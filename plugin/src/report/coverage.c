/*
 * coverage.c - the words every output uses for coverage: the run summary
 * line and the message for a call that was not analysed.  The writers and
 * the editor servers place these texts; the engine decides what was
 * analysed (and notes each missing #include it replaced by a stand-in at
 * the #include, as a tool diagnostic).
 */
#include <string.h>

#include "report/report.h"
#include "util/util.h"

static int carries_coverage(const hvci_coverage *c)
{
	return c->functions || c->calls || c->n_stand_in_headers || c->recovery_passes;
}

void hvci_coverage_sum(hvci_tu_result *const *results, size_t n, hvci_coverage_totals *t)
{
	memset(t, 0, sizeof *t);
	for (size_t i = 0; i < n; i++) {
		const hvci_tu_result *r = results[i];
		const hvci_coverage *c = &r->coverage;
		if (r->status == HVCI_TU_SKIPPED)
			t->units_skipped++;
		if (!carries_coverage(c))
			continue;
		t->units++;
		t->functions += c->functions;
		t->functions_analysed += c->functions_analysed;
		t->calls += c->calls;
		t->calls_ast += c->calls_ast;
		t->calls_tokens += c->calls_tokens;
		t->calls_unanalysed += c->calls_unanalysed;
		t->files_unanalysed += c->calls_unanalysed > 0;
		t->stand_in_headers += (unsigned)c->n_stand_in_headers;
		t->files_stand_ins += c->n_stand_in_headers > 0;
		t->recovery_passes += c->recovery_passes;
	}
}

int hvci_coverage_partial(const hvci_coverage_totals *t)
{
	return t->calls_tokens || t->calls_unanalysed || t->functions_analysed < t->functions ||
	       t->stand_in_headers || t->units_skipped;
}

static const char *plural(unsigned n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

char *hvci_coverage_summary(const hvci_coverage_totals *t)
{
	if (!t->units && !t->units_skipped)
		return NULL;
	hvci_buf b;
	hvci_buf_init(&b);
	const char *sep = "";
	if (t->units) {
		unsigned done = t->calls_ast + t->calls_tokens;
		hvci_buf_printf(&b, "%u of %u affected %s analysed", done, t->calls,
		                plural(t->calls, "call", "calls"));
		if (t->calls_tokens)
			hvci_buf_printf(&b, " (%u on the AST, %u from tokens)", t->calls_ast,
			                t->calls_tokens);
		if (t->calls_unanalysed)
			hvci_buf_printf(&b, ", %u not analysed in %u %s", t->calls_unanalysed,
			                t->files_unanalysed,
			                plural(t->files_unanalysed, "file", "files"));
		hvci_buf_printf(&b, "; %u of %u %s parsed", t->functions_analysed, t->functions,
		                plural(t->functions, "function", "functions"));
		if (t->stand_in_headers == 1)
			hvci_buf_puts(&b, "; 1 missing header replaced by an empty stand-in");
		else if (t->stand_in_headers)
			hvci_buf_printf(&b,
			                "; %u missing headers replaced by empty stand-ins in %u %s",
			                t->stand_in_headers, t->files_stand_ins,
			                plural(t->files_stand_ins, "file", "files"));
		sep = "; ";
	}
	if (t->units_skipped)
		hvci_buf_printf(&b, "%s%u user-mode %s skipped", sep, t->units_skipped,
		                plural(t->units_skipped, "unit", "units"));
	return hvci_buf_take(&b);
}

char *hvci_coverage_site_message(const hvci_cov_call *k)
{
	const char *api = k->api ? k->api : "an affected API";
	if (k->how == HVCI_COV_TOKENS)
		return hvci_asprintf("call of '%s' was checked from its tokens only: %s", api,
		                     k->reason ? k->reason : "its function did not parse");
	return hvci_asprintf("call of '%s' was not analysed: %s", api,
	                     k->reason ? k->reason : "its function did not parse");
}
