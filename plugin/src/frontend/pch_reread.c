/*
 * pch_reread.c - whether a prefix may hold WDK headers without an include
 * guard (initguid.h, guiddef.h): headers written to be read again.
 *
 * A unit that loads a PCH is parsed whole, and where its files include
 * the prefix's headers the parser reads them again: a guard makes that a
 * no-op.  An unguarded header is read again after everything the PCH
 * holds, so it may go into a PCH only when that second reading changes
 * nothing.  That is tried, not assumed: the prefix is parsed followed by
 * itself, and compared with the parse of the prefix alone (the build's):
 *  - no error, and no declaration more: the second reading declares
 *    nothing;
 *  - no #pragma in those files, whose state (pack, section) this does not
 *    compare;
 *  - every name the unguarded files spell is, after the second reading,
 *    defined or not as it was before it (probes in the text), and the
 *    last definition of each such macro is the same line of the same file
 *    in both parses (so the same text).
 * Any doubt means no.  It costs a parse of the prefix, once per PCH
 * built.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/pch_int.h"
#include "util/util.h"

typedef struct {
	hvci_strset names; /* the words the files read again spell */
	const char *prefix;
	CXTranslationUnit tu;
} words_scan;

/* Words a probe may not name: `defined`, the variadic macros' own and
 * C++'s named operators. */
static int probe_name(const char *n)
{
	static const char *const no[] = {"defined", "__VA_ARGS__", "__VA_OPT__", "and",   "and_eq",
	                                 "bitand",  "bitor",       "compl",      "not",   "not_eq",
	                                 "or",      "or_eq",       "xor",        "xor_eq"};
	for (size_t i = 0; i < sizeof no / sizeof *no; i++)
		if (!strcmp(n, no[i]))
			return 0;
	return 1;
}

/* The last definition of each macro of `names` the parse made, as
 * {"NAME": "file:offset"}, and the number of declarations at its top
 * level. */
typedef struct {
	const hvci_strset *names;
	json_t *last;
	size_t decls;
} defs_scan;

static enum CXChildVisitResult visit_defs(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	defs_scan *ds = d;
	enum CXCursorKind k = clang_getCursorKind(c);
	/* The prefix's own `extern "C" {}`, read again, is no declaration of a
	 * header's: what a block holds is. */
	if (k == CXCursor_LinkageSpec)
		return CXChildVisit_Recurse;
	if (clang_isDeclaration(k)) {
		ds->decls++;
		return CXChildVisit_Continue;
	}
	if (k != CXCursor_MacroDefinition)
		return CXChildVisit_Continue;
	CXString s = clang_getCursorSpelling(c);
	const char *n = clang_getCString(s);
	if (n && hvci_strset_has(ds->names, n)) {
		CXFile f;
		unsigned off = 0;
		clang_getSpellingLocation(clang_getCursorLocation(c), &f, NULL, NULL, &off);
		CXString fs = clang_getFileName(f);
		const char *fn = clang_getCString(fs);
		char *at = hvci_asprintf("%s:%u", fn ? fn : "", off);
		json_object_set_new(ds->last, n, json_string(at));
		free(at);
		clang_disposeString(fs);
	}
	clang_disposeString(s);
	return CXChildVisit_Continue;
}

static void defs_of(CXTranslationUnit tu, const hvci_strset *names, json_t **last, size_t *decls)
{
	defs_scan ds = {names, json_object(), 0};
	clang_visitChildren(clang_getTranslationUnitCursor(tu), visit_defs, &ds);
	*last = ds.last;
	*decls = ds.decls;
}

static void gather_words(CXFile f, CXSourceLocation *stack, unsigned depth, CXClientData d)
{
	words_scan *g = d;
	if (depth == 0 || clang_isFileMultipleIncludeGuarded(g->tu, f))
		return;
	/* Read again only through unguarded includers: a guarded one is
	 * passed over, with all it includes. */
	for (unsigned i = 0; i + 1 < depth; i++) {
		CXFile by;
		clang_getSpellingLocation(stack[i], &by, NULL, NULL, NULL);
		if (!by || clang_isFileMultipleIncludeGuarded(g->tu, by))
			return;
	}
	CXString s = clang_getFileName(f);
	const char *name = clang_getCString(s);
	if (name && strcmp(name, g->prefix)) {
		size_t len = 0;
		const char *text = clang_getFileContents(g->tu, f, &len);
		if (text)
			hvci_pch_words(text, len, &g->names);
	}
	clang_disposeString(s);
}

/* For each name: before the second reading, a mark of whether it is
 * defined; after it, an error unless it still is exactly when marked. */
static void put_probes(hvci_buf *t, const hvci_strset *names, int after)
{
	for (size_t i = 0; i < names->cap; i++) {
		const char *n = names->slots[i];
		if (!n || !probe_name(n))
			continue;
		char *p =
		    after ? hvci_asprintf("#if defined(%s) != defined(__hvcilint_was_%s)\n"
		                          "#error hvcilint: read again, the header changes %s\n"
		                          "#endif\n",
		                          n, n, n)
		          : hvci_asprintf("#ifdef %s\n#define __hvcilint_was_%s\n#endif\n", n, n);
		hvci_buf_puts(t, p);
		free(p);
	}
}

int hvci_pch_reread_harmless(CXIndex idx, const char *const *argv, int argc, const char *prefix,
                             const char *first_text, const char *prefix_text,
                             CXTranslationUnit built)
{
	words_scan w;
	memset(&w, 0, sizeof w);
	hvci_strset_init(&w.names);
	w.prefix = prefix;
	w.tu = built;
	clang_getInclusions(built, gather_words, &w);
	/* A #pragma's state (pack, section) is not compared: none may be
	 * spelled.  Nor are warnings, which the commands turn off. */
	int ok = !hvci_strset_has(&w.names, "pragma") && !hvci_strset_has(&w.names, "_Pragma") &&
	         !hvci_strset_has(&w.names, "__pragma");
	hvci_buf t;
	hvci_buf_init(&t);
	CXTranslationUnit again = NULL;
	if (ok) {
		hvci_buf_puts(&t, first_text);
		hvci_buf_puts(&t, "\n");
		put_probes(&t, &w.names, 0);
		hvci_buf_puts(&t, prefix_text);
		hvci_buf_puts(&t, "\n");
		put_probes(&t, &w.names, 1);
		struct CXUnsavedFile u = {prefix, t.s, (unsigned long)strlen(t.s)};
		ok = clang_parseTranslationUnit2FullArgv(
		         idx, NULL, argv, argc, &u, 1,
		         CXTranslationUnit_DetailedPreprocessingRecord |
		             CXTranslationUnit_Incomplete,
		         &again) == CXError_Success &&
		     again;
	}
	CXDiagnostic err = ok ? hvci_pch_first_error(again) : NULL;
	if (err) {
		ok = 0;
		clang_disposeDiagnostic(err);
	}
	if (ok) {
		json_t *l1, *l2;
		size_t d1, d2;
		defs_of(built, &w.names, &l1, &d1);
		defs_of(again, &w.names, &l2, &d2);
		ok = d1 == d2 && json_equal(l1, l2);
		json_decref(l1);
		json_decref(l2);
	}
	if (again)
		clang_disposeTranslationUnit(again);
	hvci_buf_free(&t);
	hvci_strset_free(&w.names);
	return ok;
}
