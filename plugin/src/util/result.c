/*
 * result.c - ownership of analysis results: adding findings and tool
 * diagnostics to a translation unit's result, and freeing them.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/util.h"

void hvci_loc_clear(hvci_loc *l)
{
	if (!l)
		return;
	free(l->file);
	free(l->logical);
	l->file = l->logical = NULL;
}

void hvci_finding_clear(hvci_finding *f)
{
	if (!f)
		return;
	free(f->rule_id);
	hvci_loc_clear(&f->loc);
	free(f->message);
	free(f->function);
	free(f->source_line);
	free(f->statement_key);
	for (size_t i = 0; i < f->n_notes; i++) {
		hvci_loc_clear(&f->notes[i].loc);
		free(f->notes[i].message);
	}
	free(f->notes);
	for (size_t i = 0; i < f->n_fixits; i++) {
		hvci_loc_clear(&f->fixits[i].range);
		free(f->fixits[i].text);
	}
	free(f->fixits);
	free(f->suppression);
	free(f->justification);
	free(f->fingerprint);
	memset(f, 0, sizeof *f);
}

void hvci_tu_result_free(hvci_tu_result *r)
{
	if (!r)
		return;
	free(r->file);
	free(r->image);
	for (size_t i = 0; i < r->n_findings; i++)
		hvci_finding_clear(&r->findings[i]);
	free(r->findings);
	for (size_t i = 0; i < r->n_diags; i++) {
		hvci_loc_clear(&r->diags[i].loc);
		free(r->diags[i].message);
	}
	free(r->diags);
	free(r->index);
	free(r->replay);
	hvci_coverage_clear(&r->coverage);
	free(r);
}

void hvci_coverage_clear(hvci_coverage *c)
{
	for (size_t i = 0; i < c->n_stand_in_headers; i++)
		free(c->stand_in_headers[i]);
	free(c->stand_in_headers);
	for (size_t i = 0; i < c->n_stand_in_names; i++)
		free(c->stand_in_names[i]);
	free(c->stand_in_names);
	for (size_t i = 0; i < c->n_sites; i++) {
		hvci_loc_clear(&c->sites[i].loc);
		free(c->sites[i].api);
		free(c->sites[i].reason);
	}
	free(c->sites);
	memset(c, 0, sizeof *c);
}

int hvci_tu_result_add(hvci_tu_result *r, hvci_finding *f)
{
	/* Doubling: a slot at a time copied the array at every finding. */
	if (r->n_findings == r->cap_findings) {
		r->cap_findings = r->cap_findings ? r->cap_findings * 2 : 16;
		r->findings = hvci_xrealloc(r->findings, r->cap_findings * sizeof *r->findings);
	}
	r->findings[r->n_findings++] = *f;
	memset(f, 0, sizeof *f);
	return HVCI_OK;
}

int hvci_tu_result_add_diag(hvci_tu_result *r, hvci_severity sev, const hvci_loc *loc,
                            const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *m = hvci_vasprintf(fmt, ap);
	va_end(ap);
	r->diags = hvci_xrealloc(r->diags, (r->n_diags + 1) * sizeof *r->diags);
	hvci_tool_diag *d = &r->diags[r->n_diags++];
	memset(d, 0, sizeof *d);
	d->severity = sev;
	d->message = m;
	if (loc) {
		d->loc = *loc;
		d->loc.file = hvci_strdup(loc->file);
		d->loc.logical = hvci_strdup(loc->logical);
	}
	return HVCI_OK;
}

const char *hvci_tu_result_malformed(const hvci_tu_result *r)
{
	if (!r->file)
		return "a unit without a file";
	for (size_t i = 0; i < r->n_findings; i++) {
		const hvci_finding *f = &r->findings[i];
		if (!f->rule_id || !*f->rule_id)
			return "a finding without a rule";
		if (!f->loc.file || !*f->loc.file)
			return "a finding without a file";
		if (!f->message)
			return "a finding without a message";
		for (size_t k = 0; k < f->n_notes; k++)
			if (!f->notes[k].message)
				return "a note without a message";
		for (size_t k = 0; k < f->n_fixits; k++) {
			if (!f->fixits[k].range.file || !*f->fixits[k].range.file)
				return "a fix-it without a file";
			if (!f->fixits[k].text)
				return "a fix-it without a text";
		}
	}
	return NULL;
}
