/*
 * recover_value.c - recovery's stand-in values that turn out to be objects
 * of a structure: a GUID (its address taken, or assigned, passed or used
 * to initialize where a GUID is wanted), or, in C++, whatever structure a
 * candidate function's parameter wants where one is passed.  They are
 * declared by the structure's tag, which the headers complete later (the
 * prelude comes before them).  What it does not do: learn a pointer, an
 * integer or an enumeration type, or anything from an argument that is
 * more than a name.
 */

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/recover_int.h"
#include "frontend/srctext.h"
#include "util/util.h"

/*
 * Stand-in value `name` is an object of `struct tag` after all (a braced
 * GUID value when `tag` is NULL); 1 when that is news.
 */
int hvci_recover_mark_object(hvci_recovery *rv, const char *name, const char *tag, int is_const)
{
	int added = 0;
	for (size_t k = 0; k < rv->n_si; k++) {
		standin *e = &rv->si[k];
		if (strcmp(e->name, name) || e->tag || e->guid_value ||
		    (e->kind != SI_CONST && e->kind != SI_VALUE))
			continue;
		if (tag) {
			e->tag = hvci_strdup(tag);
			e->tag_const = is_const;
		} else {
			e->guid_value = 1;
		}
		added = 1;
	}
	return added;
}

/* The name at `t`, after any `=`, `&`, `(` or blank, and where it ends
 * (end may be NULL); NULL when none. */
static char *value_name(textpos at, size_t *end)
{
	while (at.off < at.len && strchr("=&( \t\r\n", at.buf[at.off]))
		at.off++;
	char *name = hvci_text_at_ident(&at);
	if (end)
		*end = at.off + (name ? strlen(name) : 0);
	return name;
}

/*
 * A stand-in value that is a GUID after all: its address is taken (a
 * property table's `&KSPROPSETID_X`), or it is assigned, passed or used to
 * initialize where a GUID is wanted.  The name is in the message (C++) or
 * at the error, after any `=` or `&`.  At a declarator that it initializes
 * (`GUID g = NAME;`, where C wants a constant at file scope) the name is a
 * GUID's braced value.
 */
int hvci_recover_plan_guid(hvci_recovery *rv, const char *msg, const textpos *t)
{
	static const char addr[] = "cannot take the address of an rvalue of type '__hvci_e_";
	char *name = NULL;
	int value = 0;
	if (!strncmp(msg, addr, sizeof addr - 1)) {
		name = hvci_strdup(msg + sizeof addr - 1);
		name[strcspn(name, "'")] = '\0';
	} else {
		const char *src = strstr(msg, "incompatible type '");
		if (!src)
			src = strstr(msg, "value of type '");
		const char *guid = strstr(msg, "GUID");
		if (!src || !guid || guid > src ||
		    (!strstr(src, "'int'") && !strstr(src, "'__hvci_standin_any")))
			return 0;
		size_t end;
		name = value_name(*t, &end);
		size_t j = hvci_text_skip_space(t, end);
		if (name && j + 1 < t->len && t->buf[j] == '=' && t->buf[j + 1] != '=') {
			textpos rhs = *t;
			rhs.off = j;
			free(name);
			name = value_name(rhs, NULL);
			value = 1;
		}
	}
	int added = name && hvci_recover_mark_object(rv, name, value ? NULL : "_GUID", 1);
	free(name);
	return added;
}

/*
 * The `n`th argument (1-based) of the call whose callee's name starts at
 * `t`: its first and end offsets.  0 when the text is not such a call.
 */
static int call_arg(const textpos *t, unsigned n, size_t *b, size_t *e)
{
	size_t i = t->off;
	while (i < t->len && hvci_text_ident_char((unsigned char)t->buf[i]))
		i++;
	i = hvci_text_skip_space(t, i);
	if (i >= t->len || t->buf[i] != '(')
		return 0;
	int depth = 0;
	unsigned arg = 1;
	*b = i + 1;
	for (i++; i < t->len; i++) {
		char c = t->buf[i];
		if (c == '(' || c == '[' || c == '{')
			depth++;
		else if ((c == ')' || c == ']' || c == '}') && depth > 0)
			depth--;
		else if ((c == ',' || c == ')') && depth == 0) {
			if (arg == n) {
				*e = i;
				return 1;
			}
			if (c == ')')
				return 0;
			arg++;
			*b = i + 1;
		}
	}
	return 0;
}

/*
 * C++: "no matching function" where a candidate's note says an argument
 * that is one of our values (`&NAME` or `NAME`) cannot become the
 * parameter's structure type (`const UNICODE_STRING *`): NAME is an
 * object of that structure, declared by its tag, which the header
 * completes.  Only a structure's tag is learned (the `aka` spelling names
 * it): a pointer, an integer or an enumeration is left as it is.
 */
int hvci_recover_plan_argument(hvci_recovery *rv, CXDiagnostic d, const textpos *t)
{
	CXDiagnosticSet kids = clang_getChildDiagnostics(d);
	unsigned nk = kids ? clang_getNumDiagnosticsInSet(kids) : 0;
	int added = 0;
	for (unsigned i = 0; i < nk; i++) {
		CXDiagnostic k = clang_getDiagnosticInSet(kids, i);
		CXString s = clang_getDiagnosticSpelling(k);
		const char *m = clang_getCString(s);
		/* Ours: '__hvci_standin_any *' (`&NAME`), '__hvci_standin_any'
		 * or '__hvci_e_NAME' (`NAME`). */
		const char *from = strstr(m, "no known conversion from '__hvci_");
		const char *to = from ? strstr(from, "' to '") : NULL;
		const char *nth = to ? strstr(to, " for ") : NULL;
		unsigned n = nth ? (unsigned)strtoul(nth + 5, NULL, 10) : 0;
		int addr = from && !strncmp(from + 26, "__hvci_standin_any *'", 21);
		int value = from && (!strncmp(from + 26, "__hvci_standin_any'", 19) ||
		                     !strncmp(from + 26, "__hvci_e_", 9));
		size_t b, e;
		if (n && (addr || value) && call_arg(t, n, &b, &e)) {
			/* The parameter type, canonical when the note gives it. */
			const char *ty = to + 6;
			const char *aka = strstr(ty, "(aka '");
			if (aka && aka < nth)
				ty = aka + 6;
			size_t tl = strcspn(ty, "'");
			int is_const = !strncmp(ty, "const ", 6);
			const char *tag = is_const ? ty + 6 : ty;
			if (!strncmp(tag, "struct ", 7))
				tag += 7;
			size_t gl = 0;
			while (tag + gl < ty + tl && hvci_text_ident_char((unsigned char)tag[gl]))
				gl++;
			const char *rest = tag + gl;
			/* `&NAME` for `T *`, `NAME` for `const T &` or `T`. */
			int fits = addr ? !strncmp(rest, " *'", 3)
			                : (!strncmp(rest, " &'", 3) || *rest == '\'');
			textpos at = *t;
			at.off = b;
			at.len = e;
			size_t j = hvci_text_skip_space(&at, b);
			size_t r = e;
			char *name =
			    (j < e && (t->buf[j] == '&') == addr) ? value_name(at, &r) : NULL;
			/* The name is the whole argument (`&Foo.Bar` is not Foo's address). */
			if (name) {
				while (r < e &&
				       (t->buf[r] == ')' || isspace((unsigned char)t->buf[r])))
					r++;
				if (r != e) {
					free(name);
					name = NULL;
				}
			}
			if (fits && gl && !isdigit((unsigned char)tag[0]) && name &&
			    strncmp(tag, "__hvci", 6)) {
				char *tg = hvci_xstrndup(tag, gl);
				added |= hvci_recover_mark_object(rv, name, tg, is_const);
				free(tg);
			}
			free(name);
		}
		clang_disposeString(s);
		clang_disposeDiagnostic(k);
	}
	if (kids)
		clang_disposeDiagnosticSet(kids);
	return added;
}
