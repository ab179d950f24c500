/*
 * check_section.c - hvci-wx-section, hvci-iat-exec and hvci-section-align:
 * section attributes, merges and alignment that the source forces on the
 * image through pragmas and linker directives.
 *
 * libclang keeps no cursors for most pragmas, so this check reads them
 * from the tokens of every user file of the translation unit (the main
 * file and its own headers, never the WDK or system headers), leaving out
 * what the preprocessor skipped.  Three spellings are understood: the
 * `#pragma` directive, `__pragma(...)` and `_Pragma("...")`; the last two
 * also inside user macros (and in their arguments, unless stringized),
 * reported where the macro is used.  From them it learns which sections the
 * TU declares (#pragma section), where it puts code (code_seg, alloc_text,
 * __declspec(code_seg)) and data (data_seg, bss_seg, __declspec(allocate)),
 * and which linker options it embeds (#pragma comment(linker,
 * "/SECTION:..." / "/MERGE:..." / "/ALIGN:...")).  W+X comes from a
 * declaration with write and execute, a declaration with write that the
 * file puts code in, writable data placed in a code section, or /SECTION
 * letters.  Reading tokens rather than cursors keeps the checks working
 * when the file has parse errors elsewhere.
 *
 * What it does not see: options given on the link command line or in a
 * .def file (the image checks of `hvcilint image` do), pragma arguments
 * written through macros other than the file's own string macros
 * (`#define OPT "/MERGE:..."` is followed), `##` pasting in pragma-bearing
 * macros, and data_seg state carried from
 * one file into another: each file starts with the default sections.
 * Section names that mean code by default come from rules/sections.yaml.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "engine/engine.h"
#include "util/util.h"

/* ---- a small lexer for pragma bodies ---------------------------------------- */

enum { T_IDENT = 'i', T_STRING = 's', T_NUMBER = 'n', T_PUNCT = 'p' };

typedef struct {
	int kind;
	char *text; /* identifiers and punctuation as written; strings decoded */
} ptok;

typedef struct {
	ptok *v;
	size_t n;
} ptoks;

static void ptoks_add(ptoks *t, int kind, char *text)
{
	t->v = hvci_xrealloc(t->v, (t->n + 1) * sizeof *t->v);
	t->v[t->n].kind = kind;
	t->v[t->n++].text = text;
}

static void ptoks_free(ptoks *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->v[i].text);
	free(t->v);
	t->v = NULL;
	t->n = 0;
}

/* Decodes a string literal starting at the quote; returns the end. */
static const char *decode_string(const char *p, hvci_buf *out)
{
	p++;
	while (*p && *p != '"') {
		if (*p == '\\' && p[1]) {
			p++;
			switch (*p) {
			case 'n':
				hvci_buf_putc(out, '\n');
				break;
			case 't':
				hvci_buf_putc(out, '\t');
				break;
			default:
				hvci_buf_putc(out, *p);
			}
			p++;
			continue;
		}
		hvci_buf_putc(out, *p++);
	}
	return *p ? p + 1 : p;
}

static void lex(const char *s, ptoks *out)
{
	const char *p = s;
	while (*p) {
		if (isspace((unsigned char)*p) || (*p == '\\' && (p[1] == '\n' || p[1] == '\r'))) {
			p++;
			continue;
		}
		if (p[0] == '/' && p[1] == '/') {
			while (*p && *p != '\n')
				p++;
			continue;
		}
		if (p[0] == '/' && p[1] == '*') {
			const char *e = strstr(p + 2, "*/");
			p = e ? e + 2 : p + strlen(p);
			continue;
		}
		/* String prefixes L"", u8"", u"", U"" carry the same section name. */
		const char *q = p;
		if (*q == 'L' || *q == 'U')
			q++;
		else if (*q == 'u')
			q += q[1] == '8' ? 2 : 1;
		if (*q == '"') {
			hvci_buf b;
			hvci_buf_init(&b);
			p = decode_string(q, &b);
			ptoks_add(out, T_STRING, hvci_buf_take(&b));
			continue;
		}
		if (isalpha((unsigned char)*p) || *p == '_' || *p == '$') {
			q = p;
			while (isalnum((unsigned char)*q) || *q == '_' || *q == '$')
				q++;
			ptoks_add(out, T_IDENT, hvci_xstrndup(p, (size_t)(q - p)));
			p = q;
			continue;
		}
		if (isdigit((unsigned char)*p)) {
			q = p;
			while (isalnum((unsigned char)*q))
				q++;
			ptoks_add(out, T_NUMBER, hvci_xstrndup(p, (size_t)(q - p)));
			p = q;
			continue;
		}
		ptoks_add(out, T_PUNCT, hvci_xstrndup(p, 1));
		p++;
	}
}

static int is_punct(const ptoks *t, size_t i, char c)
{
	return i < t->n && t->v[i].kind == T_PUNCT && t->v[i].text[0] == c;
}

/*
 * The arguments of `name ( a , b , ... )` starting at t->v[0]: for each
 * argument, its first token index (strings concatenated by the caller).
 * Returns the count; -1 when there are no parentheses.
 */
static int split_args(const ptoks *t, size_t *first, int max)
{
	if (!is_punct(t, 1, '('))
		return -1;
	int n = 0, depth = 0;
	size_t i = 2;
	if (is_punct(t, i, ')'))
		return 0;
	if (n < max)
		first[n] = i;
	n++;
	for (; i < t->n; i++) {
		if (is_punct(t, i, '(')) {
			depth++;
		} else if (is_punct(t, i, ')')) {
			if (depth-- == 0)
				break;
		} else if (is_punct(t, i, ',') && depth == 0) {
			if (n < max)
				first[n] = i + 1;
			n++;
		}
	}
	return n;
}

/* Adjacent string literals from index i, concatenated; NULL if none. */
static char *strings_at(const ptoks *t, size_t i)
{
	if (i >= t->n || t->v[i].kind != T_STRING)
		return NULL;
	hvci_buf b;
	hvci_buf_init(&b);
	for (; i < t->n && t->v[i].kind == T_STRING; i++)
		hvci_buf_puts(&b, t->v[i].text);
	return hvci_buf_take(&b);
}

/* ---- what the translation unit says about sections ------------------------- */

enum { A_READ = 1, A_WRITE = 2, A_EXEC = 4 };

/* One pragma, wherever it was written. */
typedef struct {
	char *text;       /* the pragma's body: "section(\".x\", read)" */
	hvci_loc loc;     /* where findings about it go */
	size_t file;      /* index into the user files, for ordering */
	unsigned offset;  /* position in that file */
	const char *form; /* "#pragma", "__pragma", "_Pragma" or a macro name */
} occ;

typedef struct {
	char *name;
	int attrs;
	int explicit_attrs; /* the #pragma section listed attributes */
	size_t occ;
} sect_decl;

/* A data_seg/bss_seg that names a section, up to the next change. */
typedef struct {
	size_t file;
	unsigned from, to; /* offsets; to = UINT_MAX: end of file */
	int bss;           /* bss_seg (uninitialised data) or data_seg */
	char *name;
	size_t occ;
} seg_span;

/* A user #define, kept for macros that carry __pragma/_Pragma. */
typedef struct {
	char *name;
	char **params;
	size_t n_params;
	int function_like;
	char **body; /* token spellings */
	size_t n_body;
	CXFile file;
	unsigned offset; /* of the macro name */
} macro;

typedef struct {
	hvci_ctx *ctx;
	CXFile *files;
	size_t n_files;
	occ *occs;
	size_t n_occs;
	macro *macros;
	size_t n_macros;
	sect_decl *decls;
	size_t n_decls;
	char **code; /* sections the TU puts code in or makes executable */
	size_t n_code;
	/* Where the TU itself puts code (code_seg, alloc_text, __declspec). */
	struct placed {
		char *name;
		hvci_loc loc;
	} * placed;
	size_t n_placed;
	seg_span *segs;
	size_t n_segs;
	int *seg_used; /* per seg span: a variable was placed there */
	/* Argument lists of user function-like macro uses: a __pragma written
	 * there is the macro's to use (or to stringize), see visit_expansion. */
	struct arg_span {
		size_t file;
		unsigned from, to;
	} * arg_spans;
	size_t n_arg_spans;
} scan;

static void add_code(scan *s, const char *name)
{
	for (size_t i = 0; i < s->n_code; i++)
		if (!strcmp(s->code[i], name))
			return;
	s->code = hvci_xrealloc(s->code, (s->n_code + 1) * sizeof *s->code);
	s->code[s->n_code++] = hvci_strdup(name);
}

static void add_placed(scan *s, const char *name, const hvci_loc *loc)
{
	add_code(s, name);
	s->placed = hvci_xrealloc(s->placed, (s->n_placed + 1) * sizeof *s->placed);
	struct placed *p = &s->placed[s->n_placed++];
	p->name = hvci_strdup(name);
	p->loc = *loc;
	p->loc.file = hvci_strdup(loc->file);
}

/* Length of the image section's name: "NAME$x" is grouped into NAME. */
static size_t group_len(const char *name)
{
	const char *d = strchr(name, '$');
	return d && d > name ? (size_t)(d - name) : strlen(name);
}

static const struct placed *find_placed(const scan *s, const char *name)
{
	size_t n = group_len(name);
	for (size_t i = 0; i < s->n_placed; i++)
		if (group_len(s->placed[i].name) == n && !strncmp(s->placed[i].name, name, n))
			return &s->placed[i];
	return NULL;
}

static const sect_decl *find_decl(const scan *s, const char *name)
{
	for (size_t i = 0; i < s->n_decls; i++)
		if (!strcmp(s->decls[i].name, name))
			return &s->decls[i];
	return NULL;
}

static int is_code_section(const scan *s, const char *name)
{
	if (hvci_rules_section_is(s->ctx->rules, HVCI_SECT_CODE, name))
		return 1;
	for (size_t i = 0; i < s->n_code; i++)
		if (!strcmp(s->code[i], name))
			return 1;
	/* "NAME$x" is grouped into NAME by the linker. */
	const char *d = strchr(name, '$');
	if (d && d > name) {
		char *base = hvci_xstrndup(name, (size_t)(d - name));
		int r = is_code_section(s, base);
		free(base);
		return r;
	}
	return 0;
}

/* ---- collecting pragmas from the user files --------------------------------- */

static void visit_inclusion(CXFile f, CXSourceLocation *stack, unsigned n, CXClientData d)
{
	(void)stack;
	(void)n;
	scan *s = d;
	CXSourceLocation at = clang_getLocationForOffset(s->ctx->tu, f, 0);
	if (!hvci_is_user_loc(s->ctx, at))
		return;
	for (size_t i = 0; i < s->n_files; i++)
		if (clang_File_isEqual(s->files[i], f))
			return;
	s->files = hvci_xrealloc(s->files, (s->n_files + 1) * sizeof *s->files);
	s->files[s->n_files++] = f;
}

static void loc_span(CXTranslationUnit tu, CXFile f, unsigned b, unsigned e, hvci_loc *out)
{
	hvci_loc_from_location(clang_getLocationForOffset(tu, f, b), out);
	unsigned el, ec;
	clang_getSpellingLocation(clang_getLocationForOffset(tu, f, e), NULL, &el, &ec, NULL);
	out->end_line = el;
	out->end_col = ec;
}

static void add_occ(scan *s, char *text, hvci_loc *loc, size_t file, unsigned offset,
                    const char *form)
{
	s->occs = hvci_xrealloc(s->occs, (s->n_occs + 1) * sizeof *s->occs);
	occ *o = &s->occs[s->n_occs++];
	o->text = text;
	o->loc = *loc;
	o->file = file;
	o->offset = offset;
	o->form = form;
}

typedef struct {
	char **sp;      /* spellings */
	unsigned *off;  /* start offsets */
	unsigned *end;  /* end offsets */
	unsigned *line; /* lines */
	int *is_str;    /* string literal */
	size_t n;
} ftoks;

static void ftoks_free(ftoks *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->sp[i]);
	free(t->sp);
	free(t->off);
	free(t->end);
	free(t->line);
	free(t->is_str);
}

/* The tokens of a file that the preprocessor did not skip. */
static void file_tokens(CXTranslationUnit tu, CXFile f, ftoks *out)
{
	memset(out, 0, sizeof *out);
	size_t size;
	if (!clang_getFileContents(tu, f, &size))
		return;
	CXSourceRange all = clang_getRange(clang_getLocationForOffset(tu, f, 0),
	                                   clang_getLocationForOffset(tu, f, (unsigned)size));
	CXToken *toks = NULL;
	unsigned n = 0;
	clang_tokenize(tu, all, &toks, &n);
	size_t nsk;
	hvci_skipped *sk = hvci_skipped_ranges(tu, f, &nsk);
	out->sp = hvci_xcalloc(n + 1, sizeof *out->sp);
	out->off = hvci_xcalloc(n + 1, sizeof *out->off);
	out->end = hvci_xcalloc(n + 1, sizeof *out->end);
	out->line = hvci_xcalloc(n + 1, sizeof *out->line);
	out->is_str = hvci_xcalloc(n + 1, sizeof *out->is_str);
	for (unsigned i = 0; i < n; i++) {
		CXTokenKind k = clang_getTokenKind(toks[i]);
		if (k == CXToken_Comment)
			continue;
		CXSourceRange r = clang_getTokenExtent(tu, toks[i]);
		unsigned b, e, l;
		clang_getSpellingLocation(clang_getRangeStart(r), NULL, &l, NULL, &b);
		clang_getSpellingLocation(clang_getRangeEnd(r), NULL, NULL, NULL, &e);
		if (hvci_skipped_has_offset(sk, nsk, b))
			continue;
		CXString sp = clang_getTokenSpelling(tu, toks[i]);
		size_t j = out->n++;
		out->sp[j] = hvci_strdup(clang_getCString(sp));
		clang_disposeString(sp);
		out->off[j] = b;
		out->end[j] = e;
		out->line[j] = l;
		out->is_str[j] = k == CXToken_Literal && strchr(out->sp[j], '"') != NULL;
	}
	free(sk);
	if (toks)
		clang_disposeTokens(tu, toks, n);
}

/* 1 when a line break that ends a directive lies between tokens i-1 and i. */
static int directive_ends(const char *text, const ftoks *t, size_t i)
{
	for (unsigned p = t->end[i - 1]; p < t->off[i]; p++) {
		if (text[p] != '\n')
			continue;
		unsigned q = p;
		if (q > 0 && text[q - 1] == '\r')
			q--;
		if (q == 0 || text[q - 1] != '\\')
			return 1;
	}
	return 0;
}

/* Joins token spellings [a, b) with spaces. */
static char *join(char *const *sp, size_t a, size_t b)
{
	hvci_buf out;
	hvci_buf_init(&out);
	for (size_t i = a; i < b; i++) {
		if (i > a)
			hvci_buf_putc(&out, ' ');
		hvci_buf_puts(&out, sp[i]);
	}
	return hvci_buf_take(&out);
}

/* Index of the ')' matching the '(' at i, or n. */
static size_t match_paren(char *const *sp, size_t i, size_t n)
{
	int depth = 0;
	for (; i < n; i++) {
		if (!strcmp(sp[i], "("))
			depth++;
		else if (!strcmp(sp[i], ")") && --depth == 0)
			return i;
	}
	return n;
}

/* The body of _Pragma("...") from the string literal's spelling. */
static char *destringize(const char *lit)
{
	const char *q = strchr(lit, '"');
	hvci_buf b;
	hvci_buf_init(&b);
	if (q)
		decode_string(q, &b);
	return hvci_buf_take(&b);
}

static void record_define(scan *s, CXFile f, const ftoks *t, size_t a, size_t b)
{
	/* a: the macro name; b: end of the directive. */
	macro m;
	memset(&m, 0, sizeof m);
	m.name = hvci_strdup(t->sp[a]);
	m.file = f;
	m.offset = t->off[a];
	size_t i = a + 1;
	if (i < b && !strcmp(t->sp[i], "(") && t->off[i] == t->end[a]) {
		m.function_like = 1;
		for (i++; i < b && strcmp(t->sp[i], ")"); i++) {
			if (!strcmp(t->sp[i], ","))
				continue;
			m.params = hvci_xrealloc(m.params, (m.n_params + 1) * sizeof *m.params);
			m.params[m.n_params++] =
			    hvci_strdup(strcmp(t->sp[i], "...") ? t->sp[i] : "__VA_ARGS__");
		}
		i++;
	}
	for (; i < b; i++) {
		m.body = hvci_xrealloc(m.body, (m.n_body + 1) * sizeof *m.body);
		m.body[m.n_body++] = hvci_strdup(t->sp[i]);
	}
	s->macros = hvci_xrealloc(s->macros, (s->n_macros + 1) * sizeof *s->macros);
	s->macros[s->n_macros++] = m;
}

static void scan_file(scan *s, size_t fi)
{
	CXTranslationUnit tu = s->ctx->tu;
	CXFile f = s->files[fi];
	size_t size;
	const char *text = clang_getFileContents(tu, f, &size);
	/* Only pragmas, defines and code_seg matter here; a file that spells
	 * none of them (most large .c files of a driver) is not lexed. */
	if (!text || !(memmem(text, size, "pragma", 6) || memmem(text, size, "Pragma", 6) ||
	               memmem(text, size, "define", 6) || memmem(text, size, "code_seg", 8)))
		return;
	ftoks t;
	file_tokens(tu, f, &t);
	size_t i = 0;
	while (i < t.n) {
		int line_start = i == 0 || directive_ends(text, &t, i);
		if (line_start && !strcmp(t.sp[i], "#")) {
			size_t e = i + 1;
			while (e < t.n && !directive_ends(text, &t, e))
				e++;
			if (i + 1 < e && !strcmp(t.sp[i + 1], "pragma") && i + 2 < e) {
				hvci_loc l;
				loc_span(tu, f, t.off[i], t.end[e - 1], &l);
				add_occ(s, join(t.sp, i + 2, e), &l, fi, t.off[i], "#pragma");
			} else if (i + 2 < e && !strcmp(t.sp[i + 1], "define")) {
				record_define(s, f, &t, i + 2, e);
			}
			i = e;
			continue;
		}
		if (!strcmp(t.sp[i], "__pragma") && i + 1 < t.n && !strcmp(t.sp[i + 1], "(")) {
			size_t c = match_paren(t.sp, i + 1, t.n);
			if (c < t.n) {
				hvci_loc l;
				loc_span(tu, f, t.off[i], t.end[c], &l);
				add_occ(s, join(t.sp, i + 2, c), &l, fi, t.off[i], "__pragma");
				i = c + 1;
				continue;
			}
		}
		if (!strcmp(t.sp[i], "_Pragma") && i + 3 < t.n && !strcmp(t.sp[i + 1], "(") &&
		    t.is_str[i + 2] && !strcmp(t.sp[i + 3], ")")) {
			hvci_loc l;
			loc_span(tu, f, t.off[i], t.end[i + 3], &l);
			add_occ(s, destringize(t.sp[i + 2]), &l, fi, t.off[i], "_Pragma");
			i += 4;
			continue;
		}
		/* __declspec(code_seg("NAME")) puts code in NAME. */
		if (!strcmp(t.sp[i], "code_seg") && i + 2 < t.n && !strcmp(t.sp[i + 1], "(") &&
		    t.is_str[i + 2] && i > 0 && !strcmp(t.sp[i - 1], "(")) {
			char *name = destringize(t.sp[i + 2]);
			hvci_loc l;
			loc_span(tu, f, t.off[i], t.end[i + 2], &l);
			add_placed(s, name, &l);
			hvci_loc_clear(&l);
			free(name);
		}
		i++;
	}
	ftoks_free(&t);
}

/* ---- pragmas that come from user macros -------------------------------------- */

static const macro *find_macro(const scan *s, const char *name)
{
	/* The last definition wins, as for the preprocessor. */
	for (size_t i = s->n_macros; i-- > 0;)
		if (!strcmp(s->macros[i].name, name))
			return &s->macros[i];
	return NULL;
}

/* Appends the strings of a user object-like macro whose body is only
 * string literals (#define OPT "/MERGE:..."); 0 when it is not one. */
static int macro_strings(const scan *s, const char *name, hvci_buf *b)
{
	const macro *m = find_macro(s, name);
	if (!m || m->function_like || !m->n_body)
		return 0;
	for (size_t k = 0; k < m->n_body; k++)
		if (!strchr(m->body[k], '"'))
			return 0;
	for (size_t k = 0; k < m->n_body; k++) {
		char *one = destringize(m->body[k]);
		hvci_buf_puts(b, one);
		free(one);
	}
	return 1;
}

/*
 * A pragma argument as a string, as the preprocessor hands it over:
 * adjacent string literals and user macros that stand for strings,
 * concatenated.  NULL when it starts with anything else.
 */
static char *arg_string(const scan *s, const ptoks *t, size_t i)
{
	hvci_buf b;
	hvci_buf_init(&b);
	size_t start = i;
	for (; i < t->n; i++) {
		if (t->v[i].kind == T_STRING)
			hvci_buf_puts(&b, t->v[i].text);
		else if (t->v[i].kind != T_IDENT || !macro_strings(s, t->v[i].text, &b))
			break;
	}
	char *r = hvci_buf_take(&b);
	if (i == start) {
		free(r);
		return NULL;
	}
	return r;
}

typedef struct {
	char **v;
	size_t n;
} strv;

static void strv_add(strv *v, const char *s)
{
	v->v = hvci_xrealloc(v->v, (v->n + 1) * sizeof *v->v);
	v->v[v->n++] = hvci_strdup(s);
}

static void strv_free(strv *v)
{
	for (size_t i = 0; i < v->n; i++)
		free(v->v[i]);
	free(v->v);
	v->v = NULL;
	v->n = 0;
}

/* Splits the tokens after a function-like macro's name into arguments. */
static size_t macro_args(char *const *sp, size_t i, size_t n, strv *args, size_t max, size_t *count)
{
	/* sp[i] is "("; returns the index after ")". */
	int depth = 0;
	size_t a = i + 1, k = 0;
	for (size_t j = i; j < n; j++) {
		if (!strcmp(sp[j], "(")) {
			depth++;
		} else if ((!strcmp(sp[j], ",") && depth == 1) ||
		           (!strcmp(sp[j], ")") && depth == 1)) {
			if (k < max)
				for (size_t x = a; x < j; x++)
					strv_add(&args[k], sp[x]);
			k++;
			a = j + 1;
			if (!strcmp(sp[j], ")")) {
				*count = k < max ? k : max;
				return j + 1;
			}
		} else if (!strcmp(sp[j], ")")) {
			depth--;
		}
	}
	*count = k < max ? k : max;
	return n;
}

#define MAX_PARAMS 16

/* Expands `m` with `args` and collects the pragma bodies it produces. */
static void expand(const scan *s, const macro *m, strv *args, size_t n_args, strv *pragmas,
                   int depth)
{
	strv out = {NULL, 0};
	for (size_t i = 0; i < m->n_body; i++) {
		const char *tok = m->body[i];
		size_t p = m->n_params;
		int stringize = !strcmp(tok, "#") && i + 1 < m->n_body;
		const char *name = stringize ? m->body[i + 1] : tok;
		for (size_t k = 0; k < m->n_params; k++)
			if (!strcmp(m->params[k], name))
				p = k;
		if (p < m->n_params && p < n_args) {
			if (stringize) {
				char *j = join(args[p].v, 0, args[p].n);
				hvci_buf b;
				hvci_buf_init(&b);
				hvci_buf_putc(&b, '"');
				for (const char *c = j; *c; c++) {
					if (*c == '"' || *c == '\\')
						hvci_buf_putc(&b, '\\');
					hvci_buf_putc(&b, *c);
				}
				hvci_buf_putc(&b, '"');
				char *lit = hvci_buf_take(&b);
				strv_add(&out, lit);
				free(lit);
				free(j);
				i++;
			} else {
				/* __VA_ARGS__ takes the rest, commas included. */
				size_t last = strcmp(m->params[p], "__VA_ARGS__") ? p : n_args - 1;
				for (size_t q = p; q <= last; q++) {
					if (q > p)
						strv_add(&out, ",");
					for (size_t x = 0; x < args[q].n; x++)
						strv_add(&out, args[q].v[x]);
				}
			}
			continue;
		}
		if (!strcmp(tok, "##"))
			continue;
		strv_add(&out, tok);
	}
	for (size_t i = 0; i < out.n; i++) {
		if (!strcmp(out.v[i], "__pragma") && i + 1 < out.n && !strcmp(out.v[i + 1], "(")) {
			size_t c = match_paren(out.v, i + 1, out.n);
			if (c < out.n) {
				char *body = join(out.v, i + 2, c);
				strv_add(pragmas, body);
				free(body);
				i = c;
			}
			continue;
		}
		if (!strcmp(out.v[i], "_Pragma") && i + 3 < out.n && !strcmp(out.v[i + 1], "(") &&
		    out.v[i + 2][0] != '(' && strchr(out.v[i + 2], '"') &&
		    !strcmp(out.v[i + 3], ")")) {
			char *body = destringize(out.v[i + 2]);
			strv_add(pragmas, body);
			free(body);
			i += 3;
			continue;
		}
		const macro *inner = depth < 8 ? find_macro(s, out.v[i]) : NULL;
		if (!inner || inner == m)
			continue;
		if (!inner->function_like) {
			expand(s, inner, NULL, 0, pragmas, depth + 1);
			continue;
		}
		if (i + 1 >= out.n || strcmp(out.v[i + 1], "("))
			continue;
		strv iargs[MAX_PARAMS];
		memset(iargs, 0, sizeof iargs);
		size_t nia = 0;
		size_t next = macro_args(out.v, i + 1, out.n, iargs, MAX_PARAMS, &nia);
		expand(s, inner, iargs, nia, pragmas, depth + 1);
		for (size_t k = 0; k < MAX_PARAMS; k++)
			strv_free(&iargs[k]);
		i = next - 1;
	}
	strv_free(&out);
}

/* Does the macro (or one it uses) carry a pragma at all?  Cheap pre-test. */
static int carries_pragma(const scan *s, const macro *m, int depth)
{
	for (size_t i = 0; i < m->n_body; i++) {
		if (!strcmp(m->body[i], "__pragma") || !strcmp(m->body[i], "_Pragma"))
			return 1;
		const macro *inner = depth < 8 ? find_macro(s, m->body[i]) : NULL;
		if (inner && inner != m && carries_pragma(s, inner, depth + 1))
			return 1;
	}
	return 0;
}

static enum CXChildVisitResult visit_expansion(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	scan *s = d;
	if (clang_getCursorKind(c) != CXCursor_MacroExpansion)
		return CXChildVisit_Continue;
	CXSourceLocation at = clang_getCursorLocation(c);
	CXFile f;
	unsigned off;
	clang_getSpellingLocation(at, &f, NULL, NULL, &off);
	size_t fi = s->n_files;
	for (size_t i = 0; f && i < s->n_files; i++)
		if (clang_File_isEqual(s->files[i], f))
			fi = i;
	if (fi == s->n_files)
		return CXChildVisit_Continue;
	/* The definition this expansion used, matched by where it is. */
	CXCursor def = clang_getCursorReferenced(c);
	CXFile df;
	unsigned doff;
	clang_getSpellingLocation(clang_getCursorLocation(def), &df, NULL, NULL, &doff);
	const macro *m = NULL;
	for (size_t i = 0; df && i < s->n_macros; i++)
		if (s->macros[i].offset == doff && clang_File_isEqual(s->macros[i].file, df))
			m = &s->macros[i];
	if (!m)
		return CXChildVisit_Continue;
	strv args[MAX_PARAMS];
	memset(args, 0, sizeof args);
	size_t n_args = 0;
	int arg_pragma = 0;
	CXSourceRange ext = clang_getCursorExtent(c);
	unsigned end;
	clang_getSpellingLocation(clang_getRangeEnd(ext), NULL, NULL, NULL, &end);
	if (m->function_like) {
		/* What the arguments hold is only a pragma if the macro expands
		 * the argument; when it stringizes it, it is text.  Either way the
		 * plain scan of the file must not take it. */
		s->arg_spans =
		    hvci_xrealloc(s->arg_spans, (s->n_arg_spans + 1) * sizeof *s->arg_spans);
		s->arg_spans[s->n_arg_spans].file = fi;
		s->arg_spans[s->n_arg_spans].from = off;
		s->arg_spans[s->n_arg_spans++].to = end;
		CXToken *toks = NULL;
		unsigned n = 0;
		clang_tokenize(s->ctx->tu, ext, &toks, &n);
		strv sp = {NULL, 0};
		for (unsigned i = 0; i < n; i++) {
			CXString ts = clang_getTokenSpelling(s->ctx->tu, toks[i]);
			strv_add(&sp, clang_getCString(ts));
			clang_disposeString(ts);
		}
		if (toks)
			clang_disposeTokens(s->ctx->tu, toks, n);
		if (sp.n > 1 && !strcmp(sp.v[1], "("))
			macro_args(sp.v, 1, sp.n, args, MAX_PARAMS, &n_args);
		for (size_t i = 2; i < sp.n; i++)
			if (!strcmp(sp.v[i], "__pragma") || !strcmp(sp.v[i], "_Pragma"))
				arg_pragma = 1;
		strv_free(&sp);
	}
	if (!arg_pragma && !carries_pragma(s, m, 0)) {
		for (size_t k = 0; k < MAX_PARAMS; k++)
			strv_free(&args[k]);
		return CXChildVisit_Continue;
	}
	strv pragmas = {NULL, 0};
	expand(s, m, args, n_args, &pragmas, 0);
	for (size_t k = 0; k < MAX_PARAMS; k++)
		strv_free(&args[k]);
	for (size_t i = 0; i < pragmas.n; i++) {
		hvci_loc l;
		loc_span(s->ctx->tu, f, off, end > off ? end : off + (unsigned)strlen(m->name), &l);
		add_occ(s, hvci_strdup(pragmas.v[i]), &l, fi, off, m->name);
	}
	strv_free(&pragmas);
	return CXChildVisit_Continue;
}

/* Drops the __pragma/_Pragma the file scan found inside macro arguments. */
static void drop_arg_pragmas(scan *s)
{
	size_t o = 0;
	for (size_t i = 0; i < s->n_occs; i++) {
		occ *x = &s->occs[i];
		int drop = 0;
		for (size_t k = 0; k < s->n_arg_spans && !drop; k++) {
			const struct arg_span *a = &s->arg_spans[k];
			drop = (!strcmp(x->form, "__pragma") || !strcmp(x->form, "_Pragma")) &&
			       a->file == x->file && x->offset > a->from && x->offset < a->to;
		}
		if (drop) {
			free(x->text);
			hvci_loc_clear(&x->loc);
			continue;
		}
		s->occs[o++] = *x;
	}
	s->n_occs = o;
}

static int occ_cmp(const void *a, const void *b)
{
	const occ *x = a, *y = b;
	if (x->file != y->file)
		return x->file < y->file ? -1 : 1;
	return x->offset < y->offset ? -1 : x->offset > y->offset;
}

/* ---- reading the pragmas ------------------------------------------------------ */

static int section_attr(const char *w)
{
	if (!strcmp(w, "read"))
		return A_READ;
	if (!strcmp(w, "write"))
		return A_WRITE;
	if (!strcmp(w, "execute"))
		return A_EXEC;
	return 0; /* shared, nopage, nocache, discard, remove */
}

/* Records that data went to section `name` (owned) from `from` to `to` in `file`. */
static void add_seg(scan *s, size_t file, unsigned from, unsigned to, int bss, char *name,
                    size_t occ_at)
{
	s->segs = hvci_xrealloc(s->segs, (s->n_segs + 1) * sizeof *s->segs);
	seg_span *sp = &s->segs[s->n_segs++];
	sp->file = file;
	sp->from = from;
	sp->to = to;
	sp->bss = bss;
	sp->name = name;
	sp->occ = occ_at;
}

/* Learns declarations, code placement and data_seg spans (first pass). */
static void learn(scan *s)
{
	/* data_seg / bss_seg stacks, per file. */
	typedef struct {
		char *label;
		char *name;
	} seg_entry;
	seg_entry stack[2][32];
	int depth[2] = {0, 0};
	char *current[2] = {NULL, NULL};
	size_t cur_occ[2] = {0, 0};
	unsigned cur_from[2] = {0, 0};
	size_t cur_file = (size_t)-1;
	for (size_t oi = 0; oi <= s->n_occs; oi++) {
		const occ *o = oi < s->n_occs ? &s->occs[oi] : NULL;
		if (!o || o->file != cur_file) {
			/* A new file starts with the default sections. */
			for (int k = 0; k < 2; k++) {
				if (current[k]) {
					add_seg(s, cur_file, cur_from[k], (unsigned)-1, k,
					        current[k], cur_occ[k]);
					current[k] = NULL;
				}
				for (int j = 0; j < depth[k]; j++) {
					free(stack[k][j].label);
					free(stack[k][j].name);
				}
				depth[k] = 0;
			}
			if (!o)
				break;
			cur_file = o->file;
		}
		ptoks t = {NULL, 0};
		lex(o->text, &t);
		size_t args[8];
		int na = t.n ? split_args(&t, args, 8) : -1;
		const char *kw = t.n && t.v[0].kind == T_IDENT ? t.v[0].text : "";
		if (!strcmp(kw, "section") && na >= 1) {
			char *name = arg_string(s, &t, args[0]);
			if (name) {
				int attrs = 0;
				for (int a = 1; a < na && a < 8; a++)
					if (t.v[args[a]].kind == T_IDENT)
						attrs |= section_attr(t.v[args[a]].text);
				s->decls =
				    hvci_xrealloc(s->decls, (s->n_decls + 1) * sizeof *s->decls);
				sect_decl *sd = &s->decls[s->n_decls++];
				sd->name = name;
				sd->explicit_attrs = na > 1;
				/* No attributes at all means read and write. */
				sd->attrs = na > 1 ? attrs : A_READ | A_WRITE;
				sd->occ = oi;
				if (sd->attrs & A_EXEC)
					add_code(s, name);
			}
		} else if ((!strcmp(kw, "code_seg") || !strcmp(kw, "alloc_text")) && na >= 1) {
			for (int a = 0; a < na && a < 8; a++) {
				char *name = strings_at(&t, args[a]);
				if (!name && !strcmp(kw, "alloc_text") && a == 0 &&
				    t.v[args[a]].kind == T_IDENT)
					name = hvci_strdup(t.v[args[a]].text);
				if (name)
					add_placed(s, name, &o->loc);
				free(name);
				if (!strcmp(kw, "alloc_text"))
					break;
			}
		} else if (!strcmp(kw, "data_seg") || !strcmp(kw, "bss_seg")) {
			int k = kw[0] == 'b';
			char *label = NULL, *name = NULL;
			int push = 0, pop = 0;
			for (int a = 0; a < na && a < 8; a++) {
				const ptok *p = &t.v[args[a]];
				if (a == 0 && p->kind == T_IDENT && !strcmp(p->text, "push"))
					push = 1;
				else if (a == 0 && p->kind == T_IDENT && !strcmp(p->text, "pop"))
					pop = 1;
				else if (p->kind == T_IDENT && !label)
					label = p->text;
				else if (p->kind == T_STRING && !name)
					name = strings_at(&t, args[a]);
			}
			char *next = NULL;
			int change = 1;
			if (pop) {
				/* Pops to the named entry, or one entry. */
				int to = depth[k] - 1;
				for (int j = depth[k] - 1; label && j >= 0; j--)
					if (stack[k][j].label &&
					    !strcmp(stack[k][j].label, label)) {
						to = j;
						break;
					}
				if (to >= 0) {
					next = stack[k][to].name ? hvci_strdup(stack[k][to].name)
					                         : NULL;
					for (int j = to; j < depth[k]; j++) {
						free(stack[k][j].label);
						free(stack[k][j].name);
					}
					depth[k] = to;
				} else {
					change = 0;
				}
				free(name);
				name = NULL;
			} else if (push) {
				if (depth[k] < 32) {
					stack[k][depth[k]].label = hvci_strdup(label);
					stack[k][depth[k]].name = hvci_strdup(current[k]);
					depth[k]++;
				}
				if (name)
					next = name;
				else
					change = 0;
				name = NULL;
			} else {
				next = name; /* data_seg() and data_seg("x") */
				name = NULL;
			}
			free(name);
			if (change) {
				if (current[k])
					add_seg(s, cur_file, cur_from[k], o->offset, k, current[k],
					        cur_occ[k]);
				current[k] = next;
				cur_from[k] = o->offset;
				cur_occ[k] = oi;
			} else {
				free(next);
			}
		}
		ptoks_free(&t);
	}
}

/* ---- variables placed in sections ----------------------------------------- */

typedef struct {
	scan *s;
	void (*on_var)(scan *s, CXCursor var, size_t file, unsigned offset);
} var_walk;

static size_t file_index(const scan *s, CXFile f)
{
	for (size_t i = 0; f && i < s->n_files; i++)
		if (clang_File_isEqual(s->files[i], f))
			return i;
	return (size_t)-1;
}

static enum CXChildVisitResult visit_vars(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	var_walk *w = d;
	enum CXCursorKind k = clang_getCursorKind(c);
	CXFile f;
	unsigned off;
	clang_getExpansionLocation(clang_getCursorLocation(c), &f, NULL, NULL, &off);
	size_t fi = file_index(w->s, f);
	if (fi == (size_t)-1)
		return CXChildVisit_Continue;
	/* Tentative definitions ("int x;" at file scope) count: they are
	 * definitions by the end of the file. */
	if (k == CXCursor_VarDecl && clang_Cursor_hasVarDeclGlobalStorage(c) == 1 &&
	    clang_Cursor_getStorageClass(c) != CX_SC_Extern)
		w->on_var(w->s, c, fi, off);
	if (clang_isDeclaration(k) || clang_isStatement(k))
		return CXChildVisit_Recurse;
	return CXChildVisit_Continue;
}

static int var_is_const(CXCursor var)
{
	CXType t = clang_getCursorType(var);
	while (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray)
		t = clang_getArrayElementType(t);
	return clang_isConstQualifiedType(t);
}

static char *cursor_name(CXCursor c)
{
	CXString s = clang_getCursorSpelling(c);
	char *r = hvci_strdup(clang_getCString(s));
	clang_disposeString(s);
	return r;
}

/* The section named by __declspec(allocate("x")) / __attribute__((section("x"))). */
typedef struct {
	CXTranslationUnit tu;
	char *name;
} attr_find;

static enum CXChildVisitResult visit_attr(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	attr_find *a = d;
	if (!clang_isAttribute(clang_getCursorKind(c)) || a->name)
		return CXChildVisit_Continue;
	CXToken *toks = NULL;
	unsigned n = 0;
	clang_tokenize(a->tu, clang_getCursorExtent(c), &toks, &n);
	strv sp = {NULL, 0};
	for (unsigned i = 0; i < n; i++) {
		CXString ts = clang_getTokenSpelling(a->tu, toks[i]);
		strv_add(&sp, clang_getCString(ts));
		clang_disposeString(ts);
	}
	if (toks)
		clang_disposeTokens(a->tu, toks, n);
	if (sp.n >= 3 && (!strcmp(sp.v[0], "allocate") || !strcmp(sp.v[0], "section")) &&
	    !strcmp(sp.v[1], "(") && strchr(sp.v[2], '"'))
		a->name = destringize(sp.v[2]);
	strv_free(&sp);
	return CXChildVisit_Continue;
}

static void var_loc(CXCursor var, hvci_loc *l)
{
	hvci_loc_from_location(clang_getCursorLocation(var), l);
	char *name = cursor_name(var);
	l->end_line = l->line;
	l->end_col = l->col + (unsigned)strlen(name);
	free(name);
}

static void on_var(scan *s, CXCursor var, size_t fi, unsigned off)
{
	hvci_ctx *ctx = s->ctx;
	attr_find a = {ctx->tu, NULL};
	clang_visitChildren(var, visit_attr, &a);
	int is_const = var_is_const(var);
	if (a.name) {
		const sect_decl *sd = find_decl(s, a.name);
		/* A declared section keeps its attributes; an undeclared one
		 * gets the variable's: writable unless const. */
		int writable = sd ? (sd->attrs & A_WRITE) != 0 : !is_const;
		int wx_decl = sd && (sd->attrs & A_WRITE) && (sd->attrs & A_EXEC);
		if (writable && !wx_decl && is_code_section(s, a.name)) {
			char *name = cursor_name(var);
			hvci_loc l;
			var_loc(var, &l);
			hvci_finding f;
			hvci_finding_begin(ctx, &f, "hvci-wx-section", &l,
			                   hvci_asprintf("writable data '%s' is placed in code "
			                                 "section '%s', which makes it writable "
			                                 "and executable",
			                                 name, a.name));
			f.function = hvci_function_name(clang_getCursorSemanticParent(var));
			var_loc(var, &l);
			hvci_finding_note(&f, &l,
			                  hvci_strdup("place data in a data section (.data, or a "
			                              "name such as PAGEDATA for pageable data), "
			                              "or declare the section read-only"));
			hvci_finding_commit(ctx, &f);
			free(name);
		}
		free(a.name);
		return;
	}
	/* #pragma data_seg / bss_seg: initialised and uninitialised writable data. */
	if (is_const)
		return;
	int has_init = !clang_Cursor_isNull(clang_Cursor_getVarDeclInitializer(var));
	for (size_t i = 0; i < s->n_segs; i++) {
		seg_span *sp = &s->segs[i];
		if (sp->file != fi || off < sp->from || off >= sp->to || sp->bss == has_init)
			continue;
		if (!s->seg_used[i] && is_code_section(s, sp->name)) {
			s->seg_used[i] = 1;
			occ *o = &s->occs[sp->occ];
			char *name = cursor_name(var);
			hvci_loc l = o->loc;
			l.file = hvci_strdup(o->loc.file);
			hvci_finding f;
			hvci_finding_begin(
			    ctx, &f, "hvci-wx-section", &l,
			    hvci_asprintf("'#pragma %s(\"%s\")' places writable data in code "
			                  "section '%s', which makes it writable and executable",
			                  sp->bss ? "bss_seg" : "data_seg", sp->name, sp->name));
			var_loc(var, &l);
			hvci_finding_note(&f, &l, hvci_asprintf("'%s' is placed there", name));
			l = o->loc;
			l.file = hvci_strdup(o->loc.file);
			hvci_finding_note(&f, &l,
			                  hvci_strdup("name a data section instead (the default "
			                              ".data, or PAGEDATA for pageable data)"));
			hvci_finding_commit(ctx, &f);
			free(name);
		}
	}
}

/* ---- reporting the pragmas -------------------------------------------------- */

static void report(scan *s, const occ *o, const char *rule, char *msg, char *fix)
{
	hvci_loc l = o->loc;
	l.file = hvci_strdup(o->loc.file);
	hvci_finding f;
	hvci_finding_begin(s->ctx, &f, rule, &l, msg);
	if (strcmp(o->form, "#pragma") && strcmp(o->form, "__pragma") &&
	    strcmp(o->form, "_Pragma")) {
		l = o->loc;
		l.file = hvci_strdup(o->loc.file);
		hvci_finding_note(&f, &l,
		                  hvci_asprintf("the macro '%s' expands to this pragma", o->form));
	}
	l = o->loc;
	l.file = hvci_strdup(o->loc.file);
	hvci_finding_note(&f, &l, fix);
	hvci_finding_commit(s->ctx, &f);
}

/* A section declared writable (not executable) that the file puts code in:
 * the image section gets both the code's execute and the declared write. */
static void report_code_in_writable(scan *s, const occ *o, const sect_decl *sd,
                                    const struct placed *pc)
{
	hvci_loc l = o->loc;
	l.file = hvci_strdup(o->loc.file);
	hvci_finding f;
	hvci_finding_begin(s->ctx, &f, "hvci-wx-section", &l,
	                   hvci_asprintf("section '%s' is declared writable and the file puts "
	                                 "code in it, which makes it writable and executable",
	                                 sd->name));
	l = pc->loc;
	l.file = hvci_strdup(pc->loc.file);
	hvci_finding_note(&f, &l, hvci_asprintf("code is placed in '%s' here", pc->name));
	l = o->loc;
	l.file = hvci_strdup(o->loc.file);
	hvci_finding_note(&f, &l,
	                  hvci_strdup("keep code and writable data in separate sections: "
	                              "declare this one without 'write', or place the code "
	                              "elsewhere"));
	hvci_finding_commit(s->ctx, &f);
}

/* A link.exe number: decimal, 0x hex or 0 octal ("C notation"); 0 on error. */
static int link_number(const char *s, unsigned long long *out)
{
	if (!*s || !isdigit((unsigned char)*s))
		return 0;
	char *e;
	*out = strtoull(s, &e, 0);
	return *e == '\0' || *e == ',' || isspace((unsigned char)*e);
}

static void report_align(scan *s, const occ *o, const char *opt, const char *section,
                         unsigned long long n)
{
	char *msg = section ? hvci_asprintf("'%s' sets the alignment of section '%s' to %llu "
	                                    "(0x%llx), not a multiple of 0x1000",
	                                    opt, section, n, n)
	                    : hvci_asprintf("'%s' sets a section alignment of %llu (0x%llx), "
	                                    "not a multiple of 0x1000",
	                                    opt, n, n);
	report(s, o, "hvci-section-align", msg,
	       hvci_strdup("sections must be page aligned: use 0x1000 (the default) or a "
	                   "multiple of it; /FILEALIGN may stay smaller"));
}

static void check_section_option(scan *s, const occ *o, const char *opt, const char *arg)
{
	/* /SECTION:name,[[!]{DEKPRSW}][,ALIGN=number] */
	const char *comma = strchr(arg, ',');
	char *name = comma ? hvci_xstrndup(arg, (size_t)(comma - arg)) : hvci_strdup(arg);
	int set = 0, neg = 0;
	const char *p = comma ? comma + 1 : "";
	/* The attribute letters may be left out: "/SECTION:x,ALIGN=n". */
	if (!strncasecmp(p, "ALIGN=", 6))
		p--;
	while (*p && *p != ',') {
		int bang = *p == '!';
		if (bang)
			p++;
		int bit = 0;
		switch (toupper((unsigned char)*p)) {
		case 'E':
			bit = A_EXEC;
			break;
		case 'W':
			bit = A_WRITE;
			break;
		case 'R':
			bit = A_READ;
			break;
		}
		if (bang)
			neg |= bit;
		else
			set |= bit;
		if (*p)
			p++;
	}
	if ((set & A_EXEC) && (set & A_WRITE) && !(neg & (A_EXEC | A_WRITE)))
		report(s, o, "hvci-wx-section",
		       hvci_asprintf("'%s' makes section '%s' writable and executable", opt, name),
		       hvci_strdup("drop W (or E): Memory integrity never maps a section both "
		                   "writable and executable"));
	else if ((set & A_EXEC) && !(neg & A_EXEC) &&
	         hvci_rules_section_is(s->ctx->rules, HVCI_SECT_IAT, name))
		report(s, o, "hvci-iat-exec",
		       hvci_asprintf("'%s' makes section '%s', which holds the import address "
		                     "table, executable",
		                     opt, name),
		       hvci_strdup("drop E: the import address table must stay in a "
		                   "non-executable section"));
	if (*p == ',') {
		const char *al = p + 1;
		if (!strncasecmp(al, "ALIGN=", 6)) {
			unsigned long long n;
			if (link_number(al + 6, &n) && n % 0x1000)
				report_align(s, o, opt, name, n);
		}
	}
	free(name);
}

static void check_merge_option(scan *s, const occ *o, const char *opt, const char *arg)
{
	/* /MERGE:from=to */
	const char *eq = strchr(arg, '=');
	if (!eq)
		return;
	char *from = hvci_xstrndup(arg, (size_t)(eq - arg));
	const char *to = eq + 1;
	if (*to && is_code_section(s, to)) {
		if (hvci_rules_section_is(s->ctx->rules, HVCI_SECT_IAT, from)) {
			report(s, o, "hvci-iat-exec",
			       hvci_asprintf("'%s' puts the import address table in executable "
			                     "section '%s'",
			                     opt, to),
			       hvci_asprintf("remove the merge: the loader writes the import "
			                     "address table, so '%s' must stay out of code",
			                     from));
		} else if (hvci_rules_section_is(s->ctx->rules, HVCI_SECT_WRITABLE, from) ||
		           (find_decl(s, from) && (find_decl(s, from)->attrs & A_WRITE))) {
			/* How link.exe combines the attributes of merged sections is not
			 * documented: a note, not a warning. */
			hvci_loc l = o->loc;
			l.file = hvci_strdup(o->loc.file);
			hvci_finding f;
			hvci_finding_begin(s->ctx, &f, "hvci-wx-section", &l,
			                   hvci_asprintf("'%s' merges writable data into code "
			                                 "section '%s' (how merged attributes "
			                                 "combine is unconfirmed)",
			                                 opt, to));
			f.severity = HVCI_SEV_NOTE;
			l = o->loc;
			l.file = hvci_strdup(o->loc.file);
			hvci_finding_note(&f, &l, hvci_strdup("keep data and code sections apart"));
			hvci_finding_commit(s->ctx, &f);
		}
	}
	free(from);
}

static void check_linker(scan *s, const occ *o, const char *opts)
{
	/* Several options may share one string, separated by spaces. */
	const char *p = opts;
	while (*p) {
		while (isspace((unsigned char)*p))
			p++;
		const char *b = p;
		int quoted = 0;
		while (*p && (quoted || !isspace((unsigned char)*p))) {
			if (*p == '"')
				quoted = !quoted;
			p++;
		}
		if (p == b)
			break;
		char *opt = hvci_xstrndup(b, (size_t)(p - b));
		if (opt[0] == '/' || opt[0] == '-') {
			const char *colon = strchr(opt, ':');
			size_t kl = colon ? (size_t)(colon - opt - 1) : strlen(opt) - 1;
			const char *kw = opt + 1;
			const char *arg = colon ? colon + 1 : "";
			if (kl == 7 && !strncasecmp(kw, "SECTION", 7) && *arg) {
				check_section_option(s, o, opt, arg);
			} else if (kl == 5 && !strncasecmp(kw, "MERGE", 5) && *arg) {
				check_merge_option(s, o, opt, arg);
			} else if (kl == 5 && !strncasecmp(kw, "ALIGN", 5) && *arg) {
				unsigned long long n;
				if (link_number(arg, &n) && n % 0x1000)
					report_align(s, o, opt, NULL, n);
			}
		}
		free(opt);
	}
}

static void report_pragmas(scan *s)
{
	for (size_t oi = 0; oi < s->n_occs; oi++) {
		const occ *o = &s->occs[oi];
		ptoks t = {NULL, 0};
		lex(o->text, &t);
		size_t args[8];
		int na = t.n ? split_args(&t, args, 8) : -1;
		const char *kw = t.n && t.v[0].kind == T_IDENT ? t.v[0].text : "";
		if (!strcmp(kw, "section") && na >= 1) {
			for (size_t i = 0; i < s->n_decls; i++) {
				const sect_decl *sd = &s->decls[i];
				if (sd->occ != oi || !(sd->attrs & A_WRITE))
					continue;
				const struct placed *pc = find_placed(s, sd->name);
				if (sd->attrs & A_EXEC)
					report(
					    s, o, "hvci-wx-section",
					    hvci_asprintf("section '%s' is declared writable and "
					                  "executable",
					                  sd->name),
					    hvci_strdup("drop 'write' or 'execute': keep writable "
					                "data and code in separate sections"));
				else if (pc)
					report_code_in_writable(s, o, sd, pc);
			}
		} else if (!strcmp(kw, "comment") && na >= 2 && t.v[args[0]].kind == T_IDENT &&
		           !strcmp(t.v[args[0]].text, "linker")) {
			char *opts = arg_string(s, &t, args[1]);
			if (opts)
				check_linker(s, o, opts);
			free(opts);
		}
		ptoks_free(&t);
	}
}

/* /SECTION:name,...E... in the TU makes `name` a code section too. */
static void learn_linker_exec(scan *s)
{
	for (size_t oi = 0; oi < s->n_occs; oi++) {
		ptoks t = {NULL, 0};
		lex(s->occs[oi].text, &t);
		size_t args[8];
		int na = t.n ? split_args(&t, args, 8) : -1;
		if (na >= 2 && !strcmp(t.v[0].text, "comment") && t.v[args[0]].kind == T_IDENT &&
		    !strcmp(t.v[args[0]].text, "linker")) {
			char *opts = arg_string(s, &t, args[1]);
			for (char *tok = opts ? strtok(opts, " \t") : NULL; tok;
			     tok = strtok(NULL, " \t")) {
				if ((tok[0] != '/' && tok[0] != '-') ||
				    strncasecmp(tok + 1, "SECTION:", 8))
					continue;
				char *arg = tok + 9;
				char *comma = strchr(arg, ',');
				if (!comma)
					continue;
				*comma = '\0';
				int exec = 0;
				for (char *p = comma + 1; *p && *p != ','; p++)
					if (toupper((unsigned char)*p) == 'E' &&
					    (p == comma + 1 || p[-1] != '!'))
						exec = 1;
				if (exec)
					add_code(s, arg);
			}
			free(opts);
		}
		ptoks_free(&t);
	}
}

static void check_sections(hvci_ctx *ctx)
{
	scan s;
	memset(&s, 0, sizeof s);
	s.ctx = ctx;
	/* The main file first, then the user headers in inclusion order. */
	clang_getInclusions(ctx->tu, visit_inclusion, &s);
	for (size_t i = 0; i < s.n_files; i++)
		scan_file(&s, i);
	clang_visitChildren(clang_getTranslationUnitCursor(ctx->tu), visit_expansion, &s);
	drop_arg_pragmas(&s);
	if (s.n_occs > 1)
		qsort(s.occs, s.n_occs, sizeof *s.occs, occ_cmp);
	learn(&s);
	learn_linker_exec(&s);
	report_pragmas(&s);
	s.seg_used = hvci_xcalloc(s.n_segs + 1, sizeof *s.seg_used);
	var_walk w = {&s, on_var};
	clang_visitChildren(clang_getTranslationUnitCursor(ctx->tu), visit_vars, &w);

	free(s.seg_used);
	for (size_t i = 0; i < s.n_segs; i++)
		free(s.segs[i].name);
	free(s.segs);
	for (size_t i = 0; i < s.n_code; i++)
		free(s.code[i]);
	free(s.code);
	for (size_t i = 0; i < s.n_placed; i++) {
		free(s.placed[i].name);
		hvci_loc_clear(&s.placed[i].loc);
	}
	free(s.placed);
	for (size_t i = 0; i < s.n_decls; i++)
		free(s.decls[i].name);
	free(s.decls);
	for (size_t i = 0; i < s.n_macros; i++) {
		macro *m = &s.macros[i];
		free(m->name);
		for (size_t k = 0; k < m->n_params; k++)
			free(m->params[k]);
		free(m->params);
		for (size_t k = 0; k < m->n_body; k++)
			free(m->body[k]);
		free(m->body);
	}
	free(s.macros);
	for (size_t i = 0; i < s.n_occs; i++) {
		free(s.occs[i].text);
		hvci_loc_clear(&s.occs[i].loc);
	}
	free(s.occs);
	free(s.arg_spans);
	free(s.files);
}

void hvci_check_section_register(hvci_registry *r)
{
	hvci_register_tu(r, check_sections);
}
