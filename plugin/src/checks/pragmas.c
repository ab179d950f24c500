/*
 * pragmas.c - finds the pragmas of a translation unit's user files for
 * check_section.c: `#pragma` directives, `__pragma(...)` and
 * `_Pragma("...")`, also inside user macros (and their arguments, unless
 * stringized), placed where the macro is used.  It reads tokens, not
 * cursors, because libclang keeps no cursors for most pragmas, and leaves
 * out what the preprocessor skipped.  It knows nothing of what a pragma
 * means; check_section.c does.  Not followed: `##` pasting in
 * pragma-bearing macros, and macros defined outside the user files.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "checks/pragmas.h"
#include "util/util.h"

/* ---- collecting pragmas from the user files --------------------------------- */

static void visit_inclusion(CXFile f, CXSourceLocation *stack, unsigned n, CXClientData d)
{
	(void)stack;
	(void)n;
	hvci_pragmas *s = d;
	if (!hvci_is_user_file(s->ctx, f))
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

static void add_occ(hvci_pragmas *s, char *text, hvci_loc *loc, size_t file, unsigned offset,
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

/* 1 when a line break that ends a directive lies between tokens i-1 and i. */
static int directive_ends(const char *text, const hvci_ftoks *t, size_t i)
{
	for (unsigned p = t->end[i - 1]; p < t->off[i]; p++)
		if (text[p] == '\n' && hvci_pragma_line_ends(text, p))
			return 1;
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

static void record_define(hvci_pragmas *s, size_t fi, const hvci_ftoks *t, size_t a, size_t b)
{
	/* a: the macro name; b: end of the directive. */
	macro m;
	memset(&m, 0, sizeof m);
	m.name = hvci_strdup(t->sp[a]);
	m.fi = fi;
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

static int is_ident(const char *sp)
{
	return isalpha((unsigned char)sp[0]) || sp[0] == '_';
}

/*
 * Lexes user file fi: its pragmas, its defines, and into `wanted` the names
 * of the function-like macros whose arguments hold a __pragma or _Pragma
 * (the file that defines such a macro must be read for its definition).
 */
static void scan_file(hvci_pragmas *s, size_t fi, hvci_strset *wanted)
{
	CXTranslationUnit tu = s->ctx->tu;
	CXFile f = s->files[fi];
	const char *text = s->text[fi];
	if (!text)
		return;
	hvci_ftoks t;
	hvci_pragma_file_tokens(s->ctx, f, text, s->text_len[fi], &t);
	/* The name before each open parenthesis (NULL: none). */
	const char **open = hvci_xcalloc(t.n + 1, sizeof *open);
	size_t depth = 0;
	for (size_t k = 0; k < t.n; k++) {
		if (!strcmp(t.sp[k], "("))
			open[depth++] = k && is_ident(t.sp[k - 1]) ? t.sp[k - 1] : NULL;
		else if (!strcmp(t.sp[k], ")") && depth)
			depth--;
		else if (!strcmp(t.sp[k], "__pragma") || !strcmp(t.sp[k], "_Pragma"))
			for (size_t d = 0; d < depth; d++)
				if (open[d])
					hvci_strset_add(wanted, open[d]);
	}
	free(open);
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
				record_define(s, fi, &t, i + 2, e);
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
			add_occ(s, hvci_pragma_destringize(t.sp[i + 2]), &l, fi, t.off[i],
			        "_Pragma");
			i += 4;
			continue;
		}
		/* __declspec(code_seg("NAME")) puts code in NAME. */
		if (!strcmp(t.sp[i], "code_seg") && i + 2 < t.n && !strcmp(t.sp[i + 1], "(") &&
		    t.is_str[i + 2] && i > 0 && !strcmp(t.sp[i - 1], "(")) {
			char *name = hvci_pragma_destringize(t.sp[i + 2]);
			hvci_loc l;
			loc_span(tu, f, t.off[i], t.end[i + 2], &l);
			s->code_segs = hvci_xrealloc(s->code_segs,
			                             (s->n_code_segs + 1) * sizeof *s->code_segs);
			s->code_segs[s->n_code_segs].name = name;
			s->code_segs[s->n_code_segs++].loc = l;
		}
		i++;
	}
	hvci_pragma_ftoks_free(&t);
}

static int scan_mentioning(hvci_pragmas *s, const hvci_strset *names, hvci_strset *wanted);
static void index_macros(hvci_pragmas *s);

/* ---- pragmas that come from user macros -------------------------------------- */

static const macro *find_macro(const hvci_pragmas *s, const char *name)
{
	/* The last definition wins, as for the preprocessor: the last of the
	 * name in by_name, which hvci_pragmas_collect builds before any use. */
	size_t lo = 0, hi = s->n_macros;
	while (lo < hi) { /* the first entry after every `name` */
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(s->macros[s->by_name[mid]].name, name) <= 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo && !strcmp(s->macros[s->by_name[lo - 1]].name, name))
		return &s->macros[s->by_name[lo - 1]];
	return NULL;
}

/* The definition written at `offset` in user file `fi`. */
static const macro *macro_at(const hvci_pragmas *s, size_t fi, unsigned offset)
{
	size_t lo = 0, hi = s->n_macros;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const macro *m = &s->macros[s->by_place[mid]];
		if (m->fi < fi || (m->fi == fi && m->offset < offset))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < s->n_macros) {
		const macro *m = &s->macros[s->by_place[lo]];
		if (m->fi == fi && m->offset == offset)
			return m;
	}
	return NULL;
}

/* qsort has no context argument: the table being sorted, for the comparators. */
static const macro *sorting;

static int place_order(const void *a, const void *b)
{
	const macro *x = &sorting[*(const size_t *)a], *y = &sorting[*(const size_t *)b];
	if (x->fi != y->fi)
		return x->fi < y->fi ? -1 : 1;
	return (x->offset > y->offset) - (x->offset < y->offset);
}

/* Files are not lexed in inclusion order (hvci_pragmas_collect), so the
 * definitions of one name are ordered by place, not by when they were read. */
static int name_order(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	int c = strcmp(sorting[x].name, sorting[y].name);
	return c ? c : place_order(a, b);
}

static void index_macros(hvci_pragmas *s)
{
	free(s->by_name);
	free(s->by_place);
	s->by_name = s->by_place = NULL;
	if (!s->n_macros)
		return;
	s->by_name = hvci_xcalloc(s->n_macros, sizeof *s->by_name);
	s->by_place = hvci_xcalloc(s->n_macros, sizeof *s->by_place);
	for (size_t i = 0; i < s->n_macros; i++)
		s->by_name[i] = s->by_place[i] = i;
	sorting = s->macros;
	qsort(s->by_name, s->n_macros, sizeof *s->by_name, name_order);
	qsort(s->by_place, s->n_macros, sizeof *s->by_place, place_order);
	sorting = NULL;
}

/* Appends the strings of a user object-like macro whose body is only
 * string literals (#define OPT "/MERGE:..."); 0 when it is not one. */
static int macro_strings(hvci_pragmas *s, const char *name, hvci_buf *b)
{
	/* The first time a name is looked for, the files not lexed yet that
	 * spell it are: one of them may define it, or define it again later. */
	if (hvci_strset_add(&s->asked, name)) {
		hvci_strset one, unused;
		hvci_strset_init(&one);
		hvci_strset_init(&unused);
		hvci_strset_add(&one, name);
		if (scan_mentioning(s, &one, &unused))
			index_macros(s);
		hvci_strset_free(&one);
		hvci_strset_free(&unused);
	}
	const macro *m = find_macro(s, name);
	if (!m || m->function_like || !m->n_body)
		return 0;
	for (size_t k = 0; k < m->n_body; k++)
		if (!strchr(m->body[k], '"'))
			return 0;
	for (size_t k = 0; k < m->n_body; k++) {
		char *one = hvci_pragma_destringize(m->body[k]);
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
char *hvci_pragma_arg_string(hvci_pragmas *s, const ptoks *t, size_t i)
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

/* Splits the tokens after a function-like macro's name into arguments. */
static size_t macro_args(char *const *sp, size_t i, size_t n, hvci_strv *args, size_t max,
                         size_t *count)
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
					hvci_strv_push(&args[k], sp[x]);
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
static void expand(const hvci_pragmas *s, const macro *m, hvci_strv *args, size_t n_args,
                   hvci_strv *pragmas, int depth)
{
	hvci_strv out = {NULL, 0};
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
				hvci_strv_push(&out, lit);
				free(lit);
				free(j);
				i++;
			} else {
				/* __VA_ARGS__ takes the rest, commas included. */
				size_t last = strcmp(m->params[p], "__VA_ARGS__") ? p : n_args - 1;
				for (size_t q = p; q <= last; q++) {
					if (q > p)
						hvci_strv_push(&out, ",");
					for (size_t x = 0; x < args[q].n; x++)
						hvci_strv_push(&out, args[q].v[x]);
				}
			}
			continue;
		}
		if (!strcmp(tok, "##"))
			continue;
		hvci_strv_push(&out, tok);
	}
	for (size_t i = 0; i < out.n; i++) {
		if (!strcmp(out.v[i], "__pragma") && i + 1 < out.n && !strcmp(out.v[i + 1], "(")) {
			size_t c = match_paren(out.v, i + 1, out.n);
			if (c < out.n) {
				char *body = join(out.v, i + 2, c);
				hvci_strv_push(pragmas, body);
				free(body);
				i = c;
			}
			continue;
		}
		if (!strcmp(out.v[i], "_Pragma") && i + 3 < out.n && !strcmp(out.v[i + 1], "(") &&
		    out.v[i + 2][0] != '(' && strchr(out.v[i + 2], '"') &&
		    !strcmp(out.v[i + 3], ")")) {
			char *body = hvci_pragma_destringize(out.v[i + 2]);
			hvci_strv_push(pragmas, body);
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
		hvci_strv iargs[MAX_PARAMS];
		memset(iargs, 0, sizeof iargs);
		size_t nia = 0;
		size_t next = macro_args(out.v, i + 1, out.n, iargs, MAX_PARAMS, &nia);
		expand(s, inner, iargs, nia, pragmas, depth + 1);
		for (size_t k = 0; k < MAX_PARAMS; k++)
			hvci_strv_free(&iargs[k]);
		i = next - 1;
	}
	hvci_strv_free(&out);
}

/* Does the macro (or one it uses) carry a pragma at all?  Cheap pre-test,
 * remembered per macro: a macro's answer never changes within a unit, and
 * a macro that reaches itself is taken as "no" while it is being asked. */
static int carries_pragma(const hvci_pragmas *s, macro *m)
{
	if (m->carries)
		return m->carries > 0;
	m->carries = -1;
	for (size_t i = 0; i < m->n_body; i++) {
		if (!strcmp(m->body[i], "__pragma") || !strcmp(m->body[i], "_Pragma")) {
			m->carries = 1;
			break;
		}
		macro *inner = (macro *)find_macro(s, m->body[i]);
		if (inner && inner != m && carries_pragma(s, inner)) {
			m->carries = 1;
			break;
		}
	}
	return m->carries > 0;
}

/* The index of a user file, or n_files.  Each handle is answered once:
 * handles are compared first, then files, for a file reached by another
 * spelling of its path. */
size_t hvci_pragmas_file(hvci_pragmas *s, CXFile f)
{
	if (!f)
		return s->n_files;
	/* A handle asked about before names the same file again. */
	size_t known;
	if (hvci_ptrmap_get(&s->seen, f, &known))
		return known;
	size_t fi = 0;
	while (fi < s->n_files && s->files[fi] != f)
		fi++;
	if (fi == s->n_files)
		for (fi = 0; fi < s->n_files && !clang_File_isEqual(s->files[fi], f);)
			fi++;
	hvci_ptrmap_put(&s->seen, f, fi);
	return fi;
}

static enum CXChildVisitResult visit_expansion(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	hvci_pragmas *s = d;
	if (clang_getCursorKind(c) != CXCursor_MacroExpansion)
		return CXChildVisit_Continue;
	CXSourceLocation at = clang_getCursorLocation(c);
	CXFile f;
	unsigned off;
	clang_getSpellingLocation(at, &f, NULL, NULL, &off);
	size_t fi = hvci_pragmas_file(s, f);
	if (fi == s->n_files)
		return CXChildVisit_Continue;
	/* The definition this expansion used, matched by where it is. */
	CXCursor def = clang_getCursorReferenced(c);
	CXFile df;
	unsigned doff;
	clang_getSpellingLocation(clang_getCursorLocation(def), &df, NULL, NULL, &doff);
	size_t dfi = hvci_pragmas_file(s, df);
	macro *m = dfi < s->n_files ? (macro *)macro_at(s, dfi, doff) : NULL;
	if (!m)
		return CXChildVisit_Continue;
	hvci_strv args[MAX_PARAMS];
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
		hvci_strv sp = {NULL, 0};
		for (unsigned i = 0; i < n; i++) {
			CXString ts = clang_getTokenSpelling(s->ctx->tu, toks[i]);
			hvci_strv_push(&sp, clang_getCString(ts));
			clang_disposeString(ts);
		}
		if (toks)
			clang_disposeTokens(s->ctx->tu, toks, n);
		if (sp.n > 1 && !strcmp(sp.v[1], "("))
			macro_args(sp.v, 1, sp.n, args, MAX_PARAMS, &n_args);
		for (size_t i = 2; i < sp.n; i++)
			if (!strcmp(sp.v[i], "__pragma") || !strcmp(sp.v[i], "_Pragma"))
				arg_pragma = 1;
		hvci_strv_free(&sp);
	}
	if (!arg_pragma && !carries_pragma(s, m)) {
		for (size_t k = 0; k < MAX_PARAMS; k++)
			hvci_strv_free(&args[k]);
		return CXChildVisit_Continue;
	}
	hvci_strv pragmas = {NULL, 0};
	expand(s, m, args, n_args, &pragmas, 0);
	for (size_t k = 0; k < MAX_PARAMS; k++)
		hvci_strv_free(&args[k]);
	for (size_t i = 0; i < pragmas.n; i++) {
		hvci_loc l;
		loc_span(s->ctx->tu, f, off, end > off ? end : off + (unsigned)strlen(m->name), &l);
		add_occ(s, hvci_strdup(pragmas.v[i]), &l, fi, off, m->name);
	}
	hvci_strv_free(&pragmas);
	return CXChildVisit_Continue;
}

/* Drops the __pragma/_Pragma the file scan found inside macro arguments. */
static void drop_arg_pragmas(hvci_pragmas *s)
{
	size_t o = 0;
	for (size_t i = 0; i < s->n_occs; i++) {
		occ *x = &s->occs[i];
		int drop = 0;
		for (size_t k = 0; k < s->n_arg_spans && !drop; k++) {
			const struct pragma_arg_span *a = &s->arg_spans[k];
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

/* 1 when user file fi spells one of the names in `names`. */
static int mentions(const hvci_pragmas *s, size_t fi, const hvci_strset *names)
{
	size_t size = s->text_len[fi];
	const char *text = s->text[fi];
	for (size_t k = 0; text && k < names->cap; k++)
		if (names->slots[k] && memmem(text, size, names->slots[k], strlen(names->slots[k])))
			return 1;
	return 0;
}

/* 1 when user file fi spells a pragma that is not inert, `Pragma` or code_seg. */
static int spells_pragma(const hvci_pragmas *s, size_t fi)
{
	size_t size = s->text_len[fi];
	const char *text = s->text[fi];
	if (!text)
		return 0;
	if (memmem(text, size, "Pragma", 6) || memmem(text, size, "code_seg", 8))
		return 1;
	for (const char *p = text, *end = text + size;
	     (p = memmem(p, (size_t)(end - p), "pragma", 6)); p += 6)
		if (!hvci_pragma_inert_at(text, size, (size_t)(p - text)))
			return 1;
	return 0;
}

/* spells_pragma, answered once per text in a worker (textmemo.c). */
static int spells_pragma_kept(const hvci_pragmas *s, size_t fi)
{
	CXString name = clang_getFileName(s->files[fi]);
	hvci_textmemo *m =
	    hvci_textmemo_for(s->ctx, clang_getCString(name), s->text[fi], s->text_len[fi]);
	clang_disposeString(name);
	if (!m)
		return spells_pragma(s, fi);
	if (m->pragma < 0)
		m->pragma = spells_pragma(s, fi);
	return m->pragma;
}

/* Lexes the files not lexed yet that spell a name in `names`; 1 if any. */
static int scan_mentioning(hvci_pragmas *s, const hvci_strset *names, hvci_strset *wanted)
{
	int more = 0;
	for (size_t i = 0; i < s->n_files; i++)
		if (!s->lexed[i] && mentions(s, i, names)) {
			s->lexed[i] = 1;
			scan_file(s, i, wanted);
			more = 1;
		}
	return more;
}

/*
 * Lexing every user file was most of this check's cost on real units, whose
 * headers are long lists of #defines.  A file is lexed when it spells a
 * pragma (other than an inert directive such as `#pragma once`), `_Pragma`
 * or code_seg, or a name that can bring one: a macro that carries a
 * pragma (found again after each round, until no file is added) or a macro
 * whose arguments hold one.  Later, the first time hvci_pragma_arg_string
 * looks a name up (a macro that may stand for a string), the files that
 * spell it are lexed too.  A file that spells none of these cannot change
 * what the check sees.
 */
void hvci_pragmas_collect(hvci_pragmas *p, hvci_ctx *ctx)
{
	memset(p, 0, sizeof *p);
	p->ctx = ctx;
	hvci_unit_inclusions(ctx, visit_inclusion, p);
	p->lexed = hvci_xcalloc(p->n_files + 1, 1);
	p->text = hvci_xcalloc(p->n_files + 1, sizeof *p->text);
	p->text_len = hvci_xcalloc(p->n_files + 1, sizeof *p->text_len);
	for (size_t i = 0; i < p->n_files; i++)
		p->text[i] = hvci_file_text(ctx, p->files[i], &p->text_len[i]);
	hvci_strset_init(&p->asked);
	hvci_strset wanted;
	hvci_strset_init(&wanted);
	for (size_t i = 0; i < p->n_files; i++)
		if (spells_pragma_kept(p, i)) {
			p->lexed[i] = 1;
			scan_file(p, i, &wanted);
		}
	do {
		index_macros(p);
		for (size_t i = 0; i < p->n_macros; i++)
			p->macros[i].carries = 0; /* a new definition may change the answer */
		for (size_t i = 0; i < p->n_macros; i++)
			if (carries_pragma(p, &p->macros[i]))
				hvci_strset_add(&wanted, p->macros[i].name);
	} while (scan_mentioning(p, &wanted, &wanted));
	/* An expansion brings a pragma only through a macro that carries one
	 * or through arguments that spell one; both put a name in `wanted`
	 * (the arguments: the name before their parenthesis, since the file
	 * that spells __pragma or _Pragma is lexed).  With none, the walk over
	 * every expansion in the unit would find nothing, nor any argument
	 * span that drops a pragma. */
	if (p->n_macros && wanted.n)
		hvci_visit_unit_tops_of(ctx, CXCursor_MacroExpansion, visit_expansion, p);
	drop_arg_pragmas(p);
	hvci_strset_free(&wanted);
	if (p->n_occs > 1)
		qsort(p->occs, p->n_occs, sizeof *p->occs, occ_cmp);
}

void hvci_pragmas_free(hvci_pragmas *p)
{
	hvci_ptrmap_free(&p->seen);
	for (size_t i = 0; i < p->n_macros; i++) {
		macro *m = &p->macros[i];
		free(m->name);
		for (size_t k = 0; k < m->n_params; k++)
			free(m->params[k]);
		free(m->params);
		for (size_t k = 0; k < m->n_body; k++)
			free(m->body[k]);
		free(m->body);
	}
	free(p->macros);
	free(p->by_name);
	free(p->by_place);
	for (size_t i = 0; i < p->n_occs; i++) {
		free(p->occs[i].text);
		hvci_loc_clear(&p->occs[i].loc);
	}
	free(p->occs);
	for (size_t i = 0; i < p->n_code_segs; i++) {
		free(p->code_segs[i].name);
		hvci_loc_clear(&p->code_segs[i].loc);
	}
	free(p->code_segs);
	free(p->arg_spans);
	free(p->lexed);
	hvci_strset_free(&p->asked);
	free(p->files);
	free(p->text);
	free(p->text_len);
	memset(p, 0, sizeof *p);
}
