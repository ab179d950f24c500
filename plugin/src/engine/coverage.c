/*
 * coverage.c - accounts for every affected call in live user code, and
 * checks from its tokens each one the AST does not hold.
 *
 * The walker notes the calls it analysed.  Afterwards every user file of
 * the unit is tokenized: a call of an API whose decisive argument is a
 * value (pool types and flags, protections, MDL priorities, section
 * attributes, the always-executable APIs) outside the ranges the
 * preprocessor skipped and outside directives is one affected call.  One
 * the walker did not see sits in code that did not parse; its decisive
 * argument is evaluated from its tokens with the preprocessor's real
 * state (named constants from the rule data, object-like macros as they
 * were defined, the NX opt-in variables), and reported with the same words
 * as on the AST and a note saying so.  An argument that cannot be split or
 * read leaves the call unanalysed, with the parse error that cost it.
 *
 * A use of the unit's own macro that calls an affected API (covmacro.c) is
 * an affected call too: where the AST does not hold it, it is counted as
 * not analysed (its arguments are not evaluated from tokens).
 *
 * What it does not count: the code-write APIs (memcpy and friends),
 * whose verdict needs pointer provenance that tokens cannot give.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"

/* Kinds whose verdict tokens can give. */
static int value_kind(hvci_kind k)
{
	switch (k) {
	case HVCI_K_POOL_TYPE:
	case HVCI_K_POOL_FLAGS:
	case HVCI_K_PAGE_PROTECT:
	case HVCI_K_MDL_PRIORITY:
	case HVCI_K_LOOKASIDE_FLAGS:
	case HVCI_K_CACHE_TYPE:
	case HVCI_K_SECTION_ATTR:
	case HVCI_K_HEAP_FLAGS:
	case HVCI_K_ALWAYS_EXEC:
		return 1;
	default:
		return 0;
	}
}

static const hvci_api_row *affected_rows(const hvci_rules *r, const char *name, size_t *n)
{
	const hvci_api_row *rows = hvci_rules_lookup(r, name, n);
	for (size_t i = 0; rows && i < *n; i++)
		if (value_kind(rows[i].kind))
			return rows;
	*n = 0;
	return NULL;
}

int hvci_cov_is_affected(const hvci_rules *r, const char *name)
{
	size_t n = 0;
	return affected_rows(r, name, &n) != NULL;
}

static char *site_key(CXSourceLocation loc)
{
	CXFile f;
	unsigned off;
	clang_getExpansionLocation(loc, &f, NULL, NULL, &off);
	if (!f)
		return NULL;
	CXString s = clang_getFileName(f);
	char *k = hvci_asprintf("%s:%u", clang_getCString(s), off);
	clang_disposeString(s);
	return k;
}

void hvci_cov_note_call(hvci_ctx *ctx, CXCursor call, const char *api)
{
	if (ctx->summary_only)
		return;
	size_t n;
	const hvci_api_row *rows = affected_rows(ctx->rules, api, &n);
	if (!rows)
		return;
	/* Where the user wrote it: a macro's name, not the WDK body it expands. */
	CXSourceLocation at = clang_getRangeStart(clang_getCursorExtent(call));
	CXFile f;
	unsigned off;
	clang_getExpansionLocation(at, &f, NULL, NULL, &off);
	if (!f || !hvci_is_user_loc(ctx, clang_getLocationForOffset(ctx->tu, f, off)))
		return;
	char *k = site_key(at);
	if (!k || !hvci_strset_add(&ctx->cov_ast, k)) {
		free(k);
		return;
	}
	free(k);
	/* A decisive argument built from a stand-in has no value anyone knows:
	 * the call is not analysed, whatever the walker made of it. */
	int nargs = clang_Cursor_getNumArguments(call);
	for (size_t i = 0; i < n; i++) {
		if (!value_kind(rows[i].kind) || rows[i].arg < 0 || rows[i].arg >= nargs)
			continue;
		CXCursor a = clang_Cursor_getArgument(call, (unsigned)rows[i].arg);
		if (!hvci_expr_uses_standin(ctx, a))
			continue;
		char *text = hvci_cursor_text(ctx, a);
		hvci_coverage *cov = &ctx->res->coverage;
		cov->sites = hvci_xrealloc(cov->sites, (cov->n_sites + 1) * sizeof *cov->sites);
		hvci_cov_call *s = &cov->sites[cov->n_sites++];
		memset(s, 0, sizeof *s);
		hvci_loc_from_location(at, &s->loc);
		s->api = hvci_strdup(api);
		s->how = HVCI_COV_UNANALYSED;
		s->reason = hvci_asprintf("its argument '%s' is built from a name the unit never "
		                          "declares, so its value is unknown",
		                          text ? text : "?");
		free(text);
		cov->calls_unanalysed++;
		ctx->cov_standin_calls++;
		break;
	}
}

/* ---- the unit's errors, for the reason a call was not on the AST ---------- */

typedef struct {
	char *file;
	unsigned offset;
	char *text; /* "LINE:COL: message" */
} cov_error;

typedef struct {
	cov_error *e;
	size_t n;
} cov_errors;

static void load_errors(CXTranslationUnit tu, cov_errors *out)
{
	memset(out, 0, sizeof *out);
	unsigned nd = clang_getNumDiagnostics(tu);
	for (unsigned i = 0; i < nd; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
			CXFile f;
			unsigned line, col, off;
			clang_getExpansionLocation(clang_getDiagnosticLocation(d), &f, &line, &col,
			                           &off);
			CXString fn = clang_getFileName(f);
			CXString m = clang_getDiagnosticSpelling(d);
			out->e = hvci_xrealloc(out->e, (out->n + 1) * sizeof *out->e);
			cov_error *e = &out->e[out->n++];
			e->file = hvci_strdup(clang_getCString(fn) ? clang_getCString(fn) : "");
			e->offset = off;
			e->text = hvci_asprintf("%u:%u: %s", line, col, clang_getCString(m));
			clang_disposeString(fn);
			clang_disposeString(m);
		}
		clang_disposeDiagnostic(d);
	}
}

static void free_errors(cov_errors *es)
{
	for (size_t i = 0; i < es->n; i++) {
		free(es->e[i].file);
		free(es->e[i].text);
	}
	free(es->e);
}

/* The nearest error in the call's file (before it on a tie), else the unit's first. */
static char *reason_for(const cov_errors *es, const char *file, unsigned offset)
{
	const cov_error *best = NULL;
	unsigned best_d = 0;
	for (size_t i = 0; i < es->n; i++) {
		if (strcmp(es->e[i].file, file))
			continue;
		unsigned o = es->e[i].offset;
		unsigned d = o <= offset ? offset - o : o - offset;
		if (!best || d < best_d || (d == best_d && o <= offset)) {
			best = &es->e[i];
			best_d = d;
		}
	}
	if (best)
		return hvci_asprintf("the code around it did not parse (line %s)", best->text);
	if (es->n) {
		const char *slash = strrchr(es->e[0].file, '/');
		return hvci_asprintf("the code around it did not parse (%s:%s)",
		                     slash ? slash + 1 : es->e[0].file, es->e[0].text);
	}
	return hvci_strdup("the walker does not reach this code (a template, or a construct "
	                   "it does not visit)");
}

/* ---- object-like macros as the preprocessor left them --------------------- */

typedef struct {
	char *name;
	CXCursor def;
	size_t order; /* position among the unit's definitions */
} cov_macro;

typedef struct {
	cov_macro *m;
	size_t n;
	int loaded;
} cov_macros;

static enum CXChildVisitResult visit_macro(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	cov_macros *ms = d;
	if (clang_getCursorKind(c) != CXCursor_MacroDefinition)
		return CXChildVisit_Continue;
	CXString s = clang_getCursorSpelling(c);
	ms->m = hvci_xrealloc(ms->m, (ms->n + 1) * sizeof *ms->m);
	ms->m[ms->n].name = hvci_strdup(clang_getCString(s));
	ms->m[ms->n].def = c;
	ms->m[ms->n].order = ms->n;
	ms->n++;
	clang_disposeString(s);
	return CXChildVisit_Continue;
}

static int macro_cmp(const void *a, const void *b)
{
	const cov_macro *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	/* Stable on the original order: the last definition wins. */
	if (c)
		return c;
	return x->order < y->order ? -1 : x->order > y->order;
}

static const cov_macro *find_macro(CXTranslationUnit tu, cov_macros *ms, const char *name)
{
	if (!ms->loaded) {
		clang_visitChildren(clang_getTranslationUnitCursor(tu), visit_macro, ms);
		qsort(ms->m, ms->n, sizeof *ms->m, macro_cmp);
		ms->loaded = 1;
	}
	size_t lo = 0, hi = ms->n;
	const cov_macro *found = NULL;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(ms->m[mid].name, name);
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < ms->n && !strcmp(ms->m[i].name, name); i++)
		if (!found || ms->m[i].order > found->order)
			found = &ms->m[i];
	return found;
}

static void free_macros(cov_macros *ms)
{
	for (size_t i = 0; i < ms->n; i++)
		free(ms->m[i].name);
	free(ms->m);
}

/* ---- evaluating an argument from its tokens --------------------------------- */

typedef struct {
	char **t;
	size_t n;
} tokv;

static void tokv_free(tokv *v)
{
	for (size_t i = 0; i < v->n; i++)
		free(v->t[i]);
	free(v->t);
}

typedef struct {
	int known;
	uint64_t v;
	int optin;
} tval;

typedef struct {
	hvci_ctx *ctx;
	cov_macros *macros;
	hvci_kind kind;
	int depth;
} teval;

static tval unknown_val(void)
{
	tval r = {0, 0, 0};
	return r;
}

static tval eval_list(teval *e, const tokv *v, size_t *i);

static int is_ident(const char *s)
{
	return (s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z') || s[0] == '_';
}

static tval eval_macro(teval *e, const cov_macro *m)
{
	if (e->depth > 16 || clang_Cursor_isMacroFunctionLike(m->def))
		return unknown_val();
	CXToken *toks = NULL;
	unsigned n = 0;
	CXTranslationUnit tu = clang_Cursor_getTranslationUnit(m->def);
	clang_tokenize(tu, clang_getCursorExtent(m->def), &toks, &n);
	tokv body = {NULL, 0};
	for (unsigned i = 1; i < n; i++) { /* token 0 is the name */
		CXString s = clang_getTokenSpelling(tu, toks[i]);
		body.t = hvci_xrealloc(body.t, (body.n + 1) * sizeof *body.t);
		body.t[body.n++] = hvci_strdup(clang_getCString(s));
		clang_disposeString(s);
	}
	if (toks)
		clang_disposeTokens(tu, toks, n);
	tval r = unknown_val();
	if (body.n) {
		size_t i = 0;
		e->depth++;
		r = eval_list(e, &body, &i);
		e->depth--;
		if (i != body.n)
			r = unknown_val();
	}
	tokv_free(&body);
	return r;
}

static tval eval_ident(teval *e, const char *name)
{
	const hvci_rules *rules = e->ctx->rules;
	int ok = hvci_rules_optin_var(rules, name);
	if (ok >= 0) {
		/* Executable until ExInitializeDriverRuntime(DrvRtPoolNxOptIn). */
		tval r = {1, 0, 1};
		return r;
	}
	const cov_macro *m = find_macro(e->ctx->tu, e->macros, name);
	if (m)
		return eval_macro(e, m);
	const hvci_kind_info *ki = hvci_rules_kind(rules, e->kind);
	for (size_t i = 0; ki && i < ki->n_values; i++)
		if (!strcmp(ki->values[i].name, name)) {
			tval r = {1, ki->values[i].value, 0};
			return r;
		}
	return unknown_val();
}

static tval eval_unary(teval *e, const tokv *v, size_t *i)
{
	if (*i >= v->n)
		return unknown_val();
	const char *t = v->t[*i];
	if (!strcmp(t, "~")) {
		(*i)++;
		tval r = eval_unary(e, v, i);
		r.v = ~r.v;
		return r;
	}
	if (!strcmp(t, "(")) {
		/* A cast, `(POOL_TYPE)x` or `(ULONG)(a | b)`: only type words inside. */
		size_t j = *i + 1;
		while (j < v->n && (is_ident(v->t[j]) || !strcmp(v->t[j], "*")))
			j++;
		if (j > *i + 1 && j + 1 < v->n && !strcmp(v->t[j], ")") &&
		    (is_ident(v->t[j + 1]) || !strcmp(v->t[j + 1], "(") ||
		     (v->t[j + 1][0] >= '0' && v->t[j + 1][0] <= '9'))) {
			*i = j + 1;
			return eval_unary(e, v, i);
		}
		(*i)++;
		tval r = eval_list(e, v, i);
		if (*i < v->n && !strcmp(v->t[*i], ")"))
			(*i)++;
		else
			r = unknown_val();
		return r;
	}
	(*i)++;
	if (t[0] >= '0' && t[0] <= '9') {
		char *end;
		unsigned long long x = strtoull(t, &end, 0);
		while (*end == 'u' || *end == 'U' || *end == 'l' || *end == 'L')
			end++;
		if (*end)
			return unknown_val();
		tval r = {1, x, 0};
		return r;
	}
	if (is_ident(t))
		return eval_ident(e, t);
	return unknown_val();
}

static tval combine(tval a, tval b, char op)
{
	tval r = {a.known && b.known, 0, a.optin || b.optin};
	switch (op) {
	case '|':
		r.v = a.v | b.v;
		break;
	case '&':
		r.v = a.v & b.v;
		break;
	case '^':
		r.v = a.v ^ b.v;
		break;
	case '+':
		r.v = a.v + b.v;
		break;
	default:
		r.v = a.v - b.v;
		break;
	}
	return r;
}

/* Left to right over | & ^ + -: the decisive arguments are flag sets. */
static tval eval_list(teval *e, const tokv *v, size_t *i)
{
	tval r = eval_unary(e, v, i);
	while (*i < v->n) {
		const char *t = v->t[*i];
		if (strlen(t) != 1 || !strchr("|&^+-", t[0]))
			break;
		(*i)++;
		r = combine(r, eval_unary(e, v, i), t[0]);
	}
	return r;
}

/* ---- finding the calls in a file's tokens ------------------------------------ */

typedef struct {
	hvci_ctx *ctx;
	cov_errors errors;
	cov_macros macros;
	hvci_strset files; /* user files already scanned */
	hvci_cov_wrappers *wrappers;
} cov_state;

/* Byte ranges of preprocessor directives (with continued lines). */
static int in_directive(const char *buf, size_t len, unsigned off)
{
	size_t b = off;
	while (b > 0 && buf[b - 1] != '\n')
		b--;
	/* Walk back over continued lines to the start of the logical line. */
	while (b >= 2 && buf[b - 1] == '\n' &&
	       (buf[b - 2] == '\\' || (b >= 3 && buf[b - 2] == '\r' && buf[b - 3] == '\\'))) {
		b--;
		while (b > 0 && buf[b - 1] != '\n')
			b--;
	}
	while (b < len && (buf[b] == ' ' || buf[b] == '\t'))
		b++;
	return b < len && buf[b] == '#';
}

char *hvci_token_text(CXTranslationUnit tu, CXToken t)
{
	CXString s = clang_getTokenSpelling(tu, t);
	char *r = hvci_strdup(clang_getCString(s));
	clang_disposeString(s);
	return r;
}

static void add_site(hvci_coverage *c, hvci_loc *loc, const char *api, hvci_cov_how how,
                     char *reason)
{
	c->sites = hvci_xrealloc(c->sites, (c->n_sites + 1) * sizeof *c->sites);
	hvci_cov_call *k = &c->sites[c->n_sites++];
	k->loc = *loc;
	memset(loc, 0, sizeof *loc);
	k->api = hvci_strdup(api);
	k->how = how;
	k->reason = reason;
}

static void loc_of_token(CXTranslationUnit tu, CXToken t, hvci_loc *l)
{
	CXSourceRange r = clang_getTokenExtent(tu, t);
	hvci_loc_from_location(clang_getRangeStart(r), l);
	unsigned el, ec;
	clang_getExpansionLocation(clang_getRangeEnd(r), NULL, &el, &ec, NULL);
	l->end_line = el;
	l->end_col = ec;
}

/*
 * Reports the call `toks[name]` from its arguments; 1 when it could read
 * them.  A decisive argument whose value the tokens do not give (a local,
 * a function-like macro) is not read: the AST would have followed it.
 */
static int check_from_tokens(cov_state *st, CXToken *toks, unsigned n, unsigned name,
                             const hvci_api_row *rows, size_t nrows, const char *reason)
{
	hvci_ctx *ctx = st->ctx;
	CXTranslationUnit tu = ctx->tu;
	/* Split the arguments at top-level commas. */
	unsigned starts[32], ends[32];
	unsigned nargs = 0, depth = 0, i = name + 2, start = i;
	int closed = 0;
	for (; i < n; i++) {
		char *t = hvci_token_text(tu, toks[i]);
		int open = !strcmp(t, "(") || !strcmp(t, "[") || !strcmp(t, "{");
		int close = !strcmp(t, ")") || !strcmp(t, "]") || !strcmp(t, "}");
		int semi = !strcmp(t, ";");
		int comma = !strcmp(t, ",");
		free(t);
		if (semi)
			break;
		if (open)
			depth++;
		else if (close && depth > 0)
			depth--;
		else if ((close || comma) && depth == 0) {
			if (nargs < 32 && (i > start || nargs > 0 || comma)) {
				starts[nargs] = start;
				ends[nargs] = i;
				nargs++;
			}
			start = i + 1;
			if (close) {
				closed = 1;
				break;
			}
		}
	}
	if (!closed)
		return 0;
	char *api = hvci_token_text(tu, toks[name]);
	int unread = 0;
	for (size_t r = 0; r < nrows; r++) {
		const hvci_api_row *row = &rows[r];
		const hvci_words *w = ctx->reg.words[row->kind];
		if (!value_kind(row->kind) || !w || (row->arg >= 0 && (unsigned)row->arg >= nargs))
			continue;
		tval val = {1, 0, 0};
		tokv argv = {NULL, 0};
		if (w->is_exec) {
			if (row->arg < 0)
				continue;
			for (unsigned k = starts[row->arg]; k < ends[row->arg]; k++) {
				argv.t = hvci_xrealloc(argv.t, (argv.n + 1) * sizeof *argv.t);
				argv.t[argv.n++] = hvci_token_text(tu, toks[k]);
			}
			teval e = {ctx, &st->macros, row->kind, 0};
			size_t at = 0;
			val = eval_list(&e, &argv, &at);
			if (at != argv.n || !val.known) {
				tokv_free(&argv);
				unread = 1;
				continue;
			}
			if (!w->is_exec(val.v)) {
				tokv_free(&argv);
				continue;
			}
		}
		const char *rule = row->rule ? row->rule : w->rule;
		hvci_loc loc;
		char *msg;
		if (w->is_exec) {
			hvci_buf text;
			hvci_buf_init(&text);
			for (size_t k = 0; k < argv.n; k++)
				hvci_buf_printf(&text, "%s%s", k ? " " : "", argv.t[k]);
			char num[32];
			snprintf(num, sizeof num, w->hex ? "0x%llx" : "%llu",
			         (unsigned long long)val.v);
			msg = hvci_asprintf("'%s' %s '%s' (%s)%s", api, w->what,
			                    text.s ? text.s : "", num, w->tail ? w->tail : "");
			hvci_buf_free(&text);
			loc_of_token(tu, toks[starts[row->arg]], &loc);
			hvci_loc end;
			loc_of_token(tu, toks[ends[row->arg] - 1], &end);
			loc.end_line = end.end_line;
			loc.end_col = end.end_col;
			hvci_loc_clear(&end);
		} else {
			msg = hvci_asprintf("'%s' %s", api, w->what);
			loc_of_token(tu, toks[name], &loc);
		}
		if (row->unconfirmed) {
			/* As on the AST: the facts do not confirm it, so a note. */
			char *m = hvci_asprintf("%s (executability unconfirmed)", msg);
			free(msg);
			msg = m;
		}
		hvci_finding f;
		hvci_finding_begin(ctx, &f, rule, &loc, msg);
		if (row->unconfirmed)
			f.severity = HVCI_SEV_NOTE;
		f.needs_runtime_optin = val.optin;
		hvci_loc nl;
		loc_of_token(tu, toks[name], &nl);
		hvci_finding_note(&f, &nl, hvci_asprintf("checked from its tokens: %s", reason));
		if (val.optin) {
			loc_of_token(tu, toks[name], &nl);
			hvci_finding_note(
			    &f, &nl,
			    hvci_strdup(
			        "POOL_NX_OPTIN makes this a run-time value that stays "
			        "executable until ExInitializeDriverRuntime(DrvRtPoolNxOptIn) "
			        "runs in DriverEntry; no file of this run makes that call"));
		}
		if (row->replacement) {
			loc_of_token(tu, toks[name], &nl);
			hvci_finding_note(&f, &nl, hvci_asprintf("use %s", row->replacement));
		}
		/* The mechanical fix, where the argument spells the constant. */
		for (unsigned k = w->is_exec ? starts[row->arg] : 0;
		     w->is_exec && k < ends[row->arg]; k++) {
			char *t = hvci_token_text(tu, toks[k]);
			const char *fix = hvci_rules_value_fix(ctx->rules, row->kind, t);
			free(t);
			if (!fix || val.optin)
				continue;
			f.fixits = hvci_xrealloc(f.fixits, (f.n_fixits + 1) * sizeof *f.fixits);
			loc_of_token(tu, toks[k], &f.fixits[f.n_fixits].range);
			f.fixits[f.n_fixits].text = hvci_strdup(fix);
			f.n_fixits++;
		}
		hvci_finding_commit(ctx, &f);
		tokv_free(&argv);
	}
	free(api);
	return !unread;
}

static void scan_file(cov_state *st, CXFile file)
{
	hvci_ctx *ctx = st->ctx;
	CXTranslationUnit tu = ctx->tu;
	CXString fs = clang_getFileName(file);
	char *fname = hvci_strdup(clang_getCString(fs));
	clang_disposeString(fs);
	size_t len = 0;
	const char *buf = clang_getFileContents(tu, file, &len);
	if (!buf || !hvci_strset_add(&st->files, fname) ||
	    !hvci_is_user_loc(ctx, clang_getLocationForOffset(tu, file, 0))) {
		free(fname);
		return;
	}
	CXSourceRange all = clang_getRange(clang_getLocationForOffset(tu, file, 0),
	                                   clang_getLocationForOffset(tu, file, (unsigned)len));
	CXToken *toks = NULL;
	unsigned n = 0;
	clang_tokenize(tu, all, &toks, &n);
	size_t nsk = 0;
	hvci_skipped *sk = hvci_skipped_ranges(tu, file, &nsk);
	hvci_coverage *cov = &ctx->res->coverage;
	for (unsigned i = 0; i + 1 < n; i++) {
		if (clang_getTokenKind(toks[i]) != CXToken_Identifier)
			continue;
		char *name = hvci_token_text(tu, toks[i]);
		size_t nrows = 0;
		const hvci_api_row *rows = affected_rows(ctx->rules, name, &nrows);
		/* ALLOC_CTX(n), the unit's own macro around an affected call. */
		const char *wapi = rows ? NULL : hvci_cov_wrapper_api(st->wrappers, name);
		char *next = rows || wapi ? hvci_token_text(tu, toks[i + 1]) : NULL;
		int call = (rows || wapi) && !strcmp(next, "(");
		free(next);
		if (call && i > 0) {
			/* `PVOID NTAPI ExAllocatePool(` declares; `p->X(` is a member. */
			char *prev = hvci_token_text(tu, toks[i - 1]);
			enum CXTokenKind pk = clang_getTokenKind(toks[i - 1]);
			call = pk != CXToken_Identifier && strcmp(prev, ".") &&
			       strcmp(prev, "->") && strcmp(prev, "*") && strcmp(prev, "::") &&
			       strcmp(prev, "&");
			free(prev);
		}
		unsigned off = 0;
		CXSourceLocation at = clang_getTokenLocation(tu, toks[i]);
		clang_getFileLocation(at, NULL, NULL, NULL, &off);
		if (!call || hvci_skipped_has_offset(sk, nsk, off) || in_directive(buf, len, off)) {
			free(name);
			continue;
		}
		char *key = hvci_asprintf("%s:%u", fname, off);
		int on_ast = hvci_strset_has(&ctx->cov_ast, key);
		free(key);
		if (on_ast) {
			free(name);
			continue;
		}
		char *reason = reason_for(&st->errors, fname, off);
		hvci_loc l;
		loc_of_token(tu, toks[i], &l);
		if (wapi) {
			char *why = hvci_asprintf("the macro '%s' calls it; %s", name, reason);
			free(reason);
			cov->calls_unanalysed++;
			add_site(cov, &l, wapi, HVCI_COV_UNANALYSED, why);
			free(name);
			continue;
		}
		int read = check_from_tokens(st, toks, n, i, rows, nrows, reason);
		if (read) {
			cov->calls_tokens++;
			add_site(cov, &l, name, HVCI_COV_TOKENS, reason);
		} else {
			cov->calls_unanalysed++;
			add_site(cov, &l, name, HVCI_COV_UNANALYSED, reason);
		}
		free(name);
	}
	free(sk);
	if (toks)
		clang_disposeTokens(tu, toks, n);
	free(fname);
}

static void visit_inclusion(CXFile f, CXSourceLocation *stack, unsigned depth, CXClientData d)
{
	(void)stack;
	(void)depth;
	scan_file(d, f);
}

/* Function definitions written in user code; valid ones have their body. */
static enum CXChildVisitResult count_functions(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	hvci_ctx *ctx = d;
	enum CXCursorKind k = clang_getCursorKind(c);
	switch (k) {
	case CXCursor_Namespace:
	case CXCursor_LinkageSpec:
	case CXCursor_ClassDecl:
	case CXCursor_StructDecl:
	case CXCursor_ClassTemplate:
		return hvci_is_user_loc(ctx, clang_getCursorLocation(c)) ||
		               k == CXCursor_LinkageSpec
		           ? CXChildVisit_Recurse
		           : CXChildVisit_Continue;
	case CXCursor_FunctionDecl:
	case CXCursor_CXXMethod:
	case CXCursor_Constructor:
	case CXCursor_Destructor:
	case CXCursor_FunctionTemplate:
		if (clang_isCursorDefinition(c) &&
		    hvci_is_user_loc(ctx, clang_getCursorLocation(c))) {
			ctx->res->coverage.functions++;
			ctx->res->coverage.functions_analysed += !clang_isInvalidDeclaration(c);
		}
		return CXChildVisit_Continue;
	default:
		return CXChildVisit_Continue;
	}
}

void hvci_cov_finish(hvci_ctx *ctx)
{
	hvci_coverage *cov = &ctx->res->coverage;
	cov_state st;
	memset(&st, 0, sizeof st);
	st.ctx = ctx;
	load_errors(ctx->tu, &st.errors);
	hvci_strset_init(&st.files);
	st.wrappers = hvci_cov_wrappers_find(ctx);
	clang_getInclusions(ctx->tu, visit_inclusion, &st);
	/* The main file, when the unit included nothing. */
	CXString ms = clang_getTranslationUnitSpelling(ctx->tu);
	CXFile mf = clang_getFile(ctx->tu, clang_getCString(ms));
	clang_disposeString(ms);
	if (mf)
		scan_file(&st, mf);
	cov->calls_ast = (unsigned)ctx->cov_ast.n - ctx->cov_standin_calls;
	cov->calls = cov->calls_ast + cov->calls_tokens + cov->calls_unanalysed;
	clang_visitChildren(clang_getTranslationUnitCursor(ctx->tu), count_functions, ctx);
	free_errors(&st.errors);
	free_macros(&st.macros);
	hvci_cov_wrappers_free(st.wrappers);
	hvci_strset_free(&st.files);
	hvci_strset_free(&ctx->cov_ast);
}
