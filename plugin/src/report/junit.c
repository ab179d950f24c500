/*
 * junit.c - JUnit XML for CI test dashboards: one <testcase> per analysed
 * file (translation unit or image), one <failure> per unsuppressed
 * finding in it, and an <error> when the file could not be analysed
 * (parse failure, crash, time-out).  Suppressed findings and findings gone
 * since a compared run are not failures; suppressed ones are listed in
 * <system-out> so they stay visible.  The dashboard's "test" is the file,
 * so a file going from red to green is a fixed driver source.
 */
#include <string.h>

#include "report/report.h"

static int is_failure(const hvci_finding *f)
{
	return !f->suppressed && f->baseline != HVCI_BASELINE_ABSENT;
}

static int is_error(const hvci_tu_result *r)
{
	return r->status == HVCI_TU_FAILED || r->status == HVCI_TU_CRASHED ||
	       r->status == HVCI_TU_TIMEOUT;
}

static void put_loc(FILE *out, const hvci_loc *l, const char *root)
{
	hvci_markup_put(out, hvci_report_relpath(l->file, root));
	if (l->logical) {
		fputs(": ", out);
		hvci_markup_put(out, l->logical);
	} else if (l->line) {
		fprintf(out, ":%u:%u", l->line, l->col);
	}
}

static void failure(FILE *out, const hvci_finding *f, const char *root)
{
	fputs("      <failure type=\"", out);
	hvci_markup_put(out, f->rule_id);
	fputs("\" message=\"", out);
	hvci_markup_put(out, f->message);
	fputs(" [", out);
	hvci_markup_put(out, f->rule_id);
	fputs("]\">", out);
	put_loc(out, &f->loc, root);
	fprintf(out, ": %s: ", hvci_severity_name(f->severity));
	hvci_markup_put(out, f->message);
	fputs(" [", out);
	hvci_markup_put(out, f->rule_id);
	fputs("]", out);
	if (f->baseline == HVCI_BASELINE_NEW)
		fputs(" (new)", out);
	fputc('\n', out);
	if (f->source_line) {
		fputs("  ", out);
		hvci_markup_put(out, f->source_line);
		fputc('\n', out);
	}
	for (size_t k = 0; k < f->n_notes; k++) {
		put_loc(out, &f->notes[k].loc, root);
		fputs(": note: ", out);
		hvci_markup_put(out, f->notes[k].message);
		fputc('\n', out);
	}
	for (size_t k = 0; k < f->n_fixits; k++) {
		fputs("fix: ", out);
		put_loc(out, &f->fixits[k].range, root);
		fputs(": replace with '", out);
		hvci_markup_put(out, f->fixits[k].text);
		fputs("'\n", out);
	}
	fputs("</failure>\n", out);
}

int hvci_write_junit(FILE *out, const hvci_rules *rules, hvci_tu_result *const *results, size_t n,
                     const hvci_write_options *wo)
{
	(void)rules;
	const char *root = wo ? wo->root : NULL;
	size_t failures = 0, errors = 0;
	double seconds = 0;
	for (size_t i = 0; i < n; i++) {
		for (size_t j = 0; j < results[i]->n_findings; j++)
			failures += is_failure(&results[i]->findings[j]);
		errors += is_error(results[i]);
		seconds += results[i]->seconds;
	}
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", out);
	fprintf(out,
	        "<testsuites name=\"hvcilint\" tests=\"%zu\" failures=\"%zu\" errors=\"%zu\" "
	        "time=\"%.3f\">\n",
	        n, failures, errors, seconds);
	fprintf(out,
	        "  <testsuite name=\"hvcilint\" tests=\"%zu\" failures=\"%zu\" errors=\"%zu\" "
	        "skipped=\"0\" time=\"%.3f\">\n",
	        n, failures, errors, seconds);
	for (size_t i = 0; i < n; i++) {
		const hvci_tu_result *r = results[i];
		const char *name = hvci_report_relpath(r->file, root);
		fputs("    <testcase classname=\"hvcilint\" name=\"", out);
		hvci_markup_put(out, name);
		fputs("\" file=\"", out);
		hvci_markup_put(out, name);
		fprintf(out, "\" time=\"%.3f\"", r->seconds);
		size_t suppressed = 0, fails = 0;
		for (size_t j = 0; j < r->n_findings; j++) {
			suppressed += r->findings[j].suppressed &&
			              r->findings[j].baseline != HVCI_BASELINE_ABSENT;
			fails += is_failure(&r->findings[j]);
		}
		if (!fails && !suppressed && !is_error(r)) {
			fputs("/>\n", out);
			continue;
		}
		fputs(">\n", out);
		if (is_error(r)) {
			static const char *const why[] = {"", "", "failed", "crashed", "timed out", "", ""};
			fprintf(out, "      <error type=\"%s\" message=\"analysis %s\">",
			        why[r->status], why[r->status]);
			for (size_t k = 0; k < r->n_diags; k++) {
				put_loc(out, &r->diags[k].loc, root);
				fputs(": ", out);
				hvci_markup_put(out, r->diags[k].message);
				fputc('\n', out);
			}
			fputs("</error>\n", out);
		}
		for (size_t j = 0; j < r->n_findings; j++)
			if (is_failure(&r->findings[j]))
				failure(out, &r->findings[j], root);
		if (suppressed) {
			fputs("      <system-out>", out);
			for (size_t j = 0; j < r->n_findings; j++) {
				const hvci_finding *f = &r->findings[j];
				if (!f->suppressed || f->baseline == HVCI_BASELINE_ABSENT)
					continue;
				put_loc(out, &f->loc, root);
				fputs(": suppressed: ", out);
				hvci_markup_put(out, f->message);
				fputs(" [", out);
				hvci_markup_put(out, f->rule_id);
				fputs("]", out);
				if (f->justification) {
					fputs(" -- ", out);
					hvci_markup_put(out, f->justification);
				}
				fputc('\n', out);
			}
			fputs("</system-out>\n", out);
		}
		fputs("    </testcase>\n", out);
	}
	fputs("  </testsuite>\n</testsuites>\n", out);
	return ferror(out) ? HVCI_ERROR : HVCI_OK;
}
