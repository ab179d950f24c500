/*
 * target.c - the minimum Windows version a translation unit is built for,
 * in NTDDI form: NTDDI_VERSION as the build or the user's code defines it,
 * else _WIN32_WINNT shifted into NTDDI form, else 0 (unknown).  The value
 * is read from the macro definitions libclang recorded and from the -D
 * options of the command line, and evaluated with a small evaluator that
 * knows numbers, the version macros, parentheses and + - | & << >>;
 * anything else (casts, function-like macros) leaves the target unknown,
 * which callers treat as the oldest release.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"
#include "util/util.h"

typedef struct {
	hvci_ctx *ctx;
	char **name;
	CXCursor *def;
	size_t n;
} macros;

static enum CXChildVisitResult collect_macro(CXCursor c, CXCursor p, CXClientData d)
{
	(void)p;
	if (clang_getCursorKind(c) != CXCursor_MacroDefinition)
		return CXChildVisit_Continue;
	macros *m = d;
	CXString s = clang_getCursorSpelling(c);
	const char *nm = clang_getCString(s);
	if (!strncmp(nm, "NTDDI_", 6) || !strncmp(nm, "_WIN32_WINNT", 12)) {
		m->name = hvci_xrealloc(m->name, (m->n + 1) * sizeof *m->name);
		m->def = hvci_xrealloc(m->def, (m->n + 1) * sizeof *m->def);
		m->name[m->n] = hvci_strdup(nm);
		m->def[m->n++] = c;
	}
	clang_disposeString(s);
	return CXChildVisit_Continue;
}

/* The definition in force at the end of the translation unit. */
static int macro_find(const macros *m, const char *name, size_t len)
{
	for (size_t i = m->n; i-- > 0;)
		if (strlen(m->name[i]) == len && !strncmp(m->name[i], name, len))
			return (int)i;
	return -1;
}

/* Body of a -D option on the command line for `name`, or NULL. */
static const char *cmdline_body(const hvci_cmdline *cl, const char *name)
{
	const char *found = NULL;
	size_t len = strlen(name);
	for (size_t i = 0; i < cl->argc; i++) {
		const char *a = cl->argv[i];
		if ((!strcmp(a, "-D") || !strcmp(a, "/D")) && i + 1 < cl->argc)
			a = cl->argv[++i];
		else if (!strncmp(a, "-D", 2) || !strncmp(a, "/D", 2))
			a += 2;
		else
			continue;
		if (!strncmp(a, name, len) && (a[len] == '=' || !a[len]))
			found = a[len] == '=' ? a + len + 1 : "1";
	}
	return found;
}

static char *macro_body(const macros *m, size_t i)
{
	hvci_ctx *ctx = m->ctx;
	CXSourceRange r = clang_getCursorExtent(m->def[i]);
	CXFile f;
	clang_getFileLocation(clang_getRangeStart(r), &f, NULL, NULL, NULL);
	if (!f) {
		const char *b = cmdline_body(ctx->cl, m->name[i]);
		return b ? hvci_strdup(b) : NULL;
	}
	CXToken *t = NULL;
	unsigned n = 0;
	clang_tokenize(ctx->tu, r, &t, &n);
	hvci_buf out;
	hvci_buf_init(&out);
	int ok = n >= 1;
	for (unsigned k = 1; k < n && ok; k++) {
		CXString s = clang_getTokenSpelling(ctx->tu, t[k]);
		/* Function-like macros are not version numbers. */
		if (k == 1 && !strcmp(clang_getCString(s), "(")) {
			unsigned c1, c2;
			clang_getSpellingLocation(clang_getTokenLocation(ctx->tu, t[0]), NULL, NULL,
			                          &c1, NULL);
			clang_getSpellingLocation(clang_getTokenLocation(ctx->tu, t[1]), NULL, NULL,
			                          &c2, NULL);
			ok = c2 != c1 + strlen(m->name[i]);
		}
		hvci_buf_printf(&out, " %s", clang_getCString(s));
		clang_disposeString(s);
	}
	if (t)
		clang_disposeTokens(ctx->tu, t, n);
	if (!ok) {
		hvci_buf_free(&out);
		return NULL;
	}
	return hvci_buf_take(&out);
}

/* A small evaluator for version expressions: numbers, the version macros,
 * parentheses, + - | & << >> and casts are not supported (unknown). */
typedef struct {
	const macros *m;
	const char *p;
	int ok;
	int depth;
} expr;

static uint64_t e_or(expr *e);

static void skip_ws(expr *e)
{
	while (*e->p == ' ' || *e->p == '\t')
		e->p++;
}

static uint64_t e_prim(expr *e)
{
	skip_ws(e);
	const char *p = e->p;
	if (*p == '(') {
		e->p++;
		uint64_t v = e_or(e);
		skip_ws(e);
		if (*e->p == ')')
			e->p++;
		else
			e->ok = 0;
		return v;
	}
	if (*p == '~') {
		e->p++;
		return ~e_prim(e);
	}
	if (*p >= '0' && *p <= '9') {
		char *end;
		uint64_t v = strtoull(p, &end, 0);
		while (*end == 'u' || *end == 'U' || *end == 'l' || *end == 'L')
			end++;
		e->p = end;
		return v;
	}
	if (*p == '_' || (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')) {
		size_t len = 0;
		while (p[len] == '_' || (p[len] >= 'A' && p[len] <= 'Z') ||
		       (p[len] >= 'a' && p[len] <= 'z') || (p[len] >= '0' && p[len] <= '9'))
			len++;
		e->p = p + len;
		int i = macro_find(e->m, p, len);
		char *body = i >= 0 && e->depth < 16 ? macro_body(e->m, (size_t)i) : NULL;
		if (!body) {
			e->ok = 0;
			return 0;
		}
		expr sub = {e->m, body, 1, e->depth + 1};
		uint64_t v = e_or(&sub);
		skip_ws(&sub);
		if (!sub.ok || *sub.p)
			e->ok = 0;
		free(body);
		return v;
	}
	e->ok = 0;
	return 0;
}

static uint64_t e_add(expr *e)
{
	uint64_t v = e_prim(e);
	for (;;) {
		skip_ws(e);
		if (*e->p == '+') {
			e->p++;
			v += e_prim(e);
		} else if (*e->p == '-') {
			e->p++;
			v -= e_prim(e);
		} else {
			return v;
		}
	}
}

static uint64_t e_shift(expr *e)
{
	uint64_t v = e_add(e);
	for (;;) {
		skip_ws(e);
		if (!strncmp(e->p, "<<", 2)) {
			e->p += 2;
			uint64_t s = e_add(e);
			v = s < 64 ? v << s : 0;
		} else if (!strncmp(e->p, ">>", 2)) {
			e->p += 2;
			uint64_t s = e_add(e);
			v = s < 64 ? v >> s : 0;
		} else {
			return v;
		}
	}
}

static uint64_t e_or(expr *e)
{
	uint64_t v = e_shift(e);
	for (;;) {
		skip_ws(e);
		if (*e->p == '|' && e->p[1] != '|') {
			e->p++;
			v |= e_shift(e);
		} else if (*e->p == '&' && e->p[1] != '&') {
			e->p++;
			v &= e_shift(e);
		} else {
			return v;
		}
	}
}

/* Value of the macro when the build or the user's code set it; 0 when the
 * only definition is a header's default (the build chose no target). */
static uint64_t user_value(const macros *m, const char *name, int *found)
{
	*found = 0;
	int i = macro_find(m, name, strlen(name));
	if (i < 0)
		return 0;
	CXSourceLocation loc = clang_getCursorLocation(m->def[i]);
	CXFile f;
	clang_getFileLocation(loc, &f, NULL, NULL, NULL);
	if (f && !hvci_is_user_loc(m->ctx, loc))
		return 0;
	char *body = macro_body(m, (size_t)i);
	if (!body)
		return 0;
	expr e = {m, body, 1, 0};
	uint64_t v = e_or(&e);
	skip_ws(&e);
	*found = e.ok && !*e.p;
	free(body);
	return *found ? v : 0;
}

uint64_t hvci_min_target(hvci_ctx *ctx)
{
	/* The WDK's and the command line's definitions sit in the PCH. */
	if (hvci_whole_unit_needed(ctx))
		return 0;
	macros m = {ctx, NULL, NULL, 0};
	hvci_visit_unit_tops_of(ctx, CXCursor_MacroDefinition, collect_macro, &m);
	int found;
	uint64_t v = user_value(&m, "NTDDI_VERSION", &found);
	if (!found) {
		v = user_value(&m, "_WIN32_WINNT", &found) << 16;
		if (!found)
			v = 0;
	}
	for (size_t i = 0; i < m.n; i++)
		free(m.name[i]);
	free(m.name);
	free(m.def);
	return v;
}
