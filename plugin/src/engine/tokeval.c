/*
 * tokeval.c - the value of a decisive argument read from its tokens, for
 * calls the AST does not hold (coverage.c).  It knows what the
 * preprocessor knew at the end of the unit: the named constants of the
 * argument's kind from the rule data, the unit's object-like macros as
 * they were last defined, and the NX opt-in variables (POOL_NX_OPTIN makes
 * NonPagedPool a run-time value, executable until the opt-in call).  It
 * reads numbers, names, casts to a type name, parentheses, `~`, and
 * `| & ^ + -` left to right, which is how flag sets and pool types are
 * written.  Anything else (a local, a function-like macro, a call, `?:`)
 * is unknown, and the caller leaves the call unanalysed rather than guess.
 */
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"

typedef struct {
	char *name;
	CXCursor def;
	size_t order; /* position among the unit's definitions */
} cov_macro;

struct hvci_tokeval {
	hvci_ctx *ctx;
	cov_macro *m;
	size_t n;
	int loaded;
};
typedef struct hvci_tokeval cov_macros;

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

static const cov_macro *find_macro(cov_macros *ms, const char *name)
{
	if (!ms->loaded) {
		hvci_visit_unit_tops_of(ms->ctx, CXCursor_MacroDefinition, visit_macro, ms);
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

static tval eval_list(teval *e, const hvci_strv *v, size_t *i);

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
	hvci_strv body = {NULL, 0};
	for (unsigned i = 1; i < n; i++) { /* token 0 is the name */
		CXString s = clang_getTokenSpelling(tu, toks[i]);
		hvci_strv_push(&body, clang_getCString(s));
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
	hvci_strv_free(&body);
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
	if (hvci_whole_unit_needed(e->ctx)) {
		/* The WDK's macros sit in the PCH. */
		tval r = {0, 0, 0};
		return r;
	}
	const cov_macro *m = find_macro(e->macros, name);
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

static tval eval_unary(teval *e, const hvci_strv *v, size_t *i)
{
	if (*i >= v->n)
		return unknown_val();
	const char *t = v->v[*i];
	if (!strcmp(t, "~")) {
		(*i)++;
		tval r = eval_unary(e, v, i);
		r.v = ~r.v;
		return r;
	}
	if (!strcmp(t, "(")) {
		/* A cast, `(POOL_TYPE)x` or `(ULONG)(a | b)`: only type words inside. */
		size_t j = *i + 1;
		while (j < v->n && (is_ident(v->v[j]) || !strcmp(v->v[j], "*")))
			j++;
		if (j > *i + 1 && j + 1 < v->n && !strcmp(v->v[j], ")") &&
		    (is_ident(v->v[j + 1]) || !strcmp(v->v[j + 1], "(") ||
		     (v->v[j + 1][0] >= '0' && v->v[j + 1][0] <= '9'))) {
			*i = j + 1;
			return eval_unary(e, v, i);
		}
		(*i)++;
		tval r = eval_list(e, v, i);
		if (*i < v->n && !strcmp(v->v[*i], ")"))
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
static tval eval_list(teval *e, const hvci_strv *v, size_t *i)
{
	tval r = eval_unary(e, v, i);
	while (*i < v->n) {
		const char *t = v->v[*i];
		if (strlen(t) != 1 || !strchr("|&^+-", t[0]))
			break;
		(*i)++;
		r = combine(r, eval_unary(e, v, i), t[0]);
	}
	return r;
}

hvci_tokeval *hvci_tokeval_new(hvci_ctx *ctx)
{
	hvci_tokeval *te = hvci_xcalloc(1, sizeof *te);
	te->ctx = ctx;
	return te;
}

void hvci_tokeval_free(hvci_tokeval *te)
{
	for (size_t i = 0; te && i < te->n; i++)
		free(te->m[i].name);
	if (te)
		free(te->m);
	free(te);
}

int hvci_tokeval_arg(hvci_tokeval *te, hvci_kind kind, char *const *t, size_t n, uint64_t *v,
                     int *optin)
{
	teval e = {te->ctx, te, kind, 0};
	hvci_strv argv = {(char **)t, n};
	size_t at = 0;
	tval r = eval_list(&e, &argv, &at);
	if (at != n || !r.known)
		return 0;
	*v = r.v;
	*optin = r.optin;
	return 1;
}
