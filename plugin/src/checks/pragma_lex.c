/*
 * pragma_lex.c - the small lexer check_section.c reads a pragma's body with
 * (`section(".x", read, write)` into identifiers, strings, numbers and
 * punctuation), its argument splitting, and the decoding of string
 * literals, and the directives that are inert to the check.  It knows no
 * other pragma; pragmas.c finds them and check_section.c judges them.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "checks/pragmas.h"
#include "util/util.h"
/* ---- a small lexer for pragma bodies ---------------------------------------- */

static void ptoks_add(ptoks *t, int kind, char *text)
{
	t->v = hvci_xrealloc(t->v, (t->n + 1) * sizeof *t->v);
	t->v[t->n].kind = kind;
	t->v[t->n++].text = text;
}

void hvci_pragma_toks_free(ptoks *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->v[i].text);
	free(t->v);
	t->v = NULL;
	t->n = 0;
}

/* Decodes a string literal starting at the quote; returns the end. */
static const char *decode_string(const char *p, hvci_buf *out)
{
	p++;
	while (*p && *p != '"') {
		if (*p == '\\' && p[1]) {
			p++;
			switch (*p) {
			case 'n':
				hvci_buf_putc(out, '\n');
				break;
			case 't':
				hvci_buf_putc(out, '\t');
				break;
			default:
				hvci_buf_putc(out, *p);
			}
			p++;
			continue;
		}
		hvci_buf_putc(out, *p++);
	}
	return *p ? p + 1 : p;
}

void hvci_pragma_lex(const char *s, ptoks *out)
{
	const char *p = s;
	while (*p) {
		if (isspace((unsigned char)*p) || (*p == '\\' && (p[1] == '\n' || p[1] == '\r'))) {
			p++;
			continue;
		}
		if (p[0] == '/' && p[1] == '/') {
			while (*p && *p != '\n')
				p++;
			continue;
		}
		if (p[0] == '/' && p[1] == '*') {
			const char *e = strstr(p + 2, "*/");
			p = e ? e + 2 : p + strlen(p);
			continue;
		}
		/* String prefixes L"", u8"", u"", U"" carry the same section name. */
		const char *q = p;
		if (*q == 'L' || *q == 'U')
			q++;
		else if (*q == 'u')
			q += q[1] == '8' ? 2 : 1;
		if (*q == '"') {
			hvci_buf b;
			hvci_buf_init(&b);
			p = decode_string(q, &b);
			ptoks_add(out, T_STRING, hvci_buf_take(&b));
			continue;
		}
		if (isalpha((unsigned char)*p) || *p == '_' || *p == '$') {
			q = p;
			while (isalnum((unsigned char)*q) || *q == '_' || *q == '$')
				q++;
			ptoks_add(out, T_IDENT, hvci_xstrndup(p, (size_t)(q - p)));
			p = q;
			continue;
		}
		if (isdigit((unsigned char)*p)) {
			q = p;
			while (isalnum((unsigned char)*q))
				q++;
			ptoks_add(out, T_NUMBER, hvci_xstrndup(p, (size_t)(q - p)));
			p = q;
			continue;
		}
		ptoks_add(out, T_PUNCT, hvci_xstrndup(p, 1));
		p++;
	}
}

static int is_punct(const ptoks *t, size_t i, char c)
{
	return i < t->n && t->v[i].kind == T_PUNCT && t->v[i].text[0] == c;
}

/*
 * The arguments of `name ( a , b , ... )` starting at t->v[0]: for each
 * argument, its first token index (strings concatenated by the caller).
 * Returns the count; -1 when there are no parentheses.
 */
int hvci_pragma_split_args(const ptoks *t, size_t *first, int max)
{
	if (!is_punct(t, 1, '('))
		return -1;
	int n = 0, depth = 0;
	size_t i = 2;
	if (is_punct(t, i, ')'))
		return 0;
	if (n < max)
		first[n] = i;
	n++;
	for (; i < t->n; i++) {
		if (is_punct(t, i, '(')) {
			depth++;
		} else if (is_punct(t, i, ')')) {
			if (depth-- == 0)
				break;
		} else if (is_punct(t, i, ',') && depth == 0) {
			if (n < max)
				first[n] = i + 1;
			n++;
		}
	}
	return n;
}

/* Adjacent string literals from index i, concatenated; NULL if none. */
char *hvci_pragma_strings_at(const ptoks *t, size_t i)
{
	if (i >= t->n || t->v[i].kind != T_STRING)
		return NULL;
	hvci_buf b;
	hvci_buf_init(&b);
	for (; i < t->n && t->v[i].kind == T_STRING; i++)
		hvci_buf_puts(&b, t->v[i].text);
	return hvci_buf_take(&b);
}

/* The body of _Pragma("...") from the string literal's spelling. */
char *hvci_pragma_destringize(const char *lit)
{
	const char *q = strchr(lit, '"');
	hvci_buf b;
	hvci_buf_init(&b);
	if (q)
		decode_string(q, &b);
	return hvci_buf_take(&b);
}

/* ---- pragmas the check never reads ----------------------------------------- */

/* Directives check_section.c never reads and that bring no other pragma
 * with them: most headers spell `pragma` only in `#pragma once`. */
static const char *const inert_pragmas[] = {"once", "warning", "pack", "region", "endregion", NULL};

static int ident_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

int hvci_pragma_inert_at(const char *text, size_t size, size_t at)
{
	size_t b = at;
	while (b && (text[b - 1] == ' ' || text[b - 1] == '\t'))
		b--;
	size_t e = at + 6;
	if (!b || text[b - 1] != '#' || (e < size && ident_char(text[e])))
		return 0;
	while (e < size && (text[e] == ' ' || text[e] == '\t'))
		e++;
	size_t w = e;
	while (e < size && ident_char(text[e]))
		e++;
	for (size_t k = 0; inert_pragmas[k]; k++)
		if (e - w == strlen(inert_pragmas[k]) && !memcmp(text + w, inert_pragmas[k], e - w))
			return 1;
	return 0;
}
