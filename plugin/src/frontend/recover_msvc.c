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
 * - In C, a cast assigned to (`(ULONG)Len = n;`) or whose address is taken
 *   (`&(LONG)Count`): blanked (drop_lvalue_cast).
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

/*
 * C: `(ULONG_PTR)(p->Reserved[0]) = v;`, a cast assigned to, which MSVC
 * reads as an assignment to the operand and clang rejects.  The copy
 * blanks the cast, so the operand is assigned (an integer to a pointer is
 * only a warning in C).  Only a plain type name, with `*`s, is blanked.
 */
static int drop_lvalue_cast(hvci_recovery *rv, CXDiagnostic d, const char *msg, const textpos *t)
{
	size_t from = t->off;
	static const char addr[] = "cannot take the address of an rvalue of type '";
	if (!strncmp(msg, addr, sizeof addr - 1) && from < t->len && t->buf[from] == '&') {
		/* `&(LONG)x` and `&((PVOID)(x))`: the cast after the `&`. */
		from = hvci_text_skip_space(t, from + 1);
		while (from < t->len && t->buf[from] == '(' &&
		       hvci_text_skip_space(t, from + 1) < t->len &&
		       t->buf[hvci_text_skip_space(t, from + 1)] == '(')
			from = hvci_text_skip_space(t, from + 1);
	} else if (strcmp(msg, "assignment to cast is illegal, lvalue casts are not supported")) {
		return 0;
	}
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
	/* A type, then an operand: `(T)x`, `(T)(x)`, `(T)p->x`. */
	size_t after = i + 1 < t->len ? hvci_text_skip_space(t, i + 1) : t->len;
	if (i >= t->len || !words || after >= t->len ||
	    !(hvci_text_ident_char((unsigned char)t->buf[after]) || t->buf[after] == '('))
		return 0;
	msvc_copy *c = edit_copy(rv, d, t);
	if (!c)
		return 0;
	blank(c, from, i + 1);
	add_fix(rv, d,
	        hvci_strdup(from == t->off ? "a cast assigned to, which MSVC accepts and clang "
	                                     "does not; analysed as an assignment to its operand"
	                                   : "the address of a cast, which MSVC accepts and clang "
	                                     "does not; analysed as the address of its operand"));
	return 1;
}

/*
 * C: a function defined with other parameter types than its prototype
 * (`BOOLEAN f(PVOID Context);` then `BOOLEAN f(WDFDEVICE Device) {...}`),
 * which MSVC compiles with a warning and clang rejects.  The copy blanks
 * the earlier declaration's parameter list, which C then reads as one
 * that does not say its parameters: the definition's stand.  When the
 * two differ otherwise (the return type, a parameter a call promotes),
 * the error stays.
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
	if (i >= t->len || t->buf[i] != '(' || clang_getCursorLanguage(def) != CXLanguage_C)
		return 0;
	CXType ret = clang_getCanonicalType(clang_getCursorResultType(def));
	CXDiagnosticSet kids = clang_getChildDiagnostics(d);
	unsigned nk = kids ? clang_getNumDiagnosticsInSet(kids) : 0;
	int done = 0;
	for (unsigned k = 0; k < nk && !done; k++) {
		CXDiagnostic note = clang_getDiagnosticInSet(kids, k);
		CXString s = clang_getDiagnosticSpelling(note);
		CXSourceLocation loc = clang_getDiagnosticLocation(note);
		CXFile f;
		unsigned off;
		clang_getSpellingLocation(loc, &f, NULL, NULL, &off);
		textpos p;
		if (!strcmp(clang_getCString(s), "previous declaration is here") && f &&
		    (p.buf = clang_getFileContents(tu, f, &p.len)) && off + len <= p.len &&
		    !memcmp(p.buf + off, msg + 23, len)) {
			size_t open = hvci_text_skip_space(&p, off + len);
			size_t close =
			    open < p.len && p.buf[open] == '(' ? close_paren(&p, open) : p.len;
			/* A prototype (not a definition) with parameters, and
			 * the same return type. */
			size_t after = close < p.len ? hvci_text_skip_space(&p, close + 1) : p.len;
			int params = 0;
			for (size_t j = open + 1; j < close && j < p.len; j++)
				params |= !isspace((unsigned char)p.buf[j]);
			CXType pret = clang_getCanonicalType(
			    clang_getCursorResultType(clang_getCursor(tu, loc)));
			p.off = off;
			msvc_copy *c = close < p.len && params && after < p.len &&
			                       p.buf[after] == ';' && clang_equalTypes(ret, pret)
			                   ? copy_at(rv, loc, &p)
			                   : NULL;
			if (c) {
				blank(c, open + 1, close);
				done = 1;
			}
		}
		clang_disposeString(s);
		clang_disposeDiagnostic(note);
	}
	if (kids)
		clang_disposeDiagnosticSet(kids);
	if (done)
		add_fix(rv, d,
		        hvci_asprintf("'%.*s' is defined with other parameter types than its "
		                      "prototype, which MSVC accepts in C and clang does not; "
		                      "analysed with the definition's",
		                      (int)len, msg + 23));
	return done;
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
	       unprototype(rv, tu, d, msg, t);
}

/* The overlay file: each corrected copy under its user path. */
static int write_overlay(hvci_recovery *rv)
{
	json_t *roots = json_array();
	for (size_t i = 0; i < rv->n_copies; i++) {
		msvc_copy *c = &rv->copies[i];
		FILE *f = fopen(c->copy, "wb");
		if (!f || fwrite(c->text, 1, c->len, f) != c->len) {
			if (f)
				fclose(f);
			json_decref(roots);
			return hvci_error_set(HVCI_ERROR, "%s:1: cannot write a corrected copy",
			                      c->copy);
		}
		fclose(f);
		char *dir = hvci_strdup(c->path);
		char *slash = strrchr(dir, '/');
		*slash = '\0';
		json_t *file = json_pack("{s:s,s:s,s:s}", "type", "file", "name", slash + 1,
		                         "external-contents", c->copy);
		json_array_append_new(roots,
		                      json_pack("{s:s,s:s,s:[o]}", "type", "directory", "name",
		                                dir[0] ? dir : "/", "contents", file));
		free(dir);
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
	int rc = write_overlay(rv);
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
	free(rv->overlay);
}
