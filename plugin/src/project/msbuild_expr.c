/*
 * msbuild_expr.c - MSBuild's little languages, as far as driver projects
 * use them: properties (names without case), $(Prop) expansion with the
 * environment as fallback, %(Meta) item metadata, and Condition
 * expressions.  Property functions ($(X.ToLower()), $([System.IO…]::…))
 * and item lists @(…) are not evaluated: they expand to nothing and are
 * reported as undefined, so a caller can drop what depends on them
 * instead of guessing.  Paths are turned from Windows spelling into
 * absolute POSIX paths here too, matching names without case where the
 * exact one is missing (projects are written on a case-insensitive file
 * system).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "project/msbuild.h"
#include "util/util.h"

const char *hvci_kvs_get(const hvci_kvs *k, const char *name)
{
	for (size_t i = k->n; i-- > 0;)
		if (!strcasecmp(k->v[i].name, name))
			return k->v[i].value;
	return NULL;
}

void hvci_kvs_set(hvci_kvs *k, const char *name, const char *value)
{
	for (size_t i = 0; i < k->n; i++)
		if (!strcasecmp(k->v[i].name, name)) {
			char *v = hvci_strdup(value);
			free(k->v[i].value);
			k->v[i].value = v;
			return;
		}
	k->v = hvci_xrealloc(k->v, (k->n + 1) * sizeof *k->v);
	k->v[k->n].name = hvci_strdup(name);
	k->v[k->n].value = hvci_strdup(value);
	k->n++;
}

void hvci_kvs_copy(hvci_kvs *dst, const hvci_kvs *src)
{
	for (size_t i = 0; i < src->n; i++)
		hvci_kvs_set(dst, src->v[i].name, src->v[i].value);
}

void hvci_kvs_free(hvci_kvs *k)
{
	for (size_t i = 0; i < k->n; i++) {
		free(k->v[i].name);
		free(k->v[i].value);
	}
	free(k->v);
	k->v = NULL;
	k->n = 0;
}

/* ---- expansion -------------------------------------------------------------- */

static int is_ident(const char *s, size_t n)
{
	if (!n || !(isalpha((unsigned char)s[0]) || s[0] == '_'))
		return 0;
	for (size_t i = 1; i < n; i++)
		if (!(isalnum((unsigned char)s[i]) || s[i] == '_' || s[i] == '-'))
			return 0;
	return 1;
}

/* The $(MSBuildThisFile…) family, from the file being read. */
static char *this_file_prop(const hvci_ms_ctx *c, const char *name)
{
	if (!c->this_file || strncasecmp(name, "MSBuildThisFile", 15))
		return NULL;
	const char *f = c->this_file;
	const char *slash = strrchr(f, '/');
	const char *base = slash ? slash + 1 : f;
	const char *dot = strrchr(base, '.');
	const char *rest = name + 15;
	if (!strcasecmp(rest, "Directory"))
		return hvci_xstrndup(f, (size_t)(base - f));
	if (!strcasecmp(rest, ""))
		return hvci_strdup(base);
	if (!strcasecmp(rest, "FullPath"))
		return hvci_strdup(f);
	if (!strcasecmp(rest, "Name"))
		return hvci_xstrndup(base, dot ? (size_t)(dot - base) : strlen(base));
	if (!strcasecmp(rest, "Extension"))
		return hvci_strdup(dot ? dot : "");
	return NULL;
}

/* Index just past the ')' matching the '(' at s[open], or 0 when none. */
static size_t match_paren(const char *s, size_t open)
{
	int depth = 0;
	char q = 0;
	for (size_t i = open; s[i]; i++) {
		if (q) {
			if (s[i] == q)
				q = 0;
		} else if (s[i] == '\'' || s[i] == '"' || s[i] == '`') {
			q = s[i];
		} else if (s[i] == '(') {
			depth++;
		} else if (s[i] == ')' && --depth == 0) {
			return i + 1;
		}
	}
	return 0;
}

char *hvci_ms_expand(const hvci_ms_ctx *c, const char *s, const hvci_kvs *md, char **undef)
{
	hvci_buf b;
	hvci_buf_init(&b);
	hvci_buf_puts(&b, "");
	for (size_t i = 0; s[i];) {
		if ((s[i] == '$' || (s[i] == '%' && md)) && s[i + 1] == '(') {
			size_t end = match_paren(s, i + 1);
			if (!end) {
				hvci_buf_puts(&b, s + i);
				break;
			}
			const char *name = s + i + 2;
			size_t n = end - i - 3;
			char *key = hvci_xstrndup(name, n);
			const char *v = NULL;
			char *own = NULL;
			if (is_ident(name, n)) {
				if (s[i] == '%') {
					v = hvci_kvs_get(md, key);
					if (!v)
						v = ""; /* metadata not set is empty */
				} else {
					v = hvci_kvs_get(&c->props, key);
					if (!v)
						v = own = this_file_prop(c, key);
					if (!v)
						v = getenv(key);
				}
			}
			if (v)
				hvci_buf_puts(&b, v);
			else if (undef && !*undef)
				*undef = hvci_strdup(key);
			free(key);
			free(own);
			i = end;
			continue;
		}
		hvci_buf_putc(&b, s[i++]);
	}
	return hvci_buf_take(&b);
}

/* ---- paths ------------------------------------------------------------------ */

char *hvci_ms_path(const char *p, const char *base_dir)
{
	char *s = hvci_strdup(p);
	for (char *q = s; *q; q++)
		if (*q == '\\')
			*q = '/';
	/* Trim the blanks and quotes projects leave around paths. */
	char *start = s;
	while (*start == ' ' || *start == '\t' || *start == '\n' || *start == '\r' || *start == '"')
		start++;
	size_t l = strlen(start);
	while (l && (start[l - 1] == ' ' || start[l - 1] == '\t' || start[l - 1] == '\n' ||
	             start[l - 1] == '\r' || start[l - 1] == '"'))
		start[--l] = '\0';
	char *abs = hvci_abspath(start, base_dir);
	free(s);
	size_t al = strlen(abs);
	while (al > 1 && abs[al - 1] == '/')
		abs[--al] = '\0';
	char *r = hvci_resolve_case(abs);
	free(abs);
	return r;
}

/* ---- conditions --------------------------------------------------------------- */

typedef struct {
	const hvci_ms_ctx *c;
	const char *s;
	size_t i;
	int depth;
	char *err;
} cparser;

typedef struct {
	char *s;    /* the operand's text, expanded */
	int quoted; /* from a quoted string */
	int is_bool, b;
} cval;

static void cskip(cparser *p)
{
	while (p->s[p->i] && isspace((unsigned char)p->s[p->i]))
		p->i++;
}

static int cfail(cparser *p, const char *what)
{
	if (!p->err)
		p->err =
		    hvci_asprintf("%s at column %zu of condition \"%s\"", what, p->i + 1, p->s);
	return -1;
}

static int word_at(cparser *p, const char *w)
{
	size_t l = strlen(w);
	return !strncasecmp(p->s + p->i, w, l) && !isalnum((unsigned char)p->s[p->i + l]) &&
	       p->s[p->i + l] != '_';
}

static int to_bool(cparser *p, const cval *v, int *out)
{
	if (v->is_bool) {
		*out = v->b;
		return 0;
	}
	const char *s = v->s;
	if (!strcasecmp(s, "true") || !strcasecmp(s, "on") || !strcasecmp(s, "yes") ||
	    !strcasecmp(s, "!false")) {
		*out = 1;
		return 0;
	}
	if (!strcasecmp(s, "false") || !strcasecmp(s, "off") || !strcasecmp(s, "no") ||
	    !strcasecmp(s, "!true")) {
		*out = 0;
		return 0;
	}
	return cfail(p, "a value that is not true or false where a condition was expected");
}

static int c_or(cparser *p, cval *out);

static char *expand_here(cparser *p, const char *text)
{
	return hvci_ms_expand(p->c, text, NULL, NULL);
}

/* The text of a function argument or operand, up to the given stop characters. */
static int c_operand(cparser *p, cval *out)
{
	memset(out, 0, sizeof *out);
	cskip(p);
	char ch = p->s[p->i];
	if (ch == '(') {
		if (++p->depth > 64)
			return cfail(p, "parentheses nested too deep");
		p->i++;
		if (c_or(p, out))
			return -1;
		cskip(p);
		if (p->s[p->i] != ')') {
			free(out->s);
			out->s = NULL;
			return cfail(p, "missing ')'");
		}
		p->i++;
		p->depth--;
		return 0;
	}
	if (ch == '\'') {
		size_t e = p->i + 1;
		while (p->s[e] && p->s[e] != '\'')
			e++;
		if (!p->s[e])
			return cfail(p, "unterminated quoted string");
		char *raw = hvci_xstrndup(p->s + p->i + 1, e - p->i - 1);
		out->s = expand_here(p, raw);
		free(raw);
		out->quoted = 1;
		p->i = e + 1;
		return 0;
	}
	if (word_at(p, "Exists") || word_at(p, "HasTrailingSlash")) {
		int exists = word_at(p, "Exists");
		p->i += exists ? 6 : 16;
		cskip(p);
		if (p->s[p->i] != '(')
			return cfail(p, "expected '(' after a function name");
		p->i++;
		cval arg;
		if (c_operand(p, &arg))
			return -1;
		cskip(p);
		if (p->s[p->i] != ')') {
			free(arg.s);
			return cfail(p, "missing ')' after a function argument");
		}
		p->i++;
		out->is_bool = 1;
		if (exists) {
			/* Relative to the file holding the condition; an argument
			 * built from an undefined property names nothing. */
			char *dir = NULL;
			const char *tf = p->c->this_file;
			if (tf && strrchr(tf, '/'))
				dir = hvci_xstrndup(tf, (size_t)(strrchr(tf, '/') - tf));
			const char *a = arg.s ? arg.s : "";
			int empty = !*a || strspn(a, " \t") == strlen(a);
			if (!empty && !strchr(a, '*') && !strchr(a, '?')) {
				char *path = hvci_ms_path(a, dir);
				out->b = hvci_file_exists(path) || hvci_dir_exists(path);
				free(path);
			}
			free(dir);
		} else {
			size_t l = arg.s ? strlen(arg.s) : 0;
			out->b = l && (arg.s[l - 1] == '/' || arg.s[l - 1] == '\\');
		}
		free(arg.s);
		out->s = hvci_strdup(out->b ? "true" : "false");
		return 0;
	}
	/* An unquoted word: $(…) (with its parentheses), numbers, true/false. */
	size_t st = p->i;
	while (p->s[p->i] && !isspace((unsigned char)p->s[p->i]) &&
	       !strchr("()!=<>'", p->s[p->i])) {
		if ((p->s[p->i] == '$' || p->s[p->i] == '%' || p->s[p->i] == '@') &&
		    p->s[p->i + 1] == '(') {
			size_t e = match_paren(p->s, p->i + 1);
			if (!e)
				return cfail(p, "unbalanced '$(' in a condition");
			p->i = e;
			continue;
		}
		p->i++;
	}
	if (p->i == st)
		return cfail(p, "expected a value");
	char *raw = hvci_xstrndup(p->s + st, p->i - st);
	out->s = expand_here(p, raw);
	free(raw);
	return 0;
}

static int numeric(const char *s, double *d)
{
	char *e;
	if (!*s)
		return 0;
	if ((s[0] == '0') && (s[1] == 'x' || s[1] == 'X'))
		*d = (double)strtoul(s + 2, &e, 16);
	else
		*d = strtod(s, &e);
	return *e == '\0';
}

static int c_cmp(cparser *p, int *res)
{
	cskip(p);
	if (p->s[p->i] == '!' && p->s[p->i + 1] != '=') {
		p->i++;
		if (++p->depth > 64)
			return cfail(p, "'!' nested too deep");
		int r = c_cmp(p, res);
		p->depth--;
		*res = !*res;
		return r;
	}
	cval a;
	if (c_operand(p, &a))
		return -1;
	cskip(p);
	const char *op = NULL;
	static const char *const ops[] = {"==", "!=", "<=", ">=", "<", ">"};
	for (size_t k = 0; k < sizeof ops / sizeof *ops && !op; k++)
		if (!strncmp(p->s + p->i, ops[k], strlen(ops[k])))
			op = ops[k];
	if (!op) {
		int r = to_bool(p, &a, res);
		free(a.s);
		return r;
	}
	p->i += strlen(op);
	cval b;
	if (c_operand(p, &b)) {
		free(a.s);
		return -1;
	}
	const char *x = a.s ? a.s : "", *y = b.s ? b.s : "";
	int rc = 0;
	if (op[0] == '=' || op[0] == '!') {
		double dx, dy; /* two numbers compare as numbers, as in MSBuild */
		int eq = numeric(x, &dx) && numeric(y, &dy) ? dx == dy : !strcasecmp(x, y);
		*res = op[0] == '=' ? eq : !eq;
	} else {
		double dx, dy;
		if (!numeric(x, &dx) || !numeric(y, &dy)) {
			rc = cfail(p, "'<' or '>' between values that are not numbers");
		} else if (!strcmp(op, "<")) {
			*res = dx < dy;
		} else if (!strcmp(op, ">")) {
			*res = dx > dy;
		} else if (!strcmp(op, "<=")) {
			*res = dx <= dy;
		} else {
			*res = dx >= dy;
		}
	}
	free(a.s);
	free(b.s);
	return rc;
}

static int c_and(cparser *p, int *res)
{
	if (c_cmp(p, res))
		return -1;
	for (;;) {
		cskip(p);
		if (!word_at(p, "and"))
			return 0;
		p->i += 3;
		int r;
		if (c_cmp(p, &r))
			return -1;
		*res = *res && r;
	}
}

static int c_or(cparser *p, cval *out)
{
	int res;
	if (c_and(p, &res))
		return -1;
	for (;;) {
		cskip(p);
		if (!word_at(p, "or"))
			break;
		p->i += 2;
		int r;
		if (c_and(p, &r))
			return -1;
		res = res || r;
	}
	out->is_bool = 1;
	out->b = res;
	out->s = hvci_strdup(res ? "true" : "false");
	return 0;
}

int hvci_ms_condition(const hvci_ms_ctx *c, const char *cond, char **err)
{
	*err = NULL;
	if (!cond || strspn(cond, " \t\r\n") == strlen(cond))
		return 1;
	cparser p = {c, cond, 0, 0, NULL};
	cval v;
	if (c_or(&p, &v)) {
		*err = p.err ? p.err : hvci_strdup("malformed condition");
		return -1;
	}
	free(v.s);
	cskip(&p);
	if (p.s[p.i]) {
		cfail(&p, "unexpected text after the condition");
		*err = p.err;
		return -1;
	}
	return v.b;
}
