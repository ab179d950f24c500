/*
 * covmacro.c - the unit's own macros that call an affected API, so that
 * coverage can count their uses.
 *
 * A driver often wraps an allocation in a macro of its own
 * (`#define ALLOC_CTX(n) ExAllocatePoolWithTag(NonPagedPool, n, TAG)`).
 * Where such a macro is used in code that parsed, the walker sees the
 * expanded call and notes it at the macro's use.  Where the use sits in
 * code that did not parse, the tokens show only the macro's name: this
 * file tells coverage which names stand for an affected call, so the use
 * is accounted for (as not analysed) instead of vanishing.  A macro
 * counts when its body calls an affected API or another such macro, or
 * when an object-like macro is just an affected API's name.  Macros of
 * the WDK's headers are not looked at: the rule tables name the ones
 * that matter.  It does not evaluate the macro's arguments.
 */
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"

typedef struct {
	char *name;
	char *api;   /* the affected API the body reaches; NULL: not a wrapper */
	char **body; /* spelled tokens after the name (and parameters) */
	size_t n_body;
	int alias; /* object-like, its body the API's name alone */
} wmacro;

struct hvci_cov_wrappers {
	wmacro *m;
	size_t n;
};

typedef struct {
	hvci_ctx *ctx;
	hvci_cov_wrappers *w;
} wscan;

static enum CXChildVisitResult visit_def(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	wscan *ws = d;
	if (clang_getCursorKind(c) != CXCursor_MacroDefinition || clang_Cursor_isMacroBuiltin(c) ||
	    !hvci_is_user_loc(ws->ctx, clang_getCursorLocation(c)))
		return CXChildVisit_Continue;
	CXTranslationUnit tu = ws->ctx->tu;
	CXToken *toks = NULL;
	unsigned n = 0;
	clang_tokenize(tu, clang_getCursorExtent(c), &toks, &n);
	unsigned i = 1;
	if (n > 1 && clang_Cursor_isMacroFunctionLike(c)) {
		/* Skip the parameter list: `NAME(a, b)`. */
		while (i < n) {
			char *t = hvci_token_text(tu, toks[i++]);
			int end = !strcmp(t, ")");
			free(t);
			if (end)
				break;
		}
	}
	hvci_cov_wrappers *w = ws->w;
	w->m = hvci_xrealloc(w->m, (w->n + 1) * sizeof *w->m);
	wmacro *m = &w->m[w->n++];
	memset(m, 0, sizeof *m);
	CXString s = clang_getCursorSpelling(c);
	m->name = hvci_strdup(clang_getCString(s));
	clang_disposeString(s);
	m->body = hvci_xcalloc(n > i ? n - i : 1, sizeof *m->body);
	for (; i < n; i++)
		m->body[m->n_body++] = hvci_token_text(tu, toks[i]);
	m->alias = !clang_Cursor_isMacroFunctionLike(c) && m->n_body == 1;
	if (toks)
		clang_disposeTokens(tu, toks, n);
	return CXChildVisit_Continue;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(((const wmacro *)a)->name, ((const wmacro *)b)->name);
}

static wmacro *find(const hvci_cov_wrappers *w, const char *name)
{
	size_t lo = 0, hi = w->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(w->m[mid].name, name);
		if (!c)
			return &w->m[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* The affected API a body token reaches: the API itself, or a wrapper's. */
static const char *reaches(hvci_ctx *ctx, const hvci_cov_wrappers *w, const char *tok)
{
	if (hvci_cov_is_affected(ctx->rules, tok))
		return tok;
	const wmacro *m = find(w, tok);
	return m ? m->api : NULL;
}

hvci_cov_wrappers *hvci_cov_wrappers_find(hvci_ctx *ctx)
{
	hvci_cov_wrappers *w = hvci_xcalloc(1, sizeof *w);
	wscan ws = {ctx, w};
	clang_visitChildren(clang_getTranslationUnitCursor(ctx->tu), visit_def, &ws);
	if (w->n)
		qsort(w->m, w->n, sizeof *w->m, name_cmp);
	/* A later definition of the same name: the last one read wins, which
	 * for counting uses is close enough (redefinitions are rare). */
	int changed = 1;
	for (int pass = 0; changed && pass < 8; pass++) {
		changed = 0;
		for (size_t i = 0; i < w->n; i++) {
			wmacro *m = &w->m[i];
			if (m->api)
				continue;
			for (size_t j = 0; j < m->n_body && !m->api; j++) {
				const char *api = reaches(ctx, w, m->body[j]);
				int called = j + 1 < m->n_body && !strcmp(m->body[j + 1], "(");
				if (api && (called || m->alias)) {
					m->api = hvci_strdup(api);
					changed = 1;
				}
			}
		}
	}
	return w;
}

const char *hvci_cov_wrapper_api(const hvci_cov_wrappers *w, const char *name)
{
	const wmacro *m = w ? find(w, name) : NULL;
	return m ? m->api : NULL;
}

void hvci_cov_wrappers_free(hvci_cov_wrappers *w)
{
	for (size_t i = 0; w && i < w->n; i++) {
		for (size_t j = 0; j < w->m[i].n_body; j++)
			free(w->m[i].body[j]);
		free(w->m[i].body);
		free(w->m[i].name);
		free(w->m[i].api);
	}
	if (w)
		free(w->m);
	free(w);
}
