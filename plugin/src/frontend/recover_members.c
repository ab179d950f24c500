/*
 * recover_members.c - what a unit reads from the types recovery stands in
 * for: a type whose members are read becomes a structure of them, a chain
 * of reads (`p->A.B[i].C`) a structure per link, an indexed member an
 * array, and a type used whole or in FIELD_OFFSET a structure too.  The
 * reads come from the errors clang reports and, where clang drops them
 * without a word (through a variable, parameter or structure member whose
 * own declaration fell with its unknown type), from the source text.
 *
 * recover.c reads the errors and calls in here; it decides which names get
 * stand-ins at all.  This file only shapes our own stand-in types; it
 * never declares a name the unit uses.
 */

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"
#include "frontend/recover_int.h"
#include "frontend/srctext.h"
#include "rules/rules.h"
#include "util/util.h"

/* Member structures made for one unit at most (each is a prelude line). */
#define MAX_STANDINS 4096

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
size_t hvci_recover_find_member(const standin *e, const char *m, size_t len)
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
	size_t k = hvci_recover_find_member(e, m, len);
	/* A member that is called holds a function, however else it is read
	 * (a test of it, or text in a comment, may come first). */
	if (k < e->n_members && called && e->members[k][0] != '(' && e->members[k][len] == '\0') {
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
	size_t k = hvci_recover_find_member(parent, fname, fl);
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
	size_t k = hvci_recover_find_member(e, m, len);
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

/* What the expression ending the diagnostic's first range refers to, when
 * that expression is a `kind`; a null cursor otherwise. */
static CXCursor range_referenced(CXTranslationUnit tu, CXDiagnostic d, enum CXCursorKind kind)
{
	if (clang_getDiagnosticNumRanges(d) == 0)
		return clang_getNullCursor();
	CXCursor c = cursor_ending_at(tu, clang_getRangeEnd(clang_getDiagnosticRange(d, 0)));
	return clang_getCursorKind(c) == kind ? clang_getCursorReferenced(c)
	                                      : clang_getNullCursor();
}

/*
 * `x.Outer.Inner`: the base is a member of one of our structures, so that
 * member gets a structure type of its own, which the next pass fills like
 * any other.  NULL when the base is anything else.
 */
static standin *member_standin(hvci_recovery *rv, CXTranslationUnit tu, CXDiagnostic d)
{
	CXCursor fld = range_referenced(tu, d, CXCursor_MemberRefExpr);
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
	CXCursor decl = range_referenced(tu, d, CXCursor_DeclRefExpr);
	enum CXCursorKind k = clang_getCursorKind(decl);
	textpos t;
	if ((k != CXCursor_ParmDecl && k != CXCursor_VarDecl) ||
	    !hvci_text_at(tu, clang_getCursorLocation(decl), &rv->text, &t))
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
int hvci_recover_plan_member(hvci_recovery *rv, CXTranslationUnit tu, CXDiagnostic d,
                             const textpos *t, const char *quoted_type)
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

int hvci_recover_plan_variable(hvci_recovery *rv, const textpos *t, const char *name, int *added)
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
 * Which reads through an object declared with stand-in `name` and `stars`
 * pointer declarators show a member of the stand-in: `.` on a FOO (or a
 * FOO&), `->` on a PFOO or a FOO *.  Anything deeper reads through a
 * pointer we do not shape.
 */
static void reads_of(const char *name, int stars, int *dot_ok, int *arrow_ok)
{
	int p = hvci_recover_pointer_name(name);
	*dot_ok = !p && stars == 0;
	*arrow_ok = (p && stars == 0) || (!p && stars == 1);
}

static int reads_in_block(hvci_recovery *rv, size_t ei, int stars, const textpos *t, size_t i,
                          int depth, size_t at, size_t len);

/*
 * `PFOO Param` (or `FOO *Param`) in a function's definition, with the type
 * unknown: clang drops the parameter, and every read through it
 * (`Param->Member`) silently.  The reads in the function's body are
 * planned now; 1 when one was new.  `at` is where the parameter's name
 * starts.
 */
static int plan_parameter(hvci_recovery *rv, size_t ei, int stars, const textpos *t, size_t at,
                          size_t len)
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
	return reads_in_block(rv, ei, stars, t, i, 0, at, len);
}

/*
 * The reads through the object named at t->buf[at..at+len) (declared with
 * stand-in rv->si[ei] and `stars`) from `i` to the end of the block, which
 * is `depth` braces deep at i: 1 when one planned a new member.
 */
static int reads_in_block(hvci_recovery *rv, size_t ei, int stars, const textpos *t, size_t i,
                          int depth, size_t at, size_t len)
{
	int dot_ok, arrow_ok, added = 0;
	reads_of(rv->si[ei].name, stars, &dot_ok, &arrow_ok);
	if (!dot_ok && !arrow_ok)
		return 0;
	for (; i < t->len; i++) {
		char c = t->buf[i];
		if (c == '{')
			depth++;
		else if (c == '}' && --depth <= 0)
			break;
		if (!hvci_text_ident_char((unsigned char)c) ||
		    hvci_text_ident_char((unsigned char)t->buf[i - 1]))
			continue;
		size_t b = i;
		while (i < t->len && hvci_text_ident_char((unsigned char)t->buf[i]))
			i++;
		size_t k = hvci_text_skip_space_back(t, b);
		int member = k > 0 && (t->buf[k - 1] == '.' || t->buf[k - 1] == '>');
		/* Planning may move rv->si: the stand-in is found by its index. */
		if (!member && i - b == len && !memcmp(t->buf + b, t->buf + at, len))
			added |= plan_read(rv, &rv->si[ei], t, i, dot_ok, arrow_ok);
		i--;
	}
	return added;
}

/* Where the declared name starts after a type that ends before `i`: past
 * `*`, `&` (counted in *stars, a reference as none) and qualifiers. */
static size_t declarator(const textpos *t, size_t i, int *stars)
{
	/* Qualifiers, and the WDK's macros for them (`T *CONST p`). */
	static const char *const quals[] = {"const",      "CONST",      "volatile",  "VOLATILE",
	                                    "__restrict", "__ptr64",    "__ptr32",   "__unaligned",
	                                    "UNALIGNED",  "POINTER_64", "POINTER_32"};
	*stars = 0;
	for (;;) {
		i = hvci_text_skip_space(t, i);
		if (i < t->len && t->buf[i] == '*') {
			++*stars;
			i++;
			continue;
		}
		if (i < t->len && t->buf[i] == '&') {
			i++;
			continue;
		}
		size_t e = i;
		while (e < t->len && hvci_text_ident_char((unsigned char)t->buf[e]))
			e++;
		size_t q = 0;
		while (q < sizeof quals / sizeof *quals &&
		       (strlen(quals[q]) != e - i || memcmp(t->buf + i, quals[q], e - i)))
			q++;
		if (e == i || q == sizeof quals / sizeof *quals)
			return i;
		i = e;
	}
}

/*
 * `T Name` with T unknown, at the error about T.  In a structure
 * (`T Field;`) clang keeps Field as a broken member and drops every read
 * through it (`p->Field.Member`) without a word until T is declared: the
 * field is noted, and plan_fields reads through it once every error is
 * read.  A parameter's reads are planned at once (plan_parameter).
 */
int hvci_recover_note_field(hvci_recovery *rv, const textpos *t, const char *type)
{
	size_t at;
	standin *e = type_standin(rv, type);
	if (!e || e->kind != SI_TYPE)
		return 0;
	hvci_text_next_char(t, &at);
	int stars;
	at = declarator(t, at, &stars);
	if (at >= t->len || !hvci_text_ident_char((unsigned char)t->buf[at]))
		return 0;
	textpos f = *t;
	f.off = at;
	char *field = hvci_text_at_ident(&f);
	size_t after;
	int c = field ? hvci_text_char_from(t, at + strlen(field), &after) : 0;
	int added = 0;
	if (c == ',' || c == ')')
		added = plan_parameter(rv, (size_t)(e - rv->si), stars, t, at, strlen(field));
	/* A local (`FOO *p = ...;`) keeps its broken declaration, and clang
	 * drops its reads as silently: read on to the end of its block. */
	if (c == '=' || c == ';' || c == '[')
		added |= reads_in_block(rv, (size_t)(e - rv->si), stars, t, at + strlen(field), 1,
		                        at, strlen(field));
	if (c == ';' || c == '[' || c == ',') {
		rv->fields = hvci_xrealloc(rv->fields, (rv->n_fields + 1) * sizeof *rv->fields);
		rv->fields[rv->n_fields].name = field;
		rv->fields[rv->n_fields].type = hvci_strdup(type);
		rv->fields[rv->n_fields].stars = stars;
		rv->n_fields++;
		field = NULL;
	}
	free(field);
	return added;
}

/*
 * `FOO *x = ...;` with FOO unknown until this pass is read by clang as a
 * product, so x is an undeclared name at its own declaration.  1 when the
 * name at t is such a declarator after one of our stand-in types: it is
 * declared there once FOO is a type, no missing name.
 */
int hvci_recover_declared_here(hvci_recovery *rv, const textpos *t)
{
	size_t at;
	int c = hvci_text_next_char(t, &at);
	if (c != '=' && c != ';' && c != ',' && c != '[')
		return 0;
	size_t i = t->off;
	int stars = 0;
	while (i > 0 && (isspace((unsigned char)t->buf[i - 1]) || t->buf[i - 1] == '*'))
		stars += t->buf[--i] == '*';
	if (!stars)
		return 0;
	textpos before = *t;
	before.off = i;
	char *type = hvci_text_ident_before(&before);
	standin *e = type_standin(rv, type);
	free(type);
	return e && e->kind == SI_TYPE;
}

/*
 * The main file's reads through the fields note_field found: each plans
 * a member of the field's type, the way a variable's do (plan_variable).
 * Only the reading the declaration allows is taken (`.` for FOO, `->` for
 * PFOO or FOO *): a field of another structure with the same name must
 * not turn a pointer into a structure.  In C++ (`cxx`) a member is also
 * read by its bare name, in its class's member functions.
 */
int hvci_recover_plan_fields(hvci_recovery *rv, CXTranslationUnit tu, int cxx)
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
	for (size_t i = 0; i < len; i++) {
		if (!hvci_text_ident_char((unsigned char)buf[i]) ||
		    (i > 0 && hvci_text_ident_char((unsigned char)buf[i - 1])))
			continue;
		size_t b = i, e = i;
		while (e < len && hvci_text_ident_char((unsigned char)buf[e]))
			e++;
		i = e - 1;
		size_t k = hvci_text_skip_space_back(&t, b);
		int member = k > 0 && (buf[k - 1] == '.' ||
		                       (k > 1 && buf[k - 1] == '>' && buf[k - 2] == '-'));
		/* C++ member functions read their class's members unqualified. */
		int bare = cxx && !member && !(k > 1 && buf[k - 1] == ':' && buf[k - 2] == ':');
		if (isdigit((unsigned char)buf[b]) || (!member && !bare))
			continue;
		for (size_t n = 0; n < rv->n_fields; n++) {
			if (strlen(rv->fields[n].name) != e - b ||
			    memcmp(rv->fields[n].name, buf + b, e - b))
				continue;
			standin *s = type_standin(rv, rv->fields[n].type);
			if (s && s->kind == SI_TYPE) {
				int dot_ok, arrow_ok;
				reads_of(s->name, rv->fields[n].stars, &dot_ok, &arrow_ok);
				added |= plan_read(rv, s, &t, e, dot_ok, arrow_ok);
			}
			break;
		}
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
		               ? hvci_recover_find_member(x, t->buf + b, e - b)
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
int hvci_recover_plan_shape(hvci_recovery *rv, CXTranslationUnit tu, CXDiagnostic d,
                            const char *msg, const textpos *t, const hvci_rules *rules)
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
			added = hvci_recover_add_standin(rv, &none, rules, tag + 7, SI_TAG,
			                                 clang_getDiagnosticLocation(d));
			hvci_strset_free(&none);
		}
		if (tag && !strncmp(msg, "incomplete definition", 21))
			added |= hvci_recover_plan_member(rv, tu, d, t, tag);
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
