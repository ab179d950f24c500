/*
 * srcloc.c - source locations, text and ownership questions for the
 * engine: is a location user code or a WDK header, where a finding goes
 * when the code comes from a macro (the expansion in user code), what text
 * the user wrote for an expression, and small libclang cursor helpers.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"
#include "util/fingerprint.h"
#include "util/util.h"

const char *hvci_file_text(hvci_ctx *ctx, CXFile f, size_t *size)
{
	/* libclang finds a file's text by searching every file and macro
	 * expansion the unit entered, which on a real unit costs as much as
	 * tens of thousands of instructions; several passes ask for the same
	 * user files, a unit may have hundreds, so every answer is kept. */
	*size = 0;
	if (!f)
		return NULL;
	size_t at;
	if (!hvci_ptrmap_get(&ctx->text_of, f, &at)) {
		at = ctx->n_text++;
		ctx->text = hvci_xrealloc(ctx->text, ctx->n_text * sizeof *ctx->text);
		ctx->text[at].size = 0;
		ctx->text[at].buf = clang_getFileContents(ctx->tu, f, &ctx->text[at].size);
		hvci_ptrmap_put(&ctx->text_of, f, at);
	}
	*size = ctx->text[at].size;
	return ctx->text[at].buf;
}

int hvci_whole_unit_needed(hvci_ctx *ctx)
{
	if (ctx->pch_partial)
		ctx->pch_whole = 1;
	return ctx->pch_partial != NULL;
}

size_t hvci_splice_len(const char *buf, size_t i, size_t end)
{
	if (i >= end || buf[i] != '\\')
		return 0;
	size_t q = i + 1;
	while (q < end && (buf[q] == ' ' || buf[q] == '\t'))
		q++;
	if (q == end || (buf[q] != '\n' && buf[q] != '\r'))
		return 0;
	q += q + 1 < end && buf[q] == '\r' && buf[q + 1] == '\n' ? 2 : 1;
	return q - i;
}

int hvci_written_in_file(hvci_ctx *ctx, CXCursor c)
{
	/* A function-like macro that assembled the expression from its
	 * arguments and its own body (FsRtlAllocatePoolWithTag(NonPagedPool,
	 * ...)) spans the whole invocation: its text is not the user's value. */
	CXSourceRange r = clang_getCursorExtent(c);
	CXFile fb, fe;
	unsigned bo, eo;
	clang_getFileLocation(clang_getRangeStart(r), &fb, NULL, NULL, &bo);
	clang_getFileLocation(clang_getRangeEnd(r), &fe, NULL, NULL, &eo);
	if (!fb || !fe || !clang_File_isEqual(fb, fe) || eo <= bo)
		return 0;
	size_t size;
	const char *t = hvci_file_text(ctx, fb, &size);
	if (!t || eo > size)
		return 1;
	unsigned i = bo;
	while (i < eo && (isalnum((unsigned char)t[i]) || t[i] == '_'))
		i++;
	if (i == bo)
		return 1;
	while (i < eo && isspace((unsigned char)t[i]))
		i++;
	return !(i < eo && t[i] == '(' && t[eo - 1] == ')' &&
	         clang_getCursorKind(c) != CXCursor_CallExpr);
}

int hvci_cursor_is_null(CXCursor c)
{
	/* The null cursor is of kind InvalidFile, so its kind alone answers:
	 * read from the public field, this costs no call, and the walk asks
	 * it of nearly every node. */
	return c.kind == CXCursor_InvalidFile || c.kind == CXCursor_NoDeclFound;
}

/* Collects children into k: its inline slots while they last (k->v ==
 * k->inl), the heap past them or when it starts without any (k->v NULL). */
static enum CXChildVisitResult collect(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	hvci_kids *k = d;
	if (k->n == k->cap) {
		k->cap = k->cap ? k->cap * 2 : 8;
		if (k->v == k->inl) {
			k->v = hvci_xmalloc(k->cap * sizeof *k->v);
			memcpy(k->v, k->inl, sizeof k->inl);
		} else {
			k->v = hvci_xrealloc(k->v, k->cap * sizeof *k->v);
		}
	}
	k->v[k->n++] = c;
	return CXChildVisit_Continue;
}

CXCursor *hvci_children(CXCursor c, unsigned *n)
{
	hvci_kids k; /* straight to the heap: the caller frees the array */
	k.v = NULL;
	k.n = k.cap = 0;
	clang_visitChildren(c, collect, &k);
	*n = k.n;
	return k.v;
}

void hvci_kids_of(CXCursor c, hvci_kids *k)
{
	k->v = k->inl;
	k->n = 0;
	k->cap = HVCI_KIDS_INLINE;
	clang_visitChildren(c, collect, k);
}

void hvci_kids_free(hvci_kids *k)
{
	if (k->v != k->inl)
		free(k->v);
	k->v = k->inl;
	k->n = 0;
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

static void remember_file(hvci_ctx *ctx, CXFile f, int user)
{
	ctx->user_files = hvci_xrealloc(ctx->user_files, (ctx->n_files + 1) * sizeof(CXFile));
	ctx->user_flags = hvci_xrealloc(ctx->user_flags, (ctx->n_files + 1) * sizeof(int));
	ctx->user_files[ctx->n_files] = f;
	ctx->user_flags[ctx->n_files++] = user;
}

/* The memo's answer for the handle f itself, -1 when it has none.  Cursors
 * come in runs from one file, and a real unit reads hundreds: the file
 * found moves to the front. */
static int memo_handle(hvci_ctx *ctx, CXFile f)
{
	for (size_t i = 0; i < ctx->n_files; i++)
		if (ctx->user_files[i] == f) {
			int user = ctx->user_flags[i];
			ctx->user_files[i] = ctx->user_files[0];
			ctx->user_flags[i] = ctx->user_flags[0];
			ctx->user_files[0] = f;
			ctx->user_flags[0] = user;
			return user;
		}
	return -1;
}

/* 1 when f's path lies in the WDK, the fallback headers or clang's own
 * (the command's resource folder): never the user's, however it is
 * asked about, by a location or by the file. */
static int wdk_file(hvci_ctx *ctx, CXFile f)
{
	char *name = file_name(f);
	char *abs = hvci_abspath(name, ctx->cl->directory);
	int wdk = hvci_cmdline_is_wdk_or_clang_path(ctx->cl, abs);
	free(abs);
	free(name);
	return wdk;
}

int hvci_is_user_loc(hvci_ctx *ctx, CXSourceLocation loc)
{
	CXFile f;
	clang_getExpansionLocation(loc, &f, NULL, NULL, NULL);
	if (!f)
		return 0;
	/* The same file mostly comes back as the same handle: compare those
	 * first, and ask libclang only when none is (a file reached by two
	 * spellings of its path). */
	int user = memo_handle(ctx, f);
	if (user >= 0)
		return user;
	for (size_t i = 0; i < ctx->n_files; i++)
		if (clang_File_isEqual(ctx->user_files[i], f))
			return ctx->user_flags[i];
	user = !clang_Location_isInSystemHeader(loc) && !wdk_file(ctx, f);
	remember_file(ctx, f, user);
	return user;
}

int hvci_is_user_file(hvci_ctx *ctx, CXFile f)
{
	/* A location in the file is found by a search of the whole unit
	 * (clang_getLocationForOffset): the memo is asked first, then the
	 * path, since a WDK or fallback header is never the user's whatever
	 * its location says (hvci_is_user_loc).  Nor is one of clang's own
	 * (stddef.h, stdarg.h): the command's resource folder is a system
	 * folder, which the location would say, after a search that costs
	 * about 200,000 instructions on a unit of the WDK's size. */
	if (!f)
		return 0;
	int user = memo_handle(ctx, f);
	if (user >= 0)
		return user;
	if (wdk_file(ctx, f)) {
		remember_file(ctx, f, 0);
		return 0;
	}
	return hvci_is_user_loc(ctx, clang_getLocationForOffset(ctx->tu, f, 0));
}

static void keep_inclusion(CXFile f, CXSourceLocation *stack, unsigned depth, CXClientData d)
{
	(void)stack;
	hvci_ctx *ctx = d;
	ctx->incl = hvci_xrealloc(ctx->incl, (ctx->n_incl + 1) * sizeof *ctx->incl);
	ctx->incl_depth =
	    hvci_xrealloc(ctx->incl_depth, (ctx->n_incl + 1) * sizeof *ctx->incl_depth);
	ctx->incl[ctx->n_incl] = f;
	ctx->incl_depth[ctx->n_incl++] = depth;
}

void hvci_unit_inclusions(hvci_ctx *ctx, CXInclusionVisitor visit, CXClientData d)
{
	if (!ctx->incl_ready) {
		hvci_inclusions(ctx->tu, ctx->cl, keep_inclusion, ctx);
		ctx->incl_ready = 1;
	}
	for (size_t i = 0; i < ctx->n_incl; i++)
		visit(ctx->incl[i], NULL, ctx->incl_depth[i], d);
}

void hvci_loc_from_location(CXSourceLocation l, hvci_loc *out)
{
	CXFile f;
	unsigned line, col;
	/* File location: a macro argument is where it is written, a macro
	 * body token is at the macro's use. */
	clang_getFileLocation(l, &f, &line, &col, NULL);
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
	clang_getFileLocation(b, &fb, &bl, &bc, &bo);
	clang_getFileLocation(e, &fe, &el, &ec, &eo);
	if (fb && fe && clang_File_isEqual(fb, fe) && eo > bo) {
		out->end_line = el;
		out->end_col = ec;
		/* Ending in a macro: take in the whole macro name. */
		CXFile sf;
		unsigned so;
		clang_getSpellingLocation(e, &sf, NULL, NULL, &so);
		if (!sf || !clang_File_isEqual(sf, fe) || so != eo)
			out->end_col =
			    ec + token_len_at(ctx->tu, clang_getLocation(ctx->tu, fe, el, ec));
	} else {
		/* The expression comes from a macro: underline the macro name. */
		CXSourceLocation at = clang_getLocation(ctx->tu, fb, bl, bc);
		out->end_line = bl;
		out->end_col = bc + token_len_at(ctx->tu, at);
	}
}

char *hvci_cursor_text(hvci_ctx *ctx, CXCursor c)
{
	/* The user's own text of the range, whitespace runs collapsed. */
	hvci_loc l;
	hvci_loc_from_cursor(ctx, c, &l);
	CXSourceLocation b = clang_getRangeStart(clang_getCursorExtent(c));
	CXFile f;
	clang_getFileLocation(b, &f, NULL, NULL, NULL);
	hvci_buf out;
	hvci_buf_init(&out);
	size_t size = 0;
	const char *text = hvci_file_text(ctx, f, &size);
	if (text) {
		unsigned bo, eo;
		clang_getFileLocation(clang_getLocation(ctx->tu, f, l.line, l.col), NULL, NULL,
		                      NULL, &bo);
		clang_getFileLocation(clang_getLocation(ctx->tu, f, l.end_line, l.end_col), NULL,
		                      NULL, NULL, &eo);
		int space = 0;
		for (unsigned i = bo; i < eo && i < size; i++) {
			char ch = text[i];
			if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\\') {
				space = out.len > 0;
				continue;
			}
			if (space)
				hvci_buf_putc(&out, ' ');
			space = 0;
			hvci_buf_putc(&out, ch);
		}
	}
	hvci_loc_clear(&l);
	if (out.len > 80) {
		out.s[77] = out.s[78] = out.s[79] = '.';
		out.s[80] = '\0';
		out.len = 80;
	}
	return hvci_buf_take(&out);
}

char *hvci_callee_spelling(hvci_ctx *ctx, CXCursor call, const char *real_name)
{
	CXSourceLocation loc = clang_getCursorLocation(call);
	CXFile f;
	unsigned l, c, off;
	clang_getExpansionLocation(loc, &f, NULL, NULL, &off);
	if (!f)
		return hvci_strdup(real_name);
	/* Only a call written through a macro can be shown by another name.
	 * Offsets answer that: lines and columns cost more, at every call. */
	CXFile sf;
	unsigned soff;
	clang_getSpellingLocation(loc, &sf, NULL, NULL, &soff);
	if (sf && clang_File_isEqual(sf, f) && soff == off)
		return hvci_strdup(real_name);
	clang_getExpansionLocation(loc, &f, &l, &c, NULL);
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

static int is_function_kind(enum CXCursorKind k)
{
	return k == CXCursor_FunctionDecl || k == CXCursor_CXXMethod || k == CXCursor_Constructor ||
	       k == CXCursor_Destructor || k == CXCursor_ConversionFunction ||
	       k == CXCursor_FunctionTemplate;
}

static int is_scope_kind(enum CXCursorKind k)
{
	return k == CXCursor_Namespace || k == CXCursor_ClassDecl || k == CXCursor_StructDecl ||
	       k == CXCursor_UnionDecl || k == CXCursor_ClassTemplate ||
	       k == CXCursor_ClassTemplatePartialSpecialization;
}

/* A function's name with its classes and namespaces (N::Class::Method), so
 * two classes' methods of one name stay apart; anonymous scopes add nothing. */
static char *qualified_name(CXCursor fn)
{
	CXString s = clang_getCursorSpelling(fn);
	char *r = hvci_strdup(clang_getCString(s));
	clang_disposeString(s);
	for (CXCursor p = clang_getCursorSemanticParent(fn);
	     !clang_Cursor_isNull(p) && is_scope_kind(clang_getCursorKind(p));
	     p = clang_getCursorSemanticParent(p)) {
		CXString ps = clang_getCursorSpelling(p);
		const char *n = clang_getCString(ps);
		if (n && *n && !clang_Cursor_isAnonymous(p)) {
			char *q = hvci_asprintf("%s::%s", n, r);
			free(r);
			r = q;
		}
		clang_disposeString(ps);
	}
	return r;
}

char *hvci_function_name(CXCursor c)
{
	/* Declarations only: clang gives no semantic parent for an expression;
	 * findings at expressions are named by hvci_name_functions. */
	while (!clang_Cursor_isNull(c) && clang_isDeclaration(clang_getCursorKind(c))) {
		if (is_function_kind(clang_getCursorKind(c)))
			return qualified_name(c);
		c = clang_getCursorSemanticParent(c);
	}
	return NULL;
}

/* A user function definition's file range. */
typedef struct {
	char *file;
	unsigned bl, bc, el, ec;
	CXCursor def;
	size_t seq; /* visit order: of two starting at one place (a macro), the later wins */
} fn_range;

typedef struct {
	hvci_ctx *ctx;
	fn_range *v;
	size_t n;
} fn_ranges;

static enum CXChildVisitResult collect_defs(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	fn_ranges *fr = d;
	enum CXCursorKind k = clang_getCursorKind(c);
	if (is_scope_kind(k) || k == CXCursor_LinkageSpec || k == CXCursor_UnexposedDecl)
		return CXChildVisit_Recurse;
	if (!is_function_kind(k) || !clang_isCursorDefinition(c) ||
	    !hvci_is_user_loc(fr->ctx, clang_getCursorLocation(c)))
		return CXChildVisit_Continue;
	CXSourceRange r = clang_getCursorExtent(c);
	CXFile fb, fe;
	fn_range x;
	clang_getFileLocation(clang_getRangeStart(r), &fb, &x.bl, &x.bc, NULL);
	clang_getFileLocation(clang_getRangeEnd(r), &fe, &x.el, &x.ec, NULL);
	if (!fb || !fe || !clang_File_isEqual(fb, fe))
		return CXChildVisit_Continue;
	x.file = file_name(fb);
	x.def = c;
	x.seq = fr->n;
	fr->v = hvci_xrealloc(fr->v, (fr->n + 1) * sizeof *fr->v);
	fr->v[fr->n++] = x;
	return CXChildVisit_Continue;
}

static int before(unsigned l1, unsigned c1, unsigned l2, unsigned c2)
{
	return l1 < l2 || (l1 == l2 && c1 <= c2);
}

/* By file, then by start: the candidates for a point are the ranges of
 * its file that start at or before it. */
static int range_cmp(const void *a, const void *b)
{
	const fn_range *x = a, *y = b;
	int c = strcmp(x->file, y->file);
	if (c)
		return c;
	if (x->bl != y->bl)
		return x->bl < y->bl ? -1 : 1;
	if (x->bc != y->bc)
		return x->bc < y->bc ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void hvci_name_functions(hvci_ctx *ctx)
{
	/* A finding's function is the user function definition whose text
	 * holds the finding's start (the innermost, for a method defined in a
	 * class); pragmas and file-scope initializers are in none and keep NULL. */
	fn_ranges fr = {ctx, NULL, 0};
	int collected = 0;
	/* far[k]: the furthest end among ranges[first of its file .. k], so the
	 * search backwards stops once no earlier range can reach the point. */
	unsigned *far_l = NULL, *far_c = NULL;
	hvci_tu_result *res = ctx->res;
	for (size_t i = 0; i < res->n_findings; i++) {
		hvci_finding *f = &res->findings[i];
		if (f->function || !f->loc.file || !f->loc.line)
			continue;
		if (!collected) {
			hvci_visit_unit_tops(ctx, collect_defs, &fr);
			collected = 1;
			if (fr.n > 1)
				qsort(fr.v, fr.n, sizeof *fr.v, range_cmp);
			far_l = hvci_xcalloc(fr.n + 1, sizeof *far_l);
			far_c = hvci_xcalloc(fr.n + 1, sizeof *far_c);
			for (size_t k = 0; k < fr.n; k++) {
				far_l[k] = fr.v[k].el;
				far_c[k] = fr.v[k].ec;
				if (k && !strcmp(fr.v[k - 1].file, fr.v[k].file) &&
				    before(far_l[k], far_c[k], far_l[k - 1], far_c[k - 1])) {
					far_l[k] = far_l[k - 1];
					far_c[k] = far_c[k - 1];
				}
			}
		}
		/* The last range that starts at or before the finding... */
		size_t lo = 0, hi = fr.n;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			const fn_range *x = &fr.v[mid];
			int c = strcmp(x->file, f->loc.file);
			if (c < 0 || (!c && before(x->bl, x->bc, f->loc.line, f->loc.col)))
				lo = mid + 1;
			else
				hi = mid;
		}
		/* ...and back from it to the first that also holds it: the latest
		 * start, so the innermost definition. */
		const fn_range *best = NULL;
		for (size_t k = lo; k-- > 0 && !best;) {
			const fn_range *x = &fr.v[k];
			if (strcmp(x->file, f->loc.file) ||
			    !before(f->loc.line, f->loc.col, far_l[k], far_c[k]))
				break;
			if (before(f->loc.line, f->loc.col, x->el, x->ec))
				best = x;
		}
		if (best)
			f->function = qualified_name(best->def);
	}
	for (size_t k = 0; k < fr.n; k++)
		free(fr.v[k].file);
	free(fr.v);
	free(far_l);
	free(far_c);
}

char *hvci_source_statement_key(hvci_ctx *ctx, const char *file, unsigned line, unsigned col)
{
	if (ctx->unsaved_file && !strcmp(file, ctx->unsaved_file))
		return hvci_statement_key(ctx->unsaved_text, ctx->unsaved_len, line, col);
	/* The file is read and lexed once per unit, however many findings. */
	const hvci_stmt_index *ix = hvci_srccache_stmts(ctx, file);
	return ix ? hvci_statement_key_at(ix, line, col) : NULL;
}

hvci_skipped *hvci_skipped_ranges(CXTranslationUnit tu, CXFile f, size_t *n)
{
	*n = 0;
	CXSourceRangeList *rl = f ? clang_getSkippedRanges(tu, f) : NULL;
	if (!rl)
		return NULL;
	hvci_skipped *v = rl->count ? hvci_xcalloc(rl->count, sizeof *v) : NULL;
	for (unsigned i = 0; i < rl->count; i++) {
		clang_getSpellingLocation(clang_getRangeStart(rl->ranges[i]), NULL,
		                          &v[i].first_line, NULL, &v[i].begin);
		clang_getSpellingLocation(clang_getRangeEnd(rl->ranges[i]), NULL, &v[i].last_line,
		                          NULL, &v[i].end);
	}
	*n = rl->count;
	clang_disposeSourceRangeList(rl);
	return v;
}

int hvci_skipped_has_offset(const hvci_skipped *s, size_t n, unsigned offset)
{
	for (size_t i = 0; i < n; i++)
		if (offset >= s[i].begin && offset < s[i].end)
			return 1;
	return 0;
}

int hvci_is_standin_loc(hvci_ctx *ctx, CXSourceLocation loc)
{
	const char *dir = ctx->cl ? ctx->cl->standin_dir : NULL;
	if (!dir)
		return 0;
	CXFile f;
	clang_getSpellingLocation(loc, &f, NULL, NULL, NULL);
	if (!f)
		return 0;
	CXString s = clang_getFileName(f);
	const char *n = clang_getCString(s);
	size_t l = strlen(dir);
	int r = n && !strncmp(n, dir, l) && n[l] == '/';
	clang_disposeString(s);
	return r;
}

typedef struct {
	hvci_ctx *ctx;
	int depth;
	int found;
} standin_scan;

static int type_standin(standin_scan *st, CXType t);

static enum CXVisitorResult field_standin(CXCursor c, CXClientData d)
{
	standin_scan *st = d;
	if (type_standin(st, clang_getCursorType(c)))
		st->found = 1;
	return st->found ? CXVisit_Break : CXVisit_Continue;
}

static int type_standin(standin_scan *st, CXType t)
{
	if (st->found || st->depth > 16)
		return st->found;
	/* The typedef chain first: a stand-in is a typedef in the prelude. */
	for (CXType u = t; u.kind == CXType_Typedef || u.kind == CXType_Elaborated;) {
		CXCursor d = clang_getTypeDeclaration(u);
		if (hvci_is_standin_loc(st->ctx, clang_getCursorLocation(d)))
			return st->found = 1;
		u = u.kind == CXType_Typedef ? clang_getTypedefDeclUnderlyingType(d)
		                             : clang_Type_getNamedType(u);
	}
	CXType c = clang_getCanonicalType(t);
	st->depth++;
	if (c.kind == CXType_ConstantArray || c.kind == CXType_IncompleteArray)
		type_standin(st, clang_getArrayElementType(t));
	else if (c.kind == CXType_Record)
		clang_Type_visitFields(c, field_standin, st);
	st->depth--;
	return st->found;
}

int hvci_type_uses_standin(hvci_ctx *ctx, CXType t)
{
	if (!ctx->cl || !ctx->cl->standin_dir)
		return 0;
	standin_scan st = {ctx, 0, 0};
	return type_standin(&st, t);
}

typedef struct {
	hvci_ctx *ctx;
	int found;
} expr_scan;

static enum CXChildVisitResult expr_standin(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	expr_scan *st = d;
	enum CXCursorKind k = clang_getCursorKind(c);
	if (k == CXCursor_DeclRefExpr || k == CXCursor_MemberRefExpr) {
		CXCursor r = clang_getCursorReferenced(c);
		/* A stand-in's type, or a stand-in itself (a C constant is an
		 * int, whose type says nothing). */
		if (!clang_Cursor_isNull(r) &&
		    (hvci_type_uses_standin(st->ctx, clang_getCursorType(r)) ||
		     hvci_is_standin_loc(st->ctx, clang_getCursorLocation(r))))
			st->found = 1;
	}
	return st->found ? CXChildVisit_Break : CXChildVisit_Recurse;
}

int hvci_expr_uses_standin(hvci_ctx *ctx, CXCursor e)
{
	if (!ctx->cl || !ctx->cl->standin_dir)
		return 0;
	if (hvci_type_uses_standin(ctx, clang_getCursorType(e)))
		return 1;
	expr_scan st = {ctx, 0};
	clang_visitChildren(e, expr_standin, &st);
	return st.found;
}
