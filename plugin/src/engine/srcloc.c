/*
 * srcloc.c - source locations, text and ownership questions for the
 * engine: is a location user code or a WDK header, where a finding goes
 * when the code comes from a macro (the expansion in user code), what text
 * the user wrote for an expression, and small libclang cursor helpers.
 */
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"
#include "util/util.h"

int hvci_cursor_is_null(CXCursor c)
{
	return clang_Cursor_isNull(c) || clang_getCursorKind(c) == CXCursor_InvalidFile ||
	       clang_getCursorKind(c) == CXCursor_NoDeclFound;
}

typedef struct {
	CXCursor *v;
	unsigned n, cap;
} kids;

static enum CXChildVisitResult collect(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	kids *k = d;
	if (k->n == k->cap) {
		k->cap = k->cap ? k->cap * 2 : 8;
		k->v = hvci_xrealloc(k->v, k->cap * sizeof *k->v);
	}
	k->v[k->n++] = c;
	return CXChildVisit_Continue;
}

CXCursor *hvci_children(CXCursor c, unsigned *n)
{
	kids k = {NULL, 0, 0};
	clang_visitChildren(c, collect, &k);
	*n = k.n;
	return k.v;
}

/* Skips parentheses and implicit conversions. */
CXCursor hvci_strip(CXCursor e)
{
	for (;;) {
		enum CXCursorKind k = clang_getCursorKind(e);
		if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr)
			return e;
		unsigned n;
		CXCursor *ch = hvci_children(e, &n);
		if (n != 1) {
			free(ch);
			return e;
		}
		e = ch[0];
		free(ch);
	}
}

static char *file_name(CXFile f)
{
	CXString s = clang_getFileName(f);
	const char *c = clang_getCString(s);
	char *r = hvci_strdup(c ? c : "");
	clang_disposeString(s);
	return r;
}

int hvci_is_user_loc(hvci_ctx *ctx, CXSourceLocation loc)
{
	CXFile f;
	clang_getExpansionLocation(loc, &f, NULL, NULL, NULL);
	if (!f)
		return 0;
	for (size_t i = 0; i < ctx->n_files; i++)
		if (clang_File_isEqual(ctx->user_files[i], f))
			return ctx->user_flags[i];
	int user = !clang_Location_isInSystemHeader(loc);
	if (user) {
		char *name = file_name(f);
		char *abs = hvci_abspath(name, ctx->cl->directory);
		user = !hvci_cmdline_is_wdk_path(ctx->cl, abs);
		free(abs);
		free(name);
	}
	ctx->user_files = hvci_xrealloc(ctx->user_files, (ctx->n_files + 1) * sizeof(CXFile));
	ctx->user_flags = hvci_xrealloc(ctx->user_flags, (ctx->n_files + 1) * sizeof(int));
	ctx->user_files[ctx->n_files] = f;
	ctx->user_flags[ctx->n_files++] = user;
	return user;
}

void hvci_loc_from_location(CXSourceLocation l, hvci_loc *out)
{
	CXFile f;
	unsigned line, col;
	clang_getExpansionLocation(l, &f, &line, &col, NULL);
	memset(out, 0, sizeof *out);
	out->file = f ? file_name(f) : hvci_strdup("<unknown>");
	out->line = line;
	out->col = col;
}

/* Length of the token starting at loc, for ranges that collapse in macros. */
static unsigned token_len_at(CXTranslationUnit tu, CXSourceLocation loc)
{
	CXToken *t = clang_getToken(tu, loc);
	if (!t)
		return 1;
	CXString s = clang_getTokenSpelling(tu, *t);
	unsigned n = (unsigned)strlen(clang_getCString(s));
	clang_disposeString(s);
	clang_disposeTokens(tu, t, 1);
	return n ? n : 1;
}

void hvci_loc_from_cursor(hvci_ctx *ctx, CXCursor c, hvci_loc *out)
{
	CXSourceRange r = clang_getCursorExtent(c);
	CXSourceLocation b = clang_getRangeStart(r), e = clang_getRangeEnd(r);
	hvci_loc_from_location(b, out);
	CXFile fb, fe;
	unsigned bl, bc, bo, el, ec, eo;
	clang_getExpansionLocation(b, &fb, &bl, &bc, &bo);
	clang_getExpansionLocation(e, &fe, &el, &ec, &eo);
	if (fb && fe && clang_File_isEqual(fb, fe) && eo > bo) {
		out->end_line = el;
		out->end_col = ec;
	} else {
		/* The expression comes from a macro: underline the macro name. */
		CXSourceLocation at = clang_getLocation(ctx->tu, fb, bl, bc);
		out->end_line = bl;
		out->end_col = bc + token_len_at(ctx->tu, at);
	}
}

/* Tokens of the cursor's range in the file the user sees. */
static CXToken *expansion_tokens(hvci_ctx *ctx, CXCursor c, unsigned *n)
{
	CXSourceRange r = clang_getCursorExtent(c);
	CXFile f;
	unsigned bl, bc, el, ec;
	clang_getExpansionLocation(clang_getRangeStart(r), &f, &bl, &bc, NULL);
	CXFile f2;
	unsigned eo, bo;
	clang_getExpansionLocation(clang_getRangeStart(r), NULL, NULL, NULL, &bo);
	clang_getExpansionLocation(clang_getRangeEnd(r), &f2, &el, &ec, &eo);
	*n = 0;
	if (!f)
		return NULL;
	CXSourceLocation b = clang_getLocation(ctx->tu, f, bl, bc);
	CXSourceLocation e;
	if (f2 && clang_File_isEqual(f, f2) && eo > bo)
		e = clang_getLocation(ctx->tu, f, el, ec);
	else
		e = clang_getLocation(ctx->tu, f, bl, bc + token_len_at(ctx->tu, b));
	CXToken *toks = NULL;
	clang_tokenize(ctx->tu, clang_getRange(b, e), &toks, n);
	return toks;
}

char *hvci_cursor_text(hvci_ctx *ctx, CXCursor c)
{
	unsigned n;
	CXToken *toks = expansion_tokens(ctx, c, &n);
	hvci_buf b;
	hvci_buf_init(&b);
	const char *prev = NULL;
	for (unsigned i = 0; i < n; i++) {
		CXString s = clang_getTokenSpelling(ctx->tu, toks[i]);
		const char *t = clang_getCString(s);
		int tight = !prev || !strcmp(t, ")") || !strcmp(t, ",") || !strcmp(prev, "(") ||
		            !strcmp(t, "(") || !strcmp(prev, "~") || !strcmp(prev, "!");
		if (!tight)
			hvci_buf_putc(&b, ' ');
		hvci_buf_puts(&b, t);
		free((void *)prev);
		prev = hvci_strdup(t);
		clang_disposeString(s);
	}
	free((void *)prev);
	if (toks)
		clang_disposeTokens(ctx->tu, toks, n);
	if (b.len > 80) {
		b.s[77] = b.s[78] = b.s[79] = '.';
		b.s[80] = '\0';
		b.len = 80;
	}
	return hvci_buf_take(&b);
}

char *hvci_callee_spelling(hvci_ctx *ctx, CXCursor call, const char *real_name)
{
	CXSourceLocation loc = clang_getCursorLocation(call);
	CXFile f;
	unsigned l, c;
	clang_getExpansionLocation(loc, &f, &l, &c, NULL);
	if (!f)
		return hvci_strdup(real_name);
	CXToken *t = clang_getToken(ctx->tu, clang_getLocation(ctx->tu, f, l, c));
	if (!t)
		return hvci_strdup(real_name);
	char *name = NULL;
	if (clang_getTokenKind(*t) == CXToken_Identifier) {
		CXString s = clang_getTokenSpelling(ctx->tu, *t);
		const char *tok = clang_getCString(s);
		size_t n;
		/* Show the macro alias the user wrote when it is itself an API. */
		if (!strcmp(tok, real_name) || hvci_rules_lookup(ctx->rules, tok, &n))
			name = hvci_strdup(tok);
		clang_disposeString(s);
	}
	clang_disposeTokens(ctx->tu, t, 1);
	return name ? name : hvci_strdup(real_name);
}

char *hvci_function_name(CXCursor c)
{
	while (!clang_Cursor_isNull(c) && !clang_isTranslationUnit(clang_getCursorKind(c))) {
		enum CXCursorKind k = clang_getCursorKind(c);
		if (k == CXCursor_FunctionDecl || k == CXCursor_CXXMethod || k == CXCursor_Constructor ||
		    k == CXCursor_Destructor || k == CXCursor_FunctionTemplate) {
			CXString s = clang_getCursorSpelling(c);
			char *r = hvci_strdup(clang_getCString(s));
			clang_disposeString(s);
			return r;
		}
		c = clang_getCursorSemanticParent(c);
	}
	return NULL;
}

char *hvci_source_line(hvci_ctx *ctx, const char *file, unsigned line)
{
	if (ctx->unsaved_file && !strcmp(file, ctx->unsaved_file))
		return hvci_line_of(ctx->unsaved_text, ctx->unsaved_len, line);
	size_t len;
	char *abs = hvci_abspath(file, ctx->cl->directory);
	char *t = hvci_read_file(abs, &len);
	free(abs);
	char *r = t ? hvci_line_of(t, len, line) : NULL;
	free(t);
	return r;
}
