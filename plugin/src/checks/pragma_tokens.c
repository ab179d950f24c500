/*
 * pragma_tokens.c - the tokens of a user file that the preprocessor did
 * not skip, for pragmas.c's scan.  A worker's units include the same
 * headers, and lexing them was most of that scan's cost: the file's tokens
 * are kept with its text (textmemo.c) for units lexed under the same
 * options, and each unit takes out what its own preprocessor skipped.  It
 * reads no pragma; pragmas.c does.
 */
#include <stdlib.h>
#include <string.h>

#include "checks/pragmas.h"
#include "util/util.h"

/* The token arrays of a hvci_ftoks, for both lists below. */
static void alloc_arrays(hvci_ftoks *t, size_t n)
{
	t->sp = hvci_xcalloc(n + 1, sizeof *t->sp);
	t->off = hvci_xcalloc(n + 1, sizeof *t->off);
	t->end = hvci_xcalloc(n + 1, sizeof *t->end);
	t->line = hvci_xcalloc(n + 1, sizeof *t->line);
	t->is_str = hvci_xcalloc(n + 1, 1);
}

static void free_arrays(hvci_ftoks *t)
{
	free(t->sp);
	free(t->off);
	free(t->end);
	free(t->line);
	free(t->is_str);
}

/* Every token of a file but its comments, as libclang lexes the text. The
 * spellings lie end to end in `chars`. */
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

/* Lexes all of f.  A token ends where its spelling does when the file
 * holds that spelling at its start, which is all but a token with a line
 * splice inside: only then is its extent asked, the costlier call. */
static lexed *lex_file(CXTranslationUnit tu, CXFile f, const char *text, size_t size)
{
	CXSourceRange all = clang_getRange(clang_getLocationForOffset(tu, f, 0),
	                                   clang_getLocationForOffset(tu, f, (unsigned)size));
	CXToken *toks = NULL;
	unsigned n = 0;
	clang_tokenize(tu, all, &toks, &n);
	lexed *x = hvci_xcalloc(1, sizeof *x);
	hvci_ftoks *t = &x->all;
	alloc_arrays(t, n);
	hvci_buf chars;
	hvci_buf_init(&chars);
	size_t *at = hvci_xcalloc(n + 1, sizeof *at); /* spellings' places in chars */
	for (unsigned i = 0; i < n; i++) {
		CXTokenKind k = clang_getTokenKind(toks[i]);
		if (k == CXToken_Comment)
			continue;
		unsigned b, e, l;
		clang_getSpellingLocation(clang_getTokenLocation(tu, toks[i]), NULL, &l, NULL, &b);
		CXString sp = clang_getTokenSpelling(tu, toks[i]);
		const char *spc = clang_getCString(sp);
		size_t sl = strlen(spc);
		if (b <= size && sl <= size - b && !memcmp(text + b, spc, sl)) {
			e = b + (unsigned)sl;
		} else {
			CXSourceRange r = clang_getTokenExtent(tu, toks[i]);
			clang_getSpellingLocation(clang_getRangeEnd(r), NULL, NULL, NULL, &e);
		}
		size_t j = t->n++;
		at[j] = chars.len;
		hvci_buf_putn(&chars, spc, sl);
		hvci_buf_putc(&chars, '\0');
		t->off[j] = b;
		t->end[j] = e;
		t->line[j] = l;
		t->is_str[j] = k == CXToken_Literal && memchr(spc, '"', sl) != NULL;
		clang_disposeString(sp);
	}
	if (toks)
		clang_disposeTokens(tu, toks, n);
	x->chars = hvci_buf_take(&chars);
	for (size_t j = 0; j < t->n; j++)
		t->sp[j] = x->chars + at[j];
	free(at);
	return x;
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
	char *sig = m ? lex_sig(ctx) : NULL;
	lexed *x;
	if (sig && m->lexed && m->lexed_sig && !strcmp(m->lexed_sig, sig)) {
		x = m->lexed;
		free(sig);
	} else {
		x = lex_file(tu, f, text, size);
		if (sig) {
			hvci_textmemo_set_lexed(
			    m, x, sig, lexed_free,
			    size + x->all.n * (sizeof *x->all.sp + 3 * sizeof *x->all.off + 1));
		} else {
			out->own = x;
		}
	}
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
