/*
 * srctext.c - the source text around a parse error, read for recovery
 * parsing: the identifier before or after a position, whether a name is
 * used as a type, a value or an object, and the names a broken typedef
 * declares.  It reads bytes only; it does not lex (comments and strings
 * are not skipped), which is enough to pick the kind of a stand-in and
 * never decides a verdict.
 */

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/srctext.h"

int hvci_text_ident_char(int c)
{
	return isalnum(c) || c == '_' || c == '$';
}

int hvci_text_at(CXTranslationUnit tu, CXSourceLocation loc, hvci_textcache *c, textpos *t)
{
	CXFile f;
	unsigned off;
	clang_getFileLocation(loc, &f, NULL, NULL, &off);
	if (!f)
		return 0;
	size_t len = 0;
	const char *buf;
	if (c && c->file == f) {
		buf = c->buf;
		len = c->len;
	} else {
		buf = clang_getFileContents(tu, f, &len);
		if (c) {
			hvci_textcache_reset(c);
			c->file = f;
			c->buf = buf;
			c->len = len;
		}
	}
	if (!buf || off > len)
		return 0;
	t->buf = buf;
	t->len = len;
	t->off = off;
	return 1;
}

size_t hvci_text_skip_space(const textpos *t, size_t i)
{
	while (i < t->len && isspace((unsigned char)t->buf[i]))
		i++;
	return i;
}

/* Where the spaces that end just before i begin. */
size_t hvci_text_skip_space_back(const textpos *t, size_t i)
{
	while (i > 0 && isspace((unsigned char)t->buf[i - 1]))
		i--;
	return i;
}

/* The character after the identifier that starts at t->off (0 at the end). */
int hvci_text_next_char(const textpos *t, size_t *at)
{
	size_t i = t->off;
	while (i < t->len && hvci_text_ident_char((unsigned char)t->buf[i]))
		i++;
	i = hvci_text_skip_space(t, i);
	*at = i;
	return i < t->len ? (unsigned char)t->buf[i] : 0;
}

int hvci_text_prev_char(const textpos *t)
{
	size_t i = hvci_text_skip_space_back(t, t->off);
	return i > 0 ? (unsigned char)t->buf[i - 1] : 0;
}

/* [*b, *e) is the identifier that ends just before t->off (spaces skipped); 0: none. */
static int word_span(const textpos *t, size_t *b, size_t *e)
{
	*e = hvci_text_skip_space_back(t, t->off);
	*b = *e;
	while (*b > 0 && hvci_text_ident_char((unsigned char)t->buf[*b - 1]))
		(*b)--;
	return *b != *e && !isdigit((unsigned char)t->buf[*b]);
}

/* The identifier that ends just before t->off (spaces skipped), or NULL. */
char *hvci_text_ident_before(const textpos *t)
{
	size_t b, e;
	return word_span(t, &b, &e) ? hvci_xstrndup(t->buf + b, e - b) : NULL;
}

/*
 * `(NAME)` with its ")" at `close` is a cast when nothing that could be
 * called stands before the "(" and an operand follows the ")".
 */
int hvci_text_cast_paren(const textpos *t, size_t close)
{
	size_t i = t->off;
	while (i > 0 && isspace((unsigned char)t->buf[i - 1]))
		i--;
	if (i == 0 || t->buf[i - 1] != '(')
		return 0;
	i--;
	while (i > 0 && isspace((unsigned char)t->buf[i - 1]))
		i--;
	if (i > 0) {
		int b = (unsigned char)t->buf[i - 1];
		if (hvci_text_ident_char(b) || b == '>' || b == ']' || b == ')')
			return 0;
	}
	size_t j = hvci_text_skip_space(t, close + 1);
	if (j >= t->len)
		return 0;
	int a = (unsigned char)t->buf[j];
	return hvci_text_ident_char(a) || strchr("(&*-~!\"'", a) != NULL;
}

/* The quoted name in a diagnostic: "unknown type name 'X'" gives X. */
char *hvci_text_quoted(const char *msg)
{
	const char *a = strchr(msg, '\'');
	if (!a)
		return NULL;
	const char *b = strchr(a + 1, '\'');
	if (!b || b == a + 1)
		return NULL;
	return hvci_xstrndup(a + 1, (size_t)(b - a - 1));
}

int hvci_text_is_identifier(const char *s)
{
	if (!*s || isdigit((unsigned char)*s))
		return 0;
	for (; *s; s++)
		if (!hvci_text_ident_char((unsigned char)*s))
			return 0;
	return 1;
}

/* The first non-space character at or after i (0 at the end), its index in *at. */
int hvci_text_char_from(const textpos *t, size_t i, size_t *at)
{
	i = hvci_text_skip_space(t, i);
	*at = i;
	return i < t->len ? (unsigned char)t->buf[i] : 0;
}

void hvci_textcache_reset(hvci_textcache *c)
{
	free(c->start);
	free(c->end);
	memset(c, 0, sizeof *c);
}

/*
 * The comments and string or character literals of t's file, in order: a
 * name inside one is prose ("services IOCTL_X. It ..."), not a use.  One
 * scan from the top of the file finds them all; each region runs from its
 * opening character up to just after its close (a region left open runs to
 * the end of the file, or a little past it).
 */
static void find_regions(const textpos *t, hvci_textcache *c)
{
	const char *b = t->buf;
	size_t cap = 0;
	c->have_regions = 1;
	for (size_t i = 0; i < t->len;) {
		size_t start = i;
		if (b[i] == '/' && i + 1 < t->len && b[i + 1] == '/') {
			while (i < t->len && b[i] != '\n')
				i++;
		} else if (b[i] == '/' && i + 1 < t->len && b[i + 1] == '*') {
			i += 2;
			while (i + 1 < t->len && !(b[i] == '*' && b[i + 1] == '/'))
				i++;
			i += 2;
		} else if (b[i] == '"' || b[i] == '\'') {
			char q = b[i++];
			while (i < t->len && b[i] != q && b[i] != '\n')
				i += b[i] == '\\' ? 2 : 1;
			i++;
		} else {
			i++;
			continue;
		}
		if (c->n_regions == cap) {
			cap = cap ? 2 * cap : 64;
			c->start = hvci_xrealloc(c->start, cap * sizeof *c->start);
			c->end = hvci_xrealloc(c->end, cap * sizeof *c->end);
		}
		c->start[c->n_regions] = start;
		c->end[c->n_regions++] = i;
	}
}

/* 1 when offset `at` lies inside one of the regions of t's file, which c
 * holds or is given on the first question. */
static int in_region(const textpos *t, hvci_textcache *c, size_t at)
{
	if (!c->have_regions)
		find_regions(t, c);
	/* The last region that opens before `at`. */
	size_t k = hvci_lower_bound(c->start, c->n_regions, at);
	return k > 0 && c->end[k - 1] > at;
}

/*
 * USE_OBJECT when some use of `name` in the file needs an object rather
 * than a value: its address taken, assigned or incremented, a member or
 * element read from it, called, or qualified (`NAME::x`).  Such a name
 * stays an extern variable; every other one can be a constant, which case
 * labels, array sizes and static initializers need.  USE_WIDTH when it is
 * a bit-field width or a shift count, which a large value would break;
 * USE_CASE when it is a case label.  A use in a comment or a string
 * counts for nothing.
 */
int hvci_text_uses(const textpos *t, hvci_textcache *cache, const char *name)
{
	size_t nl = strlen(name);
	/* The regions of t's file: the cache's when it holds that file, else
	 * found for this question only. */
	hvci_textcache own = {0};
	if (!cache || !cache->buf || cache->buf != t->buf) {
		own.buf = t->buf;
		cache = &own;
	}
	int u = 0;
	for (const char *p = t->buf; (p = memmem(p, t->len - (size_t)(p - t->buf), name, nl));
	     p += nl) {
		size_t b = (size_t)(p - t->buf), e = b + nl, at;
		if ((b > 0 && hvci_text_ident_char((unsigned char)t->buf[b - 1])) ||
		    (e < t->len && hvci_text_ident_char((unsigned char)t->buf[e])))
			continue;
		size_t k = hvci_text_skip_space_back(t, b);
		int p1 = k > 0 ? (unsigned char)t->buf[k - 1] : 0;
		int p2 = k > 1 ? (unsigned char)t->buf[k - 2] : 0;
		int here = 0;
		if ((p1 == '&' && p2 != '&') || (p1 == '+' && p2 == '+') ||
		    (p1 == '-' && p2 == '-'))
			here |= USE_OBJECT;
		if ((p1 == ':' && p2 != ':') || ((p1 == '<' || p1 == '>') && p2 == p1))
			here |= USE_WIDTH;
		int c = hvci_text_char_from(t, e, &at);
		int c2 = at + 1 < t->len ? (unsigned char)t->buf[at + 1] : 0;
		int c3 = at + 2 < t->len ? (unsigned char)t->buf[at + 2] : 0;
		if ((c == '=' && c2 != '=') || c == '.' || c == '[' || c == '(' ||
		    (c == '-' && c2 == '>') || (c == ':' && c2 == ':') ||
		    ((c == '+' || c == '-') && c2 == c) ||
		    (c && strchr("+-*/%&|^", c) && c2 == '=') ||
		    ((c == '<' || c == '>') && c2 == c && c3 == '='))
			here |= USE_OBJECT;
		/* `case NAME:`: a constant, even where C++ would keep an object. */
		if (c == ':' && c2 != ':' && k >= 4 && !memcmp(t->buf + k - 4, "case", 4) &&
		    (k == 4 || !hvci_text_ident_char((unsigned char)t->buf[k - 5])))
			here |= USE_CASE;
		if ((here & ~u) && !in_region(t, cache, b))
			u |= here;
	}
	hvci_textcache_reset(&own);
	return u;
}

/*
 * `typedef UNKNOWN A, *PA;`: clang drops the whole declaration, so A and
 * PA look undeclared, but the unit declares them as soon as UNKNOWN has a
 * stand-in; one of our own for them would then clash.  t is at UNKNOWN;
 * the declarator names up to the ";" go into `declared`.
 */
void hvci_text_typedef_names(const textpos *t, hvci_strset *declared)
{
	char *kw = hvci_text_ident_before(t);
	int is_typedef = kw && !strcmp(kw, "typedef");
	free(kw);
	if (!is_typedef)
		return;
	size_t i = t->off;
	while (i < t->len && hvci_text_ident_char((unsigned char)t->buf[i]))
		i++;
	int depth = 0;
	int star = 0; /* the last token was '*' */
	while (i < t->len && t->buf[i] != ';' && t->buf[i] != '{' && t->buf[i] != '}') {
		int c = (unsigned char)t->buf[i];
		if (hvci_text_ident_char(c) && !isdigit(c)) {
			size_t b = i;
			while (i < t->len && hvci_text_ident_char((unsigned char)t->buf[i]))
				i++;
			size_t at;
			int n = hvci_text_char_from(t, i, &at);
			/* `A,` `A;` `A[` at the top; `(*PA)(...)` one level down. */
			if ((depth == 0 && (n == ',' || n == ';' || n == '[')) ||
			    (depth == 1 && star && n == ')')) {
				char *w = hvci_xstrndup(t->buf + b, i - b);
				hvci_strset_add(declared, w);
				free(w);
			}
			star = 0;
			continue;
		}
		if (c == '(')
			depth++;
		else if (c == ')')
			depth--;
		if (!isspace(c))
			star = c == '*';
		i++;
	}
}

/*
 * `typedef UNKNOWN (*PFN)(...)` reads as a typedef named UNKNOWN returning
 * a function, which clang reports at the "(".  Moves t back to the word
 * before it; 0 when there is none.
 */
int hvci_text_word_before(textpos *t)
{
	size_t b, e;
	if (!word_span(t, &b, &e))
		return 0;
	t->off = b;
	return 1;
}

/* 1 when the text holds `type var` (words, any spaces between). */
int hvci_text_declares(const textpos *t, const char *type, const char *var)
{
	size_t tl = strlen(type), vl = strlen(var);
	for (const char *p = t->buf; (p = memmem(p, t->len - (size_t)(p - t->buf), type, tl));
	     p += tl) {
		size_t b = (size_t)(p - t->buf), e = b + tl;
		if ((b > 0 && hvci_text_ident_char((unsigned char)t->buf[b - 1])) || e >= t->len ||
		    !isspace((unsigned char)t->buf[e]))
			continue;
		e = hvci_text_skip_space(t, e);
		if (e + vl <= t->len && !memcmp(t->buf + e, var, vl) &&
		    (e + vl == t->len || !hvci_text_ident_char((unsigned char)t->buf[e + vl])))
			return 1;
	}
	return 0;
}

/* The index of the "{" that encloses position i, or (size_t)-1. */
static size_t open_brace(const textpos *t, size_t i)
{
	int depth = 0;
	while (i-- > 0) {
		char c = t->buf[i];
		if (c == '}' || c == ')')
			depth++;
		else if ((c == '{' || c == '(') && depth-- == 0)
			return c == '{' ? i : (size_t)-1;
		else if (c == ';')
			return (size_t)-1;
	}
	return (size_t)-1;
}

/*
 * The type name of the declaration a braced initializer at t belongs to:
 * `TYPE name = {...}`, `TYPE name{...}`, `TYPE table[] = {{...}, ...}`
 * (t at the declarator or at an inner "{").  NULL when the text is not
 * one of those.
 */
char *hvci_text_init_type(const textpos *t)
{
	textpos p = *t;
	if (p.off < p.len && p.buf[p.off] == '{') {
		size_t i = p.off;
		for (;;) {
			size_t k = i;
			while (k > 0 && isspace((unsigned char)p.buf[k - 1]))
				k--;
			if (k == 0)
				return NULL;
			char c = p.buf[k - 1];
			if (c == '{' || c == ',') {
				i = open_brace(&p, i);
				if (i == (size_t)-1)
					return NULL;
				continue;
			}
			if (c == '=')
				k--;
			while (k > 0 && isspace((unsigned char)p.buf[k - 1]))
				k--;
			/* `name[]` and `name[N]`. */
			if (k > 0 && p.buf[k - 1] == ']') {
				while (k > 0 && p.buf[k - 1] != '[')
					k--;
				if (k == 0)
					return NULL;
				k--;
			}
			p.off = k;
			break;
		}
		if (!hvci_text_word_before(&p))
			return NULL;
	} else if (p.off >= p.len || !hvci_text_ident_char((unsigned char)p.buf[p.off])) {
		return NULL;
	}
	return hvci_text_ident_before(&p);
}

/* The identifier that starts at t->off, or NULL. */
char *hvci_text_at_ident(const textpos *t)
{
	size_t i = t->off;
	while (i < t->len && hvci_text_ident_char((unsigned char)t->buf[i]))
		i++;
	if (i == t->off || isdigit((unsigned char)t->buf[t->off]))
		return NULL;
	return hvci_xstrndup(t->buf + t->off, i - t->off);
}

static int one_of(const char *w, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(w, list[i]))
			return 1;
	return 0;
}

/*
 * 1 when a declaration ending at `from` is still in scope at `to`: no
 * block closes between them, and a parameter list closes only into the
 * body of its function (a prototype's parameters are gone after it).
 * Braces in comments and strings count too; a wrong answer costs a pass.
 */
static int in_scope(const textpos *t, size_t from, size_t to)
{
	int braces = 0, parens = 0;
	for (size_t i = from; i < to; i++) {
		char c = t->buf[i];
		if (c == '(') {
			parens++;
		} else if (c == ')' && --parens < 0) {
			size_t at;
			if (hvci_text_char_from(t, i + 1, &at) != '{' || at >= to)
				return 0;
			/* The body is the parameters' scope: it must not close. */
			i = at;
			parens = 0;
			braces = 0;
		} else if (c == '{') {
			braces++;
		} else if (c == '}' && --braces < 0) {
			return 0;
		}
	}
	return 1;
}

/*
 * The type word of the nearest declaration of `var` in scope before
 * t->off: `TYPE var;`, `TYPE *var = ...`, `TYPE var[N]`, `(TYPE var)`.
 * It looks back at most `limit` bytes; NULL when no such declaration is
 * there.  A keyword before the name (`return var;`) is no type.
 */
char *hvci_text_decl_type(const textpos *t, const char *var, size_t limit)
{
	static const char *const not_types[] = {"return", "case",  "goto",   "else",
	                                        "sizeof", "throw", "delete", "do"};
	size_t vl = strlen(var);
	size_t stop = t->off > limit ? t->off - limit : 0;
	/* From the name's last occurrence before t back: memrchr finds each
	 * candidate, where a byte-by-byte look back made recovery planning
	 * read whole functions for every variable. */
	for (size_t i = t->off; i > stop;) {
		const char *p = vl ? memrchr(t->buf + stop, var[0], i - stop) : NULL;
		if (!p)
			break;
		i = (size_t)(p - t->buf);
		if (i + vl >= t->off || memcmp(t->buf + i, var, vl) ||
		    (i > 0 && hvci_text_ident_char((unsigned char)t->buf[i - 1])) ||
		    hvci_text_ident_char((unsigned char)t->buf[i + vl]))
			continue;
		size_t at;
		int n = hvci_text_char_from(t, i + vl, &at);
		if (n != ';' && n != '=' && n != ',' && n != '[' && n != ')')
			continue;
		size_t k = i;
		while (k > 0 && (isspace((unsigned char)t->buf[k - 1]) || t->buf[k - 1] == '*'))
			k--;
		size_t e = k;
		while (k > 0 && hvci_text_ident_char((unsigned char)t->buf[k - 1]))
			k--;
		if (k == e || isdigit((unsigned char)t->buf[k]) || !in_scope(t, i + vl, t->off))
			continue;
		char *w = hvci_xstrndup(t->buf + k, e - k);
		if (!one_of(w, not_types, sizeof not_types / sizeof *not_types))
			return w;
		free(w);
	}
	return NULL;
}

/*
 * The function a call argument at t->off is passed to, when it is called
 * by a plain name: `Trace(LEVEL, ...)` gives "Trace".  NULL for a member
 * (`p->f(...)`, `x.f(...)`), a qualified name (`ns::f(...)`), a keyword
 * (`if (...)`, `sizeof(...)`) and anything not inside parentheses.
 */
char *hvci_text_callee(const textpos *t)
{
	static const char *const keywords[] = {"if",         "while",    "for",      "switch",
	                                       "return",     "sizeof",   "alignof",  "decltype",
	                                       "typeid",     "catch",    "__typeof", "_Alignof",
	                                       "__declspec", "__pragma", "_Pragma"};
	int depth = 0;
	for (size_t i = t->off; i-- > 0;) {
		char c = t->buf[i];
		if (c == ')' || c == ']') {
			depth++;
		} else if ((c == '(' || c == '[') && depth > 0) {
			depth--;
		} else if (c == '[') {
			return NULL;
		} else if (c == '(') {
			textpos p = *t;
			p.off = i;
			size_t b, e;
			if (!word_span(&p, &b, &e))
				return NULL;
			size_t k = b;
			while (k > 0 && isspace((unsigned char)t->buf[k - 1]))
				k--;
			if (k > 0 &&
			    (t->buf[k - 1] == '.' || t->buf[k - 1] == '>' || t->buf[k - 1] == ':'))
				return NULL;
			char *w = hvci_xstrndup(t->buf + b, e - b);
			if (one_of(w, keywords, sizeof keywords / sizeof *keywords)) {
				free(w);
				return NULL;
			}
			return w;
		} else if (c == ';' || c == '{' || c == '}') {
			return NULL;
		}
	}
	return NULL;
}
