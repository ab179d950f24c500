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
 * user code.  Values that turn out to be objects of a structure are
 * recover_value.c's; code MSVC accepts and clang does not is corrected in
 * copies of the user's files (recover_msvc.c); recover_prelude.c writes
 * what is planned here.  What it does not do: guess function signatures
 * or macro bodies.
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
/* Member structures made for one unit at most (each is a prelude line). */
#define MAX_STANDINS 4096
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

void hvci_recovery_free(hvci_recovery *rv)
{
	if (!rv)
		return;
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

static enum CXChildVisitResult collect_names(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	hvci_strset *names = d;
	enum CXCursorKind k = clang_getCursorKind(c);
	/* A broken declaration (`VOID MYCALL f(...)` declares a void MYCALL)
	 * does not count: the name is what went wrong. */
	if ((clang_isDeclaration(k) && !clang_isInvalidDeclaration(c)) ||
	    k == CXCursor_MacroDefinition) {
		CXString s = clang_getCursorSpelling(c);
		const char *n = clang_getCString(s);
		if (n && *n)
			hvci_strset_add(names, n);
		clang_disposeString(s);
	}
	/* Enumerators and the declarations inside extern "C" and namespaces. */
	if (k == CXCursor_EnumDecl || k == CXCursor_LinkageSpec || k == CXCursor_Namespace ||
	    k == CXCursor_UnexposedDecl)
		return CXChildVisit_Recurse;
	return CXChildVisit_Continue;
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

static int add_standin(hvci_recovery *rv, const hvci_strset *declared, const hvci_rules *rules,
                       const char *name, standin_kind k, CXSourceLocation at)
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
	const char *tname = clang_getCString(ts);
	const char *ret = clang_getCString(rs);
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
	clang_disposeString(ts);
	clang_disposeString(rs);
	return added;
}

char *hvci_missing_include(const char *msg)
{
	const char *q = msg ? strchr(msg, '\'') : NULL;
	const char *e = q ? strstr(q + 1, "' file not found") : NULL;
	return e && e > q + 1 ? hvci_xstrndup(q + 1, (size_t)(e - q - 1)) : NULL;
}

/* The spelling of the type of the expression whose last token ends at `end`. */
static CXCursor cursor_ending_at(CXTranslationUnit tu, CXSourceLocation end)
{
	CXFile f;
	unsigned off;
	clang_getFileLocation(end, &f, NULL, NULL, &off);
	if (!f || off == 0)
		return clang_getNullCursor();
	return clang_getCursor(tu, clang_getLocationForOffset(tu, f, off - 1));
}

static char *type_ending_at(CXTranslationUnit tu, CXSourceLocation end)
{
	CXCursor c = cursor_ending_at(tu, end);
	if (!clang_isExpression(clang_getCursorKind(c)))
		return NULL;
	CXString s = clang_getTypeSpelling(clang_getCursorType(c));
	char *r = hvci_strdup(clang_getCString(s));
	clang_disposeString(s);
	return r;
}

/* Our own stand-in type called `name` (or `struct __hvci_s_name`), or NULL. */
static standin *type_standin(hvci_recovery *rv, const char *name)
{
	if (!name)
		return NULL;
	if (!strncmp(name, "struct ", 7))
		name += 7;
	if (!strncmp(name, "__hvci_s_", 9))
		name += 9;
	for (size_t k = 0; k < rv->n_si; k++)
		if ((rv->si[k].kind == SI_TYPE || rv->si[k].kind == SI_TAG) &&
		    !strcmp(rv->si[k].name, name))
			return &rv->si[k];
	return NULL;
}

/* The type a diagnostic's first range (an expression) has, as spelled. */
static char *range_type(CXTranslationUnit tu, CXDiagnostic d)
{
	if (clang_getDiagnosticNumRanges(d) == 0)
		return NULL;
	return type_ending_at(tu, clang_getRangeEnd(clang_getDiagnosticRange(d, 0)));
}

/*
 * Members are kept as text: "name", "(name" when called, "name:type" when
 * it has a structure of ours, and a trailing "[]" when it is indexed (a
 * pointer to that type).  The index of member `m` (`len` bytes) in `e`.
 */
static size_t find_member(const standin *e, const char *m, size_t len)
{
	size_t k = 0;
	for (; k < e->n_members; k++) {
		const char *have = e->members[k] + (e->members[k][0] == '(');
		if (strcspn(have, ":[") == len && !strncmp(have, m, len))
			break;
	}
	return k;
}

/* Member `m` (`len` bytes) of stand-in `e`; 1 when it is new. */
static int add_member(standin *e, const char *m, size_t len, int called)
{
	size_t k = find_member(e, m, len);
	/* A member that is called holds a function, however else it is read
	 * (a test of it, or text in a comment, may come first). */
	if (k < e->n_members && called && e->members[k][0] != '(' &&
	    e->members[k][len] == '\0') {
		free(e->members[k]);
		e->members[k] = hvci_asprintf("(%.*s", (int)len, m);
		return 1;
	}
	if (k < e->n_members)
		return 0;
	e->members = hvci_xrealloc(e->members, (e->n_members + 1) * sizeof *e->members);
	e->members[e->n_members++] = hvci_asprintf("%s%.*s", called ? "(" : "", (int)len, m);
	return 1;
}

/* The identifier at t->buf[i] and whether a call follows it; 0 when none. */
static size_t member_at(const textpos *t, size_t i, int *called)
{
	size_t b = i;
	while (i < t->len && hvci_text_ident_char((unsigned char)t->buf[i]))
		i++;
	if (b == i || isdigit((unsigned char)t->buf[b]))
		return 0;
	size_t at;
	*called = hvci_text_char_from(t, i, &at) == '(';
	return i - b;
}

/*
 * The structure type of member `fname` of our stand-in si[pi], made now
 * (named after its place) unless an earlier error gave it one; NULL when
 * the stand-in has no such plain member, or no room is left.
 */
static standin *nested_type(hvci_recovery *rv, size_t pi, const char *fname)
{
	standin *parent = &rv->si[pi];
	size_t fl = strlen(fname);
	size_t k = find_member(parent, fname, fl);
	if (k == parent->n_members || parent->members[k][0] == '(')
		return NULL;
	const char *rest = parent->members[k] + fl;
	if (*rest == ':') {
		char *type = hvci_xstrndup(rest + 1, strcspn(rest + 1, "["));
		standin *r = type_standin(rv, type);
		free(type);
		return r;
	}
	if (rv->n_si >= MAX_STANDINS)
		return NULL;
	char *sname = hvci_asprintf("__hvci_m_%s_%s", parent->name, fname);
	char *m = hvci_asprintf("%s:%s%s", fname, sname, rest);
	rv->si = hvci_xrealloc(rv->si, (rv->n_si + 1) * sizeof *rv->si);
	parent = &rv->si[pi];
	free(parent->members[k]);
	parent->members[k] = m;
	standin *r = &rv->si[rv->n_si++];
	memset(r, 0, sizeof *r);
	r->name = sname;
	r->kind = SI_TYPE;
	r->nested = 1;
	return r;
}

/* Member `m` (`len` bytes) of stand-in `e` is indexed: 1 when that is new. */
static int index_member(standin *e, const char *m, size_t len)
{
	size_t k = find_member(e, m, len);
	if (k == e->n_members || e->members[k][0] == '(')
		return 0;
	size_t n = strlen(e->members[k]);
	if (n > 2 && !strcmp(e->members[k] + n - 2, "[]"))
		return 0;
	char *x = hvci_asprintf("%s[]", e->members[k]);
	free(e->members[k]);
	e->members[k] = x;
	return 1;
}

/* After `[` at t->buf[i]: the index after its `]` (nested ones skipped),
 * or 0 when it does not close. */
static size_t skip_index(const textpos *t, size_t i)
{
	int depth = 0;
	for (; i < t->len; i++) {
		if (t->buf[i] == '[')
			depth++;
		else if (t->buf[i] == ']' && --depth == 0)
			return i + 1;
		else if (t->buf[i] == ';' || t->buf[i] == '{' || t->buf[i] == '}')
			return 0;
	}
	return 0;
}

/*
 * `x.Outer.Inner`: the base is a member of one of our structures, so that
 * member gets a structure type of its own, which the next pass fills like
 * any other.  NULL when the base is anything else.
 */
static standin *member_standin(hvci_recovery *rv, CXTranslationUnit tu, CXDiagnostic d)
{
	if (clang_getDiagnosticNumRanges(d) == 0)
		return NULL;
	CXCursor c = cursor_ending_at(tu, clang_getRangeEnd(clang_getDiagnosticRange(d, 0)));
	if (clang_getCursorKind(c) != CXCursor_MemberRefExpr)
		return NULL;
	CXCursor fld = clang_getCursorReferenced(c);
	if (clang_getCursorKind(fld) != CXCursor_FieldDecl)
		return NULL;
	CXString rs = clang_getCursorSpelling(clang_getCursorSemanticParent(fld));
	CXString fs = clang_getCursorSpelling(fld);
	standin *parent = type_standin(rv, clang_getCString(rs));
	standin *r =
	    parent ? nested_type(rv, (size_t)(parent - rv->si), clang_getCString(fs)) : NULL;
	clang_disposeString(rs);
	clang_disposeString(fs);
	return r;
}

/*
 * `PFOO p` with PFOO unknown, as a parameter or a variable: clang keeps p
 * as an int, so `p->Member` says int where the declaration says PFOO.
 * The declaration's text names our stand-in; NULL when it names another.
 */
static standin *declared_standin(hvci_recovery *rv, CXTranslationUnit tu, CXDiagnostic d)
{
	if (clang_getDiagnosticNumRanges(d) == 0)
		return NULL;
	CXCursor c = cursor_ending_at(tu, clang_getRangeEnd(clang_getDiagnosticRange(d, 0)));
	if (clang_getCursorKind(c) != CXCursor_DeclRefExpr)
		return NULL;
	CXCursor decl = clang_getCursorReferenced(c);
	enum CXCursorKind k = clang_getCursorKind(decl);
	textpos t;
	if ((k != CXCursor_ParmDecl && k != CXCursor_VarDecl) ||
	    !hvci_text_at(tu, clang_getCursorLocation(decl), &t))
		return NULL;
	char *type = hvci_text_ident_before(&t);
	standin *e = type_standin(rv, type);
	free(type);
	return e && e->kind == SI_TYPE ? e : NULL;
}

/*
 * `p->A.B->C`, read where `A` was missing from stand-in si[ei]: the links
 * after it are planned now too, each member before a `.` or `->` getting
 * a structure of its own (and one indexed, `A[i].B`, becoming a pointer
 * to it), so that a chain costs one pass instead of one per link.  `i`
 * and `len` place `A` in the text.
 */
static int plan_chain(hvci_recovery *rv, size_t ei, const textpos *t, size_t i, size_t len)
{
	int added = 0;
	for (;;) {
		size_t j = hvci_text_skip_space(t, i + len);
		/* `A[i].B`: A is indexed, and what it holds has the members. */
		int indexed = 0;
		while (j < t->len && t->buf[j] == '[') {
			size_t e = skip_index(t, j);
			if (!e)
				return added;
			j = hvci_text_skip_space(t, e);
			indexed = 1;
		}
		if (indexed)
			added |= index_member(&rv->si[ei], t->buf + i, len);
		int dot = j < t->len && t->buf[j] == '.';
		int arrow = j + 1 < t->len && t->buf[j] == '-' && t->buf[j + 1] == '>';
		int called = 0;
		size_t next = 0;
		if (dot || arrow) {
			j = hvci_text_skip_space(t, j + (arrow ? 2 : 1));
			next = member_at(t, j, &called);
		}
		if (!next)
			return added;
		char *name = hvci_xstrndup(t->buf + i, len);
		standin *r = nested_type(rv, ei, name);
		free(name);
		if (!r)
			return added;
		added |= add_member(r, t->buf + j, next, called);
		if (dot && !r->dot)
			r->dot = added = 1;
		if (arrow && !r->arrow)
			r->arrow = added = 1;
		if (called)
			return added;
		ei = (size_t)(r - rv->si);
		i = j;
		len = next;
	}
}

/*
 * `x.Member` or `p->Member` on a stand-in type: the type is a structure
 * after all, so it gets the members the unit reads from it (each of no
 * known type or value; one that is called is a function pointer); `.` on
 * a `P`-prefixed name says it is no pointer (`POWER_INFO`).  Members read
 * from that member in turn are planned with it (plan_chain).
 */
static int plan_member(hvci_recovery *rv, CXTranslationUnit tu, CXDiagnostic d, const textpos *t,
                       const char *quoted_type)
{
	size_t i = t->off;
	int dot = i < t->len && t->buf[i] == '.';
	if (dot) {
		i++;
	} else if (i + 1 < t->len && t->buf[i] == '-' && t->buf[i + 1] == '>') {
		i += 2;
	} else if (i < t->len && hvci_text_ident_char((unsigned char)t->buf[i])) {
		/* Some errors point at the member, after the operator. */
		int p = hvci_text_prev_char(t);
		if (p != '.' && p != '>')
			return 0;
		dot = p == '.';
	} else {
		return 0;
	}
	i = hvci_text_skip_space(t, i);
	int called;
	size_t len = member_at(t, i, &called);
	if (!len)
		return 0;
	standin *e = NULL;
	if (quoted_type && strcmp(quoted_type, "char") && strcmp(quoted_type, "int"))
		e = type_standin(rv, quoted_type);
	if (!e) {
		char *tname = range_type(tu, d);
		e = type_standin(rv, tname);
		free(tname);
	}
	if (!e)
		e = member_standin(rv, tu, d);
	if (!e)
		e = declared_standin(rv, tu, d);
	if (!e)
		return 0;
	int added = add_member(e, t->buf + i, len, called);
	if (dot && !e->dot)
		e->dot = added = 1;
	if (!dot && !e->arrow)
		e->arrow = added = 1;
	if (!called)
		added |= plan_chain(rv, (size_t)(e - rv->si), t, i, len);
	return added;
}

/* How far back a variable's failed declaration is looked for. */
#define DECL_REACH (64 * 1024)

/*
 * `T v; ... v.Member` with T unknown: clang dropped v's declaration, so
 * every use of v is an undeclared name too.  v is no missing name but a
 * variable of our stand-in T, and what the unit reads from it says what T
 * holds: planned now, with T, instead of in a pass of its own.  1 when
 * `name` (at t) is such a variable; *added is set when that was new.
 */
/*
 * What the unit reads from an object of our stand-in `e` whose name ends at
 * `at` (`x.Member`, `p->Member`, read on along a chain): 1 when that was
 * new.  `dot_ok` and `arrow_ok` say which of the two may be planned.
 */
static int plan_read(hvci_recovery *rv, standin *e, const textpos *t, size_t at, int dot_ok,
                     int arrow_ok)
{
	int c = hvci_text_char_from(t, at, &at);
	int dot = c == '.';
	int arrow = c == '-' && at + 1 < t->len && t->buf[at + 1] == '>';
	if ((!dot || !dot_ok) && (!arrow || !arrow_ok))
		return 0;
	size_t i = hvci_text_skip_space(t, at + (arrow ? 2 : 1));
	int called;
	size_t len = member_at(t, i, &called);
	if (!len)
		return 0;
	int added = add_member(e, t->buf + i, len, called);
	if (dot && !e->dot)
		e->dot = added = 1;
	if (arrow && !e->arrow)
		e->arrow = added = 1;
	if (!called)
		added |= plan_chain(rv, (size_t)(e - rv->si), t, i, len);
	return added;
}

static int plan_variable(hvci_recovery *rv, const textpos *t, const char *name, int *added)
{
	char *type = hvci_text_decl_type(t, name, DECL_REACH);
	standin *e = type_standin(rv, type);
	free(type);
	if (!e || e->kind != SI_TYPE)
		return 0;
	*added |= plan_read(rv, e, t, t->off + strlen(name), 1, 1);
	return 1;
}

/*
 * `PFOO Param` in a function's definition, with PFOO unknown: clang drops
 * the parameter, and every read through it (`Param->Member`) silently.
 * The reads in the function's body are planned now; 1 when one was new.
 * `at` is where the parameter's name starts.
 */
static int plan_parameter(hvci_recovery *rv, size_t ei, const textpos *t, size_t at, size_t len)
{
	int depth = 0;
	size_t i = at + len;
	for (; i < t->len && depth >= 0; i++)
		if (t->buf[i] == '(')
			depth++;
		else if (t->buf[i] == ')')
			depth--;
		else if (t->buf[i] == ';' || t->buf[i] == '{' || t->buf[i] == '}')
			return 0;
	/* The definition's body, after any comment (a banner is common). */
	for (;;) {
		i = hvci_text_skip_space(t, i);
		if (i + 1 < t->len && t->buf[i] == '/' && t->buf[i + 1] == '*') {
			const char *end = memmem(t->buf + i + 2, t->len - i - 2, "*/", 2);
			if (!end)
				return 0;
			i = (size_t)(end - t->buf) + 2;
		} else if (i + 1 < t->len && t->buf[i] == '/' && t->buf[i + 1] == '/') {
			const char *end = memchr(t->buf + i, '\n', t->len - i);
			if (!end)
				return 0;
			i = (size_t)(end - t->buf);
		} else {
			break;
		}
	}
	if (i >= t->len || t->buf[i] != '{')
		return 0;
	int p = hvci_recover_pointer_name(rv->si[ei].name), added = 0;
	for (depth = 0; i < t->len; i++) {
		char c = t->buf[i];
		if (c == '{')
			depth++;
		else if (c == '}' && --depth == 0)
			break;
		if (!hvci_text_ident_char((unsigned char)c) ||
		    hvci_text_ident_char((unsigned char)t->buf[i - 1]))
			continue;
		size_t b = i;
		while (i < t->len && hvci_text_ident_char((unsigned char)t->buf[i]))
			i++;
		size_t k = b;
		while (k > 0 && isspace((unsigned char)t->buf[k - 1]))
			k--;
		int member = k > 0 && (t->buf[k - 1] == '.' || t->buf[k - 1] == '>');
		/* Planning may move rv->si: the stand-in is found by its index. */
		if (!member && i - b == len && !memcmp(t->buf + b, t->buf + at, len))
			added |= plan_read(rv, &rv->si[ei], t, i, !p, p);
		i--;
	}
	return added;
}

/*
 * `T Name` with T unknown, at the error about T.  In a structure
 * (`T Field;`) clang keeps Field as a broken member and drops every read
 * through it (`p->Field.Member`) without a word until T is declared: the
 * field is noted, and plan_fields reads through it once every error is
 * read.  A parameter's reads are planned at once (plan_parameter).
 */
static int note_field(hvci_recovery *rv, const textpos *t, const char *type)
{
	size_t at;
	standin *e = type_standin(rv, type);
	if (!e || e->kind != SI_TYPE || !hvci_text_ident_char(hvci_text_next_char(t, &at)))
		return 0;
	textpos f = *t;
	f.off = at;
	char *field = hvci_text_at_ident(&f);
	size_t after;
	int c = field ? hvci_text_char_from(t, at + strlen(field), &after) : 0;
	int added = 0;
	if (c == ',' || c == ')')
		added = plan_parameter(rv, (size_t)(e - rv->si), t, at, strlen(field));
	if (c == ';' || c == '[' || c == ',') {
		rv->fields = hvci_xrealloc(rv->fields, (rv->n_fields + 1) * sizeof *rv->fields);
		rv->fields[rv->n_fields].name = field;
		rv->fields[rv->n_fields].type = hvci_strdup(type);
		rv->n_fields++;
		field = NULL;
	}
	free(field);
	return added;
}

/*
 * The main file's reads through the fields note_field found: each plans
 * a member of the field's type, the way a variable's do (plan_variable).
 * Only the reading the type's name allows is taken (`.` for FOO, `->` for
 * PFOO): a field of another structure with the same name must not turn a
 * pointer into a structure.
 */
static int plan_fields(hvci_recovery *rv, CXTranslationUnit tu)
{
	if (!rv->n_fields)
		return 0;
	CXString ms = clang_getTranslationUnitSpelling(tu);
	CXFile f = clang_getFile(tu, clang_getCString(ms));
	clang_disposeString(ms);
	size_t len = 0;
	const char *buf = f ? clang_getFileContents(tu, f, &len) : NULL;
	if (!buf)
		return 0;
	textpos t = {buf, len, 0};
	int added = 0;
	for (size_t i = 0; i + 1 < len; i++) {
		size_t b;
		if (buf[i] == '.')
			b = hvci_text_skip_space(&t, i + 1);
		else if (buf[i] == '-' && buf[i + 1] == '>')
			b = hvci_text_skip_space(&t, i + 2);
		else
			continue;
		size_t e = b;
		while (e < len && hvci_text_ident_char((unsigned char)buf[e]))
			e++;
		for (size_t k = 0; e > b && k < rv->n_fields; k++) {
			if (strlen(rv->fields[k].name) != e - b ||
			    memcmp(rv->fields[k].name, buf + b, e - b))
				continue;
			standin *s = type_standin(rv, rv->fields[k].type);
			if (s && s->kind == SI_TYPE) {
				int p = hvci_recover_pointer_name(s->name);
				added |= plan_read(rv, s, &t, e, !p, p);
			}
			break;
		}
		i = e > i ? e - 1 : i;
	}
	return added;
}

/* The second quoted name in a diagnostic ("no member named 'X' in 'T'"). */
static char *second_quoted(const char *msg)
{
	const char *a = strchr(msg, '\'');
	const char *b = a ? strchr(a + 1, '\'') : NULL;
	return b ? hvci_text_quoted(b + 1) : NULL;
}

/*
 * `p->Member[i]` where Member is a plain member of one of our structures,
 * read elsewhere without an index: it holds an array after all.  The
 * expression is not in the AST, so the text names the member; a name two
 * of our structures share is left alone.
 */
static int indexed_member(hvci_recovery *rv, const textpos *t)
{
	if (t->off >= t->len || t->buf[t->off] != '[')
		return 0;
	size_t e = t->off;
	while (e > 0 && isspace((unsigned char)t->buf[e - 1]))
		e--;
	size_t b = e;
	while (b > 0 && hvci_text_ident_char((unsigned char)t->buf[b - 1]))
		b--;
	size_t o = b;
	while (o > 0 && isspace((unsigned char)t->buf[o - 1]))
		o--;
	if (b == e || o == 0 ||
	    (t->buf[o - 1] != '.' && !(t->buf[o - 1] == '>' && o > 1 && t->buf[o - 2] == '-')))
		return 0;
	standin *only = NULL;
	for (size_t k = 0; k < rv->n_si; k++) {
		standin *x = &rv->si[k];
		size_t m = x->kind == SI_TYPE || x->kind == SI_TAG
		               ? find_member(x, t->buf + b, e - b)
		               : x->n_members;
		if (m == x->n_members)
			continue;
		if (only)
			return 0;
		only = x;
	}
	return only ? index_member(only, t->buf + b, e - b) : 0;
}

/* Errors about a stand-in type that is a structure, pointer or array after all. */
static int plan_shape(hvci_recovery *rv, CXTranslationUnit tu, CXDiagnostic d, const char *msg,
                      const textpos *t, const hvci_rules *rules)
{
	if (!strncmp(msg, "no member named '", 17)) {
		/* A member a later pass reached that the first did not. */
		char *in = second_quoted(msg);
		standin *e = type_standin(rv, in);
		free(in);
		int called;
		size_t len = e ? member_at(t, t->off, &called) : 0;
		if (len && !strncmp(msg + 17, t->buf + t->off, len) && msg[17 + len] == '\'') {
			int added = add_member(e, t->buf + t->off, len, called);
			if (!called)
				added |= plan_chain(rv, (size_t)(e - rv->si), t, t->off, len);
			return added;
		}
		/* Inside a macro (`FIELD_OFFSET(T, Member)`) the text there is
		 * the macro's parameter: the message names the member. */
		len = strcspn(msg + 17, "'");
		if (!e || !len || !hvci_text_ident_char((unsigned char)msg[17]) ||
		    isdigit((unsigned char)msg[17]) ||
		    strspn(msg + 17, "abcdefghijklmnopqrstuvwxyz"
		                     "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
		                     "0123456789_") != len)
			return 0;
		return add_member(e, msg + 17, len, 0);
	}
	if (!strncmp(msg, "member reference type '", 23) && strstr(msg, "is a pointer")) {
		char *name = hvci_text_quoted(msg);
		standin *e = type_standin(rv, name);
		free(name);
		if (!e || e->dot)
			return 0;
		return e->dot = 1;
	}
	if ((strstr(msg, " has incomplete type 'struct ") ||
	     !strncmp(msg, "incomplete definition of type 'struct ", 38)) &&
	    !strstr(msg, "__hvci")) {
		/* `struct X` used whole, or its members read, where no header
		 * defined it: ours defines it (its members come as they are
		 * read).  A definition later in the unit would clash, and
		 * that pass would lose to the one before. */
		char *tag = hvci_text_quoted(msg);
		int added = 0;
		if (tag && !strncmp(tag, "struct ", 7) && hvci_text_is_identifier(tag + 7) &&
		    !type_standin(rv, tag + 7)) {
			hvci_strset none;
			hvci_strset_init(&none);
			added = add_standin(rv, &none, rules, tag + 7, SI_TAG,
			                    clang_getDiagnosticLocation(d));
			hvci_strset_free(&none);
		}
		if (tag && !strncmp(msg, "incomplete definition", 21))
			added |= plan_member(rv, tu, d, t, tag);
		free(tag);
		return added;
	}
	if (strstr(msg, "constant expression") && t->off < t->len &&
	    hvci_text_ident_char((unsigned char)t->buf[t->off])) {
		/* A C++ object where a constant must stand (an enumerator's
		 * value, a case label): a constant after all. */
		size_t i = t->off;
		while (i < t->len && hvci_text_ident_char((unsigned char)t->buf[i]))
			i++;
		char *name = hvci_xstrndup(t->buf + t->off, i - t->off);
		int added = 0;
		for (size_t k = 0; k < rv->n_si; k++)
			if (!strcmp(rv->si[k].name, name) &&
			    (rv->si[k].kind == SI_VALUE ||
			     (rv->si[k].kind == SI_CONST && !rv->si[k].constant))) {
				rv->si[k].kind = SI_CONST;
				added = rv->si[k].constant = 1;
			}
		free(name);
		return added;
	}
	if (!strcmp(msg, "excess elements in scalar initializer") ||
	    !strcmp(msg, "base specifier must name a class")) {
		/* C++ only: `TYPE x = {a, b}` (C warns), `class C : TYPE`. */
		char *name = msg[0] == 'b' ? hvci_text_at_ident(t) : hvci_text_init_type(t);
		standin *e = type_standin(rv, name);
		free(name);
		if (!e || e->braced)
			return 0;
		return e->braced = 1;
	}
	if (hvci_recover_plan_guid(rv, msg, t))
		return 1;
	if (!strncmp(msg, "offsetof requires struct, union, or class type, '", 49)) {
		/* FIELD_OFFSET(T, Member) with T ours: a structure, whose
		 * member the next pass names. */
		char *name = hvci_text_quoted(msg);
		standin *e = type_standin(rv, name);
		free(name);
		if (!e || e->kind != SI_TYPE || e->n_members || e->record || e->subscripted)
			return 0;
		return e->record = 1;
	}
	if (!strcmp(msg, "subscripted value is not an array, pointer, or vector") &&
	    indexed_member(rv, t))
		return 1;
	if (!strcmp(msg, "subscripted value is not an array, pointer, or vector")) {
		/* `name[i]` where `name` was declared `T name` with T ours: the
		 * subscripted expression is not in the AST, so the text says. */
		char *var =
		    t->off < t->len && t->buf[t->off] == '[' ? hvci_text_ident_before(t) : NULL;
		if (!var)
			return 0;
		standin *e = NULL;
		for (size_t k = 0; k < rv->n_si && !e; k++)
			if (rv->si[k].kind == SI_TYPE && !rv->si[k].n_members &&
			    hvci_text_declares(t, rv->si[k].name, var))
				e = &rv->si[k];
		free(var);
		if (!e || e->subscripted)
			return 0;
		return e->subscripted = 1;
	}
	return 0;
}

static enum CXChildVisitResult collect_callables(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	enum CXCursorKind k = clang_getCursorKind(c);
	if (clang_isDeclaration(k) || k == CXCursor_MacroDefinition) {
		CXString s = clang_getCursorSpelling(c);
		const char *n = clang_getCString(s);
		if (n && *n)
			hvci_strset_add(d, n);
		clang_disposeString(s);
	}
	/* Scopes that declare functions; never a function's body. */
	switch (k) {
	case CXCursor_Namespace:
	case CXCursor_LinkageSpec:
	case CXCursor_UnexposedDecl:
	case CXCursor_ClassDecl:
	case CXCursor_StructDecl:
	case CXCursor_UnionDecl:
	case CXCursor_ClassTemplate:
	case CXCursor_ClassTemplatePartialSpecialization:
		return CXChildVisit_Recurse;
	default:
		return CXChildVisit_Continue;
	}
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
		clang_visitChildren(clang_getTranslationUnitCursor(tu), collect_callables,
		                    &rv->callables);
		rv->callables_ready = 1;
	}
	return hvci_strset_has(&rv->callables, name);
}

/* What one error asks for; 1 when it added a stand-in. */
static int plan_one(hvci_recovery *rv, CXTranslationUnit tu, CXDiagnostic d,
                    const hvci_strset *declared, const hvci_rules *rules)
{
	CXString s = clang_getDiagnosticSpelling(d);
	const char *msg = clang_getCString(s);
	int added = 0;
	textpos t;
	int have_text = hvci_text_at(tu, clang_getDiagnosticLocation(d), &t);
	char *name = hvci_text_quoted(msg);
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
		added = add_standin(rv, declared, rules, name, k, clang_getDiagnosticLocation(d));
		if (k == SI_TYPE && have_text)
			added |= note_field(rv, &t, name);
	} else if (name && !strncmp(msg, "use of undeclared identifier '", 30) && have_text &&
	           plan_variable(rv, &t, name, &added)) {
		/* planned as a use of its type */
	} else if (name && !strncmp(msg, "use of undeclared identifier '", 30)) {
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
		int u = as_type || !have_text ? USE_OBJECT : hvci_text_uses(&t, name);
		standin_kind k = as_type ? SI_TYPE : u & USE_OBJECT ? SI_VALUE : SI_CONST;
		added = add_standin(rv, declared, rules, name, k, clang_getDiagnosticLocation(d));
		if (added && (u & USE_WIDTH))
			rv->si[rv->n_si - 1].small = 1;
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
			added |= add_standin(rv, declared, rules, callee, SI_VALUE,
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
				added = add_standin(rv, declared, rules, w, SI_FMACRO,
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
			added = add_standin(rv, &none, rules, w, SI_TYPE,
			                    clang_getDiagnosticLocation(d));
			hvci_strset_free(&none);
		}
		free(kw);
		free(w);
	} else if (have_text && (!strncmp(msg, "member reference base type '", 28) ||
	                         (!strncmp(msg, "member reference type '", 23) &&
	                          strstr(msg, " is not a pointer")))) {
		added = plan_member(rv, tu, d, &t, name);
	} else if (have_text &&
	           (!strncmp(msg, "no matching function for call to '", 34) ||
	            !strncmp(msg, "no matching member function for call to '", 41)) &&
	           hvci_recover_plan_argument(rv, d, &t)) {
		added = 1;
	} else if (hvci_recover_msvc_plan(rv, tu, d, msg)) {
		added = 1;
	} else if (have_text && plan_shape(rv, tu, d, msg, &t, rules)) {
		added = 1;
	} else if (name && strstr(msg, "' as different kind of symbol")) {
		added = plan_role(rv, tu, d);
	} else if (have_text && !strcmp(msg, "expected ';' after top level declarator")) {
		/* `VOID MYCALL f(...)`: the unknown word was taken as the declarator. */
		char *w = hvci_text_ident_before(&t);
		if (w)
			added = add_standin(rv, declared, rules, w, SI_MACRO,
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
	hvci_strset declared;
	hvci_strset_init(&declared);
	clang_visitChildren(clang_getTranslationUnitCursor(tu), collect_names, &declared);
	for (unsigned i = 0; i < nd; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		CXString s = clang_getDiagnosticSpelling(d);
		textpos t;
		const char *m = clang_getCString(s);
		if (hvci_text_at(tu, clang_getDiagnosticLocation(d), &t)) {
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
	added += plan_fields(rv, tu);
	hvci_strset_free(&declared);
	return added > 0;
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
