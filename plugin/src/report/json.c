/*
 * json.c - results as JSON (via jansson): the per-translation-unit object
 * that workers send to the parent process, and the `--format json` report,
 * which is a list of those objects.  The shape is documented in README.md;
 * fields are only ever added.
 */
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "report/report.h"
#include "util/util.h"

static json_t *loc_json(const hvci_loc *l)
{
	json_t *o = json_pack("{s:s?,s:I,s:I}", "file", l->file, "line", (json_int_t)l->line,
	                      "column", (json_int_t)l->col);
	if (l->end_line) {
		json_object_set_new(o, "end_line", json_integer(l->end_line));
		json_object_set_new(o, "end_column", json_integer(l->end_col));
	}
	if (l->logical)
		json_object_set_new(o, "logical", json_string(l->logical));
	return o;
}

json_t *hvci_finding_json(const hvci_finding *f)
{
	json_t *o = json_object();
	json_object_set_new(o, "rule", json_string(f->rule_id));
	json_object_set_new(o, "severity", json_string(hvci_severity_name(f->severity)));
	json_object_set_new(o, "location", loc_json(&f->loc));
	json_object_set_new(o, "message", json_string(f->message));
	if (f->function)
		json_object_set_new(o, "function", json_string(f->function));
	if (f->source_line)
		json_object_set_new(o, "source_line", json_string(f->source_line));
	if (f->statement_key)
		json_object_set_new(o, "statement_key", json_string(f->statement_key));
	json_t *notes = json_array();
	for (size_t i = 0; i < f->n_notes; i++)
		json_array_append_new(notes,
		                      json_pack("{s:o,s:s}", "location", loc_json(&f->notes[i].loc),
		                                "message", f->notes[i].message));
	json_object_set_new(o, "notes", notes);
	json_t *fixes = json_array();
	for (size_t i = 0; i < f->n_fixits; i++)
		json_array_append_new(fixes,
		                      json_pack("{s:o,s:s}", "range", loc_json(&f->fixits[i].range),
		                                "text", f->fixits[i].text));
	json_object_set_new(o, "fixits", fixes);
	json_object_set_new(o, "suppressed", json_boolean(f->suppressed));
	if (f->suppression)
		json_object_set_new(o, "suppression", json_string(f->suppression));
	if (f->justification)
		json_object_set_new(o, "justification", json_string(f->justification));
	if (f->needs_runtime_optin)
		json_object_set_new(o, "needs_runtime_optin", json_true());
	static const char *const states[] = {NULL, "new", "unchanged", "absent"};
	if (f->baseline > 0 && f->baseline < 4)
		json_object_set_new(o, "baseline", json_string(states[f->baseline]));
	if (f->fingerprint)
		json_object_set_new(o, "fingerprint", json_string(f->fingerprint));
	return o;
}

static const char *const status_names[] = {"ok",      "parse-errors", "failed", "crashed",
                                           "timeout", "image",        "skipped"};
#define N_STATUS (sizeof status_names / sizeof *status_names)

static const char *const cov_how_names[] = {"ast", "tokens", "unanalysed"};

/* A list of strings as a JSON array, and back (non-strings skipped). */
static json_t *strings_json(char *const *v, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, json_string(v[i]));
	return a;
}

static void strings_from(json_t *a, char ***v, size_t *n)
{
	size_t i;
	json_t *x;
	json_array_foreach(a, i, x)
	{
		if (!json_is_string(x))
			continue;
		*v = hvci_xrealloc(*v, (*n + 1) * sizeof **v);
		(*v)[(*n)++] = hvci_strdup(json_string_value(x));
	}
}

int hvci_coverage_present(const hvci_coverage *c)
{
	return c->functions || c->calls || c->recovery_passes || c->n_stand_in_headers;
}

json_t *hvci_coverage_json(const hvci_coverage *c)
{
	json_t *o = json_object();
	json_object_set_new(o, "functions", json_integer(c->functions));
	json_object_set_new(o, "functions_analysed", json_integer(c->functions_analysed));
	json_object_set_new(o, "calls", json_integer(c->calls));
	json_object_set_new(o, "calls_ast", json_integer(c->calls_ast));
	json_object_set_new(o, "calls_tokens", json_integer(c->calls_tokens));
	json_object_set_new(o, "calls_unanalysed", json_integer(c->calls_unanalysed));
	json_object_set_new(o, "recovery_passes", json_integer(c->recovery_passes));
	json_object_set_new(o, "stand_in_headers",
	                    strings_json(c->stand_in_headers, c->n_stand_in_headers));
	json_object_set_new(o, "stand_in_names",
	                    strings_json(c->stand_in_names, c->n_stand_in_names));
	json_t *ss = json_array();
	for (size_t i = 0; i < c->n_sites; i++) {
		const hvci_cov_call *k = &c->sites[i];
		json_t *j = json_pack("{s:o,s:s?,s:s}", "location", loc_json(&k->loc), "api",
		                      k->api, "how", cov_how_names[k->how]);
		if (k->reason)
			json_object_set_new(j, "reason", json_string(k->reason));
		json_array_append_new(ss, j);
	}
	json_object_set_new(o, "sites", ss);
	return o;
}

json_t *hvci_coverage_totals_json(const hvci_coverage_totals *t)
{
	json_t *o = json_object();
	json_object_set_new(o, "units", json_integer(t->units));
	json_object_set_new(o, "functions", json_integer(t->functions));
	json_object_set_new(o, "functions_analysed", json_integer(t->functions_analysed));
	json_object_set_new(o, "calls", json_integer(t->calls));
	json_object_set_new(o, "calls_ast", json_integer(t->calls_ast));
	json_object_set_new(o, "calls_tokens", json_integer(t->calls_tokens));
	json_object_set_new(o, "calls_unanalysed", json_integer(t->calls_unanalysed));
	json_object_set_new(o, "files_unanalysed", json_integer(t->files_unanalysed));
	json_object_set_new(o, "stand_in_headers", json_integer(t->stand_in_headers));
	json_object_set_new(o, "files_stand_ins", json_integer(t->files_stand_ins));
	json_object_set_new(o, "recovery_passes", json_integer(t->recovery_passes));
	json_object_set_new(o, "units_skipped", json_integer(t->units_skipped));
	return o;
}

json_t *hvci_tu_json(const hvci_tu_result *r)
{
	json_t *o = json_object();
	json_object_set_new(o, "file", json_string(r->file));
	if (r->image)
		json_object_set_new(o, "image", json_string(r->image));
	json_object_set_new(o, "status", json_string(status_names[r->status]));
	json_object_set_new(o, "parse_errors", json_integer(r->parse_errors));
	json_object_set_new(o, "runtime_optin_called", json_boolean(r->runtime_optin_called));
	json_object_set_new(o, "seconds", json_real(r->seconds));
	if (hvci_coverage_present(&r->coverage))
		json_object_set_new(o, "coverage", hvci_coverage_json(&r->coverage));
	json_t *fs = json_array();
	for (size_t i = 0; i < r->n_findings; i++)
		json_array_append_new(fs, hvci_finding_json(&r->findings[i]));
	json_object_set_new(o, "findings", fs);
	json_t *ds = json_array();
	for (size_t i = 0; i < r->n_diags; i++)
		json_array_append_new(ds, json_pack("{s:s,s:o,s:s}", "severity",
		                                    hvci_severity_name(r->diags[i].severity),
		                                    "location", loc_json(&r->diags[i].loc),
		                                    "message", r->diags[i].message));
	json_object_set_new(o, "tool_diagnostics", ds);
	/* Only between a worker and its parent: the CLI drops it before reports. */
	json_t *ix = r->index ? json_loads(r->index, 0, NULL) : NULL;
	if (ix)
		json_object_set_new(o, "index", ix);
	return o;
}

char *hvci_tu_result_to_json(const hvci_tu_result *r)
{
	json_t *o = hvci_tu_json(r);
	char *s = json_dumps(o, JSON_COMPACT);
	json_decref(o);
	return s;
}

static char *jstr(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);
	return json_is_string(v) ? hvci_strdup(json_string_value(v)) : NULL;
}

static unsigned juint(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);
	/* A count or a position: anything negative or past 32 bits is not one. */
	json_int_t i = json_is_integer(v) ? json_integer_value(v) : 0;
	return i > 0 && i <= (json_int_t)UINT32_MAX ? (unsigned)i : 0;
}

static void loc_from(json_t *o, hvci_loc *l)
{
	memset(l, 0, sizeof *l);
	if (!json_is_object(o))
		return;
	l->file = jstr(o, "file");
	l->line = juint(o, "line");
	l->col = juint(o, "column");
	l->end_line = juint(o, "end_line");
	l->end_col = juint(o, "end_column");
	l->logical = jstr(o, "logical");
}

static void coverage_from(json_t *o, hvci_coverage *c)
{
	memset(c, 0, sizeof *c);
	if (!json_is_object(o))
		return;
	c->functions = juint(o, "functions");
	c->functions_analysed = juint(o, "functions_analysed");
	c->calls = juint(o, "calls");
	c->calls_ast = juint(o, "calls_ast");
	c->calls_tokens = juint(o, "calls_tokens");
	c->calls_unanalysed = juint(o, "calls_unanalysed");
	c->recovery_passes = juint(o, "recovery_passes");
	strings_from(json_object_get(o, "stand_in_headers"), &c->stand_in_headers,
	             &c->n_stand_in_headers);
	strings_from(json_object_get(o, "stand_in_names"), &c->stand_in_names,
	             &c->n_stand_in_names);
	size_t i;
	json_t *v;
	json_t *ss = json_object_get(o, "sites");
	json_array_foreach(ss, i, v)
	{
		if (!json_is_object(v))
			continue;
		hvci_cov_call k;
		memset(&k, 0, sizeof k);
		loc_from(json_object_get(v, "location"), &k.loc);
		k.api = jstr(v, "api");
		char *how = jstr(v, "how");
		k.how = HVCI_COV_UNANALYSED;
		for (int h = 0; how && h < 3; h++)
			if (!strcmp(how, cov_how_names[h]))
				k.how = (hvci_cov_how)h;
		free(how);
		k.reason = jstr(v, "reason");
		c->sites = hvci_xrealloc(c->sites, (c->n_sites + 1) * sizeof *c->sites);
		c->sites[c->n_sites++] = k;
	}
}

int hvci_tu_result_from_json(hvci_tu_result **out, const char *text)
{
	*out = NULL;
	json_error_t err;
	json_t *o = json_loads(text, 0, &err);
	if (!o || !json_is_object(o)) {
		json_decref(o);
		return hvci_error_set(HVCI_EPARSE,
		                      "worker output:%d: %s; this is a bug in hvcilint", err.line,
		                      err.text);
	}
	hvci_tu_result *r = hvci_xcalloc(1, sizeof *r);
	r->file = jstr(o, "file");
	r->image = jstr(o, "image");
	char *st = jstr(o, "status");
	for (size_t i = 0; st && i < N_STATUS; i++)
		if (!strcmp(st, status_names[i]))
			r->status = (hvci_tu_status)i;
	free(st);
	r->parse_errors = juint(o, "parse_errors");
	coverage_from(json_object_get(o, "coverage"), &r->coverage);
	r->runtime_optin_called = json_is_true(json_object_get(o, "runtime_optin_called"));
	json_t *sec = json_object_get(o, "seconds");
	r->seconds = json_is_number(sec) ? json_number_value(sec) : 0;
	json_t *fs = json_object_get(o, "findings");
	size_t i;
	json_t *fj;
	json_array_foreach(fs, i, fj)
	{
		hvci_finding f;
		memset(&f, 0, sizeof f);
		f.rule_id = jstr(fj, "rule");
		char *sev = jstr(fj, "severity");
		int s = sev ? hvci_severity_parse(sev) : HVCI_SEV_WARNING;
		f.severity = s < 0 ? HVCI_SEV_WARNING : (hvci_severity)s;
		free(sev);
		loc_from(json_object_get(fj, "location"), &f.loc);
		f.message = jstr(fj, "message");
		f.function = jstr(fj, "function");
		f.source_line = jstr(fj, "source_line");
		f.statement_key = jstr(fj, "statement_key");
		json_t *ns = json_object_get(fj, "notes");
		f.n_notes = json_array_size(ns);
		f.notes = f.n_notes ? hvci_xcalloc(f.n_notes, sizeof *f.notes) : NULL;
		for (size_t k = 0; k < f.n_notes; k++) {
			json_t *n = json_array_get(ns, k);
			loc_from(json_object_get(n, "location"), &f.notes[k].loc);
			f.notes[k].message = jstr(n, "message");
		}
		json_t *xs = json_object_get(fj, "fixits");
		f.n_fixits = json_array_size(xs);
		f.fixits = f.n_fixits ? hvci_xcalloc(f.n_fixits, sizeof *f.fixits) : NULL;
		for (size_t k = 0; k < f.n_fixits; k++) {
			json_t *x = json_array_get(xs, k);
			loc_from(json_object_get(x, "range"), &f.fixits[k].range);
			f.fixits[k].text = jstr(x, "text");
		}
		f.suppressed = json_is_true(json_object_get(fj, "suppressed"));
		f.suppression = jstr(fj, "suppression");
		f.justification = jstr(fj, "justification");
		f.needs_runtime_optin = json_is_true(json_object_get(fj, "needs_runtime_optin"));
		hvci_tu_result_add(r, &f);
	}
	json_t *ix = json_object_get(o, "index");
	if (json_is_object(ix))
		r->index = json_dumps(ix, JSON_COMPACT | JSON_SORT_KEYS);
	json_t *ds = json_object_get(o, "tool_diagnostics");
	json_array_foreach(ds, i, fj)
	{
		hvci_loc l;
		loc_from(json_object_get(fj, "location"), &l);
		char *sev = jstr(fj, "severity");
		int s = sev ? hvci_severity_parse(sev) : HVCI_SEV_NOTE;
		char *m = jstr(fj, "message");
		hvci_tu_result_add_diag(r, s < 0 ? HVCI_SEV_NOTE : (hvci_severity)s, &l, "%s",
		                        m ? m : "");
		free(m);
		free(sev);
		hvci_loc_clear(&l);
	}
	json_decref(o);
	/* Writers and the store rely on these members; workers always send them. */
	const char *what = hvci_tu_result_malformed(r);
	if (what) {
		int rc = hvci_error_set(HVCI_EPARSE,
		                        "worker output:1: %s; this is a bug in hvcilint", what);
		hvci_tu_result_free(r);
		return rc;
	}
	*out = r;
	return HVCI_OK;
}

int hvci_write_json(FILE *out, hvci_tu_result *const *results, size_t n)
{
	json_t *doc = json_object();
	json_object_set_new(doc, "tool",
	                    json_pack("{s:s,s:s}", "name", "hvcilint", "version", HVCI_VERSION));
	json_t *files = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(files, hvci_tu_json(results[i]));
	json_object_set_new(doc, "files", files);
	/* Run totals, only when some unit carries coverage (not for results
	 * from a store that keeps none). */
	hvci_coverage_totals t;
	hvci_coverage_sum(results, n, &t);
	if (t.units || t.units_skipped)
		json_object_set_new(doc, "coverage", hvci_coverage_totals_json(&t));
	int rc = json_dumpf(doc, out, JSON_INDENT(2) | JSON_ENSURE_ASCII);
	fputc('\n', out);
	json_decref(doc);
	return rc ? HVCI_ERROR : HVCI_OK;
}
