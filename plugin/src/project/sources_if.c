/*
 * sources_if.c - the expressions of NMAKE's `!if` and `!elseif` as WDK
 * `sources` files write them: integers, quoted and bare strings, `==`
 * `!=` `<` `>` `<=` `>=`, `+` and `-`, `!` and unary minus, `&&` `||`,
 * parentheses, defined(NAME) and exist(PATH).  Macros are expanded first (sources_mk.c).  A value
 * that depends on a macro nobody set is unknown and so is every result
 * built from it; arithmetic that would overflow is unknown too.  Nothing
 * is run and no file is read: exist() only asks whether a path is there.
 */
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "project/sources.h"
#include "util/paths.h"
#include "util/util.h"

enum { V_NUM, V_STR, V_UNK };
typedef struct {
	int kind;
	long long n;
	char *s;
} val;

typedef struct {
	const char *p;
	const hvci_mk *m;
	const char *dir; /* for exist() */
	int bad;         /* does not parse */
	char *why;       /* the first macro not known */
} ex;

static val num(long long n)
{
	val v = {V_NUM, n, NULL};
	return v;
}

static val unk(void)
{
	val v = {V_UNK, 0, NULL};
	return v;
}

static void vfree(val *v)
{
	free(v->s);
	v->s = NULL;
}

static void skip_ws(ex *e)
{
	while (*e->p == ' ' || *e->p == '\t')
		e->p++;
}

static int eat(ex *e, const char *op)
{
	skip_ws(e);
	size_t l = strlen(op);
	if (strncmp(e->p, op, l))
		return 0;
	/* "!" is not "!=", "<" is not "<=" or "<<", "=" alone is not an operator. */
	if (l == 1 && (op[0] == '!' || op[0] == '<' || op[0] == '>') && e->p[1] == '=')
		return 0;
	e->p += l;
	return 1;
}

static void note_unknown(ex *e, const char *s)
{
	char *n = NULL;
	if (!e->why && hvci_mk_sentinel(s, &n))
		e->why = n;
	else
		free(n);
}

/* A truth value from v: -1 unknown. */
static int truth(const val *v)
{
	if (v->kind == V_UNK)
		return -1;
	if (v->kind == V_NUM)
		return v->n != 0;
	return v->s[0] != '\0';
}

static val parse_or(ex *e);

static val call(ex *e, const char *fn)
{
	skip_ws(e);
	if (*e->p != '(') {
		e->bad = 1;
		return unk();
	}
	const char *close = strchr(e->p, ')');
	if (!close) {
		e->bad = 1;
		return unk();
	}
	char *arg = hvci_xstrndup(e->p + 1, (size_t)(close - e->p - 1));
	e->p = close + 1;
	char *a = arg;
	while (*a == ' ' || *a == '\t' || *a == '"')
		a++;
	size_t l = strlen(a);
	while (l && (a[l - 1] == ' ' || a[l - 1] == '\t' || a[l - 1] == '"'))
		a[--l] = '\0';
	val r;
	if (!strcasecmp(fn, "defined")) {
		r = num(hvci_mk_get(e->m, a) != NULL || getenv(a) != NULL);
	} else if (hvci_mk_sentinel(a, NULL)) {
		note_unknown(e, a);
		r = unk();
	} else {
		for (char *q = a; *q; q++)
			if (*q == '\\')
				*q = '/';
		char *p = hvci_abspath(a, e->dir);
		struct stat st;
		r = num(stat(p, &st) == 0);
		free(p);
	}
	free(arg);
	return r;
}

static val primary(ex *e)
{
	skip_ws(e);
	const char *p = e->p;
	if (*p == '(') {
		e->p++;
		val v = parse_or(e);
		if (!eat(e, ")"))
			e->bad = 1;
		return v;
	}
	if (*p == '"') {
		const char *q = strchr(p + 1, '"');
		if (!q) {
			e->bad = 1;
			return unk();
		}
		e->p = q + 1;
		char *s = hvci_xstrndup(p + 1, (size_t)(q - p - 1));
		if (hvci_mk_sentinel(s, NULL)) {
			note_unknown(e, s);
			free(s);
			return unk();
		}
		val v = {V_STR, 0, s};
		return v;
	}
	if (*p == HVCI_MK_UNKNOWN || *p == HVCI_MK_KIT) {
		note_unknown(e, p);
		const char *q = strchr(p, HVCI_MK_END);
		e->p = q ? q + 1 : p + strlen(p);
		return unk();
	}
	if (isdigit((unsigned char)*p)) {
		char *end;
		long long n = strtoll(p, &end, 0);
		e->p = end;
		return num(n);
	}
	/* A word: defined(...)/exist(...), else bare text compared as a string. */
	const char *q = p;
	while (*q && (isalnum((unsigned char)*q) || *q == '_' || *q == '.' || *q == '\\' ||
	              *q == '/' || *q == ':'))
		q++;
	if (q == p) {
		e->bad = 1;
		return unk();
	}
	char *w = hvci_xstrndup(p, (size_t)(q - p));
	e->p = q;
	if (!strcasecmp(w, "defined") || !strcasecmp(w, "exist")) {
		val v = call(e, w);
		free(w);
		return v;
	}
	val v = {V_STR, 0, w};
	return v;
}

static val unary(ex *e)
{
	if (eat(e, "!")) {
		val v = unary(e);
		int t = truth(&v);
		vfree(&v);
		return t < 0 ? unk() : num(!t);
	}
	if (eat(e, "-")) {
		val v = unary(e);
		if (v.kind != V_NUM) {
			vfree(&v);
			if (v.kind == V_STR)
				e->bad = 1;
			return unk();
		}
		/* The one negation that overflows is not a value NMAKE would
		 * agree on either: leave the condition unknown. */
		if (v.n == LLONG_MIN)
			return unk();
		return num(-v.n);
	}
	return primary(e);
}

static val additive(ex *e)
{
	val a = unary(e);
	for (;;) {
		int op = eat(e, "+") ? '+' : eat(e, "-") ? '-' : 0;
		if (!op)
			return a;
		val b = unary(e);
		val r = unk();
		if (a.kind == V_NUM && b.kind == V_NUM) {
			/* A stranger's sources file may add past the range:
			 * unknown, like any expression we cannot decide. */
			long long n;
			if (!(op == '+' ? __builtin_add_overflow(a.n, b.n, &n)
			                : __builtin_sub_overflow(a.n, b.n, &n)))
				r = num(n);
		} else if (a.kind == V_STR || b.kind == V_STR)
			e->bad = 1;
		vfree(&a);
		vfree(&b);
		a = r;
	}
}

static val compare(ex *e)
{
	val a = additive(e);
	for (;;) {
		static const char *const ops[] = {"==", "!=", "<=", ">=", "<", ">"};
		int op = -1;
		for (int i = 0; i < 6 && op < 0; i++)
			if (eat(e, ops[i]))
				op = i;
		if (op < 0)
			return a;
		val b = additive(e);
		val r = unk();
		if (a.kind != V_UNK && b.kind != V_UNK) {
			int c;
			if (a.kind == V_NUM && b.kind == V_NUM) {
				c = (a.n > b.n) - (a.n < b.n);
			} else {
				char na[32], nb[32];
				const char *sa = a.s, *sb = b.s;
				if (!sa)
					snprintf(na, sizeof na, "%lld", a.n), sa = na;
				if (!sb)
					snprintf(nb, sizeof nb, "%lld", b.n), sb = nb;
				c = strcmp(sa, sb);
				if (op >= 2)
					e->bad = 1; /* ordering strings: not NMAKE's */
			}
			static const int want[6][3] = {{0, 1, 0}, {1, 0, 1}, {1, 1, 0},
			                               {0, 1, 1}, {1, 0, 0}, {0, 0, 1}};
			r = num(want[op][c + 1]);
		}
		vfree(&a);
		vfree(&b);
		a = r;
	}
}

static val parse_and(ex *e)
{
	val a = compare(e);
	while (eat(e, "&&")) {
		val b = compare(e);
		int ta = truth(&a), tb = truth(&b);
		vfree(&a);
		vfree(&b);
		a = (ta == 0 || tb == 0) ? num(0) : (ta < 0 || tb < 0) ? unk() : num(1);
	}
	return a;
}

static val parse_or(ex *e)
{
	val a = parse_and(e);
	while (eat(e, "||")) {
		val b = parse_and(e);
		int ta = truth(&a), tb = truth(&b);
		vfree(&a);
		vfree(&b);
		a = (ta == 1 || tb == 1) ? num(1) : (ta < 0 || tb < 0) ? unk() : num(0);
	}
	return a;
}

int hvci_mk_evaluate(const hvci_mk *m, const char *dir, const char *expr, char **why)
{
	char *x = hvci_mk_expand(m, expr);
	ex e = {x, m, dir, 0, NULL};
	val v = parse_or(&e);
	skip_ws(&e);
	if (*e.p)
		e.bad = 1;
	int t = truth(&v);
	vfree(&v);
	free(x);
	if (e.bad) {
		free(e.why);
		*why = hvci_strdup("the expression does not parse");
		return -1;
	}
	if (t < 0) {
		*why = hvci_asprintf("$(%s) is not known", e.why ? e.why : "?");
		free(e.why);
		return -1;
	}
	free(e.why);
	return t;
}
