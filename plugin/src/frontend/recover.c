/*
 * recover.c - recovery parsing: brings back the functions that a missing
 * header or an unknown name cost the AST.
 *
 * After a parse, the unit's errors are read: an #include that was not found
 * gets an empty stand-in header, and a name the unit never declares gets a
 * stand-in declaration in a prelude that is force-included before the
 * file: an unknown type becomes `int` (a `P`-prefixed one a pointer), or a
 * structure of the members the unit reads from it; an unknown value a C
 * constant where it is only read (case labels and array sizes need one),
 * else an `extern` variable; an unknown word in front of a declarator (a
 * calling convention or an annotation macro) an empty macro.  The caller
 * parses again with them, for a bounded number of passes.
 *
 * Stand-ins never decide a verdict: a name that the API table, the value
 * table or the NX opt-in model knows is never stood in for (it comes only
 * from the curated or the real WDK headers), the evaluator reads no value
 * from anything declared in the prelude, and the stand-in files are not
 * user code.  The shapes of our stand-in types (the members, chains and
 * arrays the unit reads) are recover_members.c's; values that turn out to
 * be objects of a structure are recover_value.c's; code MSVC accepts and
 * clang does not is corrected in copies of the user's files
 * (recover_msvc.c); recover_prelude.c writes what is planned here.  What
 * it does not do: guess function signatures or macro bodies.
 */

#include <ctype.h>
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "frontend/frontend.h"
#include "frontend/recover_int.h"
#include "frontend/srctext.h"
#include "rules/rules.h"
#include "util/util.h"

/* Passes after the first; each costs one parse of an already broken unit. */
#define MAX_EXTRA_PASSES 3
/* `#include "../x.h"` in a stand-in resolves inside this many levels. */
#define UP_LEVELS 4

hvci_recovery *hvci_recovery_new(void)
{
	hvci_recovery *rv = hvci_xcalloc(1, sizeof *rv);
	hvci_strset_init(&rv->done);
	hvci_strset_init(&rv->callables);
	return rv;
}

static int rm_one(const char *path, const struct stat *st, int flag, struct FTW *f)
{
	(void)st;
	(void)flag;
	(void)f;
	remove(path);
	return 0;
}

static void free_fields(hvci_recovery *rv)
{
	for (size_t i = 0; i < rv->n_fields; i++) {
		free(rv->fields[i].name);
		free(rv->fields[i].type);
	}
	free(rv->fields);
	rv->fields = NULL;
	rv->n_fields = 0;
}

static void free_defs(hvci_recovery *rv)
{
	for (size_t i = 0; i < rv->n_defs; i++)
		free(rv->defs[i].name);
	free(rv->defs);
	rv->defs = NULL;
	rv->n_defs = 0;
}

void hvci_recovery_free(hvci_recovery *rv)
{
	if (!rv)
		return;
	hvci_textcache_reset(&rv->text);
	for (size_t i = 0; i < rv->n_headers; i++) {
		free(rv->headers[i]);
		hvci_loc_clear(&rv->header_at[i]);
	}
	free(rv->headers);
	free(rv->header_at);
	for (size_t i = 0; i < rv->n_si; i++) {
		free(rv->si[i].name);
		free(rv->si[i].ret);
		free(rv->si[i].tag);
		for (size_t j = 0; j < rv->si[i].n_members; j++)
			free(rv->si[i].members[j]);
		free(rv->si[i].members);
	}
	free(rv->si);
	hvci_recover_msvc_free(rv);
	hvci_loc_clear(&rv->first_at);
	hvci_strset_free(&rv->done);
	hvci_strset_free(&rv->callables);
	free_defs(rv);
	free_fields(rv);
	/* Depth first, never following a link: only what mkdtemp made. */
	if (rv->dir)
		nftw(rv->dir, rm_one, 8, FTW_DEPTH | FTW_PHYS);
	free(rv->inc);
	free(rv->prelude);
	free(rv->dir);
	free(rv);
}

int hvci_recovery_passes(const hvci_recovery *rv)
{
	return rv->passes;
}

const char *const *hvci_recovery_headers(const hvci_recovery *rv, size_t *n, const hvci_loc **at)
{
	*n = rv->n_headers;
	*at = rv->header_at;
	return (const char *const *)rv->headers;
}

/* ---- what the unit declares -------------------------------------------- */

/* Which names a walk of the unit collects (collect_names). */
typedef struct {
	hvci_strset *names;
	/* 0: what the unit validly declares at file scope, enumerators and
	 * namespaces included; 1: every name declared anywhere outside a
	 * function's body, broken declarations and class members included. */
	int anywhere;
} name_walk;

static enum CXChildVisitResult collect_names(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	const name_walk *w = d;
	enum CXCursorKind k = clang_getCursorKind(c);
	/* A broken declaration (`VOID MYCALL f(...)` declares a void MYCALL)
	 * does not count as declared: the name is what went wrong.  It does
	 * count as somewhere: a stand-in for it would clash with it. */
	if ((clang_isDeclaration(k) && (w->anywhere || !clang_isInvalidDeclaration(c))) ||
	    k == CXCursor_MacroDefinition) {
		CXString s = clang_getCursorSpelling(c);
		const char *n = clang_getCString(s);
		if (n && *n)
			hvci_strset_add(w->names, n);
		clang_disposeString(s);
	}
	switch (k) {
	/* The declarations inside extern "C" and namespaces. */
	case CXCursor_LinkageSpec:
	case CXCursor_Namespace:
	case CXCursor_UnexposedDecl:
		return CXChildVisit_Recurse;
	/* Enumerators. */
	case CXCursor_EnumDecl:
		return w->anywhere ? CXChildVisit_Continue : CXChildVisit_Recurse;
	/* Class members (never a function's body). */
	case CXCursor_ClassDecl:
	case CXCursor_StructDecl:
	case CXCursor_UnionDecl:
	case CXCursor_ClassTemplate:
	case CXCursor_ClassTemplatePartialSpecialization:
		return w->anywhere ? CXChildVisit_Recurse : CXChildVisit_Continue;
	default:
		return CXChildVisit_Continue;
	}
}

/* 1 when a stand-in for `name` could change what a rule decides. */
static int protected_name(const hvci_rules *rules, const char *name)
{
	size_t n;
	if (!strncmp(name, "__hvci", 6) || !strncmp(name, "POOL_NX_", 8))
		return 1;
	if (hvci_rules_lookup(rules, name, &n))
		return 1;
	if (hvci_rules_optin_var(rules, name) >= 0)
		return 1;
	const char *init;
	uint64_t flag;
	hvci_rules_optin_init(rules, &init, &flag);
	if (init && !strcmp(init, name))
		return 1;
	return hvci_rules_is_value_name(rules, name);
}

/* ---- stand-ins ------------------------------------------------------------- */

/* Where the user wrote it; a location without a file when there is none. */
static void where(CXSourceLocation at, hvci_loc *out)
{
	CXFile f;
	memset(out, 0, sizeof *out);
	clang_getExpansionLocation(at, &f, &out->line, &out->col, NULL);
	if (!f)
		return;
	CXString fn = clang_getFileName(f);
	out->file = hvci_strdup(clang_getCString(fn));
	clang_disposeString(fn);
}

int hvci_recover_add_standin(hvci_recovery *rv, const hvci_strset *declared,
                             const hvci_rules *rules, const char *name, standin_kind k,
                             CXSourceLocation at)
{
	if (!hvci_text_is_identifier(name) || hvci_strset_has(declared, name) ||
	    protected_name(rules, name) || !hvci_strset_add(&rv->done, name))
		return 0;
	if (!rv->n_si)
		where(at, &rv->first_at);
	rv->si = hvci_xrealloc(rv->si, (rv->n_si + 1) * sizeof *rv->si);
	memset(&rv->si[rv->n_si], 0, sizeof *rv->si);
	rv->si[rv->n_si].name = hvci_strdup(name);
	rv->si[rv->n_si].kind = k;
	rv->n_si++;
	rv->n_named++;
	return 1;
}

/*
 * An empty stand-in for `#include <spelled>`.  A name that climbs ("../x.h")
 * lands inside the stand-in folder, which is nested UP_LEVELS deep for it.
 */
static int add_header(hvci_recovery *rv, const char *spelled, CXSourceLocation at)
{
	char *rel = hvci_strdup(spelled);
	for (char *p = rel; *p; p++)
		if (*p == '\\')
			*p = '/';
	const char *r = rel;
	int ups = 0;
	for (;;) {
		if (!strncmp(r, "./", 2))
			r += 2;
		else if (!strncmp(r, "../", 3) && ups < UP_LEVELS)
			r += 3, ups++;
		else
			break;
	}
	int ok = *r && r[0] != '/' && !strstr(r, "../") && !strchr(r, ':') &&
	         hvci_strset_add(&rv->done, spelled);
	if (!ok) {
		free(rel);
		return 0;
	}
	char *base = hvci_strdup(rv->inc);
	for (int i = 0; i < ups; i++) {
		char *s = strrchr(base, '/');
		if (s)
			*s = '\0';
	}
	char *path = hvci_asprintf("%s/%s", base, r);
	free(base);
	hvci_mkdirs(path, strlen(rv->dir), 0); /* a failure shows at fopen */
	FILE *f = fopen(path, "wx");
	if (f)
		fclose(f);
	free(path);
	free(rel);
	rv->headers = hvci_xrealloc(rv->headers, (rv->n_headers + 1) * sizeof *rv->headers);
	rv->header_at = hvci_xrealloc(rv->header_at, (rv->n_headers + 1) * sizeof *rv->header_at);
	where(at, &rv->header_at[rv->n_headers]);
	rv->headers[rv->n_headers++] = hvci_strdup(spelled);
	return 1;
}

int hvci_recover_make_dir(hvci_recovery *rv)
{
	if (rv->dir)
		return 1;
	const char *tmp = getenv("TMPDIR");
	char *tmpl = hvci_asprintf("%s/hvcilint-standins-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(tmpl)) {
		free(tmpl);
		return 0;
	}
	rv->dir = tmpl;
	hvci_buf b;
	hvci_buf_init(&b);
	hvci_buf_puts(&b, rv->dir);
	for (int i = 0; i < UP_LEVELS; i++) {
		hvci_buf_puts(&b, "/r");
		mkdir(b.s, 0700);
	}
	rv->inc = hvci_buf_take(&b);
	rv->prelude = hvci_asprintf("%s/hvcilint-standins.h", rv->dir);
	return 1;
}

/* Our stand-in type `tname` is a function role type whose functions
 * return `ret` (a canonical type spelling): 1 when that is news. */
static int make_role(hvci_recovery *rv, const char *tname, const char *ret)
{
	int added = 0;
	for (size_t i = 0; i < rv->n_si; i++) {
		standin *e = &rv->si[i];
		/* Only our own stand-ins, and only once: never a real type. */
		if (e->kind != SI_TYPE || strcmp(e->name, tname) || !ret || !*ret ||
		    strchr(ret, '(') || strstr(ret, "__hvci"))
			continue;
		e->kind = SI_ROLE;
		e->ret = hvci_strdup(ret);
		added = 1;
	}
	return added;
}

/*
 * `EVT_X f;` with EVT_X stood in as a type, then `NTSTATUS f(...) { }`:
 * EVT_X is a function role type, stood in again as a function type that
 * returns what the definition returns.
 */
static int plan_role(hvci_recovery *rv, CXTranslationUnit tu, CXDiagnostic d)
{
	CXDiagnosticSet kids = clang_getChildDiagnostics(d);
	if (!kids || clang_getNumDiagnosticsInSet(kids) == 0)
		return 0;
	CXDiagnostic prev = clang_getDiagnosticInSet(kids, 0);
	CXCursor var = clang_getCursor(tu, clang_getDiagnosticLocation(prev));
	clang_disposeDiagnostic(prev);
	CXCursor fn = clang_getCursor(tu, clang_getDiagnosticLocation(d));
	if (clang_getCursorKind(var) != CXCursor_VarDecl ||
	    clang_getCursorKind(fn) != CXCursor_FunctionDecl)
		return 0;
	CXString ts = clang_getTypeSpelling(clang_getCursorType(var));
	CXString rs = clang_getTypeSpelling(clang_getCanonicalType(clang_getCursorResultType(fn)));
	int added = make_role(rv, clang_getCString(ts), clang_getCString(rs));
	clang_disposeString(ts);
	clang_disposeString(rs);
	return added;
}

static enum CXChildVisitResult collect_definition(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	hvci_recovery *rv = d;
	if (clang_getCursorKind(c) != CXCursor_FunctionDecl || !clang_isCursorDefinition(c))
		return CXChildVisit_Continue;
	CXString n = clang_getCursorSpelling(c);
	rv->defs = hvci_xrealloc(rv->defs, (rv->n_defs + 1) * sizeof *rv->defs);
	rv->defs[rv->n_defs].name = hvci_strdup(clang_getCString(n));
	rv->defs[rv->n_defs].def = c;
	rv->defs[rv->n_defs].seq = rv->n_defs;
	rv->n_defs++;
	clang_disposeString(n);
	return CXChildVisit_Continue;
}

/* By name, then in the unit's order: the first definition of a name wins. */
static int def_cmp(const void *a, const void *b)
{
	const struct recover_def *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	return c ? c : (x->seq > y->seq) - (x->seq < y->seq);
}

/*
 * The unit's top-level function definition called `name`, or a null
 * cursor.  The definitions are read once per pass: a broken unit may ask
 * for many role types, and each search of the whole unit cost a walk of
 * every declaration the headers make.
 */
static CXCursor find_definition(hvci_recovery *rv, CXTranslationUnit tu, const char *name)
{
	if (rv->pch && hvci_strset_has(&rv->pch->defined, name)) {
		/* The first definition may be the PCH's, which the walk misses. */
		rv->whole = 1;
		return clang_getNullCursor();
	}
	if (!rv->defs_ready) {
		free_defs(rv);
		hvci_visit_top(tu, collect_definition, rv);
		if (rv->n_defs > 1)
			qsort(rv->defs, rv->n_defs, sizeof *rv->defs, def_cmp);
		rv->defs_ready = 1;
	}
	size_t lo = 0, hi = rv->n_defs;
	while (lo < hi) { /* the first entry not before name */
		size_t mid = (lo + hi) / 2;
		if (strcmp(rv->defs[mid].name, name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < rv->n_defs && !strcmp(rv->defs[lo].name, name) ? rv->defs[lo].def
	                                                           : clang_getNullCursor();
}

/*
 * `EVT_X f;` at t, EVT_X our stand-in type, where the unit defines the
 * function f: EVT_X is a function role type at once, returning what f
 * returns, instead of a type the next pass finds declaring f twice
 * (plan_role).
 */
static int plan_role_early(hvci_recovery *rv, CXTranslationUnit tu, const textpos *t,
                           const char *type)
{
	size_t at, after;
	hvci_text_next_char(t, &at);
	if (at >= t->len || !hvci_text_ident_char((unsigned char)t->buf[at]))
		return 0;
	textpos f = *t;
	f.off = at;
	char *fn = hvci_text_at_ident(&f);
	if (!fn || hvci_text_char_from(t, at + strlen(fn), &after) != ';') {
		free(fn);
		return 0;
	}
	CXCursor def = find_definition(rv, tu, fn);
	int added = 0;
	if (!clang_Cursor_isNull(def)) {
		CXString rs =
		    clang_getTypeSpelling(clang_getCanonicalType(clang_getCursorResultType(def)));
		const char *ret = clang_getCString(rs);
		/* A definition that broke on an unknown return type returns int
		 * in clang's eyes: that one waits for plan_role. */
		if (!clang_isInvalidDeclaration(def) || (ret && strcmp(ret, "int")))
			added = make_role(rv, type, ret);
		clang_disposeString(rs);
	}
	free(fn);
	return added;
}

void hvci_recovery_names_of(CXTranslationUnit tu, hvci_strset *declared, hvci_strset *anywhere,
                            hvci_strset *defined)
{
	name_walk w = {declared, 0};
	hvci_visit_top(tu, collect_names, &w);
	name_walk a = {anywhere, 1};
	hvci_visit_top(tu, collect_names, &a);
	hvci_recovery rv;
	memset(&rv, 0, sizeof rv);
	hvci_visit_top(tu, collect_definition, &rv);
	for (size_t i = 0; i < rv.n_defs; i++)
		hvci_strset_add(defined, rv.defs[i].name);
	free_defs(&rv);
}

void hvci_recovery_use_pch(hvci_recovery *rv, const hvci_pch_names *n)
{
	rv->pch = n;
}

int hvci_recovery_uses_pch(const hvci_recovery *rv)
{
	return rv->pch != NULL;
}

void hvci_recovery_give_up_pch(hvci_recovery *rv)
{
	rv->whole = 1;
}

int hvci_recovery_needs_whole(const hvci_recovery *rv)
{
	return rv->whole;
}

char *hvci_missing_include(const char *msg)
{
	const char *q = msg ? strchr(msg, '\'') : NULL;
	const char *e = q ? strstr(q + 1, "' file not found") : NULL;
	return e && e > q + 1 ? hvci_xstrndup(q + 1, (size_t)(e - q - 1)) : NULL;
}

/*
 * 1 when `name` is declared anywhere in the unit, broken declarations and
 * class members included: a call of it is no call of a missing function
 * (a stand-in would clash with the declaration or hide the member).  The
 * names are collected once per pass, on the first question.
 */
static int known_callable(hvci_recovery *rv, CXTranslationUnit tu, const char *name)
{
	if (!rv->callables_ready) {
		hvci_strset_free(&rv->callables);
		hvci_strset_init(&rv->callables);
		name_walk w = {&rv->callables, 1};
		hvci_visit_top(tu, collect_names, &w);
		rv->callables_ready = 1;
	}
	return hvci_strset_has(&rv->callables, name) ||
	       (rv->pch && hvci_strset_has(&rv->pch->anywhere, name));
}

/* What one error asks for; 1 when it added a stand-in. */
static int plan_one(hvci_recovery *rv, CXTranslationUnit tu, CXDiagnostic d,
                    const hvci_strset *declared, const hvci_rules *rules)
{
	CXString s = clang_getDiagnosticSpelling(d);
	const char *msg = clang_getCString(s);
	int added = 0;
	textpos t;
	int have_text = hvci_text_at(tu, clang_getDiagnosticLocation(d), &rv->text, &t);
	char *name = hvci_text_quoted(msg);
	int undeclared = name && !strncmp(msg, "use of undeclared identifier '", 30);
	char *missing = hvci_missing_include(msg);
	size_t at;
	if (missing) {
		/* "... use quotes": found as a quoted include, nothing to stand in for. */
		if (!strstr(msg, "use \"quotes\""))
			added = add_header(rv, missing, clang_getDiagnosticLocation(d));
	} else if (name && !strncmp(msg, "unknown type name '", 19)) {
		int c = have_text ? hvci_text_next_char(&t, &at) : 0;
		int c2 =
		    c == '(' ? (at + 1 < t.len ? t.buf[hvci_text_skip_space(&t, at + 1)] : 0) : 0;
		/* `ANNOTATION(args) TYPE f(...)` against `TYPE (*fp)(...)`. */
		standin_kind k = c == '(' && c2 != '*' && c2 != '^' ? SI_FMACRO : SI_TYPE;
		added = hvci_recover_add_standin(rv, declared, rules, name, k,
		                                 clang_getDiagnosticLocation(d));
		if (k == SI_TYPE && have_text)
			added |= hvci_recover_note_field(rv, &t, name) |
			         plan_role_early(rv, tu, &t, name);
	} else if (undeclared && have_text && hvci_recover_plan_variable(rv, &t, name, &added)) {
		/* planned as a use of its type */
	} else if (undeclared && have_text && hvci_recover_declared_here(rv, &t)) {
		/* declared here, once its type is one (its reads are planned) */
	} else if (undeclared) {
		int c = have_text ? hvci_text_next_char(&t, &at) : 0;
		int p = have_text ? hvci_text_prev_char(&t) : 0;
		/* `FOO x;`, `FOO *x;` and `(FOO)x` use it as a type; `f(FOO)` and
		 * `cast<T>(FOO)` pass it as a value. */
		int as_type = hvci_text_ident_char(c) ||
		              (c == '*' && p != ')' && !hvci_text_ident_char(p)) ||
		              (p == '(' && c == ')' && hvci_text_cast_paren(&t, at));
		if (c == '*' && as_type) {
			size_t j = hvci_text_skip_space(&t, at + 1);
			as_type = j < t.len && (hvci_text_ident_char((unsigned char)t.buf[j]) ||
			                        t.buf[j] == '*');
		}
		int u = as_type || !have_text ? USE_OBJECT : hvci_text_uses(&t, &rv->text, name);
		standin_kind k = as_type ? SI_TYPE : u & USE_OBJECT ? SI_VALUE : SI_CONST;
		added = hvci_recover_add_standin(rv, declared, rules, name, k,
		                                 clang_getDiagnosticLocation(d));
		if (added && (u & USE_WIDTH))
			rv->si[rv->n_si - 1].small = 1;
		/* C++ keeps a constant that is not ALL_CAPS an object, which a
		 * case label rejects: one read as a label is a constant now,
		 * not after the pass that finds it is none. */
		if (added && k == SI_CONST && (u & USE_CASE))
			rv->si[rv->n_si - 1].constant = 1;
		/* `FOO *p = ...;`: what the unit reads through p shapes FOO. */
		if (k == SI_TYPE && have_text)
			added |= hvci_recover_note_field(rv, &t, name);
		/* The WDK's GUIDs are named so (GUID_DEVINTERFACE_X, GUID_BUS_TYPE_X). */
		if (added && k != SI_TYPE && !strncmp(name, "GUID_", 5))
			hvci_recover_mark_object(rv, name, "_GUID", 1);
		/* C++: `Trace(LEVEL, ...)` with LEVEL unknown leaves the call
		 * to be resolved later, so clang says nothing of an unknown
		 * Trace until LEVEL is declared: it is planned now, with LEVEL.
		 * (C declares such a function implicitly: nothing to plan.) */
		char *callee = have_text && k != SI_TYPE && hvci_strset_has(declared, "__cplusplus")
		                   ? hvci_text_callee(&t)
		                   : NULL;
		if (callee && !known_callable(rv, tu, callee))
			added |= hvci_recover_add_standin(rv, declared, rules, callee, SI_VALUE,
			                                  clang_getDiagnosticLocation(d));
		free(callee);
	} else if (have_text && !strcmp(msg, "a parameter list without types is only allowed "
	                                     "in a function definition")) {
		/* `DECLARE_THING(g_name);` at file scope: an unknown macro
		 * read as an old-style function declaration. */
		size_t i = t.off;
		while (i > 0 && (hvci_text_ident_char((unsigned char)t.buf[i - 1]) ||
		                 isspace((unsigned char)t.buf[i - 1]) || t.buf[i - 1] == ','))
			i--;
		if (i > 0 && t.buf[i - 1] == '(') {
			textpos tp = t;
			tp.off = i - 1;
			char *w = hvci_text_ident_before(&tp);
			if (w)
				added = hvci_recover_add_standin(rv, declared, rules, w, SI_FMACRO,
				                                 clang_getDiagnosticLocation(d));
			free(w);
		}
	} else if (have_text && !strncmp(msg, FN_RETURNS_FN, sizeof FN_RETURNS_FN - 1)) {
		char *w = hvci_text_ident_before(&t);
		textpos tw = t;
		char *kw = w && hvci_text_word_before(&tw) ? hvci_text_ident_before(&tw) : NULL;
		/* Only right after `typedef`: elsewhere the word may be a macro.
		 * The typedef clang made of the word itself is the misreading,
		 * so it does not count as declared. */
		if (w && kw && !strcmp(kw, "typedef")) {
			hvci_strset none;
			hvci_strset_init(&none);
			added = hvci_recover_add_standin(rv, &none, rules, w, SI_TYPE,
			                                 clang_getDiagnosticLocation(d));
			hvci_strset_free(&none);
		}
		free(kw);
		free(w);
	} else if (have_text && (!strncmp(msg, "member reference base type '", 28) ||
	                         (!strncmp(msg, "member reference type '", 23) &&
	                          strstr(msg, " is not a pointer")))) {
		added = hvci_recover_plan_member(rv, tu, d, &t, name);
	} else if (have_text &&
	           (!strncmp(msg, "no matching function for call to '", 34) ||
	            !strncmp(msg, "no matching member function for call to '", 41)) &&
	           hvci_recover_plan_argument(rv, d, &t)) {
		added = 1;
	} else if (hvci_recover_msvc_plan(rv, tu, d, msg)) {
		added = 1;
	} else if (have_text && hvci_recover_plan_shape(rv, tu, d, msg, &t, rules)) {
		added = 1;
	} else if (name && strstr(msg, "' as different kind of symbol")) {
		added = plan_role(rv, tu, d);
	} else if (have_text && !strcmp(msg, "expected ';' after top level declarator")) {
		/* `VOID MYCALL f(...)`: the unknown word was taken as the declarator. */
		char *w = hvci_text_ident_before(&t);
		if (w)
			added = hvci_recover_add_standin(rv, declared, rules, w, SI_MACRO,
			                                 clang_getDiagnosticLocation(d));
		free(w);
	}
	free(missing);
	free(name);
	clang_disposeString(s);
	return added;
}

int hvci_recovery_plan(hvci_recovery *rv, CXTranslationUnit tu, const hvci_rules *rules)
{
	if (rv->passes >= MAX_EXTRA_PASSES)
		return 0;
	unsigned nd = clang_getNumDiagnostics(tu);
	int any_error = 0;
	for (unsigned i = 0; i < nd && !any_error; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		any_error = clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error;
		clang_disposeDiagnostic(d);
	}
	if (!any_error || !hvci_recover_make_dir(rv))
		return 0;
	rv->callables_ready = 0;
	rv->defs_ready = 0;
	hvci_textcache_reset(&rv->text); /* a new parse: its own files */
	hvci_strset declared;
	hvci_strset_init(&declared);
	name_walk w = {&declared, 0};
	hvci_visit_top(tu, collect_names, &w);
	/* Copied in rather than looked up beside it: the stand-ins asked for
	 * with an empty set (tags, a word before a declarator) skip both. */
	if (rv->pch)
		for (size_t i = 0; i < rv->pch->declared.cap; i++)
			if (rv->pch->declared.slots[i])
				hvci_strset_add(&declared, rv->pch->declared.slots[i]);
	for (unsigned i = 0; i < nd; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		CXString s = clang_getDiagnosticSpelling(d);
		textpos t;
		const char *m = clang_getCString(s);
		if (hvci_text_at(tu, clang_getDiagnosticLocation(d), &rv->text, &t)) {
			if (!strncmp(m, "unknown type name '", 19))
				hvci_text_typedef_names(&t, &declared);
			else if (!strncmp(m, FN_RETURNS_FN, sizeof FN_RETURNS_FN - 1) &&
			         hvci_text_word_before(&t))
				hvci_text_typedef_names(&t, &declared);
		}
		clang_disposeString(s);
		clang_disposeDiagnostic(d);
	}
	int added = 0;
	free_fields(rv);
	for (unsigned i = 0; i < nd; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error)
			added += plan_one(rv, tu, d, &declared, rules);
		clang_disposeDiagnostic(d);
	}
	added += hvci_recover_plan_fields(rv, tu, hvci_strset_has(&declared, "__cplusplus"));
	hvci_strset_free(&declared);
	/* The prelude is read after a PCH's headers where without the PCH it
	 * comes before them: the same only when they never spell its names. */
	for (size_t i = 0; rv->pch && i < rv->n_si && !rv->whole; i++)
		rv->whole = hvci_strset_has(&rv->pch->words, rv->si[i].name);
	return added > 0 && !rv->whole;
}

const char *hvci_recovery_names(const hvci_recovery *rv, size_t *n, const hvci_loc **at)
{
	*n = rv->n_named;
	*at = &rv->first_at;
	return rv->n_si ? rv->si[0].name : NULL;
}

const char *hvci_recovery_next_name(const hvci_recovery *rv, size_t *k)
{
	/* The member structures recovery made up are ours, not the unit's. */
	while (*k < rv->n_si) {
		const char *name = rv->si[(*k)++].name;
		if (strncmp(name, "__hvci", 6))
			return name;
	}
	return NULL;
}
