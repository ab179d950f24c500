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
 * Each correction gives the user a note at the error it answers.
 *
 * The overlay keeps the user's path as the file's name (use-external-names
 * is off), so the file keeps its place: a user file stays user code, a
 * WDK header stays the WDK's.  What it does not do: rewrite anything whose
 * spelling is not what the diagnostic names.
 */

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
static msvc_copy *edit_copy(hvci_recovery *rv, CXDiagnostic d, const textpos *t)
{
	CXFile f;
	clang_getFileLocation(clang_getDiagnosticLocation(d), &f, NULL, NULL, NULL);
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

/* One note for the user per correction, at the error it answers. */
static void add_fix(hvci_recovery *rv, CXDiagnostic d, char *note)
{
	rv->fixes = hvci_xrealloc(rv->fixes, (rv->n_fixes + 1) * sizeof *rv->fixes);
	msvc_fix *x = &rv->fixes[rv->n_fixes++];
	memset(x, 0, sizeof *x);
	CXFile f;
	unsigned line, col;
	clang_getFileLocation(clang_getDiagnosticLocation(d), &f, &line, &col, NULL);
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
		if (!strncmp(quoted, names[i], n) && strchr("\"$", quoted[n]) && quoted[n])
			return 1;
	}
	return 0;
}

/* 1 when the macro expanded at `off` in `f` puts a plain code_seg on what
 * follows. */
static int names_code_seg(CXTranslationUnit tu, CXFile f, size_t off)
{
	CXCursor c = clang_getCursor(tu, clang_getLocationForOffset(tu, f, (unsigned)off));
	if (clang_getCursorKind(c) != CXCursor_MacroExpansion)
		return 0;
	CXCursor def = clang_getCursorReferenced(c);
	if (clang_Cursor_isNull(def))
		return 0;
	CXToken *toks = NULL;
	unsigned n = 0;
	clang_tokenize(tu, clang_getCursorExtent(def), &toks, &n);
	/* code_seg ( "NAME" */
	int seg = 0;
	for (unsigned i = 0; i + 2 < n && !seg; i++) {
		CXString s = clang_getTokenSpelling(tu, toks[i]);
		CXString v = clang_getTokenSpelling(tu, toks[i + 2]);
		seg = !strcmp(clang_getCString(s), "code_seg") && plain_code(clang_getCString(v) + 1);
		clang_disposeString(s);
		clang_disposeString(v);
	}
	clang_disposeTokens(tu, toks, n);
	return seg;
}

/*
 * A member function in a code segment of its own that overrides one in
 * another (`PAGED_CODE_SEG ~Derived();` under a base without one): clang
 * wants the segments to agree, MSVC does not.  The copy blanks the
 * code_seg in front of the declaration, a `__declspec(code_seg(...))` or a
 * macro that expands to one, when it names one of the loader's own code
 * sections (plain_code).
 */
static int drop_code_seg(hvci_recovery *rv, CXTranslationUnit tu, CXDiagnostic d,
                         const char *msg, const textpos *t)
{
	if (strcmp(msg, "overriding virtual function must specify the same code segment as its "
	                "overridden function"))
		return 0;
	CXFile f;
	clang_getFileLocation(clang_getDiagnosticLocation(d), &f, NULL, NULL, NULL);
	/* Back over the declaration's words, to where it starts. */
	size_t i = t->off, from = 0, to = 0;
	while (i > 0 && !from) {
		char ch = t->buf[i - 1];
		if (ch == ';' || ch == '{' || ch == '}' || t->off - i > 512)
			break;
		if (!hvci_text_ident_char((unsigned char)ch)) {
			i--;
			continue;
		}
		size_t end = i;
		while (i > 0 && hvci_text_ident_char((unsigned char)t->buf[i - 1]))
			i--;
		if (end - i == 10 && !memcmp(t->buf + i, "__declspec", 10)) {
			size_t j = hvci_text_skip_space(t, end);
			/* __declspec ( code_seg ( "NAME" */
			size_t k = j < t->len && t->buf[j] == '(' ? hvci_text_skip_space(t, j + 1) : t->len;
			k = k + 8 < t->len && !strncmp(t->buf + k, "code_seg", 8)
			        ? hvci_text_skip_space(t, k + 8)
			        : t->len;
			k = k < t->len && t->buf[k] == '(' ? hvci_text_skip_space(t, k + 1) : t->len;
			if (k < t->len && t->buf[k] == '"' && plain_code(t->buf + k + 1)) {
				int depth = 0;
				do {
					depth += t->buf[j] == '(' ? 1 : t->buf[j] == ')' ? -1 : 0;
					j++;
				} while (j < t->len && depth > 0 && t->buf[j] != ';');
				if (!depth)
					from = i + 1, to = j;
			}
		} else if (names_code_seg(tu, f, i)) {
			from = i + 1, to = end;
		}
	}
	if (!from)
		return 0;
	msvc_copy *c = edit_copy(rv, d, t);
	if (!c)
		return 0;
	for (size_t k = from - 1; k < to; k++)
		if (c->text[k] != '\n')
			c->text[k] = ' ';
	add_fix(rv, d,
	        hvci_strdup("this override is in another code segment than the function it "
	                    "overrides, which MSVC accepts and clang does not; analysed "
	                    "without its code_seg"));
	return 1;
}

int hvci_recover_msvc_plan(hvci_recovery *rv, CXTranslationUnit tu, CXDiagnostic d,
                           const char *msg, const textpos *t)
{
	return rename_repeat(rv, d, msg, t) || drop_code_seg(rv, tu, d, msg, t);
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
		json_array_append_new(roots, json_pack("{s:s,s:s,s:[o]}", "type", "directory",
		                                       "name", dir[0] ? dir : "/", "contents", file));
		free(dir);
	}
	json_t *doc = json_pack("{s:i,s:b,s:o}", "version", 0, "use-external-names", 0, "roots",
	                        roots);
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
