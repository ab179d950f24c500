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
 * that matter.
 *
 * It also expands such a use, as the preprocessor would, into the tokens
 * coverage.c checks: the body with each parameter replaced by the use's
 * argument, and the wrapper macros the body uses expanded in turn.  Other
 * macros stay as names (the token evaluator reads object-like ones).  A
 * body that stringizes or pastes (`#`, `##`), or a use whose arguments do
 * not match the parameters, is not expanded: the use stays unanalysed.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"

typedef struct {
	char *name;
	char *api;   /* the affected API the body reaches; NULL: not a wrapper */
	char **body; /* spelled tokens after the name (and parameters) */
	size_t n_body;
	char **params; /* function-like: names, "__VA_ARGS__" for `...` */
	size_t n_params;
	int function_like;
	int alias; /* object-like, its body the API's name alone */
} wmacro;

struct hvci_cov_wrappers {
	wmacro *m;
	size_t n;
};

typedef struct {
	hvci_ctx *ctx;
	hvci_cov_wrappers *w;
	CXCursor *defs; /* each entry's definition, until its tokens are read */
	size_t cap;
} wscan;

/* Each user macro's name; its tokens wait for read_tokens. */
static enum CXChildVisitResult visit_def(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	wscan *ws = d;
	/* The location first: asking whether a macro is built in looks its
	 * name up, and almost every definition is the WDK's. */
	if (clang_getCursorKind(c) != CXCursor_MacroDefinition ||
	    !hvci_is_user_loc(ws->ctx, clang_getCursorLocation(c)) ||
	    clang_Cursor_isMacroBuiltin(c))
		return CXChildVisit_Continue;
	hvci_cov_wrappers *w = ws->w;
	if (w->n == ws->cap) {
		ws->cap = ws->cap ? 2 * ws->cap : 64;
		w->m = hvci_xrealloc(w->m, ws->cap * sizeof *w->m);
		ws->defs = hvci_xrealloc(ws->defs, ws->cap * sizeof *ws->defs);
	}
	/* The name waits too: most of a real unit's thousands of macros are
	 * never read. */
	memset(&w->m[w->n], 0, sizeof w->m[w->n]);
	ws->defs[w->n++] = c;
	return CXChildVisit_Continue;
}

static char *def_name(wscan *ws, size_t i)
{
	CXString s = clang_getCursorSpelling(ws->defs[i]);
	char *name = hvci_strdup(clang_getCString(s));
	clang_disposeString(s);
	return name;
}

/* The parameters and body of macro #i, from its tokens. */
static void read_tokens(wscan *ws, size_t i)
{
	CXCursor c = ws->defs[i];
	CXTranslationUnit tu = ws->ctx->tu;
	CXToken *toks = NULL;
	unsigned n = 0;
	clang_tokenize(tu, clang_getCursorExtent(c), &toks, &n);
	wmacro *m = &ws->w->m[i];
	m->function_like = clang_Cursor_isMacroFunctionLike(c);
	unsigned k = 1;
	if (n > 1 && m->function_like) {
		/* The parameter list: `NAME(a, b)`, `NAME(fmt, ...)`. */
		for (k = 2; k < n;) {
			char *t = hvci_token_text(tu, toks[k++]);
			if (!strcmp(t, ")")) {
				free(t);
				break;
			}
			if (!strcmp(t, ",")) {
				free(t);
				continue;
			}
			if (!strcmp(t, "...")) {
				free(t);
				t = hvci_strdup("__VA_ARGS__");
			}
			m->params = hvci_xrealloc(m->params, (m->n_params + 1) * sizeof *m->params);
			m->params[m->n_params++] = t;
		}
	}
	m->body = hvci_xcalloc(n > k ? n - k : 1, sizeof *m->body);
	for (; k < n; k++)
		m->body[m->n_body++] = hvci_token_text(tu, toks[k]);
	m->alias = !m->function_like && m->n_body == 1;
	if (toks)
		clang_disposeTokens(tu, toks, n);
}

static int ident_char(unsigned char c)
{
	/* clang's identifiers also take `$` and UTF-8. */
	return isalnum(c) || c == '_' || c == '$' || c >= 0x80;
}

/* A macro definition's characters: in the file's text (`at`, borrowed)
 * or, when line splices had to be taken out, a copy (`own`). */
typedef struct {
	const char *at;
	size_t len;
	char *own;
} dtext;

/*
 * The characters of macro #i's definition with line splices removed, as
 * the lexer reads them; 0 when they cannot be had.  Every identifier
 * token of the body is one of this text's runs of identifier characters
 * (strings and comments only add runs).
 */
static int def_text(wscan *ws, size_t i, dtext *out)
{
	memset(out, 0, sizeof *out);
	CXSourceRange r = clang_getCursorExtent(ws->defs[i]);
	CXFile f, fe;
	unsigned b, e;
	clang_getSpellingLocation(clang_getRangeStart(r), &f, NULL, NULL, &b);
	clang_getSpellingLocation(clang_getRangeEnd(r), &fe, NULL, NULL, &e);
	size_t size = 0;
	const char *buf = hvci_file_text(ws->ctx, f, &size);
	if (!buf || !fe || !clang_File_isEqual(f, fe) || b > e || e > size)
		return 0;
	/* The range ends where the last token starts; a splice may continue
	 * that token on the next line. */
	for (size_t sp;;) {
		if (e < size && ident_char((unsigned char)buf[e]))
			e++;
		else if ((sp = hvci_splice_len(buf, e, size)))
			e += sp;
		else
			break;
	}
	if (!memchr(buf + b, '\\', e - b)) { /* no splice: most definitions */
		out->at = buf + b;
		out->len = e - b;
		return 1;
	}
	char *text = hvci_xmalloc(e - b + 1);
	size_t n = 0;
	for (size_t k = b; k < e;) {
		size_t sp = hvci_splice_len(buf, k, e);
		if (sp)
			k += sp;
		else
			text[n++] = buf[k++];
	}
	text[n] = '\0';
	out->at = out->own = text;
	out->len = n;
	return 1;
}

/* 1 when the text names an affected API or a name in `names`. */
static int text_mentions(const hvci_rules *rules, const dtext *t, const hvci_strset *names)
{
	char small[128];
	const char *text = t->at;
	/* A NUL ends the text, as it ends a copy. */
	for (size_t k = 0; k < t->len && text[k];) {
		if (!ident_char((unsigned char)text[k])) {
			k++;
			continue;
		}
		size_t from = k;
		while (k < t->len && ident_char((unsigned char)text[k]))
			k++;
		if (isdigit((unsigned char)text[from]))
			continue; /* a number */
		size_t n = k - from;
		char *name = n < sizeof small ? small : hvci_xmalloc(n + 1);
		memcpy(name, text + from, n);
		name[n] = '\0';
		int found = hvci_cov_is_affected(rules, name) || hvci_strset_has(names, name);
		if (name != small)
			free(name);
		if (found)
			return 1;
	}
	return 0;
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
	wscan ws = {ctx, w, NULL, 0};
	hvci_visit_unit_tops_of(ctx, CXCursor_MacroDefinition, visit_def, &ws);
	/* Only a macro whose text names an affected API, or another macro
	 * that may be a wrapper, can be one: the others' tokens are never
	 * read.  A real unit's headers define thousands of macros, and
	 * reading each one's tokens was most of this file's cost. */
	hvci_strset maybe;
	hvci_strset_init(&maybe);
	char *read = hvci_xcalloc(w->n + 1, 1);
	dtext *text = hvci_xcalloc(w->n + 1, sizeof *text);
	for (size_t i = 0; i < w->n; i++)
		if (!def_text(&ws, i, &text[i])) { /* not sure: read its tokens */
			read[i] = 1;
			w->m[i].name = def_name(&ws, i);
			hvci_strset_add(&maybe, w->m[i].name);
		}
	for (int more = 1; more;) {
		more = 0;
		for (size_t i = 0; i < w->n; i++)
			if (!read[i] && text_mentions(ctx->rules, &text[i], &maybe)) {
				read[i] = 1;
				w->m[i].name = def_name(&ws, i);
				hvci_strset_add(&maybe, w->m[i].name);
				more = 1;
			}
	}
	/* Only the macros read can be wrappers: the others leave the table,
	 * so sorting it and searching it cost little.  (A name defined twice
	 * keeps only its definitions that were read.) */
	size_t kept = 0;
	for (size_t i = 0; i < w->n; i++) {
		if (read[i]) {
			read_tokens(&ws, i);
			w->m[kept++] = w->m[i];
		}
		free(text[i].own);
	}
	w->n = kept;
	free(text);
	free(read);
	hvci_strset_free(&maybe);
	free(ws.defs);
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

size_t hvci_cov_wrapper_count(const hvci_cov_wrappers *w)
{
	return w ? w->n : 0;
}

const char *hvci_cov_wrapper_name(const hvci_cov_wrappers *w, size_t i)
{
	return w && i < w->n && w->m[i].api ? w->m[i].name : NULL;
}

const char *hvci_cov_wrapper_api(const hvci_cov_wrappers *w, const char *name)
{
	const wmacro *m = w ? find(w, name) : NULL;
	return m ? m->api : NULL;
}

/* ---- expanding a use ---------------------------------------------------------- */

/* Index after the ')' that closes the '(' at t[i], or 0 when none does. */
static size_t close_of(char *const *t, size_t n, size_t i)
{
	int depth = 0;
	for (; i < n; i++) {
		if (!strcmp(t[i], "("))
			depth++;
		else if (!strcmp(t[i], ")") && --depth == 0)
			return i + 1;
	}
	return 0;
}

#define MAX_ARGS 32

static int expand_into(const hvci_cov_wrappers *w, char *const *use, size_t n_use, hvci_strv *out,
                       int depth);

/* Copies t[0..n) to out, expanding the wrapper macros used there. */
static int rescan(const hvci_cov_wrappers *w, const wmacro *self, char *const *t, size_t n,
                  hvci_strv *out, int depth)
{
	for (size_t k = 0; k < n; k++) {
		const wmacro *m = find(w, t[k]);
		if (!m || m == self || !m->api) {
			hvci_strv_push(out, t[k]);
			continue;
		}
		size_t end = k + 1;
		if (m->function_like) {
			if (k + 1 >= n || strcmp(t[k + 1], "(")) {
				hvci_strv_push(out, t[k]); /* the name alone is not a use */
				continue;
			}
			end = close_of(t, n, k + 1);
			if (!end)
				return 0;
		}
		if (!expand_into(w, t + k, end - k, out, depth + 1))
			return 0;
		k = end - 1;
	}
	return 1;
}

static int expand_into(const hvci_cov_wrappers *w, char *const *use, size_t n_use, hvci_strv *out,
                       int depth)
{
	const wmacro *m = n_use ? find(w, use[0]) : NULL;
	if (!m || depth > 8)
		return 0;
	/* The arguments, split at top-level commas. */
	size_t from[MAX_ARGS], to[MAX_ARGS], nargs = 0;
	if (m->function_like) {
		size_t end = n_use > 1 && !strcmp(use[1], "(") ? close_of(use, n_use, 1) : 0;
		if (!end)
			return 0;
		int d = 0;
		size_t start = 2;
		for (size_t k = 2; k < end; k++) {
			const char *x = use[k];
			if (!strcmp(x, "(") || !strcmp(x, "[") || !strcmp(x, "{"))
				d++;
			else if ((!strcmp(x, ")") || !strcmp(x, "]") || !strcmp(x, "}")) && d > 0)
				d--;
			else if ((!strcmp(x, ",") && d == 0) || k == end - 1) {
				if (nargs == MAX_ARGS)
					return 0;
				from[nargs] = start;
				to[nargs++] = k;
				start = k + 1;
			}
		}
		/* `M()` passes one empty argument, which a macro without
		 * parameters takes as none. */
		if (nargs == 1 && from[0] == to[0] && m->n_params == 0)
			nargs = 0;
		int variadic = m->n_params && !strcmp(m->params[m->n_params - 1], "__VA_ARGS__");
		if (variadic ? nargs + 1 < m->n_params : nargs != m->n_params)
			return 0;
	}
	hvci_strv body = {NULL, 0};
	for (size_t k = 0; k < m->n_body; k++) {
		const char *x = m->body[k];
		if (!strcmp(x, "#") || !strcmp(x, "##") || !strcmp(x, "#@")) {
			hvci_strv_free(&body);
			return 0;
		}
		size_t p = m->n_params;
		for (size_t q = 0; q < m->n_params; q++)
			if (!strcmp(m->params[q], x))
				p = q;
		if (p == m->n_params) {
			hvci_strv_push(&body, x);
			continue;
		}
		/* __VA_ARGS__ takes the rest, commas included. */
		size_t last = strcmp(m->params[p], "__VA_ARGS__") ? p : (nargs ? nargs - 1 : p);
		for (size_t q = p; q <= last && q < nargs; q++) {
			if (q > p)
				hvci_strv_push(&body, ",");
			for (size_t y = from[q]; y < to[q]; y++)
				hvci_strv_push(&body, use[y]);
		}
	}
	int ok = rescan(w, m, body.v, body.n, out, depth);
	hvci_strv_free(&body);
	return ok;
}

int hvci_cov_wrapper_expand(const hvci_cov_wrappers *w, char *const *use, size_t n_use,
                            hvci_strv *out)
{
	if (w && expand_into(w, use, n_use, out, 0))
		return 1;
	hvci_strv_free(out);
	return 0;
}

void hvci_cov_wrappers_free(hvci_cov_wrappers *w)
{
	for (size_t i = 0; w && i < w->n; i++) {
		for (size_t j = 0; j < w->m[i].n_body; j++)
			free(w->m[i].body[j]);
		free(w->m[i].body);
		for (size_t j = 0; j < w->m[i].n_params; j++)
			free(w->m[i].params[j]);
		free(w->m[i].params);
		free(w->m[i].name);
		free(w->m[i].api);
	}
	if (w)
		free(w->m);
	free(w);
}
