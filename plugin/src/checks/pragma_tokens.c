/*
 * pragma_tokens.c - the tokens of a user file that the preprocessor did
 * not skip, for pragmas.c's scan.  A worker's units include the same
 * headers, and lexing them was most of that scan's cost: the file's tokens
 * are kept with its text (textmemo.c) for units lexed under the same
 * options, and each unit takes out what its own preprocessor skipped.
 * A file that spells no `__pragma`, `_Pragma` or `code_seg` can hold a
 * pragma only in its directives, so only its directive lines are lexed:
 * a driver's source is mostly code around a few `#pragma alloc_text`
 * lines.  It reads no pragma; pragmas.c does.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "checks/pragmas.h"
#include "util/util.h"

/* The token arrays of a hvci_ftoks, for both lists below, room for n. */
static void alloc_arrays(hvci_ftoks *t, size_t n)
{
	t->sp = hvci_xrealloc(t->sp, (n + 1) * sizeof *t->sp);
	t->off = hvci_xrealloc(t->off, (n + 1) * sizeof *t->off);
	t->end = hvci_xrealloc(t->end, (n + 1) * sizeof *t->end);
	t->line = hvci_xrealloc(t->line, (n + 1) * sizeof *t->line);
	t->is_str = hvci_xrealloc(t->is_str, n + 1);
}

static void free_arrays(hvci_ftoks *t)
{
	free(t->sp);
	free(t->off);
	free(t->end);
	free(t->line);
	free(t->is_str);
}

/* Every token of a file but its comments, as libclang lexes the text (or
 * those of its directive lines only). The spellings lie end to end in
 * `chars`. */
typedef struct {
	hvci_ftoks all;
	char *chars;
} lexed;

static void lexed_free(void *p)
{
	lexed *x = p;
	if (!x)
		return;
	free_arrays(&x->all);
	free(x->chars);
	free(x);
}

/* While lexing: the spellings so far and where each one starts. */
typedef struct {
	lexed *x;
	size_t cap;
	hvci_buf chars;
	size_t *at;
} lex_state;

/* Appends the tokens of text[b, e) of f.  A token ends where its spelling
 * does when the file holds that spelling at its start, which is all but a
 * token with a line splice inside: only then is its extent asked, the
 * costlier call. */
static void lex_range(lex_state *lx, CXTranslationUnit tu, CXFile f, const char *text, size_t size,
                      size_t b, size_t e)
{
	CXSourceRange r = clang_getRange(clang_getLocationForOffset(tu, f, (unsigned)b),
	                                 clang_getLocationForOffset(tu, f, (unsigned)e));
	CXToken *toks = NULL;
	unsigned n = 0;
	clang_tokenize(tu, r, &toks, &n);
	hvci_ftoks *t = &lx->x->all;
	if (t->n + n > lx->cap) {
		lx->cap = t->n + n > 2 * lx->cap ? t->n + n : 2 * lx->cap;
		alloc_arrays(t, lx->cap);
		lx->at = hvci_xrealloc(lx->at, (lx->cap + 1) * sizeof *lx->at);
	}
	for (unsigned i = 0; i < n; i++) {
		CXTokenKind k = clang_getTokenKind(toks[i]);
		if (k == CXToken_Comment)
			continue;
		unsigned tb, te, l;
		clang_getSpellingLocation(clang_getTokenLocation(tu, toks[i]), NULL, &l, NULL, &tb);
		CXString sp = clang_getTokenSpelling(tu, toks[i]);
		const char *spc = clang_getCString(sp);
		size_t sl = strlen(spc);
		if (tb <= size && sl <= size - tb && !memcmp(text + tb, spc, sl)) {
			te = tb + (unsigned)sl;
		} else {
			CXSourceRange x = clang_getTokenExtent(tu, toks[i]);
			clang_getSpellingLocation(clang_getRangeEnd(x), NULL, NULL, NULL, &te);
		}
		size_t j = t->n++;
		lx->at[j] = lx->chars.len;
		hvci_buf_putn(&lx->chars, spc, sl);
		hvci_buf_putc(&lx->chars, '\0');
		t->off[j] = tb;
		t->end[j] = te;
		t->line[j] = l;
		t->is_str[j] = k == CXToken_Literal && memchr(spc, '"', sl) != NULL;
		clang_disposeString(sp);
	}
	if (toks)
		clang_disposeTokens(tu, toks, n);
}

/* Lexes f whole, or only the spans given (n_spans pairs of offsets). */
static lexed *lex_file(CXTranslationUnit tu, CXFile f, const char *text, size_t size,
                       const hvci_span *spans, size_t n_spans)
{
	lex_state lx;
	memset(&lx, 0, sizeof lx);
	lx.x = hvci_xcalloc(1, sizeof *lx.x);
	hvci_buf_init(&lx.chars);
	if (!spans)
		lex_range(&lx, tu, f, text, size, 0, size);
	for (size_t i = 0; spans && i < n_spans; i++)
		lex_range(&lx, tu, f, text, size, spans[i].b, spans[i].e);
	hvci_ftoks *t = &lx.x->all;
	if (!lx.cap)
		alloc_arrays(t, 0);
	lx.x->chars = hvci_buf_take(&lx.chars);
	for (size_t j = 0; j < t->n; j++)
		t->sp[j] = lx.x->chars + lx.at[j];
	free(lx.at);
	return lx.x;
}

/* ---- the directive lines of a text ---------------------------------------- */

/* Past the line splices at text[i].  (In a text unfollowed() passes, a
 * splice is a backslash right before a line break.) */
static size_t past_splices(const char *t, size_t i, size_t n)
{
	size_t s;
	while ((s = hvci_splice_len(t, i, n)))
		i += s;
	return i;
}

/* What this reading does not follow as clang's lexer does: a trigraph,
 * a raw string, a digit separator or a character literal right after a
 * digit, `#@`, a splice with blanks before its line break, a carriage
 * return alone, a NUL. */
static int unfollowed(const char *t, size_t n)
{
	if (memchr(t, '\0', n) || memmem(t, n, "??", 2) || memmem(t, n, "R\"", 2) ||
	    memmem(t, n, "#@", 2))
		return 1;
	const char *end = t + n;
	for (const char *p = memchr(t, '\r', n); p; p = memchr(p + 1, '\r', (size_t)(end - p - 1)))
		if (p + 1 == end || p[1] != '\n')
			return 1;
	for (const char *p = memchr(t, '\'', n); p; p = memchr(p + 1, '\'', (size_t)(end - p - 1)))
		if (p > t && isdigit((unsigned char)p[-1]))
			return 1;
	for (const char *p = memchr(t, '\\', n); p;
	     p = memchr(p + 1, '\\', (size_t)(end - p - 1))) {
		const char *q = p + 1;
		while (q < end && (*q == ' ' || *q == '\t'))
			q++;
		if (q > p + 1 && q < end && (*q == '\n' || *q == '\r'))
			return 1;
	}
	return 0;
}

int hvci_pragma_line_ends(const char *t, size_t i)
{
	return !(i > 0 && t[i - 1] == '\\') && !(i > 1 && t[i - 1] == '\r' && t[i - 2] == '\\');
}

/* Where the directive that starts at text[i] ends: the first line break
 * that no backslash continues, as pragmas.c ends a directive. */
static size_t directive_end(const char *t, size_t i, size_t n)
{
	for (const char *p; (p = memchr(t + i, '\n', n - i)); i = (size_t)(p - t) + 1)
		if (hvci_pragma_line_ends(t, (size_t)(p - t)))
			return (size_t)(p - t);
	return n;
}

static void add_span(hvci_span **v, size_t *n, size_t b, size_t e)
{
	*v = hvci_xrealloc(*v, (*n + 1) * sizeof **v);
	(*v)[*n].b = b;
	(*v)[*n].e = e;
	(*n)++;
}

static int ident_char(unsigned char c)
{
	return isalnum(c) || c == '_' || c >= 0x80;
}

int hvci_pragma_directive_spans(const char *t, size_t n, hvci_span **out, size_t *n_out)
{
	*out = NULL;
	*n_out = 0;
	if (unfollowed(t, n))
		return 0;
	size_t i = n >= 3 && !memcmp(t, "\xEF\xBB\xBF", 3) ? 3 : 0;
	/* nl: a line break since the last token, or none yet (the first token
	 * starts a line); last: one past the last token character seen. */
	int nl = 1;
	size_t last = 0;
	while (i < n) {
		unsigned char c = (unsigned char)t[i];
		if (ident_char(c)) {
			while (++i < n && ident_char((unsigned char)t[i]))
				;
			nl = 0;
			last = i;
			continue;
		}
		if (c == '\n') {
			nl = 1;
			i++;
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r') {
			i++;
			continue;
		}
		size_t s = hvci_splice_len(t, i, n);
		if (s) {
			i += s;
			continue;
		}
		if (c == '/') {
			size_t j = past_splices(t, i + 1, n);
			if (j < n && t[j] == '/') {
				/* To the line break; one a splice continues goes on. */
				i = directive_end(t, j, n);
				continue;
			}
			if (j < n && t[j] == '*') {
				/* Its line breaks count: pragmas.c looks for one
				 * anywhere between two tokens. */
				for (i = j + 1; i < n; i++) {
					if (t[i] == '\n' && hvci_pragma_line_ends(t, i)) {
						nl = 1;
					} else if (t[i] == '*') {
						size_t k = past_splices(t, i + 1, n);
						if (k < n && t[k] == '/') {
							i = k;
							break;
						}
					}
				}
				i++;
				continue;
			}
		}
		if (c == '"' || c == '\'') {
			/* A literal; one left open ends at its line, as clang's does. */
			for (i++; i < n && t[i] != '\n';) {
				if ((s = hvci_splice_len(t, i, n))) {
					i += s;
					continue;
				}
				if (t[i] == '\\') {
					i = past_splices(t, i + 1, n);
					if (i < n && t[i] != '\n')
						i++;
					continue;
				}
				if ((unsigned char)t[i++] == c)
					break;
			}
			nl = 0;
			last = i;
			continue;
		}
		if (c == '#') {
			size_t j = past_splices(t, i + 1, n);
			int pair = j < n && t[j] == '#';
			if (nl && !pair) {
				size_t e = directive_end(t, i, n);
				/* Lexed together with the directive before when only
				 * blanks and comments lie between. */
				if (*n_out && last <= (*out)[*n_out - 1].e)
					(*out)[*n_out - 1].e = e;
				else
					add_span(out, n_out, i, e);
			}
			i = pair ? j + 1 : i + 1;
			nl = 0;
			last = i;
			continue;
		}
		nl = 0;
		last = ++i;
	}
	return 1;
}

/* 1 when the unit surely reads `//` as a comment, as all but C89 and C90
 * do; an option that may ask for those says no. */
static int line_comments(const hvci_ctx *ctx)
{
	if (!ctx->cl || !ctx->cl->argv)
		return 0;
	for (char **a = ctx->cl->argv; *a; a++)
		if (!strcmp(*a, "-ansi") || !strcmp(*a, "/Za") || !strcmp(*a, "-Za") ||
		    (strstr(*a, "std") &&
		     (strstr(*a, "89") || strstr(*a, "90") || strstr(*a, "94"))))
			return 0;
	return 1;
}

/* What the tokens of a file depend on besides its text: the unit's
 * language and the options that change how it is lexed (NULL: none
 * known, so the tokens are not kept). */
static char *lex_sig(const hvci_ctx *ctx)
{
	if (!ctx->cl || !ctx->cl->argv)
		return NULL;
	hvci_buf b;
	hvci_buf_init(&b);
	hvci_buf_puts(&b, ctx->cl->cxx ? "c++" : "c");
	/* Options, never paths: a file's name must not make its unit's
	 * tokens differ from its neighbours'. */
	static const char *const lexing[] = {"-std", "--std", "/std",       "-f",     "/Zc",
	                                     "-Zc",  "/Za",   "-trigraphs", "/clang:"};
	for (char **a = ctx->cl->argv; *a; a++) {
		for (size_t k = 0; k < sizeof lexing / sizeof *lexing; k++) {
			if (!strncmp(*a, lexing[k], strlen(lexing[k]))) {
				hvci_buf_putc(&b, '\n');
				hvci_buf_puts(&b, *a);
				break;
			}
		}
	}
	return hvci_buf_take(&b);
}

void hvci_pragma_ftoks_free(hvci_ftoks *t)
{
	free_arrays(t);
	lexed_free(t->own);
	memset(t, 0, sizeof *t);
}

/*
 * A worker's units include the same headers, and lexing them was most of
 * this scan's cost: the lexed text is kept with the text itself
 * (textmemo.c), for units lexed under the same options, and each unit
 * takes out what its own preprocessor skipped.
 */
void hvci_pragma_file_tokens(const hvci_ctx *ctx, CXFile f, const char *text, size_t size,
                             hvci_ftoks *out)
{
	CXTranslationUnit tu = ctx->tu;
	memset(out, 0, sizeof *out);
	CXString name = clang_getFileName(f);
	hvci_textmemo *m = hvci_textmemo_for(ctx, clang_getCString(name), text, size);
	clang_disposeString(name);
	/* Only the directive lines matter when nothing outside them can hold
	 * a pragma or a code_seg (pragmas.c's scan_file); all of the tokens
	 * serve as well, so kept tokens of either kind are taken. */
	int directives = !memmem(text, size, "__pragma", 8) && !memmem(text, size, "_Pragma", 7) &&
	                 !memmem(text, size, "code_seg", 8) && line_comments(ctx);
	char *sig = m ? lex_sig(ctx) : NULL;
	char *dsig = sig ? hvci_asprintf("%s\ndirectives", sig) : NULL;
	hvci_span *spans = NULL;
	size_t n_spans = 0;
	lexed *x;
	if (sig && m->lexed && m->lexed_sig &&
	    (!strcmp(m->lexed_sig, sig) || (directives && !strcmp(m->lexed_sig, dsig)))) {
		x = m->lexed;
		free(sig);
		free(dsig);
	} else {
		if (directives && !hvci_pragma_directive_spans(text, size, &spans, &n_spans))
			directives = 0;
		if (directives) {
			free(sig);
			sig = dsig;
		} else {
			free(dsig);
		}
		x = lex_file(tu, f, text, size, directives ? spans : NULL, n_spans);
		if (sig) {
			hvci_textmemo_set_lexed(
			    m, x, sig, lexed_free,
			    size + x->all.n * (sizeof *x->all.sp + 3 * sizeof *x->all.off + 1));
		} else {
			out->own = x;
		}
	}
	free(spans);
	size_t nsk;
	hvci_skipped *sk = hvci_skipped_ranges(tu, f, &nsk);
	const hvci_ftoks *all = &x->all;
	alloc_arrays(out, all->n);
	for (size_t i = 0; i < all->n; i++) {
		if (nsk && hvci_skipped_has_offset(sk, nsk, all->off[i]))
			continue;
		size_t j = out->n++;
		out->sp[j] = all->sp[i];
		out->off[j] = all->off[i];
		out->end[j] = all->end[i];
		out->line[j] = all->line[i];
		out->is_str[j] = all->is_str[i];
	}
	free(sk);
}
