/*
 * pch_later.c - whether the user's declarations that a prefix passes over
 * (its HVCI_PCH_LATER lines, pch_prefix.c) may be read after the PCH.
 *
 * Real drivers' precompiled headers often declare a few types of their own
 * (a list entry, a status enum) before they include <ndis.h>.  In the unit
 * those declarations come before the WDK headers that follow them; a unit
 * that loads the PCH reads them after all of it.  That changes nothing
 * when neither side can see the other:
 *  - no name the declarations spell is declared by the PCH's headers (at
 *    file scope, in a namespace or extern "C" block, as a tag, a typedef
 *    or an enumerator; a tag nested in a struct counts, as C puts it at
 *    file scope);
 *  - none is a macro defined by the PCH's headers, or by a prefix line
 *    after the declarations (a prefix line before them defines it at
 *    that point of the unit too, and pch_build.c already checks that no
 *    header after such a line changes it);
 *  - the WDK's headers name none of the user's declarations: the build
 *    parses them without the declarations, and any error stops the PCH.
 * A name that is one of the user's macros (a #define line of the prefix,
 * or the command's -D) stands for the names its text spells too, since
 * that is what the declarations read.  Member names are not compared (a
 * struct's field may share a WDK name), nor anything inside a function.
 * A clash stops the prefix at the line that lists the name; the lines
 * before it may still make a PCH.
 */
#include <stdlib.h>
#include <string.h>

#include "frontend/pch_int.h"
#include "util/util.h"

typedef struct {
	const char *prefix; /* the prefix file's path */
	hvci_strset names;  /* declared by the headers, or their macros */
	char **macro;       /* each definition the prefix's own lines make... */
	size_t *macro_line; /* ...and its line */
	size_t n_macro;
} later_scan;

/* 1 when the cursor is spelled in the prefix file itself, 0 in a header,
 * -1 nowhere (built in, or the command's). */
static int in_prefix(const later_scan *ls, CXCursor c, unsigned *line)
{
	CXFile f;
	clang_getSpellingLocation(clang_getCursorLocation(c), &f, line, NULL, NULL);
	if (!f)
		return -1;
	CXString s = clang_getFileName(f);
	const char *p = clang_getCString(s);
	int in = p && !strcmp(p, ls->prefix);
	clang_disposeString(s);
	return in;
}

static void add_spelling(later_scan *ls, CXCursor c)
{
	CXString s = clang_getCursorSpelling(c);
	const char *n = clang_getCString(s);
	if (n && *n)
		hvci_strset_add(&ls->names, n);
	clang_disposeString(s);
}

static int is_tag(enum CXCursorKind k)
{
	return k == CXCursor_StructDecl || k == CXCursor_UnionDecl || k == CXCursor_ClassDecl ||
	       k == CXCursor_EnumDecl;
}

/* Inside a struct or an enum: nested tags and enumerators only. */
static enum CXChildVisitResult visit_member(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	enum CXCursorKind k = clang_getCursorKind(c);
	if (k == CXCursor_EnumConstantDecl)
		add_spelling(d, c);
	if (is_tag(k)) {
		add_spelling(d, c);
		clang_visitChildren(c, visit_member, d);
	}
	return CXChildVisit_Continue;
}

static enum CXChildVisitResult visit_top(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	later_scan *ls = d;
	enum CXCursorKind k = clang_getCursorKind(c);
	unsigned line = 0;
	if (k == CXCursor_MacroDefinition) {
		int in = in_prefix(ls, c, &line);
		if (in == 0) {
			add_spelling(ls, c);
		} else if (in == 1) {
			CXString s = clang_getCursorSpelling(c);
			const char *n = clang_getCString(s);
			ls->macro = hvci_xrealloc(ls->macro, (ls->n_macro + 1) * sizeof *ls->macro);
			ls->macro_line = hvci_xrealloc(ls->macro_line,
			                               (ls->n_macro + 1) * sizeof *ls->macro_line);
			ls->macro[ls->n_macro] = hvci_strdup(n ? n : "");
			ls->macro_line[ls->n_macro++] = line;
			clang_disposeString(s);
		}
		return CXChildVisit_Continue;
	}
	if (!clang_isDeclaration(k) || in_prefix(ls, c, &line) == 1)
		return CXChildVisit_Continue;
	add_spelling(ls, c);
	if (k == CXCursor_LinkageSpec || k == CXCursor_Namespace)
		return CXChildVisit_Recurse;
	if (is_tag(k))
		clang_visitChildren(c, visit_member, ls);
	return CXChildVisit_Continue;
}

/* 1 when the prefix's own lines define w on a line after `line`. */
static int defined_after(const later_scan *ls, const char *w, size_t line)
{
	for (size_t i = 0; i < ls->n_macro; i++)
		if (ls->macro_line[i] > line && !strcmp(ls->macro[i], w))
			return 1;
	return 0;
}

/* The user's macros the declarations may use: the prefix's #define lines
 * and the command's -D options, each name with the text it stands for. */
typedef struct {
	char **name, **body;
	size_t n;
} bodies;

static void add_body(bodies *b, const char *name, size_t name_len, const char *body)
{
	b->name = hvci_xrealloc(b->name, (b->n + 1) * sizeof *b->name);
	b->body = hvci_xrealloc(b->body, (b->n + 1) * sizeof *b->body);
	b->name[b->n] = hvci_xstrndup(name, name_len);
	b->body[b->n++] = hvci_strdup(body);
}

static void read_bodies(bodies *b, const char *prefix_text, const hvci_cmdline *cl)
{
	for (const char *p = prefix_text; *p;) {
		const char *e = strchr(p, '\n'), *name;
		size_t len = e ? (size_t)(e - p) : strlen(p);
		size_t k = hvci_pch_defined_name(p, len, &name);
		if (k) {
			char *body = hvci_xstrndup(name + k, (size_t)(p + len - (name + k)));
			add_body(b, name, k, body);
			free(body);
		}
		p += len + (e != NULL);
	}
	int def;
	for (size_t i = 0; cl && i < cl->argc; i++) {
		const char *v = hvci_pch_macro_option(cl, i, &def);
		size_t k = v && def ? hvci_pch_name_len(v) : 0;
		if (k)
			add_body(b, v, k, v[k] == '=' ? v + k + 1 : "1");
	}
}

static void free_bodies(bodies *b)
{
	for (size_t i = 0; i < b->n; i++) {
		free(b->name[i]);
		free(b->body[i]);
	}
	free(b->name);
	free(b->body);
}

/*
 * The first of the words (a HVCI_PCH_LATER line's, at prefix line `line`)
 * that clashes, or NULL.  A word that names one of the user's macros
 * stands for the words of its text too, and so on: the declarations read
 * what the macro expands to.
 */
static const char *clash_in(const later_scan *ls, const bodies *b, char *words, size_t line,
                            hvci_strset *seen, hvci_strv *work)
{
	char *save = NULL;
	for (char *w = strtok_r(words, " ", &save); w; w = strtok_r(NULL, " ", &save))
		if (hvci_strset_add(seen, w))
			hvci_strv_push(work, w);
	for (size_t at = 0; at < work->n; at++) {
		const char *w = work->v[at];
		if (hvci_strset_has(&ls->names, w) || defined_after(ls, w, line))
			return w;
		for (size_t i = 0; i < b->n; i++) {
			if (strcmp(b->name[i], w))
				continue;
			hvci_strset more;
			hvci_strset_init(&more);
			hvci_pch_words(b->body[i], strlen(b->body[i]), &more);
			for (size_t q = 0; q < more.cap; q++)
				if (more.slots[q] && hvci_strset_add(seen, more.slots[q]))
					hvci_strv_push(work, more.slots[q]);
			hvci_strset_free(&more);
		}
	}
	return NULL;
}

size_t hvci_pch_later_clash(CXTranslationUnit tu, const char *prefix, const char *prefix_text,
                            const hvci_cmdline *cl, char *why, size_t why_size)
{
	size_t plen = strlen(HVCI_PCH_LATER);
	if (!strstr(prefix_text, HVCI_PCH_LATER))
		return 0;
	later_scan ls;
	memset(&ls, 0, sizeof ls);
	ls.prefix = prefix;
	hvci_strset_init(&ls.names);
	clang_visitChildren(clang_getTranslationUnitCursor(tu), visit_top, &ls);
	bodies b;
	memset(&b, 0, sizeof b);
	read_bodies(&b, prefix_text, cl);
	size_t line = 1, clash = 0;
	for (const char *p = prefix_text; *p && !clash; line++) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len > plen && !strncmp(p, HVCI_PCH_LATER, plen)) {
			char *words = hvci_xstrndup(p + plen, len - plen);
			hvci_strset seen;
			hvci_strset_init(&seen);
			hvci_strv work = {NULL, 0};
			const char *w = clash_in(&ls, &b, words, line, &seen, &work);
			if (w) {
				clash = line;
				snprintf(why, why_size, "%s", w);
			}
			hvci_strv_free(&work);
			hvci_strset_free(&seen);
			free(words);
		}
		p += len + (e != NULL);
	}
	free_bodies(&b);
	for (size_t i = 0; i < ls.n_macro; i++)
		free(ls.macro[i]);
	free(ls.macro);
	free(ls.macro_line);
	hvci_strset_free(&ls.names);
	return clash;
}
