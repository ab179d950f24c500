/*
 * junit.c - JUnit XML for CI test dashboards: one <testcase> per analysed
 * file (translation unit or image), one <failure> per unsuppressed
 * finding in it, and an <error> when the file could not be analysed
 * (parse failure, crash, time-out).  Suppressed findings and findings gone
 * since a compared run are not failures; suppressed ones are listed in
 * <system-out> so they stay visible.  The dashboard's "test" is the file,
 * so a file going from red to green is a fixed driver source.
 *
 * A file in which affected calls were not analysed (its functions did not
 * parse) is not green either: it gets an <error type="coverage"> naming
 * the count and the first reason, unless partial coverage was accepted,
 * when the calls are listed in <system-out> instead.  A user-mode unit
 * that was not analysed is <skipped>.
 */
#include <stdlib.h>
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

/* 1 when the file's unanalysed calls make it an <error>. */
static int coverage_error(const hvci_tu_result *r, const hvci_write_options *wo)
{
	return r->coverage.calls_unanalysed && !(wo && wo->allow_partial);
}

static const hvci_cov_call *first_unanalysed(const hvci_coverage *c)
{
	for (size_t k = 0; k < c->n_sites; k++)
		if (c->sites[k].how == HVCI_COV_UNANALYSED)
			return &c->sites[k];
	return NULL;
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

/* One line per unanalysed call. */
static void coverage_lines(FILE *out, const hvci_tu_result *r, const char *root)
{
	const hvci_coverage *c = &r->coverage;
	for (size_t k = 0; k < c->n_sites; k++) {
		const hvci_cov_call *s = &c->sites[k];
		if (s->how != HVCI_COV_UNANALYSED)
			continue;
		hvci_loc l = s->loc;
		if (!l.file)
			l.file = r->file;
		put_loc(out, &l, root);
		fputs(": warning: ", out);
		char *m = hvci_coverage_site_message(s);
		hvci_markup_put(out, m);
		free(m);
		fputs(" [" HVCI_COVERAGE_CODE "]\n", out);
	}
}

static void coverage_error_element(FILE *out, const hvci_tu_result *r, const char *root)
{
	const hvci_coverage *c = &r->coverage;
	const hvci_cov_call *first = first_unanalysed(c);
	fprintf(out, "      <error type=\"coverage\" message=\"%u affected %s not analysed",
	        c->calls_unanalysed, c->calls_unanalysed == 1 ? "call" : "calls");
	if (first) {
		fputs(": ", out);
		hvci_markup_put(out, first->reason ? first->reason : "its function did not parse");
	}
	fputs("\">", out);
	coverage_lines(out, r, root);
	fputs("</error>\n", out);
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
	size_t failures = 0, errors = 0, skipped = 0;
	double seconds = 0;
	for (size_t i = 0; i < n; i++) {
		for (size_t j = 0; j < results[i]->n_findings; j++)
			failures += is_failure(&results[i]->findings[j]);
		errors += is_error(results[i]) || coverage_error(results[i], wo);
		skipped += results[i]->status == HVCI_TU_SKIPPED;
		seconds += results[i]->seconds;
	}
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", out);
	fprintf(out,
	        "<testsuites name=\"hvcilint\" tests=\"%zu\" failures=\"%zu\" errors=\"%zu\" "
	        "time=\"%.3f\">\n",
	        n, failures, errors, seconds);
	fprintf(out,
	        "  <testsuite name=\"hvcilint\" tests=\"%zu\" failures=\"%zu\" errors=\"%zu\" "
	        "skipped=\"%zu\" time=\"%.3f\">\n",
	        n, failures, errors, skipped, seconds);
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
		/* Coverage a dashboard should see without it being an error. */
		int cov_out = !coverage_error(r, wo) && r->coverage.calls_unanalysed;
		if (!fails && !suppressed && !is_error(r) && !coverage_error(r, wo) && !cov_out &&
		    r->status != HVCI_TU_SKIPPED) {
			fputs("/>\n", out);
			continue;
		}
		fputs(">\n", out);
		if (r->status == HVCI_TU_SKIPPED) {
			fputs("      <skipped message=\"user-mode code: not analysed\">", out);
			for (size_t k = 0; k < r->n_diags; k++) {
				put_loc(out, &r->diags[k].loc, root);
				fputs(": ", out);
				hvci_markup_put(out, r->diags[k].message);
				fputc('\n', out);
			}
			fputs("</skipped>\n", out);
		}
		if (coverage_error(r, wo))
			coverage_error_element(out, r, root);
		if (is_error(r)) {
			static const char *const why[] = {"",          "", "failed", "crashed",
			                                  "timed out", "", ""};
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
		if (suppressed || cov_out) {
			fputs("      <system-out>", out);
			if (cov_out)
				coverage_lines(out, r, root);
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
