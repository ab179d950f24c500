/*
 * text.c - clang-style text output:
 *   file:line:col: warning: message [rule-id]
 *   <the source line>
 *   <caret and range underline>
 *   <fix-it text under the place it goes>
 * followed by the notes in the same form (for hvci-nx-optin also one
 * naming the driver image the file belongs to).  Colour only when asked (the
 * caller decides from isatty).  Suppressed findings are not printed unless
 * requested, and then carry "(suppressed)" and a note with the suppression
 * and its justification; tool diagnostics carry the tag [hvcilint].
 *
 * A report compared with another run marks each finding "(new)" or
 * "(unchanged)" after its rule tag, lists the findings gone since as notes
 * ("no longer found"), and ends with one line counting the three.
 *
 * Coverage is told in the same form but is never a finding: a warning
 * tagged [hvci-coverage] for each call that was not analysed and, when
 * anything was less than fully analysed, one summary line at the end.
 * (Stand-in headers are the engine's tool notes, at each #include.)
 *
 * Text meant for a terminal never carries the input's control characters:
 * names, messages and source lines are written with them escaped.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/report.h"
#include "util/util.h"

/* Everything that came from a source, a store or a path goes through here. */
#define tprintf hvci_fprintf_printable

#define C_BOLD "\033[1m"
#define C_RESET "\033[0m"
#define C_WARN "\033[1;35m"
#define C_ERR "\033[1;31m"
#define C_NOTE "\033[1;30m"
#define C_CARET "\033[1;32m"

static const char *sev_color(hvci_severity s)
{
	return s == HVCI_SEV_ERROR ? C_ERR : s == HVCI_SEV_WARNING ? C_WARN : C_NOTE;
}

static void header(FILE *out, const hvci_loc *l, hvci_severity s, const char *msg, const char *tag,
                   int color)
{
	if (color)
		fputs(C_BOLD, out);
	if (l->logical)
		tprintf(out, "%s: %s: ", l->file ? l->file : "?", l->logical);
	else if (l->line)
		tprintf(out, "%s:%u:%u: ", l->file ? l->file : "?", l->line, l->col);
	else
		tprintf(out, "%s: ", l->file ? l->file : "?");
	if (color)
		fprintf(out, "%s%s:%s" C_BOLD " ", sev_color(s), hvci_severity_name(s), C_RESET);
	else
		fprintf(out, "%s: ", hvci_severity_name(s));
	tprintf(out, "%s", msg);
	if (tag)
		tprintf(out, " [%s]", tag);
	if (color)
		fputs(C_RESET, out);
	fputc('\n', out);
}

/* Spaces (tabs kept) up to byte column col, as wide as the line was
 * printed (an escaped byte takes four), so carets line up.  A column past
 * the end of the line (a result from a store or a worker is not trusted)
 * stops at the end. */
static void pad(FILE *out, const char *line, unsigned col)
{
	size_t len = strlen(line), n;
	if (col > len + 1)
		col = (unsigned)len + 1;
	for (size_t i = 0; i + 1 < col; i += n) {
		size_t cols = hvci_printable_unit(line + i, 1, &n);
		if (line[i] == '\t')
			fputc('\t', out);
		else
			while (cols--)
				fputc(' ', out);
	}
}

static void snippet(FILE *out, const char *line, const hvci_loc *l, const hvci_finding *f,
                    int color)
{
	if (!line || !l->line)
		return;
	hvci_fput_printable(out, line, 1);
	fputc('\n', out);
	pad(out, line, l->col);
	if (color)
		fputs(C_CARET, out);
	fputc('^', out);
	unsigned end = l->end_line == l->line && l->end_col > l->col ? l->end_col : l->col + 1;
	if (end > (unsigned)strlen(line) + 1)
		end = (unsigned)strlen(line) + 1;
	/* As many columns as the range's bytes were printed in. */
	size_t cols = 0, n;
	for (size_t i = l->col ? l->col - 1 : 0; i + 1 < end && line[i]; i += n)
		cols += hvci_printable_unit(line + i, 1, &n);
	for (size_t c = 1; c < cols; c++)
		fputc('~', out);
	if (color)
		fputs(C_RESET, out);
	fputc('\n', out);
	for (size_t i = 0; f && i < f->n_fixits; i++) {
		const hvci_fixit *x = &f->fixits[i];
		if (x->range.line != l->line || strcmp(x->range.file, l->file))
			continue;
		pad(out, line, x->range.col);
		if (color)
			fputs(C_CARET, out);
		hvci_fput_printable(out, x->text, 0);
		if (color)
			fputs(C_RESET, out);
		fputc('\n', out);
	}
}

static void coverage(FILE *out, const hvci_tu_result *r, int color)
{
	const hvci_coverage *c = &r->coverage;
	for (size_t k = 0; k < c->n_sites; k++) {
		const hvci_cov_call *s = &c->sites[k];
		if (s->how != HVCI_COV_UNANALYSED)
			continue;
		hvci_loc l = s->loc;
		if (!l.file)
			l.file = r->file;
		char *m = hvci_coverage_site_message(s);
		header(out, &l, HVCI_SEV_WARNING, m, HVCI_COVERAGE_CODE, color);
		free(m);
	}
}

/* The comparison the findings were marked against, or NULL when none. */
static const char *comparison(const hvci_write_options *wo, char *buf, size_t len)
{
	if (wo && wo->compare_label)
		return wo->compare_label;
	if (wo && wo->compare_id > 0) {
		snprintf(buf, len, "run %lld", (long long)wo->compare_id);
		return buf;
	}
	return NULL;
}

static void finding(FILE *out, const hvci_finding *f, int compared, int color, const char *image)
{
	/* After the rule tag: the state against the comparison, and suppressed. */
	static const char *const states[] = {NULL, "new", "unchanged", "absent"};
	const char *st =
	    compared && f->baseline > 0 && f->baseline < 4 ? states[f->baseline] : NULL;
	char state[64] = "";
	if (st || f->suppressed)
		snprintf(state, sizeof state, " (%s%s%s)", st ? st : "",
		         st && f->suppressed ? ", " : "", f->suppressed ? "suppressed" : "");
	if (color)
		fputs(C_BOLD, out);
	const hvci_loc *l = &f->loc;
	if (l->line)
		tprintf(out, "%s:%u:%u: ", l->file ? l->file : "?", l->line, l->col);
	else
		tprintf(out, "%s: ", l->file ? l->file : "?");
	if (color)
		fprintf(out, "%s%s:%s" C_BOLD " ", sev_color(f->severity),
		        hvci_severity_name(f->severity), C_RESET);
	else
		fprintf(out, "%s: ", hvci_severity_name(f->severity));
	tprintf(out, "%s [%s]%s", f->message, f->rule_id, state);
	if (color)
		fputs(C_RESET, out);
	fputc('\n', out);
	snippet(out, f->source_line, &f->loc, f, color);
	if (f->suppressed) {
		char msg[1024];
		const char *how = f->suppression ? f->suppression : "a suppression";
		if (f->justification && f->justification[0])
			snprintf(msg, sizeof msg, "suppressed by %s: %s", how, f->justification);
		else
			snprintf(msg, sizeof msg, "suppressed by %s (no justification given)", how);
		header(out, &f->loc, HVCI_SEV_NOTE, msg, NULL, color);
	}
	for (size_t k = 0; k < f->n_notes; k++)
		header(out, &f->notes[k].loc, HVCI_SEV_NOTE, f->notes[k].message, NULL, color);
	/* The opt-in is decided per driver image: say which one. */
	if (image && !strcmp(f->rule_id, "hvci-nx-optin")) {
		char *m =
		    hvci_asprintf("driver image '%s': the ExInitializeDriverRuntime call counts "
		                  "only in a file of this image",
		                  image);
		header(out, &f->loc, HVCI_SEV_NOTE, m, NULL, color);
		free(m);
	}
	for (size_t k = 0; k < f->n_fixits; k++) {
		const hvci_fixit *x = &f->fixits[k];
		if (x->range.line == f->loc.line && !strcmp(x->range.file, f->loc.file))
			continue;
		tprintf(out, "%s:%u:%u: note: replace with '%s'", x->range.file, x->range.line,
		        x->range.col, x->text);
		fputc('\n', out);
	}
}

int hvci_write_text(FILE *out, hvci_tu_result *const *results, size_t n,
                    const hvci_write_options *wo)
{
	int color = wo && wo->color;
	char cbuf[64];
	const char *cmp = comparison(wo, cbuf, sizeof cbuf);
	size_t count[4] = {0, 0, 0, 0};
	for (size_t i = 0; i < n; i++) {
		const hvci_tu_result *r = results[i];
		for (size_t j = 0; j < r->n_diags; j++)
			if (r->diags[j].severity != HVCI_SEV_ERROR) /* errors: on stderr */
				header(out, &r->diags[j].loc, r->diags[j].severity,
				       r->diags[j].message, "hvcilint", color);
		coverage(out, r, color);
		for (size_t j = 0; j < r->n_findings; j++) {
			const hvci_finding *f = &r->findings[j];
			if (f->baseline > 0 && f->baseline < 4 &&
			    (!f->suppressed || f->baseline == HVCI_BASELINE_ABSENT))
				count[f->baseline]++;
			/* Gone since the comparison: told after the current findings. */
			if (f->baseline == HVCI_BASELINE_ABSENT)
				continue;
			if (f->suppressed && !(wo && wo->show_suppressed))
				continue;
			finding(out, f, cmp != NULL, color, r->image);
		}
	}
	/* Findings of the compared run that are gone: a note each, never a warning. */
	for (size_t i = 0; cmp && i < n; i++)
		for (size_t j = 0; j < results[i]->n_findings; j++) {
			const hvci_finding *f = &results[i]->findings[j];
			if (f->baseline != HVCI_BASELINE_ABSENT)
				continue;
			char msg[1200];
			snprintf(msg, sizeof msg, "no longer found (absent since %s): %s", cmp,
			         f->message);
			header(out, &f->loc, HVCI_SEV_NOTE, msg, f->rule_id, color);
		}
	if (cmp) {
		tprintf(out,
		        "hvcilint: compared with %s: %zu new, %zu unchanged, %zu no longer found",
		        cmp, count[HVCI_BASELINE_NEW], count[HVCI_BASELINE_UNCHANGED],
		        count[HVCI_BASELINE_ABSENT]);
		fputc('\n', out);
	}
	hvci_coverage_totals t;
	hvci_coverage_sum(results, n, &t);
	char *sum = hvci_coverage_partial(&t) ? hvci_coverage_summary(&t) : NULL;
	if (sum)
		fprintf(out, "hvcilint: %s\n", sum);
	free(sum);
	return ferror(out) ? HVCI_ERROR : HVCI_OK;
}
