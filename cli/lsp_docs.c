/*
 * lsp_docs.c - the documents an editor has open, for `hvcilint lsp` and
 * `hvcilint clangd`: their text kept up to date from incremental changes
 * (LSP positions count UTF-16 code units, hvcilint's columns count bytes),
 * their compile command (the compile database clangd would use, else the
 * same defaults as `hvcilint check FILE --`, kept in an hvci_session),
 * each analysis run in the document's worker process (lsp_worker.c) under
 * a time and memory limit,
 * and the last analysis turned into LSP Diagnostics and quick-fix
 * CodeActions.
 * Only findings in the document itself are reported for it; when to
 * analyse (debouncing) is decided by the message loops.  A finding that
 * needs the POOL_NX_OPTIN run-time call goes when the document, or another
 * open document of the same driver image, makes that call (files that are
 * not open are not known here).
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lsp.h"
#include "util/util.h"

lsp_doc *lsp_doc_find(lsp_workspace *ws, const char *uri)
{
	for (size_t i = 0; i < ws->n_docs; i++)
		if (!strcmp(ws->docs[i]->uri, uri))
			return ws->docs[i];
	return NULL;
}

static void doc_free(lsp_doc *d)
{
	free(d->uri);
	free(d->path);
	free(d->text);
	lsp_worker_stop(d);
	hvci_session_free(d->session);
	hvci_tu_result_free(d->res);
	free(d->res_text);
	free(d->res_lines);
	free(d->image);
	free(d);
}

lsp_doc *lsp_doc_open(lsp_workspace *ws, const char *uri, const char *text, size_t len,
                      int64_t version)
{
	lsp_doc *d = lsp_doc_find(ws, uri);
	if (d) {
		/* Opened again without a close: start from the new text. */
		lsp_doc_close(ws, d);
	}
	d = hvci_xcalloc(1, sizeof *d);
	d->uri = hvci_strdup(uri);
	d->path = lsp_uri_to_path(uri);
	d->text = hvci_xmalloc(len + 1);
	memcpy(d->text, text, len);
	d->text[len] = '\0';
	d->len = len;
	d->version = version;
	d->dirty = 1;
	d->due = lsp_now();
	ws->docs = hvci_xrealloc(ws->docs, (ws->n_docs + 1) * sizeof *ws->docs);
	ws->docs[ws->n_docs++] = d;
	return d;
}

void lsp_doc_close(lsp_workspace *ws, lsp_doc *d)
{
	for (size_t i = 0; i < ws->n_docs; i++)
		if (ws->docs[i] == d) {
			ws->docs[i] = ws->docs[--ws->n_docs];
			break;
		}
	/* An analysis still running on it frees it when it ends. */
	if (d->busy)
		d->closed = 1;
	else
		doc_free(d);
}

void lsp_workspace_free(lsp_workspace *ws)
{
	for (size_t i = 0; i < ws->n_docs; i++)
		doc_free(ws->docs[i]);
	free(ws->docs);
	ws->docs = NULL;
	ws->n_docs = 0;
	cli_confset_free(ws->confset);
	ws->confset = NULL;
	free(ws->conf_start);
	ws->conf_start = NULL;
}

/* ---- positions ------------------------------------------------------------------ */

/* UTF-16 units between a line start and a byte column (1-based) on that line. */
static unsigned utf16_col(const char *t, size_t len, size_t line_start, unsigned col)
{
	unsigned units = 0;
	size_t end = line_start + (col ? col - 1 : 0);
	for (size_t o = line_start; o < end && o < len && t[o] != '\n'; o++) {
		unsigned char c = (unsigned char)t[o];
		if ((c & 0xC0) == 0x80)
			continue;
		units += c >= 0xF0 ? 2 : 1;
	}
	return units;
}

static json_t *position(const lsp_doc *d, unsigned line, unsigned col)
{
	if (line == 0)
		line = 1;
	size_t start = line - 1 < d->n_res_lines ? d->res_lines[line - 1] : d->res_len;
	unsigned ch = utf16_col(d->res_text, d->res_len, start, col);
	return json_pack("{s:i,s:i}", "line", (json_int_t)line - 1, "character", (json_int_t)ch);
}

/* An LSP Range for an hvci_loc of this document; a point spans its token. */
static json_t *range_of(const lsp_doc *d, const hvci_loc *l)
{
	unsigned el = l->end_line ? l->end_line : l->line;
	unsigned ec = l->end_line ? l->end_col : l->col;
	return json_pack("{s:o,s:o}", "start", position(d, l->line, l->col), "end",
	                 position(d, el, ec));
}

/* A range in another file, with byte columns (that file's text is not at hand). */
static json_t *plain_range(const hvci_loc *l)
{
	unsigned el = l->end_line ? l->end_line : l->line;
	unsigned ec = l->end_line ? l->end_col : l->col;
	return json_pack("{s:{s:i,s:i},s:{s:i,s:i}}", "start", "line",
	                 (json_int_t)(l->line ? l->line - 1 : 0), "character",
	                 (json_int_t)(l->col ? l->col - 1 : 0), "end", "line",
	                 (json_int_t)(el ? el - 1 : 0), "character", (json_int_t)(ec ? ec - 1 : 0));
}

static int same_file(const lsp_doc *d, const char *file)
{
	if (!file || !d->path)
		return 0;
	if (!strcmp(file, d->path))
		return 1;
	char *a = realpath(file, NULL), *b = realpath(d->path, NULL);
	int same = a && b && !strcmp(a, b);
	free(a);
	free(b);
	return same;
}

int lsp_doc_change(lsp_workspace *ws, lsp_doc *d, json_t *changes, int64_t version)
{
	if (lsp_text_change(&d->text, &d->len, changes))
		return -1;
	d->version = version;
	d->dirty = 1;
	d->due = lsp_now() + ws->debounce;
	return 0;
}

double lsp_next_due(const lsp_workspace *ws)
{
	double due = -1;
	for (size_t i = 0; i < ws->n_docs; i++)
		if (ws->docs[i]->dirty && (due < 0 || ws->docs[i]->due < due))
			due = ws->docs[i]->due;
	return due;
}

/* ---- analysis ------------------------------------------------------------------- */

static void notify(lsp_workspace *ws, json_t *msg)
{
	if (ws->notify)
		ws->notify(ws->ud, msg);
	else
		json_decref(msg);
}

/* The compile command for a document: its database entry, else the defaults. */
static hvci_session *open_session(lsp_workspace *ws, lsp_doc *d)
{
	char *dir = ws->cdb_dir ? hvci_strdup(ws->cdb_dir) : cli_compdb_find(d->path);
	cli_compile_cmd *cmds = NULL;
	size_t n = 0;
	const cli_compile_cmd *hit = NULL;
	if (dir) {
		if (cli_compdb_load(dir, &cmds, &n) == 0)
			hit = cli_compdb_match(cmds, n, d->path);
		else
			notify(ws, lsp_message("window/showMessage", 2,
			                       "hvcilint: %s/compile_commands.json cannot be read "
			                       "(see the server log); using default driver flags",
			                       dir));
	}
	/* No database: the project that builds the file, when one is found. */
	cli_compile_cmd proj;
	memset(&proj, 0, sizeof proj);
	char *proj_path = NULL;
	if (!dir && cli_project_find_unit(d->path, &proj, &proj_path)) {
		hit = &proj;
		notify(ws,
		       lsp_message("window/logMessage", 3,
		                   "hvcilint: %s: compile flags from %s (no compile_commands.json "
		                   "above it)",
		                   d->path, proj_path));
	}
	hvci_analyze_options o;
	memset(&o, 0, sizeof o);
	o.version = HVCI_ANALYZE_OPTIONS_VERSION;
	o.file = d->path;
	o.quiet = 1;
	/* `hvcilint check FILE --` analyses with these: the x64 kernel
	 * target, Microsoft extensions and the WDK headers it finds. */
	static const char *const defaults[] = {"clang"};
	char cwd[4096];
	if (hit) {
		cli_compile_cmd *mine = hit == &proj ? &proj : &cmds[hit - cmds];
		if (hit != &proj)
			cli_assign_images(mine, 1, ws->rules);
		free(d->image);
		d->image = mine->image ? hvci_strdup(mine->image) : NULL;
		o.directory = hit->directory;
		o.argv = (const char *const *)hit->argv;
		o.argc = hit->argc;
	} else {
		char *slash = strrchr(d->path, '/');
		snprintf(cwd, sizeof cwd, "%.*s", slash ? (int)(slash - d->path) : 1,
		         slash && slash != d->path ? d->path : "/");
		o.directory = cwd;
		o.argv = defaults;
		o.argc = 1;
		char why[4200];
		if (dir)
			snprintf(why, sizeof why, "%s/compile_commands.json has no entry for %s",
			         dir, d->path);
		else
			snprintf(why, sizeof why, "no compile_commands.json above %s", d->path);
		/* Shown once; later files only go to the log. */
		json_t *m =
		    lsp_message(ws->told_defaults ? "window/logMessage" : "window/showMessage", 3,
		                "hvcilint: %s; analysing it with the default driver flags "
		                "(x64 kernel mode); generate compile_commands.json or pass "
		                "--compile-commands-dir for the real ones",
		                why);
		ws->told_defaults = 1;
		notify(ws, m);
	}
	hvci_session *s = NULL;
	if (hvci_session_open(&s, &o))
		notify(ws, lsp_message("window/logMessage", 1, "hvcilint: %s", hvci_error_last()));
	cli_compile_cmds_free(cmds, n);
	cli_compile_cmd_clear(&proj);
	free(proj_path);
	free(dir);
	return s;
}

hvci_session *lsp_doc_session(lsp_workspace *ws, lsp_doc *d)
{
	if (!d->session && d->path)
		d->session = open_session(ws, d);
	return d->session;
}

static int same_image(const char *a, const char *b)
{
	return a && b ? !strcmp(a, b) : a == b;
}

/* Findings that only stand when the image does not opt in at run time. */
static void drop_optin_findings(const lsp_workspace *ws, const lsp_doc *d, hvci_tu_result *r)
{
	free(r->image);
	r->image = d->image ? hvci_strdup(d->image) : NULL;
	int called = r->runtime_optin_called;
	for (size_t i = 0; i < ws->n_docs && !called; i++) {
		const lsp_doc *o = ws->docs[i];
		called = o != d && o->res && o->res->runtime_optin_called &&
		         same_image(o->image, d->image);
	}
	if (!called)
		return;
	size_t o = 0;
	for (size_t i = 0; i < r->n_findings; i++) {
		if (r->findings[i].needs_runtime_optin) {
			hvci_finding_clear(&r->findings[i]);
			continue;
		}
		r->findings[o++] = r->findings[i];
	}
	r->n_findings = o;
}

int lsp_job_begin(lsp_workspace *ws, lsp_doc *d, lsp_job *j)
{
	memset(j, 0, sizeof *j);
	d->dirty = 0;
	d->published = 0;
	if (!d->path)
		return 0;
	j->first = d->res == NULL;
	if (!lsp_doc_session(ws, d))
		return 0;
	j->doc = d;
	lsp_workers_trim(ws, d);
	if (ws->confset) {
		/* The file's own configs, as `check` reads them. */
		cli_job one;
		memset(&one, 0, sizeof one);
		one.file = d->path;
		if (!cli_confset_assign(ws->confset, (hvci_rules *)ws->rules, ws->conf_start, &one,
		                        1))
			j->rules = one.rules;
	}
	j->text = hvci_xmalloc(d->len + 1);
	memcpy(j->text, d->text, d->len + 1);
	j->len = d->len;
	j->version = d->version;
	d->busy = 1;
	return 1;
}

int lsp_job_finish(lsp_workspace *ws, lsp_job *j)
{
	lsp_doc *d = j->doc;
	d->busy = 0;
	if (d->closed || !j->res) {
		if (!d->closed && j->error)
			notify(ws, lsp_message("window/logMessage", 1, "hvcilint: %s", j->error));
		hvci_tu_result_free(j->res);
		free(j->text);
		free(j->error);
		if (d->closed)
			doc_free(d);
		return 0;
	}
	hvci_tu_result *r = j->res;
	drop_optin_findings(ws, d, r);
	hvci_tu_result_free(d->res);
	d->res = r;
	d->res_version = j->version;
	free(d->res_text);
	d->res_text = j->text;
	d->res_len = j->len;
	free(d->res_lines);
	d->n_res_lines = 1;
	for (size_t i = 0; i < j->len; i++)
		d->n_res_lines += j->text[i] == '\n';
	d->res_lines = hvci_xmalloc(d->n_res_lines * sizeof *d->res_lines);
	d->res_lines[0] = 0;
	for (size_t i = 0, k = 1; i < j->len; i++)
		if (j->text[i] == '\n')
			d->res_lines[k++] = i + 1;
	d->seconds = j->seconds;
	/* Failures to parse are worth a line in the editor's log; clang's own
	 * errors are the compiler's (or clangd's) to show. */
	for (size_t i = 0; i < r->n_diags; i++)
		if (r->diags[i].severity >= HVCI_SEV_WARNING)
			notify(ws, lsp_message("window/logMessage",
			                       r->diags[i].severity == HVCI_SEV_ERROR ? 1 : 2,
			                       "hvcilint: %s: %s", d->path, r->diags[i].message));
	notify(ws, lsp_message("window/logMessage", 4,
	                       "hvcilint: analysed %s (version %lld) in %.0f ms (%s, %u lines, "
	                       "%zu findings)",
	                       d->path, (long long)j->version, d->seconds * 1000,
	                       j->first ? "first parse" : "reparse", (unsigned)d->n_res_lines,
	                       r->n_findings));
	free(j->error);
	return 1;
}

void lsp_doc_analyze(lsp_workspace *ws, lsp_doc *d)
{
	lsp_job j;
	if (!lsp_job_begin(ws, d, &j))
		return;
	lsp_job_run(ws->rules, &j);
	lsp_job_finish(ws, &j);
}

/* ---- diagnostics and code actions ---------------------------------------------- */

static json_t *text_edits(const lsp_doc *d, const hvci_finding *f)
{
	json_t *edits = json_array();
	for (size_t k = 0; k < f->n_fixits; k++) {
		hvci_loc r = f->fixits[k].range;
		if (!r.end_line) {
			/* An insertion point. */
			r.end_line = r.line;
			r.end_col = r.col;
		}
		json_array_append_new(edits, json_pack("{s:o,s:s}", "range", range_of(d, &r),
		                                       "newText", f->fixits[k].text));
	}
	return edits;
}

static int fixable(const lsp_doc *d, const hvci_finding *f)
{
	if (!f->n_fixits)
		return 0;
	for (size_t k = 0; k < f->n_fixits; k++)
		if (!same_file(d, f->fixits[k].range.file))
			return 0;
	return 1;
}

static json_t *diagnostic(const lsp_workspace *ws, const lsp_doc *d, const hvci_finding *f)
{
	/* LSP: 1 error, 2 warning, 3 information, 4 hint. */
	int sev = f->severity == HVCI_SEV_ERROR ? 1 : f->severity == HVCI_SEV_WARNING ? 2 : 3;
	json_t *g = json_pack("{s:o,s:i,s:s,s:s,s:s}", "range", range_of(d, &f->loc), "severity",
	                      sev, "code", f->rule_id, "source", "hvcilint", "message", f->message);
	const hvci_rule_info *ri = hvci_rules_find(ws->rules, f->rule_id);
	if (ri && ri->help_uri)
		json_object_set_new(g, "codeDescription", json_pack("{s:s}", "href", ri->help_uri));
	if (f->n_notes) {
		json_t *rel = json_array();
		for (size_t k = 0; k < f->n_notes; k++) {
			const hvci_note *n = &f->notes[k];
			int here = !n->loc.file || same_file(d, n->loc.file);
			char *uri = here ? hvci_strdup(d->uri) : lsp_path_to_uri(n->loc.file);
			json_array_append_new(
			    rel, json_pack("{s:{s:s,s:o},s:s}", "location", "uri", uri, "range",
			                   here ? range_of(d, &n->loc) : plain_range(&n->loc),
			                   "message", n->message));
			free(uri);
		}
		json_object_set_new(g, "relatedInformation", rel);
	}
	if (fixable(d, f))
		json_object_set_new(
		    g, "data",
		    json_pack("{s:s,s:o}", "rule", f->rule_id, "edits", text_edits(d, f)));
	return g;
}

/* A call that was not analysed: a warning over the callee's name, never a finding. */
static json_t *coverage_diagnostic(const lsp_doc *d, const hvci_cov_call *k)
{
	hvci_loc l = k->loc;
	if (!l.end_line && k->api) {
		l.end_line = l.line;
		l.end_col = l.col + (unsigned)strlen(k->api);
	}
	char *m = hvci_coverage_site_message(k);
	json_t *g = json_pack("{s:o,s:i,s:s,s:s,s:s}", "range", range_of(d, &l), "severity", 2,
	                      "code", HVCI_COVERAGE_CODE, "source", "hvcilint", "message", m);
	free(m);
	return g;
}

json_t *lsp_doc_diagnostics(const lsp_workspace *ws, const lsp_doc *d)
{
	json_t *a = json_array();
	for (size_t i = 0; d->res && i < d->res->n_findings; i++) {
		const hvci_finding *f = &d->res->findings[i];
		if (f->suppressed || !same_file(d, f->loc.file))
			continue;
		json_array_append_new(a, diagnostic(ws, d, f));
	}
	const hvci_coverage *c = d->res ? &d->res->coverage : NULL;
	for (size_t k = 0; c && k < c->n_sites; k++)
		if (c->sites[k].how == HVCI_COV_UNANALYSED &&
		    (!c->sites[k].loc.file || same_file(d, c->sites[k].loc.file)))
			json_array_append_new(a, coverage_diagnostic(d, &c->sites[k]));
	return a;
}

/* (line, character) of an LSP Position as one comparable number. */
static long long pos_key(json_t *p)
{
	return (long long)json_integer_value(json_object_get(p, "line")) * 1000000 +
	       (long long)json_integer_value(json_object_get(p, "character"));
}

/* Appends to buf (of size n) without overflowing; the title is cut instead. */
static void put(char *buf, size_t n, const char *a, int alen)
{
	size_t l = strlen(buf);
	if (l + 1 < n)
		snprintf(buf + l, n - l, "%.*s", alen, a);
}

/*
 * What one fix-it does, as a verb and its object: "Use" the replacement
 * ("NonPagedPoolNx"), "Add" what an insertion or " | X" appends
 * ("MdlMappingNoExecute"), or "Remove" what an empty replacement deletes.
 */
static const char *fix_verb(const lsp_doc *d, const hvci_fixit *x, const char **obj, int *olen)
{
	const char *t = x->text ? x->text : "";
	while (*t == ' ')
		t++;
	int empty_range = !x->range.end_line ||
	                  (x->range.end_line == x->range.line && x->range.end_col == x->range.col);
	const char *verb = empty_range ? "Add" : "Use";
	if (*t == '|') {
		verb = "Add";
		t++;
		while (*t == ' ')
			t++;
	}
	int l = (int)strlen(t);
	while (l && t[l - 1] == ' ')
		l--;
	if (!l && !empty_range && x->range.end_line == x->range.line && x->range.line &&
	    x->range.line - 1 < d->n_res_lines) {
		size_t a = d->res_lines[x->range.line - 1] + x->range.col - 1;
		size_t b = d->res_lines[x->range.line - 1] + x->range.end_col - 1;
		if (b > a && b <= d->res_len) {
			*obj = d->res_text + a;
			*olen = (int)(b - a);
			return "Remove";
		}
	}
	*obj = t;
	*olen = l;
	return verb;
}

/*
 * A quick fix's title says what it does in the words of the fix-it text,
 * as a person would: "Use NonPagedPoolNx", "Add MdlMappingNoExecute",
 * "Use POOL_FLAG_NON_PAGED and PAGE_READWRITE", "Use A, B and add C".
 * Repeated edits are named once; a long list ends in "and N more".
 */
static char *fix_title(const lsp_doc *d, const hvci_finding *f)
{
	enum { MAX_NAMED = 3, MAX_OBJ = 60 };
	struct {
		const char *verb, *obj;
		int olen;
	} ph[MAX_NAMED];
	size_t named = 0, more = 0;
	for (size_t i = 0; i < f->n_fixits; i++) {
		const char *obj;
		int olen;
		const char *verb = fix_verb(d, &f->fixits[i], &obj, &olen);
		int dup = !olen;
		for (size_t k = 0; k < named && !dup; k++)
			dup = !strcmp(ph[k].verb, verb) && ph[k].olen == olen &&
			      !strncmp(ph[k].obj, obj, (size_t)olen);
		if (dup)
			continue;
		if (named == MAX_NAMED) {
			more++;
			continue;
		}
		ph[named].verb = verb;
		ph[named].obj = obj;
		ph[named].olen = olen;
		named++;
	}
	if (!named)
		return hvci_strdup("Apply the suggested fix");
	char buf[512] = "";
	for (size_t i = 0; i < named; i++) {
		if (i)
			put(buf, sizeof buf, i + 1 == named && !more ? " and " : ", ",
			    i + 1 == named && !more ? 5 : 2);
		if (!i || strcmp(ph[i - 1].verb, ph[i].verb)) {
			char v[16];
			snprintf(v, sizeof v, "%s ", ph[i].verb);
			if (i)
				v[0] = (char)(v[0] - 'A' + 'a');
			put(buf, sizeof buf, v, (int)strlen(v));
		}
		if (ph[i].olen > MAX_OBJ) {
			put(buf, sizeof buf, ph[i].obj, MAX_OBJ - 3);
			put(buf, sizeof buf, "...", 3);
		} else {
			put(buf, sizeof buf, ph[i].obj, ph[i].olen);
		}
	}
	if (more) {
		char m[32];
		snprintf(m, sizeof m, " and %zu more", more);
		put(buf, sizeof buf, m, (int)strlen(m));
	}
	return hvci_strdup(buf);
}

/* Whether a codeAction request's context.only admits quick fixes. */
static int wants_quickfix(json_t *params)
{
	json_t *only = json_object_get(json_object_get(params, "context"), "only");
	if (!json_is_array(only))
		return 1;
	size_t i;
	json_t *k;
	json_array_foreach(only, i, k)
	{
		/* Kinds are hierarchical: "" and "quickfix" both include "quickfix". */
		const char *v = json_string_value(k);
		if (v && (!*v || !strcmp(v, "quickfix")))
			return 1;
	}
	return 0;
}

json_t *lsp_doc_code_actions(const lsp_workspace *ws, const lsp_doc *d, json_t *params)
{
	json_t *out = json_array();
	json_t *range = json_object_get(params, "range");
	if (!wants_quickfix(params))
		return out;
	long long ra = pos_key(json_object_get(range, "start"));
	long long rb = pos_key(json_object_get(range, "end"));
	for (size_t i = 0; d->res && i < d->res->n_findings; i++) {
		const hvci_finding *f = &d->res->findings[i];
		if (f->suppressed || !same_file(d, f->loc.file) || !fixable(d, f))
			continue;
		json_t *diag = diagnostic(ws, d, f);
		json_t *dr = json_object_get(diag, "range");
		long long fa = pos_key(json_object_get(dr, "start"));
		long long fb = pos_key(json_object_get(dr, "end"));
		/* Overlapping, or touching: a cursor at either end of the squiggle. */
		if (fb < ra || fa > rb) {
			json_decref(diag);
			continue;
		}
		char *title = fix_title(d, f);
		json_t *changes = json_object();
		json_object_set_new(changes, d->uri, text_edits(d, f));
		json_array_append_new(out, json_pack("{s:s,s:s,s:[o],s:b,s:{s:o}}", "title", title,
		                                     "kind", "quickfix", "diagnostics", diag,
		                                     "isPreferred", 1, "edit", "changes", changes));
		free(title);
	}
	return out;
}

int lsp_load_rules(lsp_workspace *ws, const cli_output_opts *o, hvci_rules **out)
{
	/* No --check options in the servers: each table is the configs' alone. */
	static const cli_tidy_opts no_tidy;
	*out = NULL;
	if (o->config)
		return cli_load_rules(out, o);
	char cwd[4096];
	ws->conf_start = hvci_strdup(getcwd(cwd, sizeof cwd) ? cwd : ".");
	ws->confset = cli_confset_new(o, &no_tidy, ws->conf_start);
	const char *const *chain = NULL;
	size_t n = 0;
	if (cli_confset_chain(ws->confset, ws->conf_start, &chain, &n) ||
	    cli_load_rules_v(out, o, chain, n)) {
		cli_confset_free(ws->confset);
		ws->confset = NULL;
		return HVCI_EXIT_ERROR;
	}
	return HVCI_EXIT_OK;
}
