/*
 * recover_prelude.c - writes the stand-ins recover.c planned into the
 * prelude force-included before the unit, and puts the prelude and the
 * stand-in header folder on the command line.  The C and C++ forms of
 * each stand-in are chosen in the prelude itself (#ifdef __cplusplus), so
 * nothing here needs to know the unit's language.  It decides nothing
 * about what a stand-in is; recover.c does.
 */

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/recover_int.h"

/* Inserts `args` at argv[at], moving the rest (and the NULL) along. */
static void insert_at(hvci_cmdline *c, size_t at, const char *const *args, size_t n)
{
	c->argv = hvci_xrealloc(c->argv, (c->argc + n + 1) * sizeof *c->argv);
	memmove(c->argv + at + n, c->argv + at, (c->argc - at + 1) * sizeof *c->argv);
	for (size_t i = 0; i < n; i++)
		c->argv[at + i] = hvci_strdup(args[i]);
	c->argc += n;
}

/* Inserts `args` before the main file (and clang-cl's "--"). */
void hvci_recover_insert_args(hvci_cmdline *c, const char *const *args, size_t n)
{
	size_t tail = c->file_args ? c->file_args : 1;
	if (c->argc < tail)
		tail = c->argc;
	insert_at(c, c->argc - tail, args, n);
}

int hvci_recover_pointer_name(const char *name)
{
	return name[0] == 'P' && isupper((unsigned char)name[1]);
}

static int all_caps(const char *name)
{
	int letters = 0;
	for (; *name; name++) {
		if (islower((unsigned char)*name))
			return 0;
		letters += isupper((unsigned char)*name) != 0;
	}
	return letters > 1;
}

/* A stand-in type that the unit reads members from: a structure of them. */
static void put_scalar(FILE *f, const standin *e)
{
	/* Indexed: a pointer does what the array would, and can still be
	 * assigned and passed. */
	if (e->subscripted)
		fprintf(f, "typedef __hvci_standin_any *%s;\n", e->name);
	/* PFOO is a pointer by the kernel's naming convention; char keeps
	 * arithmetic on it valid. */
	else if (hvci_recover_pointer_name(e->name))
		fprintf(f, "typedef char *%s;\n", e->name);
	else
		fprintf(f, "typedef int %s;\n", e->name);
}

static void put_members(FILE *f, const standin *e);

static void put_struct(FILE *f, const standin *e)
{
	fprintf(f, "typedef struct __hvci_s_%s {\n", e->name);
	if (!e->n_members)
		fputs("\t__hvci_standin_any __hvci_opaque;\n", f);
	if (e->braced)
		fprintf(f, "\t__HVCI_ANY_CTOR(%s)\n", e->name);
	put_members(f, e);
	/* Ours nested: a pointer when read with `->` only. */
	int pointer =
	    e->nested ? e->arrow && !e->dot : hvci_recover_pointer_name(e->name) && !e->dot;
	fprintf(f, "} %s%s;\n", pointer ? "*" : "", e->name);
}

static void put_members(FILE *f, const standin *e)
{
	/* The text form of a member is recover.c's: "name", "(name",
	 * "name:type", and "[]" after either of the last two when indexed. */
	for (size_t k = 0; k < e->n_members; k++) {
		const char *m = e->members[k];
		size_t len = strcspn(m, ":[");
		const char *type = m[len] == ':' ? m + len + 1 : "__hvci_standin_any";
		size_t tlen = strcspn(type, "[");
		const char *ptr = strstr(m + len, "[]") ? "*" : "";
		if (m[0] == '(')
			fprintf(f, "\t__HVCI_FN(%s);\n", m + 1);
		else
			fprintf(f, "\t%.*s %s%.*s;\n", (int)tlen, type, ptr, (int)len, m);
	}
}

/* A plain stand-in type: no array, no braced class, not one of ours. */
static int plain_type(const standin *e)
{
	return e->kind == SI_TYPE && !e->nested && !e->subscripted && !e->braced;
}

/* PFOO for FOO, when both are stand-in types (PFOO not read with `.`). */
static const standin *pointer_to(const hvci_recovery *rv, const standin *e)
{
	if (!plain_type(e))
		return NULL;
	for (size_t k = 0; k < rv->n_si; k++) {
		const standin *p = &rv->si[k];
		if (plain_type(p) && !p->dot && p->name[0] == 'P' && !strcmp(p->name + 1, e->name))
			return p;
	}
	return NULL;
}

/* FOO for PFOO, when pointer_to(FOO) is PFOO. */
static const standin *pointee_of(const hvci_recovery *rv, const standin *p)
{
	if (!plain_type(p) || p->dot || p->name[0] != 'P')
		return NULL;
	for (size_t k = 0; k < rv->n_si; k++)
		if (!strcmp(rv->si[k].name, p->name + 1) && plain_type(&rv->si[k]))
			return &rv->si[k];
	return NULL;
}

/* The name in member text `m` (recover_members.c's form: "(name" for a
 * called one, then ":type" or "[]"), and its length in *len. */
static const char *member_name(const char *m, size_t *len)
{
	const char *n = m + (m[0] == '(');
	*len = strcspn(n, ":[");
	return n;
}

/* The member structure of ours that member text `m` names, or NULL. */
static standin *member_struct(hvci_recovery *rv, const char *m)
{
	const char *c = m[0] == '(' ? NULL : strchr(m, ':');
	if (!c)
		return NULL;
	size_t len = strcspn(c + 1, "[");
	for (size_t k = 0; k < rv->n_si; k++)
		if (rv->si[k].nested && strlen(rv->si[k].name) == len &&
		    !strncmp(rv->si[k].name, c + 1, len))
			return &rv->si[k];
	return NULL;
}

/*
 * Reads through FOO and through PFOO each shape a structure of ours for a
 * member both read (`f.Caps.A`, `p->Caps.B`); put_pair keeps FOO's, so
 * what PFOO's holds goes into it: `into` gets the members of `from` it
 * lacks, and a member both hold a structure for is merged the same way.
 * A member holding a structure only `from` has is left for a later pass:
 * the structures are written deepest first, and it may come after `into`.
 */
static void merge_members(hvci_recovery *rv, standin *into, const standin *from, int depth)
{
	if (into == from || depth > 8)
		return;
	for (size_t k = 0; k < from->n_members; k++) {
		const char *m = from->members[k];
		size_t len;
		const char *mn = member_name(m, &len);
		size_t j = hvci_recover_find_member(into, mn, len);
		standin *theirs = member_struct(rv, m);
		if (j == into->n_members) {
			if (theirs)
				continue;
			into->members = hvci_xrealloc(into->members, (into->n_members + 1) *
			                                                 sizeof *into->members);
			into->members[into->n_members++] = hvci_strdup(m);
			continue;
		}
		standin *ours = member_struct(rv, into->members[j]);
		if (ours && theirs)
			merge_members(rv, ours, theirs, depth + 1);
	}
}

/* Every FOO/PFOO pair's member structures, merged before they are written. */
static void merge_pairs(hvci_recovery *rv)
{
	for (size_t i = 0; i < rv->n_si; i++) {
		const standin *p = pointer_to(rv, &rv->si[i]);
		for (size_t k = 0; p && k < rv->si[i].n_members; k++) {
			const char *m = rv->si[i].members[k];
			standin *ours = member_struct(rv, m);
			size_t len;
			const char *mn = member_name(m, &len);
			size_t j = hvci_recover_find_member(p, mn, len);
			standin *theirs =
			    j < p->n_members ? member_struct(rv, p->members[j]) : NULL;
			if (ours && theirs)
				merge_members(rv, ours, theirs, 0);
		}
	}
}

/*
 * FOO and PFOO, both unknown: one structure with the members read through
 * either, and PFOO a pointer to it, as the WDK pairs them, so that `&foo`
 * is a PFOO.
 */
static void put_pair(FILE *f, const standin *e, const standin *p)
{
	if (!e->n_members && !p->n_members && !e->record && !p->record) {
		fprintf(f, "typedef int %s;\ntypedef %s *%s;\n", e->name, e->name, p->name);
		return;
	}
	standin both = *e;
	both.members = hvci_xcalloc(e->n_members + p->n_members, sizeof *both.members);
	both.n_members = 0;
	/* One member per name: read through both, it may have a structure
	 * of ours from each side; FOO's is kept, and what the other lacks
	 * comes as it is read. */
	for (size_t k = 0; k < e->n_members + p->n_members; k++) {
		char *m = k < e->n_members ? e->members[k] : p->members[k - e->n_members];
		size_t len;
		const char *mn = member_name(m, &len);
		if (hvci_recover_find_member(&both, mn, len) == both.n_members)
			both.members[both.n_members++] = m;
	}
	both.dot = 1; /* FOO itself is the structure */
	put_struct(f, &both);
	free(both.members);
	fprintf(f, "typedef %s *%s;\n", e->name, p->name);
}

/* An object of a structure the headers define later: its tag is enough to
 * declare it and take its address (the WDK declares every GUID `const
 * GUID`, tag `_GUID`).  A GUID's braced value is a macro. */
static void put_object(FILE *f, const standin *e)
{
	if (e->guid_value)
		fprintf(f, "#define %s {0}\n", e->name);
	else
		fprintf(f, "struct %s;\nextern %sstruct %s %s;\n", e->tag,
		        e->tag_const ? "const " : "", e->tag, e->name);
}

void hvci_recover_mark_applied(hvci_recovery *rv, hvci_cmdline *cl)
{
	cl->wdk_dirs = hvci_xrealloc(cl->wdk_dirs, (cl->n_wdk_dirs + 1) * sizeof *cl->wdk_dirs);
	cl->wdk_dirs[cl->n_wdk_dirs++] = hvci_strdup(rv->dir);
	free(cl->standin_dir);
	cl->standin_dir = hvci_strdup(rv->dir);
	rv->applied = 1;
}

int hvci_recovery_apply(hvci_recovery *rv, hvci_cmdline *cl)
{
	FILE *f = fopen(rv->prelude, "w");
	if (!f)
		return hvci_error_set(HVCI_ERROR, "%s:1: cannot write stand-in declarations: %s",
		                      rv->prelude, strerror(errno));
	fputs("/* Stand-ins for names this unit uses but never declares. */\n", f);
	/* In C++, the object can be made from anything (a nested braced
	 * list included, which a template cannot deduce: a class of ours
	 * initialized from braces takes up to 16 of them) and called with
	 * anything.  Arguments bind to const references, which a bit-field
	 * also binds to; the templates have bodies, since a type with no
	 * linkage (an unnamed structure) must not need one elsewhere.  The
	 * operators with one of ours on either side are its own (hidden
	 * friends, found only through it): the built-in ones would all be
	 * equally good through its conversion template, which clang reports
	 * as ambiguous. */
	fputs(
	    "#ifdef __cplusplus\n"
	    "#define __HVCI_OPS(R, op)                                                      \\\n"
	    "\tfriend R operator op(const __hvci_standin_any &, const __hvci_standin_any &); \\\n"
	    "\ttemplate <class T> friend R operator op(const __hvci_standin_any &, const T &); \\\n"
	    "\ttemplate <class T> friend R operator op(const T &, const __hvci_standin_any &);\n"
	    "#define __HVCI_BIN(op)                   \\\n"
	    "\t__HVCI_OPS(__hvci_standin_any, op) \\\n"
	    "\ttemplate <class T> friend T &operator op##=(T &, const __hvci_standin_any &);\n"
	    "struct __hvci_standin_any {\n"
	    "\ttemplate <class... A> __hvci_standin_any(const A &...) {}\n"
	    "\ttemplate <class T> operator T() const;\n"
	    "\ttemplate <class... A> __hvci_standin_any operator()(const A &...) const {\n"
	    "\t\treturn *this;\n"
	    "\t}\n"
	    "\t__hvci_standin_any &operator++();\n"
	    "\t__hvci_standin_any &operator--();\n"
	    "\t__hvci_standin_any operator++(int);\n"
	    "\t__hvci_standin_any operator--(int);\n"
	    "\t__HVCI_BIN(+) __HVCI_BIN(-) __HVCI_BIN(*) __HVCI_BIN(/) __HVCI_BIN(%)\n"
	    "\t__HVCI_BIN(&) __HVCI_BIN(|) __HVCI_BIN(^) __HVCI_BIN(<<) __HVCI_BIN(>>)\n"
	    "\t__HVCI_OPS(bool, ==) __HVCI_OPS(bool, !=) __HVCI_OPS(bool, <)\n"
	    "\t__HVCI_OPS(bool, >) __HVCI_OPS(bool, <=) __HVCI_OPS(bool, >=)\n"
	    "\tfriend __hvci_standin_any operator~(const __hvci_standin_any &);\n"
	    "\tfriend __hvci_standin_any operator-(const __hvci_standin_any &);\n"
	    "};\n"
	    "#define __HVCI_FN(m) __hvci_standin_any m\n"
	    "#define __HVCI_ANY_ARG __hvci_standin_any = {}\n"
	    "#define __HVCI_ANY_CTOR(T)                                                       \\\n"
	    "\ttemplate <class... A> __hvci_s_##T(const A &...) {}                           \\\n"
	    "\t__hvci_s_##T(__hvci_standin_any, __HVCI_ANY_ARG, __HVCI_ANY_ARG, __HVCI_ANY_ARG, "
	    "\\\n"
	    "\t             __HVCI_ANY_ARG, __HVCI_ANY_ARG, __HVCI_ANY_ARG, __HVCI_ANY_ARG,     "
	    "\\\n"
	    "\t             __HVCI_ANY_ARG, __HVCI_ANY_ARG, __HVCI_ANY_ARG, __HVCI_ANY_ARG,     "
	    "\\\n"
	    "\t             __HVCI_ANY_ARG, __HVCI_ANY_ARG, __HVCI_ANY_ARG, __HVCI_ANY_ARG);\n"
	    "#else\n"
	    "#define __HVCI_ANY_CTOR(T)\n"
	    "typedef int __hvci_standin_any;\n"
	    "#define __HVCI_FN(m) __hvci_standin_any (*m)()\n"
	    "#endif\n",
	    f);
	merge_pairs(rv);
	/* Member structures first, the deepest (made last) first: the
	 * structures holding them name them. */
	for (size_t i = rv->n_si; i-- > 0;)
		if (rv->si[i].nested)
			put_struct(f, &rv->si[i]);
	for (size_t i = 0; i < rv->n_si; i++) {
		const standin *e = &rv->si[i];
		if (e->nested)
			continue;
		if (pointee_of(rv, e))
			continue; /* written with the structure it points to */
		const standin *ptr = pointer_to(rv, e);
		switch (e->kind) {
		case SI_TYPE:
			if (ptr) {
				put_pair(f, e, ptr);
				break;
			}
			if (e->n_members || e->record) {
				put_struct(f, e);
				break;
			}
			/* A braced list of several values: a C++ class that takes
			 * any list (C only warns about it). */
			if (e->braced) {
				fprintf(f,
				        "#ifdef __cplusplus\nstruct __hvci_s_%s "
				        "{\n\t__HVCI_ANY_CTOR(%s)\n};\n"
				        "typedef struct __hvci_s_%s %s;\n#else\n",
				        e->name, e->name, e->name, e->name);
				put_scalar(f, e);
				fputs("#endif\n", f);
				break;
			}
			put_scalar(f, e);
			break;
		case SI_TAG:
			fprintf(f, "struct %s {\n\t__hvci_standin_any __hvci_opaque;\n", e->name);
			put_members(f, e);
			fputs("};\n", f);
			break;
		case SI_ROLE:
			/* `ROLE f;` then `RET f(...) { }`: an unprototyped function type
			 * in C, an overload set in C++; both accept the definition. */
			fprintf(f, "typedef %s %s();\n", e->ret, e->name);
			break;
		case SI_VALUE:
			/* No initializer: the evaluator can never read a value from it. */
			if (e->tag || e->guid_value)
				put_object(f, e);
			else
				fprintf(f, "extern __hvci_standin_any %s;\n", e->name);
			break;
		case SI_CONST: {
			if (e->tag || e->guid_value) {
				put_object(f, e);
				break;
			}
			/* A constant for case labels and array sizes: distinct
			 * values keep two of them apart in one switch, and the
			 * evaluator never reads them (they are in this file).
			 * In C++ only an ALL_CAPS name, a constant by the
			 * kernel's convention; any other keeps the object, which
			 * converts to the pointer or class a parameter wants. */
			unsigned v = e->small ? 1u : 0x3E81u + (unsigned)i;
			/* A named enumeration: a constant passed to one of our
			 * templates (a stand-in function) must have a type with
			 * linkage, or C++ rejects the call. */
			if (all_caps(e->name) || e->constant)
				fprintf(f, "enum __hvci_e_%s { %s = %u };\n", e->name, e->name, v);
			else
				fprintf(f,
				        "#ifdef __cplusplus\nextern __hvci_standin_any %s;\n#else\n"
				        "enum { %s = %u };\n#endif\n",
				        e->name, e->name, v);
			break;
		}
		case SI_MACRO:
			fprintf(f, "#define %s\n", e->name);
			break;
		case SI_FMACRO:
			fprintf(f, "#define %s(...)\n", e->name);
			break;
		}
	}
	/* The definition's types a corrected prototype names (recover_msvc.c). */
	for (size_t i = 0; i < rv->n_aliases; i++)
		fprintf(f, "#define _Hv%zu %s\n", i + 1, rv->aliases[i]);
	fclose(f);
	if (!rv->applied) {
		/* The prelude goes before the user's forced includes (a
		 * precompiled header forced with /FI is where most names are
		 * first used); it names no type of theirs, only its own.  So
		 * it is a driver option, as theirs are: the driver puts every
		 * -Xclang option after its own forced includes. */
		const char *dir[] = {"-Xclang", "-idirafter", "-Xclang", rv->inc};
		hvci_recover_insert_args(cl, dir, 4);
		const char *pre[] = {cl->cl_mode ? "/FI" : "-include", rv->prelude};
		size_t at = 0;
		while (at < cl->argc && cl->argv[at] != cl->forced_first)
			at++;
		if (cl->forced_first && at < cl->argc)
			insert_at(cl, at, pre, 2);
		else
			hvci_recover_insert_args(cl, pre, 2);
		hvci_recover_mark_applied(rv, cl);
	}
	int rc = hvci_recover_msvc_apply(rv, cl);
	if (rc)
		return rc;
	rv->passes++;
	return HVCI_OK;
}
