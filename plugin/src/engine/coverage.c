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
 * an affected call too: where the AST does not hold it, the use is
 * expanded and the calls in the expansion are checked from those tokens,
 * reported at the use (no fix: the constant is in the macro's body).
 *
 * What it does not count: the code-write APIs (memcpy and friends),
 * whose verdict needs pointer provenance that tokens cannot give.
 */
#include <ctype.h>
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
	clang_getExpansionLocation(at, &f, NULL, NULL, NULL);
	/* Whose the file is, not the location: a location made from an offset
	 * costs a search of the unit's macro expansions in that file. */
	if (!f || !hvci_is_user_file(ctx, f))
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

/* ---- finding the calls in a file's tokens ------------------------------------ */

typedef struct {
	hvci_ctx *ctx;
	cov_errors errors;
	hvci_tokeval *eval; /* decisive arguments from tokens */
	hvci_strset files;  /* user files already scanned */
	hvci_cov_wrappers *wrappers;
	/* Every name that can be an affected call (API or wrapper macro), as
	 * one bit of its first two and last characters and its length: most
	 * identifiers fail this test and need no lookup.  (The first two alone
	 * let every Io... and Ex... name of a driver through.) */
	unsigned char *pfx;
	unsigned char ident[256]; /* [A-Za-z0-9_], as a table for that scan */
	char *sig;                /* the rules' names and the wrappers', for textmemo.c */
} cov_state;

static size_t pfx_bit(const char *name, size_t len)
{
	size_t h = (size_t)(unsigned char)name[0] << 8 | (len > 1 ? (unsigned char)name[1] : 0);
	h ^= (size_t)(unsigned char)name[len - 1] * 131u ^ len * 2039u;
	return h & 0xffff;
}

static void pfx_add(unsigned char *pfx, const char *name)
{
	if (!name || !*name)
		return;
	size_t b = pfx_bit(name, strlen(name));
	pfx[b >> 3] |= (unsigned char)(1u << (b & 7));
}

static void build_pfx(cov_state *st)
{
	st->pfx = hvci_xcalloc(65536 / 8, 1);
	for (unsigned c = 0; c < 256; c++)
		st->ident[c] = (unsigned char)((c | 32) - 'a' < 26u || c - '0' < 10u || c == '_');
	const hvci_rules *r = st->ctx->rules;
	for (size_t i = 0; i < hvci_rules_row_count(r); i++)
		if (value_kind(hvci_rules_row(r, i)->kind))
			pfx_add(st->pfx, hvci_rules_row(r, i)->api);
	hvci_buf sig;
	hvci_buf_init(&sig);
	hvci_buf_printf(&sig, "%llx", (unsigned long long)hvci_rules_names_hash(r));
	for (size_t i = 0; i < hvci_cov_wrapper_count(st->wrappers); i++) {
		const char *w = hvci_cov_wrapper_name(st->wrappers, i);
		pfx_add(st->pfx, w);
		if (w)
			hvci_buf_printf(&sig, "\n%s", w);
	}
	st->sig = sig.s ? sig.s : hvci_strdup("");
}

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
 * A call written as tokens: text[0..n) spelled, text[name] the API's name.
 * When the tokens are the file's own, toks[k] is text[k]'s token and
 * findings point at the argument and carry its fix; when they come from a
 * macro's body (toks NULL), everything points at the macro's use, `at`,
 * and the note names the macro.
 */
typedef struct {
	char *const *text;
	const CXToken *toks;
	size_t n, name;
	const hvci_loc *at;
	const char *macro;
} tcall;

static void tcall_loc(const cov_state *st, const tcall *c, size_t k, hvci_loc *l)
{
	if (c->toks) {
		loc_of_token(st->ctx->tu, c->toks[k], l);
		return;
	}
	*l = *c->at;
	l->file = hvci_strdup(c->at->file);
}

/*
 * Reports the call from its arguments; 1 when it could read them.  A
 * decisive argument whose value the tokens do not give (a local, a
 * function-like macro) is not read: the AST would have followed it.
 */
static int check_from_tokens(cov_state *st, const tcall *c, const hvci_api_row *rows, size_t nrows,
                             const char *reason)
{
	hvci_ctx *ctx = st->ctx;
	/* Split the arguments at top-level commas. */
	size_t starts[32], ends[32];
	size_t nargs = 0, depth = 0, i = c->name + 2, start = i;
	int closed = 0;
	for (; i < c->n; i++) {
		const char *t = c->text[i];
		int open = !strcmp(t, "(") || !strcmp(t, "[") || !strcmp(t, "{");
		int close = !strcmp(t, ")") || !strcmp(t, "]") || !strcmp(t, "}");
		int comma = !strcmp(t, ",");
		if (!strcmp(t, ";"))
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
	const char *api = c->text[c->name];
	int unread = 0;
	for (size_t r = 0; r < nrows; r++) {
		const hvci_api_row *row = &rows[r];
		const hvci_words *w = ctx->reg.words[row->kind];
		if (!value_kind(row->kind) || !w || (row->arg >= 0 && (size_t)row->arg >= nargs))
			continue;
		uint64_t v = 0;
		int optin = 0;
		if (w->is_exec) {
			if (row->arg < 0)
				continue;
			if (!hvci_tokeval_arg(st->eval, row->kind, c->text + starts[row->arg],
			                      ends[row->arg] - starts[row->arg], &v, &optin)) {
				unread = 1;
				continue;
			}
			if (!w->is_exec(v))
				continue;
		}
		const char *rule = row->rule ? row->rule : w->rule;
		hvci_loc loc;
		char *msg;
		if (w->is_exec) {
			hvci_buf text;
			hvci_buf_init(&text);
			for (size_t k = starts[row->arg]; k < ends[row->arg]; k++)
				hvci_buf_printf(&text, "%s%s", k > starts[row->arg] ? " " : "",
				                c->text[k]);
			char num[32];
			snprintf(num, sizeof num, w->hex ? "0x%llx" : "%llu",
			         (unsigned long long)v);
			msg = hvci_asprintf("'%s' %s '%s' (%s)%s", api, w->what,
			                    text.s ? text.s : "", num, w->tail ? w->tail : "");
			hvci_buf_free(&text);
			tcall_loc(st, c, starts[row->arg], &loc);
			hvci_loc end;
			tcall_loc(st, c, ends[row->arg] - 1, &end);
			loc.end_line = end.end_line;
			loc.end_col = end.end_col;
			hvci_loc_clear(&end);
		} else {
			msg = hvci_asprintf("'%s' %s", api, w->what);
			tcall_loc(st, c, c->name, &loc);
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
		f.needs_runtime_optin = optin;
		hvci_loc nl;
		tcall_loc(st, c, c->name, &nl);
		if (c->macro)
			hvci_finding_note(
			    &f, &nl,
			    hvci_asprintf("checked from its tokens in the body of the "
			                  "macro '%s', as used here: %s",
			                  c->macro, reason));
		else
			hvci_finding_note(&f, &nl,
			                  hvci_asprintf("checked from its tokens: %s", reason));
		if (optin) {
			tcall_loc(st, c, c->name, &nl);
			hvci_finding_note(
			    &f, &nl,
			    hvci_strdup(
			        "POOL_NX_OPTIN makes this a run-time value that stays "
			        "executable until ExInitializeDriverRuntime(DrvRtPoolNxOptIn) "
			        "runs in DriverEntry; no file of this run makes that call"));
		}
		if (row->replacement) {
			tcall_loc(st, c, c->name, &nl);
			hvci_finding_note(&f, &nl, hvci_asprintf("use %s", row->replacement));
		}
		/* The mechanical fix, where the argument spells the constant in
		 * the file (a macro's body is not the use's to change). */
		for (size_t k = w->is_exec ? starts[row->arg] : 0;
		     c->toks && w->is_exec && k < ends[row->arg]; k++) {
			const char *fix = hvci_rules_value_fix(ctx->rules, row->kind, c->text[k]);
			if (!fix || optin)
				continue;
			f.fixits = hvci_xrealloc(f.fixits, (f.n_fixits + 1) * sizeof *f.fixits);
			loc_of_token(ctx->tu, c->toks[k], &f.fixits[f.n_fixits].range);
			f.fixits[f.n_fixits].text = hvci_strdup(fix);
			f.n_fixits++;
		}
		hvci_finding_commit(ctx, &f);
	}
	return !unread;
}

/* The spellings of toks[i..] up to the ')' that closes the call at
 * toks[i] (or a ';', or the end), added to *t. */
static void call_text(CXTranslationUnit tu, const CXToken *toks, unsigned n, unsigned i,
                      hvci_strv *t)
{
	int depth = 0;
	for (unsigned j = i; j < n && t->n < 65536; j++) {
		hvci_strv_take(t, hvci_token_text(tu, toks[j]));
		const char *x = t->v[t->n - 1];
		if (!strcmp(x, "("))
			depth++;
		else if (!strcmp(x, ")") && --depth <= 0)
			break;
		else if (!strcmp(x, ";"))
			break;
	}
}

/* 1 when text[k] is an API called there (not declared, not a member). */
static int called_at(char *const *text, size_t n, size_t k)
{
	if (k + 1 >= n || strcmp(text[k + 1], "("))
		return 0;
	if (k == 0)
		return 1;
	const char *p = text[k - 1];
	return strcmp(p, ".") && strcmp(p, "->") && strcmp(p, "*") && strcmp(p, "::") &&
	       strcmp(p, "&") && !(isalnum((unsigned char)p[0]) || p[0] == '_');
}

/*
 * A use of a wrapper macro in code that did not parse: the calls its body
 * makes, with the use's arguments in place, checked from their tokens.
 * 1 when every affected call there was read.
 */
static int check_macro_use(cov_state *st, const CXToken *toks, unsigned n, unsigned i,
                           const char *macro, const hvci_loc *at, const char *reason)
{
	hvci_strv use = {NULL, 0}, exp = {NULL, 0};
	call_text(st->ctx->tu, toks, n, i, &use);
	int ok = hvci_cov_wrapper_expand(st->wrappers, use.v, use.n, &exp);
	hvci_strv_free(&use);
	if (!ok)
		return 0;
	int calls = 0, read = 1;
	for (size_t k = 0; k < exp.n; k++) {
		size_t nrows = 0;
		const hvci_api_row *rows = affected_rows(st->ctx->rules, exp.v[k], &nrows);
		if (!rows || !called_at(exp.v, exp.n, k))
			continue;
		tcall c = {exp.v, NULL, exp.n, k, at, macro};
		calls++;
		read &= check_from_tokens(st, &c, rows, nrows, reason);
	}
	hvci_strv_free(&exp);
	return calls && read;
}

/*
 * The offsets of the runs of [A-Za-z0-9_] in buf that name an affected API
 * or one of the unit's wrapper macros (caller frees *runs); 1 when a line
 * splice next to an identifier character could join one across lines (the
 * usual `\` that continues a #define after a blank cannot): such a file is
 * always tokenized. The scan looks everywhere (comments, strings and
 * skipped code included), so it may ask for tokens needlessly but never
 * skips a call: those characters are a subset of the ones clang puts in an
 * identifier, so every identifier token clang makes that names an API
 * starts a run here at the same offset.
 */
static int find_runs(cov_state *st, const char *buf, size_t len, size_t **runs, size_t *n)
{
	*runs = NULL;
	*n = 0;
	const char *end = buf + len;
	for (const char *p = memchr(buf, '\\', len); p; p = memchr(p, '\\', (size_t)(end - p))) {
		int before = p > buf && (isalnum((unsigned char)p[-1]) || p[-1] == '_');
		size_t sp = hvci_splice_len(buf, (size_t)(p - buf), len);
		const char *q = p + sp;
		p++;
		if (!sp)
			continue;
		if (before || (q < end && (isalnum((unsigned char)*q) || *q == '_' || *q == '\\')))
			return 1;
	}
	size_t cap = 0;
	char name[256];
	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)buf[i];
		if (!st->ident[c]) {
			i++;
			continue;
		}
		size_t b = i;
		while (i < len && st->ident[(unsigned char)buf[i]])
			i++;
		/* A number (0x1F, 1e10) is no identifier; API names are short. */
		if (isdigit(c) || i - b >= sizeof name)
			continue;
		size_t bit = pfx_bit(buf + b, i - b);
		if (!(st->pfx[bit >> 3] & (1u << (bit & 7))))
			continue;
		memcpy(name, buf + b, i - b);
		name[i - b] = '\0';
		size_t nrows;
		if (!affected_rows(st->ctx->rules, name, &nrows) &&
		    !hvci_cov_wrapper_api(st->wrappers, name))
			continue;
		if (*n == cap) {
			cap = cap ? 2 * cap : 16;
			*runs = hvci_xrealloc(*runs, cap * sizeof **runs);
		}
		(*runs)[(*n)++] = b;
	}
	return 0;
}

/*
 * 0 when tokenizing the file cannot find an affected call the walker did
 * not already hold: every run find_runs gives starts where the AST noted a
 * call. Lexing a large file is a good part of a unit's cost, and most files
 * have no call the AST missed. The runs of a text are kept (textmemo.c)
 * for the names they were found for, since a worker's units read the same
 * headers.
 */
static int needs_tokens(cov_state *st, CXFile file, const char *fname, const char *buf, size_t len)
{
	hvci_textmemo *m = hvci_textmemo_for(st->ctx, fname, buf, len);
	size_t *runs, n;
	int spliced;
	if (m && m->cov_sig && !strcmp(m->cov_sig, st->sig)) {
		runs = m->cov_runs;
		n = m->n_cov_runs;
		spliced = m->cov_spliced;
	} else {
		spliced = find_runs(st, buf, len, &runs, &n);
		if (m) {
			free(m->cov_sig);
			free(m->cov_runs);
			m->cov_sig = hvci_strdup(st->sig);
			m->cov_runs = runs;
			m->n_cov_runs = n;
			m->cov_spliced = spliced;
		}
	}
	int need = spliced;
	/* A run the scan would pass over anyway (in a directive, such as the
	 * body of a wrapper macro, or in code the preprocessor skipped) asks
	 * for nothing: those are most of a header's runs off the AST. */
	hvci_skipped *sk = NULL;
	size_t nsk = 0;
	int sk_read = 0;
	for (size_t i = 0; !need && i < n; i++) {
		char *key = hvci_asprintf("%s:%zu", fname, runs[i]);
		int on_ast = hvci_strset_has(&st->ctx->cov_ast, key);
		free(key);
		if (on_ast || in_directive(buf, len, (unsigned)runs[i]))
			continue;
		if (!sk_read) {
			sk = hvci_skipped_ranges(st->ctx->tu, file, &nsk);
			sk_read = 1;
		}
		need = !hvci_skipped_has_offset(sk, nsk, (unsigned)runs[i]);
	}
	free(sk);
	if (!m)
		free(runs);
	return need;
}

static void scan_file(cov_state *st, CXFile file)
{
	hvci_ctx *ctx = st->ctx;
	CXTranslationUnit tu = ctx->tu;
	/* First, since finding a file's text searches the whole unit. */
	if (!hvci_is_user_file(ctx, file))
		return;
	CXString fs = clang_getFileName(file);
	char *fname = hvci_strdup(clang_getCString(fs));
	clang_disposeString(fs);
	size_t len = 0;
	const char *buf = hvci_file_text(ctx, file, &len);
	if (!buf || !hvci_strset_add(&st->files, fname) ||
	    !needs_tokens(st, file, fname, buf, len)) {
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
		if (!call) {
			free(name);
			continue;
		}
		unsigned off = 0;
		CXSourceLocation at = clang_getTokenLocation(tu, toks[i]);
		clang_getFileLocation(at, NULL, NULL, NULL, &off);
		if (hvci_skipped_has_offset(sk, nsk, off) || in_directive(buf, len, off)) {
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
			int read = check_macro_use(st, toks, n, i, name, &l, reason);
			free(reason);
			if (read) {
				cov->calls_tokens++;
				add_site(cov, &l, wapi, HVCI_COV_TOKENS, why);
			} else {
				cov->calls_unanalysed++;
				add_site(cov, &l, wapi, HVCI_COV_UNANALYSED, why);
			}
			free(name);
			continue;
		}
		hvci_strv text = {NULL, 0};
		call_text(tu, toks, n, i, &text);
		tcall c = {text.v, toks + i, text.n, 0, NULL, NULL};
		int read = check_from_tokens(st, &c, rows, nrows, reason);
		hvci_strv_free(&text);
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
	case CXCursor_ClassDecl:
	case CXCursor_StructDecl:
		if (!ctx->cl->cxx) /* a C structure holds no function */
			return CXChildVisit_Continue;
		/* fall through */
	case CXCursor_Namespace:
	case CXCursor_LinkageSpec:
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
	build_pfx(&st);
	st.eval = hvci_tokeval_new(ctx);
	hvci_unit_inclusions(ctx, visit_inclusion, &st);
	/* The main file, when the unit included nothing. */
	CXString ms = clang_getTranslationUnitSpelling(ctx->tu);
	CXFile mf = clang_getFile(ctx->tu, clang_getCString(ms));
	clang_disposeString(ms);
	if (mf)
		scan_file(&st, mf);
	cov->calls_ast = (unsigned)ctx->cov_ast.n - ctx->cov_standin_calls;
	cov->calls = cov->calls_ast + cov->calls_tokens + cov->calls_unanalysed;
	/* count_functions counts in user files, and enters extern "C". */
	hvci_visit_user_tops(ctx, HVCI_TOPS_LINKAGE, count_functions, ctx);
	free_errors(&st.errors);
	hvci_tokeval_free(st.eval);
	hvci_cov_wrappers_free(st.wrappers);
	free(st.pfx);
	free(st.sig);
	hvci_strset_free(&st.files);
	hvci_strset_free(&ctx->cov_ast);
}
