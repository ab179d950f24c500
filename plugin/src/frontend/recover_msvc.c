/*
 * recover_msvc.c - recovery for code that MSVC compiles and clang rejects,
 * whatever the headers: the unit is parsed again with a corrected copy of
 * the user's file, laid over the original through a clang VFS overlay.
 *
 * Every correction keeps the file's length, line by line, so every offset
 * and column stays what it is on disk: findings, suppressions, fixes and
 * the source text the reports quote all still match the user's file.
 * - A member of an anonymous structure or union that repeats a name its
 *   record already has (`union { UINT8 tos; struct { UINT8 ecn : 2;
 *   UINT8 tos : 6; }; };`).  Clang drops it, and every use of the name
 *   through the record errors again.  The repeat's last character becomes
 *   `$`, which no C name uses, so the name resolves to the first member.
 * - An override declared in another code segment than the function it
 *   overrides: the code_seg in front of it is blanked (drop_code_seg).
 * - `extern "C"` on a static declaration: blanked (drop_extern_c).
 * - In C, a cast assigned to (`(ULONG)Len = n;`), stepped
 *   (`((ULONG)Count)--`) or whose address is taken (`&(LONG)Count`):
 *   blanked (drop_lvalue_cast).
 * - In C, a prototype whose parameter types its definition does not
 *   repeat: its parameter list is blanked (unprototype).
 * Each correction gives the user a note at the error it answers.
 *
 * The overlay keeps the user's path as the file's name (use-external-names
 * is off), so the file keeps its place: a user file stays user code, a
 * WDK header stays the WDK's.  What it does not do: rewrite anything whose
 * spelling is not what the diagnostic names.
 */

#include <ctype.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/recover_int.h"
#include "frontend/srctext.h"
#include "util/util.h"

/* Corrected files for one unit at most. */
#define MAX_COPIES 64

static const char *const repeats[] = {
    "member of anonymous struct redeclares '",
    "member of anonymous union redeclares '",
};

static msvc_copy *copy_for(hvci_recovery *rv, const char *path)
{
	for (size_t i = 0; i < rv->n_copies; i++)
		if (!strcmp(rv->copies[i].path, path))
			return &rv->copies[i];
	if (rv->n_copies >= MAX_COPIES)
		return NULL;
	rv->copies = hvci_xrealloc(rv->copies, (rv->n_copies + 1) * sizeof *rv->copies);
	msvc_copy *c = &rv->copies[rv->n_copies];
	memset(c, 0, sizeof *c);
	c->path = hvci_strdup(path);
	c->copy = hvci_asprintf("%s/msvc-%zu", rv->dir, rv->n_copies);
	rv->n_copies++;
	return c;
}

/*
 * The copy of the file an error is in, holding every correction so far:
 * the text clang read holds the earlier passes' ones, this pass's earlier
 * ones are only in the copy.  NULL when the file is not one to copy.
 */
static msvc_copy *copy_at(hvci_recovery *rv, CXSourceLocation loc, const textpos *t)
{
	CXFile f;
	clang_getSpellingLocation(loc, &f, NULL, NULL, NULL);
	CXString fs = clang_getFileName(f);
	const char *path = clang_getCString(fs);
	msvc_copy *c = path && *path == '/' ? copy_for(rv, path) : NULL;
	clang_disposeString(fs);
	if (c && !c->text)
		/* The first copy of the file: what clang read is the user's own. */
		snprintf(c->orig, sizeof c->orig, "%016llx",
		         (unsigned long long)hvci_hash_bytes(HVCI_HASH_INIT, t->buf, t->len));
	if (c && (!c->text || c->len != t->len)) {
		free(c->text);
		c->text = hvci_xstrndup(t->buf, t->len);
		c->len = t->len;
	}
	return c;
}

static msvc_copy *edit_copy(hvci_recovery *rv, CXDiagnostic d, const textpos *t)
{
	return copy_at(rv, clang_getDiagnosticLocation(d), t);
}

/* Blanks [from, to) in the copy, keeping its line breaks, so every line
 * keeps its length and its number. */
static void blank(msvc_copy *c, size_t from, size_t to)
{
	for (size_t k = from; k < to && k < c->len; k++)
		if (c->text[k] != '\n')
			c->text[k] = ' ';
}

/* The `)` that closes the `(` at `open`, or t->len when a `;` or the end
 * comes first. */
static size_t close_paren(const textpos *t, size_t open)
{
	int depth = 0;
	for (size_t i = open; i < t->len && t->buf[i] != ';'; i++) {
		depth += t->buf[i] == '(' ? 1 : t->buf[i] == ')' ? -1 : 0;
		if (!depth)
			return i;
	}
	return t->len;
}

/* One note for the user per correction, at the error it answers. */
static void add_fix(hvci_recovery *rv, CXDiagnostic d, char *note)
{
	rv->fixes = hvci_xrealloc(rv->fixes, (rv->n_fixes + 1) * sizeof *rv->fixes);
	msvc_fix *x = &rv->fixes[rv->n_fixes++];
	memset(x, 0, sizeof *x);
	CXFile f;
	unsigned line, col;
	clang_getSpellingLocation(clang_getDiagnosticLocation(d), &f, &line, &col, NULL);
	CXString fs = clang_getFileName(f);
	x->at.file = hvci_strdup(clang_getCString(fs));
	clang_disposeString(fs);
	x->at.line = line;
	x->at.col = col;
	x->note = note;
}

/* `union { T a; struct { T a : 6; }; }`: the repeat becomes `a$`. */
static int rename_repeat(hvci_recovery *rv, CXDiagnostic d, const char *msg, const textpos *t)
{
	const char *name = NULL;
	for (size_t i = 0; i < sizeof repeats / sizeof *repeats && !name; i++)
		if (!strncmp(msg, repeats[i], strlen(repeats[i])))
			name = msg + strlen(repeats[i]);
	if (!name)
		return 0;
	size_t len = strcspn(name, "'");
	/* The diagnostic points at the repeated name itself. */
	if (!len || t->off + len > t->len || memcmp(t->buf + t->off, name, len) ||
	    (t->off + len < t->len && hvci_text_ident_char((unsigned char)t->buf[t->off + len])))
		return 0;
	msvc_copy *c = edit_copy(rv, d, t);
	if (!c)
		return 0;
	c->text[t->off + len - 1] = '$';
	add_fix(rv, d,
	        hvci_asprintf("anonymous member '%.*s' repeats a name its record already has, "
	                      "which MSVC accepts and clang does not; analysed as MSVC reads it",
	                      (int)len, name));
	return 1;
}

/*
 * 1 for the sections a driver's code goes to (`"PAGE"`, `"INIT"`, `".text"`
 * and their `$` groups), whose attributes are the loader's: a code_seg
 * that names one of them decides no verdict.  Any other name may be a
 * section of the driver's own making, which the section checks read.
 */
static int plain_code(const char *quoted)
{
	static const char *const names[] = {"PAGE", "INIT", ".text"};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		size_t n = strlen(names[i]);
		if (!strncmp(quoted, names[i], n) && quoted[n] && strchr("\"$", quoted[n]))
			return 1;
	}
	return 0;
}

/* The spellings of the macro expanded at `off` in `f` (its name first);
 * NULL when no macro is expanded there.  Free with clang_disposeTokens. */
static CXToken *macro_body(CXTranslationUnit tu, CXFile f, size_t off, unsigned *n)
{
	*n = 0;
	CXCursor c = clang_getCursor(tu, clang_getLocationForOffset(tu, f, (unsigned)off));
	if (clang_getCursorKind(c) != CXCursor_MacroExpansion)
		return NULL;
	CXCursor def = clang_getCursorReferenced(c);
	if (clang_Cursor_isNull(def))
		return NULL;
	CXToken *toks = NULL;
	clang_tokenize(tu, clang_getCursorExtent(def), &toks, n);
	return toks;
}

static int spelled(CXTranslationUnit tu, CXToken tok, const char *want)
{
	CXString s = clang_getTokenSpelling(tu, tok);
	int same = !strcmp(clang_getCString(s), want);
	clang_disposeString(s);
	return same;
}

/* Accepts the word at [at, end) as what to blank, setting *to. */
typedef int (*word_test)(CXTranslationUnit tu, CXFile f, const textpos *t, size_t at, size_t end,
                         size_t *to);

/* `__declspec(code_seg("PAGE"))`, or a macro whose body has
 * `code_seg ( "PAGE"`. */
static int is_code_seg(CXTranslationUnit tu, CXFile f, const textpos *t, size_t at, size_t end,
                       size_t *to)
{
	if (end - at == 10 && !memcmp(t->buf + at, "__declspec", 10)) {
		size_t j = hvci_text_skip_space(t, end);
		/* __declspec ( code_seg ( "NAME" */
		size_t k = j < t->len && t->buf[j] == '(' ? hvci_text_skip_space(t, j + 1) : t->len;
		k = k + 8 < t->len && !strncmp(t->buf + k, "code_seg", 8)
		        ? hvci_text_skip_space(t, k + 8)
		        : t->len;
		k = k < t->len && t->buf[k] == '(' ? hvci_text_skip_space(t, k + 1) : t->len;
		if (k >= t->len || t->buf[k] != '"' || !plain_code(t->buf + k + 1))
			return 0;
		size_t close = close_paren(t, j);
		*to = close + 1;
		return close < t->len;
	}
	unsigned n;
	CXToken *toks = macro_body(tu, f, at, &n);
	int seg = 0;
	for (unsigned i = 0; i + 2 < n && !seg; i++) {
		CXString v = clang_getTokenSpelling(tu, toks[i + 2]);
		seg = spelled(tu, toks[i], "code_seg") && plain_code(clang_getCString(v) + 1);
		clang_disposeString(v);
	}
	clang_disposeTokens(tu, toks, n);
	*to = end;
	return seg;
}

/* `extern "C"`, or a macro that is exactly that (EXTERN_C). */
static int is_extern_c(CXTranslationUnit tu, CXFile f, const textpos *t, size_t at, size_t end,
                       size_t *to)
{
	if (end - at == 6 && !memcmp(t->buf + at, "extern", 6)) {
		size_t k = hvci_text_skip_space(t, end);
		*to = k + 3;
		return k + 3 <= t->len && !memcmp(t->buf + k, "\"C\"", 3);
	}
	unsigned n;
	CXToken *toks = macro_body(tu, f, at, &n);
	int ext = n == 3 && spelled(tu, toks[1], "extern") && spelled(tu, toks[2], "\"C\"");
	clang_disposeTokens(tu, toks, n);
	*to = end;
	return ext;
}

/*
 * Back from the error over the words of its declaration (to the `;`, `{`
 * or `}` before it): blanks, in the copy, the first word `test` accepts.
 */
static int blank_back(hvci_recovery *rv, CXTranslationUnit tu, CXDiagnostic d, const textpos *t,
                      word_test test)
{
	CXFile f;
	clang_getSpellingLocation(clang_getDiagnosticLocation(d), &f, NULL, NULL, NULL);
	size_t i = t->off, to = 0;
	for (;;) {
		if (i == 0 || t->off - i > 512)
			return 0;
		char ch = t->buf[i - 1];
		if (ch == ';' || ch == '{' || ch == '}')
			return 0;
		if (!hvci_text_ident_char((unsigned char)ch)) {
			i--;
			continue;
		}
		size_t end = i;
		while (i > 0 && hvci_text_ident_char((unsigned char)t->buf[i - 1]))
			i--;
		if (test(tu, f, t, i, end, &to))
			break;
	}
	msvc_copy *c = edit_copy(rv, d, t);
	if (!c)
		return 0;
	blank(c, i, to);
	return 1;
}

/*
 * A member function in a code segment of its own that overrides one in
 * another (`PAGED_CODE_SEG ~Derived();` under a base without one): clang
 * wants the segments to agree, MSVC does not.  The copy blanks the
 * code_seg in front of the declaration, a `__declspec(code_seg(...))` or a
 * macro that expands to one, when it names one of the loader's own code
 * sections (plain_code).
 */
static int drop_code_seg(hvci_recovery *rv, CXTranslationUnit tu, CXDiagnostic d, const char *msg,
                         const textpos *t)
{
	if (strcmp(msg, "overriding virtual function must specify the same code segment as its "
	                "overridden function") ||
	    !blank_back(rv, tu, d, t, is_code_seg))
		return 0;
	add_fix(rv, d,
	        hvci_strdup("this override is in another code segment than the function it "
	                    "overrides, which MSVC accepts and clang does not; analysed "
	                    "without its code_seg"));
	return 1;
}

/*
 * `EXTERN_C static void f();`: MSVC lets a linkage specification apply to
 * a static function, clang does not.  A static function's linkage is its
 * unit's whatever the language, so the copy blanks the `extern "C"`.
 */
static int drop_extern_c(hvci_recovery *rv, CXTranslationUnit tu, CXDiagnostic d, const char *msg,
                         const textpos *t)
{
	if (strcmp(msg, "cannot combine with previous 'extern' declaration specifier") ||
	    t->off + 6 > t->len || memcmp(t->buf + t->off, "static", 6) ||
	    !blank_back(rv, tu, d, t, is_extern_c))
		return 0;
	add_fix(rv, d,
	        hvci_strdup("'extern \"C\"' on a static declaration, which MSVC accepts and "
	                    "clang does not; analysed as a static declaration"));
	return 1;
}

/* Past the `)` of a cast at `from`, `(T)` with T a plain type name and
 * `*`s, when an operand follows it (`(T)x`, `(T)(x)`, `(T)p->x`); else 0. */
static size_t cast_end(const textpos *t, size_t from)
{
	if (from >= t->len || t->buf[from] != '(')
		return 0;
	size_t i = from + 1, words = 0;
	while (i < t->len && t->buf[i] != ')') {
		char c = t->buf[i];
		if (hvci_text_ident_char((unsigned char)c)) {
			words++;
			while (i < t->len && hvci_text_ident_char((unsigned char)t->buf[i]))
				i++;
			continue;
		}
		if (c != '*' && c != ' ' && c != '\t')
			return 0;
		i++;
	}
	size_t after = i + 1 < t->len ? hvci_text_skip_space(t, i + 1) : t->len;
	if (i >= t->len || !words || after >= t->len ||
	    !(hvci_text_ident_char((unsigned char)t->buf[after]) || t->buf[after] == '('))
		return 0;
	return i + 1;
}

/* The `(` that opens the `)` at `close`, or SIZE_MAX. */
static size_t open_paren(const textpos *t, size_t close)
{
	int depth = 0;
	for (size_t i = close + 1; i-- > 0;) {
		char c = t->buf[i];
		if (c == ';' || c == '{' || c == '}')
			break;
		depth += c == ')' ? 1 : c == '(' ? -1 : 0;
		if (!depth)
			return i;
	}
	return SIZE_MAX;
}

/*
 * C: `(ULONG_PTR)(p->Reserved[0]) = v;`, a cast assigned to, which MSVC
 * reads as an assignment to the operand and clang rejects; likewise
 * `&(LONG)Count` and `((ULONG)(ULONG_PTR)p->Count)--`.  The copy blanks
 * the casts, so the operand itself is assigned, its address taken or
 * stepped (an integer to a pointer is only a warning in C).
 */
static int drop_lvalue_cast(hvci_recovery *rv, CXDiagnostic d, const char *msg, const textpos *t)
{
	size_t from = t->off;
	static const char addr[] = "cannot take the address of an rvalue of type '";
	const char *what;
	if (!strncmp(msg, addr, sizeof addr - 1) && from < t->len && t->buf[from] == '&') {
		/* `&(LONG)x` and `&((PVOID)(x))`: the cast after the `&`. */
		from = hvci_text_skip_space(t, from + 1);
		while (from < t->len && t->buf[from] == '(' &&
		       hvci_text_skip_space(t, from + 1) < t->len &&
		       t->buf[hvci_text_skip_space(t, from + 1)] == '(')
			from = hvci_text_skip_space(t, from + 1);
		what = "the address of a cast, which MSVC accepts and clang does not; analysed as "
		       "the address of its operand";
	} else if (!strcmp(msg, "expression is not assignable") && from + 2 <= t->len &&
	           (!memcmp(t->buf + from, "--", 2) || !memcmp(t->buf + from, "++", 2))) {
		/* `((T)x)--`: the casts inside the parentheses before it. */
		size_t close = from;
		while (close > 0 && isspace((unsigned char)t->buf[close - 1]))
			close--;
		size_t open =
		    close > 0 && t->buf[close - 1] == ')' ? open_paren(t, close - 1) : SIZE_MAX;
		if (open == SIZE_MAX)
			return 0;
		from = hvci_text_skip_space(t, open + 1);
		what = "a cast stepped with ++ or --, which MSVC accepts and clang does not; "
		       "analysed as a step of its operand";
	} else if (!strcmp(msg, "assignment to cast is illegal, lvalue casts are not supported")) {
		what = "a cast assigned to, which MSVC accepts and clang does not; analysed as an "
		       "assignment to its operand";
	} else {
		return 0;
	}
	/* A chain of casts, `(ULONG)(ULONG_PTR)x`, goes in one pass. */
	size_t to = cast_end(t, from);
	for (size_t next = to; next && (next = cast_end(t, hvci_text_skip_space(t, next)));)
		to = next;
	msvc_copy *c = to ? edit_copy(rv, d, t) : NULL;
	if (!c)
		return 0;
	blank(c, from, to);
	add_fix(rv, d, hvci_strdup(what));
	return 1;
}

/*
 * The "previous declaration is here" note of `d`, with the text of the
 * file it is in (p->off at it); 0 when there is none.  The caller
 * disposes of *note, then of *kids, the set it came from.
 */
static int previous_decl(CXTranslationUnit tu, CXDiagnostic d, CXDiagnosticSet *kids,
                         CXDiagnostic *note, textpos *p)
{
	*kids = clang_getChildDiagnostics(d);
	unsigned nk = *kids ? clang_getNumDiagnosticsInSet(*kids) : 0;
	int found = 0;
	for (unsigned k = 0; k < nk && !found; k++) {
		CXDiagnostic n = clang_getDiagnosticInSet(*kids, k);
		CXString s = clang_getDiagnosticSpelling(n);
		CXFile f;
		unsigned off;
		clang_getSpellingLocation(clang_getDiagnosticLocation(n), &f, NULL, NULL, &off);
		found = (!strcmp(clang_getCString(s), "previous declaration is here") ||
		         !strcmp(clang_getCString(s), "previous definition is here")) &&
		        f && (p->buf = clang_getFileContents(tu, f, &p->len)) && off <= p->len;
		clang_disposeString(s);
		if (found) {
			p->off = off;
			*note = n;
		} else {
			clang_disposeDiagnostic(n);
		}
	}
	if (!found && *kids)
		clang_disposeDiagnosticSet(*kids);
	return found;
}

/* Disposes of what previous_decl() found. */
static void previous_done(CXDiagnosticSet kids, CXDiagnostic note)
{
	clang_disposeDiagnostic(note);
	if (kids)
		clang_disposeDiagnosticSet(kids);
}

/* A walk over the unit's top-level declarations, in order: has `want`
 * come before `stop`? */
typedef struct {
	CXCursor want, stop;
	int seen;
} before_walk;

static enum CXChildVisitResult find_before(CXCursor c, CXCursor parent, CXClientData data)
{
	(void)parent;
	before_walk *w = data;
	if (clang_equalCursors(c, w->stop))
		return CXChildVisit_Break;
	if (clang_equalCursors(c, w->want)) {
		w->seen = 1;
		return CXChildVisit_Break;
	}
	return CXChildVisit_Continue;
}

/* 1 when the name `type` is spelled with is declared before `at` in the
 * unit, so a macro naming it works there. */
static int named_before(hvci_recovery *rv, CXTranslationUnit tu, CXType type, CXCursor at)
{
	while (type.kind == CXType_Pointer)
		type = clang_getPointeeType(type);
	CXCursor decl = clang_getTypeDeclaration(type);
	if (clang_Cursor_isNull(decl) || clang_getCursorKind(decl) == CXCursor_NoDeclFound)
		return type.kind != CXType_Invalid; /* a built-in type */
	if (rv->pch) {
		/* A PCH's declarations come before the unit's own, and the
		 * walk below does not see them. */
		CXFile f;
		clang_getSpellingLocation(clang_getCursorLocation(decl), &f, NULL, NULL, NULL);
		CXString rp = clang_File_tryGetRealPathName(f);
		const char *r = f ? clang_getCString(rp) : NULL;
		int held = r && hvci_strset_has(&rv->pch->files, r);
		if (!r || !*r)
			rv->whole = 1; /* cannot tell: asked of the whole unit */
		clang_disposeString(rp);
		if (held || rv->whole)
			return 1;
	}
	before_walk w = {decl, at, 0};
	hvci_visit_top(tu, find_before, &w);
	return w.seen;
}

/* One parameter type of a prototype to write over: [from, to) in the
 * prototype's file, and the definition's type for it. */
typedef struct {
	size_t from, to;
	char *type;
	char alias[16];
} retype_edit;

/*
 * The prototype `proto` (its file's text in `p`) says other parameter
 * types than the definition `def`: each differing type is written over
 * with a short macro, `_Hv1`, that the prelude defines as the
 * definition's type.  The prototype stays a prototype, so parameters
 * that calls promote (`BOOLEAN`, `USHORT`) keep their types.  0, and
 * nothing changed, unless every differing parameter can be written so.
 */
static int retype(hvci_recovery *rv, CXTranslationUnit tu, CXCursor def, CXCursor proto,
                  CXSourceLocation at, const textpos *p)
{
	int n = clang_Cursor_getNumArguments(def);
	if (n <= 0 || n != clang_Cursor_getNumArguments(proto))
		return 0;
	CXFile pf;
	clang_getSpellingLocation(at, &pf, NULL, NULL, NULL);
	retype_edit *ed = hvci_xcalloc((size_t)n, sizeof *ed);
	size_t ne = 0;
	int ok = 1;
	for (int i = 0; i < n && ok; i++) {
		CXCursor da = clang_Cursor_getArgument(def, (unsigned)i);
		CXCursor pa = clang_Cursor_getArgument(proto, (unsigned)i);
		CXType dt = clang_getCursorType(da);
		if (clang_equalTypes(clang_getCanonicalType(dt),
		                     clang_getCanonicalType(clang_getCursorType(pa))))
			continue;
		CXFile f1, f2;
		unsigned from, to;
		clang_getSpellingLocation(clang_getRangeStart(clang_getCursorExtent(pa)), &f1, NULL,
		                          NULL, &from);
		clang_getSpellingLocation(clang_getCursorLocation(pa), &f2, NULL, NULL, &to);
		CXString ts = clang_getTypeSpelling(dt);
		const char *type = clang_getCString(ts);
		char *alias = ed[ne].alias;
		snprintf(alias, sizeof ed[ne].alias, "_Hv%zu", rv->n_aliases + ne + 1);
		/* The type is spelled where the prototype is, before its
		 * parameter's name, with room for the macro and a space. */
		ok = f1 && f2 && clang_File_isEqual(f1, pf) && clang_File_isEqual(f2, pf) &&
		     to <= p->len && from + strlen(alias) < to &&
		     hvci_text_ident_char((unsigned char)p->buf[to]) && type && *type &&
		     !strpbrk(type, "()[]") && !strstr(type, "__hvci") &&
		     named_before(rv, tu, dt, proto);
		if (ok) {
			ed[ne].from = from;
			ed[ne].to = to;
			ed[ne++].type = hvci_strdup(type);
		}
		clang_disposeString(ts);
	}
	msvc_copy *c = ok && ne ? copy_at(rv, at, p) : NULL;
	for (size_t k = 0; k < ne; k++) {
		if (c) {
			rv->aliases =
			    hvci_xrealloc(rv->aliases, (rv->n_aliases + 1) * sizeof *rv->aliases);
			rv->aliases[rv->n_aliases++] = ed[k].type;
			blank(c, ed[k].from, ed[k].to);
			memcpy(c->text + ed[k].from, ed[k].alias, strlen(ed[k].alias));
		} else {
			free(ed[k].type);
		}
	}
	free(ed);
	return c != NULL;
}

/*
 * C: a function defined with other parameter types than its prototype
 * (`BOOLEAN f(PVOID Context);` then `BOOLEAN f(WDFDEVICE Device) {...}`),
 * which MSVC compiles with a warning and clang rejects.  The copy gives
 * the prototype the definition's types (retype); where it cannot (a type
 * not yet declared there, another count of parameters), it blanks the
 * prototype's parameter list, which C then reads as one that does not
 * say its parameters: the definition's stand.  When the return types
 * differ the error stays.
 */
static int unprototype(hvci_recovery *rv, CXTranslationUnit tu, CXDiagnostic d, const char *msg,
                       const textpos *t)
{
	if (strncmp(msg, "conflicting types for '", 23))
		return 0;
	size_t len = strcspn(msg + 23, "'");
	if (t->off + len > t->len || memcmp(t->buf + t->off, msg + 23, len))
		return 0;
	/* C only: in C++ other parameters make an overload, and `()` says
	 * "none". */
	size_t i = hvci_text_skip_space(t, t->off + len);
	CXCursor def = clang_getCursor(tu, clang_getDiagnosticLocation(d));
	CXDiagnosticSet kids;
	CXDiagnostic note;
	textpos p;
	if (i >= t->len || t->buf[i] != '(' || clang_getCursorLanguage(def) != CXLanguage_C ||
	    !previous_decl(tu, d, &kids, &note, &p))
		return 0;
	CXSourceLocation loc = clang_getDiagnosticLocation(note);
	CXCursor proto = clang_getCursor(tu, loc);
	int done = 0;
	if (p.off + len <= p.len && !memcmp(p.buf + p.off, msg + 23, len)) {
		size_t open = hvci_text_skip_space(&p, p.off + len);
		size_t close = open < p.len && p.buf[open] == '(' ? close_paren(&p, open) : p.len;
		/* A prototype (not a definition) with parameters, and the same
		 * return type. */
		size_t after = close < p.len ? hvci_text_skip_space(&p, close + 1) : p.len;
		int params = 0;
		for (size_t j = open + 1; j < close && j < p.len; j++)
			params |= !isspace((unsigned char)p.buf[j]);
		CXType ret = clang_getCanonicalType(clang_getCursorResultType(def));
		CXType pret = clang_getCanonicalType(clang_getCursorResultType(proto));
		if (close < p.len && params && after < p.len && p.buf[after] == ';' &&
		    clang_equalTypes(ret, pret)) {
			done = retype(rv, tu, def, proto, loc, &p);
			msvc_copy *c = done ? NULL : copy_at(rv, loc, &p);
			if (c) {
				blank(c, open + 1, close);
				done = 1;
			}
		}
	}
	previous_done(kids, note);
	if (done)
		add_fix(rv, d,
		        hvci_asprintf("'%.*s' is defined with other parameter types than its "
		                      "prototype, which MSVC accepts in C and clang does not; "
		                      "analysed with the definition's",
		                      (int)len, msg + 23));
	return done;
}

/*
 * C: `volatile extern PMDL Reserve;` in a header, then `PMDL Reserve =
 * NULL;` where it is defined.  MSVC compiles it; clang rejects the
 * redefinition.  The copy blanks the qualifier of the earlier declaration,
 * which decides no verdict.
 */
static int is_volatile(CXTranslationUnit tu, CXFile f, const textpos *t, size_t at, size_t end,
                       size_t *to)
{
	(void)tu;
	(void)f;
	*to = end;
	return (end - at == 8 && !memcmp(t->buf + at, "volatile", 8)) ||
	       (end - at == 10 && !memcmp(t->buf + at, "__volatile", 10));
}

static int drop_volatile(hvci_recovery *rv, CXTranslationUnit tu, CXDiagnostic d, const char *msg,
                         const textpos *t)
{
	static const char pre[] = "redefinition of '";
	const char *vs = strstr(msg, "' with a different type: '");
	if (strncmp(msg, pre, sizeof pre - 1) || !vs)
		return 0;
	/* '<T>' vs 'volatile <T>': only the qualifier differs. */
	const char *a = vs + 26, *ae = strchr(a, '\'');
	const char *b = ae ? strstr(ae, " vs 'volatile ") : NULL;
	if (!b || strncmp(b + 14, a, (size_t)(ae - a)) || b[14 + (ae - a)] != '\'')
		return 0;
	(void)t;
	CXDiagnosticSet kids;
	CXDiagnostic note;
	textpos p;
	if (!previous_decl(tu, d, &kids, &note, &p))
		return 0;
	int done = blank_back(rv, tu, note, &p, is_volatile);
	previous_done(kids, note);
	if (done)
		add_fix(rv, d,
		        hvci_asprintf("'%.*s' is declared volatile and defined without it, which "
		                      "MSVC accepts and clang does not; analysed without the "
		                      "qualifier",
		                      (int)(vs - msg - (sizeof pre - 1)), msg + sizeof pre - 1));
	return done;
}

/*
 * C++: `const DebugLevel = 1;`, a declaration with no type, which MSVC
 * compiles as an int (its C4430) and clang rejects.  The copy writes
 * `int` over the `const`, which the checks do not read.
 */
static int default_int(hvci_recovery *rv, CXDiagnostic d, const char *msg, const textpos *t)
{
	if (strcmp(msg, "a type specifier is required for all declarations") ||
	    !hvci_text_ident_char((unsigned char)t->buf[t->off]))
		return 0;
	size_t i = t->off;
	while (i > 0 && (t->buf[i - 1] == ' ' || t->buf[i - 1] == '\t'))
		i--;
	if (i == t->off || i < 5 || memcmp(t->buf + i - 5, "const", 5) ||
	    (i > 5 && hvci_text_ident_char((unsigned char)t->buf[i - 6])))
		return 0;
	msvc_copy *c = edit_copy(rv, d, t);
	if (!c)
		return 0;
	memcpy(c->text + i - 5, "int  ", 5);
	add_fix(rv, d,
	        hvci_strdup("a declaration without a type, which MSVC compiles as an int and "
	                    "clang does not; analysed as an int"));
	return 1;
}

int hvci_recover_msvc_plan(hvci_recovery *rv, CXTranslationUnit tu, CXDiagnostic d, const char *msg)
{
	/* Where the code is spelled: a macro's body, not where it is used,
	 * is what a copy corrects. */
	CXFile f;
	unsigned off;
	clang_getSpellingLocation(clang_getDiagnosticLocation(d), &f, NULL, NULL, &off);
	textpos at;
	const textpos *t = &at;
	if (!f || !(at.buf = clang_getFileContents(tu, f, &at.len)) || off > at.len)
		return 0;
	at.off = off;
	return rename_repeat(rv, d, msg, t) || drop_code_seg(rv, tu, d, msg, t) ||
	       drop_extern_c(rv, tu, d, msg, t) || drop_lvalue_cast(rv, d, msg, t) ||
	       unprototype(rv, tu, d, msg, t) || drop_volatile(rv, tu, d, msg, t) ||
	       default_int(rv, d, msg, t);
}

/* `roots` gains the entry that shows `copy` at `path`. */
static void overlay_entry(json_t *roots, const char *path, const char *copy)
{
	char *dir = hvci_strdup(path);
	char *slash = strrchr(dir, '/');
	*slash = '\0';
	json_t *file = json_pack("{s:s,s:s,s:s}", "type", "file", "name", slash + 1,
	                         "external-contents", copy);
	json_array_append_new(roots, json_pack("{s:s,s:s,s:[o]}", "type", "directory", "name",
	                                       dir[0] ? dir : "/", "contents", file));
	free(dir);
}

/*
 * The names in another case that the unit's include map (caseinc.c, its
 * `roots` in `case_map`) reads `c->path` through (`#include "FatData.h"`
 * for fatdata.h): the map reads the file on disk, so each such name shows
 * the copy too.
 */
static void case_names(json_t *roots, const msvc_copy *c, const json_t *case_map)
{
	size_t i, j;
	json_t *d, *f;
	json_array_foreach(case_map, i, d)
	{
		const char *dir = json_string_value(json_object_get(d, "name"));
		json_array_foreach(json_object_get(d, "contents"), j, f)
		{
			const char *leaf = json_string_value(json_object_get(f, "name"));
			const char *real =
			    json_string_value(json_object_get(f, "external-contents"));
			if (dir && leaf && real && !strcmp(real, c->path)) {
				char *virt = hvci_asprintf("%s/%s", dir, leaf);
				overlay_entry(roots, virt, c->copy);
				free(virt);
			}
		}
	}
}

/* The overlay file: each corrected copy under its user path. */
static int write_overlay(hvci_recovery *rv, const char *case_map)
{
	json_t *roots = json_array();
	json_t *map = case_map ? json_load_file(case_map, 0, NULL) : NULL;
	const json_t *map_roots = json_object_get(map, "roots");
	for (size_t i = 0; i < rv->n_copies; i++) {
		msvc_copy *c = &rv->copies[i];
		FILE *f = fopen(c->copy, "wb");
		if (!f || fwrite(c->text, 1, c->len, f) != c->len) {
			if (f)
				fclose(f);
			json_decref(roots);
			json_decref(map);
			return hvci_error_set(HVCI_ERROR, "%s:1: cannot write a corrected copy",
			                      c->copy);
		}
		fclose(f);
		overlay_entry(roots, c->path, c->copy);
		case_names(roots, c, map_roots);
	}
	json_decref(map);
	/* Which user file each copy stands for, by the hash of its own text:
	 * the store's index records that hash for the file (engine/xtu.c), so
	 * a later run can tell the file did not change.  In the folder, so a
	 * replay of this pass carries it too. */
	json_t *orig = json_object();
	for (size_t i = 0; i < rv->n_copies; i++)
		if (rv->copies[i].orig[0])
			json_object_set_new(orig, rv->copies[i].path,
			                    json_string(rv->copies[i].orig));
	char *orig_path = hvci_asprintf("%s/%s", rv->dir, HVCI_RECOVERY_ORIGINALS);
	int orig_ok = json_dump_file(orig, orig_path, JSON_COMPACT) == 0;
	free(orig_path);
	json_decref(orig);
	if (!orig_ok) {
		json_decref(roots);
		return hvci_error_set(HVCI_ERROR, "%s:1: cannot write the list of corrected files",
		                      rv->dir);
	}
	json_t *doc =
	    json_pack("{s:i,s:b,s:o}", "version", 0, "use-external-names", 0, "roots", roots);
	FILE *f = fopen(rv->overlay, "w");
	int ok = f && json_dumpf(doc, f, JSON_INDENT(1)) == 0;
	if (f)
		fclose(f);
	json_decref(doc);
	return ok ? HVCI_OK
	          : hvci_error_set(HVCI_ERROR, "%s:1: cannot write the overlay", rv->overlay);
}

int hvci_recover_msvc_apply(hvci_recovery *rv, hvci_cmdline *cl)
{
	if (!rv->n_copies)
		return HVCI_OK;
	if (!rv->overlay)
		rv->overlay = hvci_asprintf("%s/msvc-overlay.json", rv->dir);
	int rc = write_overlay(rv, cl->overlay_path);
	if (rc || rv->overlay_applied)
		return rc;
	const char *add[] = {"-Xclang", "-ivfsoverlay", "-Xclang", rv->overlay};
	hvci_recover_insert_args(cl, add, 4);
	rv->overlay_applied = 1;
	return HVCI_OK;
}

const hvci_loc *hvci_recovery_corrected(const hvci_recovery *rv, size_t k, const char **note)
{
	if (k >= rv->n_fixes)
		return NULL;
	*note = rv->fixes[k].note;
	return &rv->fixes[k].at;
}

void hvci_recover_msvc_free(hvci_recovery *rv)
{
	for (size_t i = 0; i < rv->n_copies; i++) {
		free(rv->copies[i].path);
		free(rv->copies[i].copy);
		free(rv->copies[i].text);
	}
	free(rv->copies);
	for (size_t i = 0; i < rv->n_fixes; i++) {
		hvci_loc_clear(&rv->fixes[i].at);
		free(rv->fixes[i].note);
	}
	free(rv->fixes);
	for (size_t i = 0; i < rv->n_aliases; i++)
		free(rv->aliases[i]);
	free(rv->aliases);
	free(rv->overlay);
}
