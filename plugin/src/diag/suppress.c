/*
 * suppress.c - applies inline suppressions to findings.
 *
 * Two vocabularies are honoured, as driver code carries both:
 *  - clang-tidy's NOLINT, NOLINTNEXTLINE and NOLINTBEGIN/NOLINTEND, with an
 *    optional "(rule, glob*)" list and a reason after ':';
 *  - Code Analysis pragmas: #pragma warning(suppress: 30030) and
 *    #pragma prefast(suppress: 30030, "why") cover the next code line;
 *    warning(disable: N) lasts to the matching warning(pop) or the end of
 *    the file.  Numbers map to rules through the catalog's code-analysis.
 * The scan is line based and does not parse C: a NOLINT inside a string
 * literal also counts, as it does for clang-tidy.  NOLINT names outside
 * the hvci- namespace belong to other tools and are ignored; an unknown
 * hvci- name is an error so a typo cannot silently disable nothing.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "diag/suppress.h"
#include "util/util.h"

typedef struct {
	unsigned first, last; /* lines covered, inclusive */
	char *ids;            /* comma list of globs, NULL = all rules */
	unsigned *cas;        /* CA numbers, for pragmas */
	size_t n_cas;
	char *kind;
	char *why;
} span;

typedef struct {
	span *v;
	size_t n;
} spans;

static void add_span(spans *s, unsigned a, unsigned b, const char *ids, size_t ids_len,
                     unsigned *cas, size_t n_cas, const char *kind, char *why)
{
	s->v = hvci_xrealloc(s->v, (s->n + 1) * sizeof *s->v);
	span *p = &s->v[s->n++];
	p->first = a;
	p->last = b;
	p->ids = ids ? hvci_xstrndup(ids, ids_len) : NULL;
	p->cas = cas;
	p->n_cas = n_cas;
	p->kind = hvci_strdup(kind);
	p->why = why;
}

static char *trim_dup(const char *a, const char *b)
{
	while (a < b && isspace((unsigned char)*a))
		a++;
	while (b > a && isspace((unsigned char)b[-1]))
		b--;
	if (b > a && (*a == '"') && b[-1] == '"' && b - a >= 2) {
		a++;
		b--;
	}
	return b > a ? hvci_xstrndup(a, (size_t)(b - a)) : NULL;
}

/* Validates the ids of a NOLINT list. */
static int check_ids(const hvci_rules *rules, const char *ids, size_t len, const char *file,
                     unsigned line)
{
	char *list = hvci_xstrndup(ids, len);
	int rc = HVCI_OK;
	for (char *tok = strtok(list, ", \t"); tok; tok = strtok(NULL, ", \t")) {
		if (strncmp(tok, "hvci-", 5))
			continue;
		if (!hvci_rules_known_id(rules, tok)) {
			rc = hvci_error_set(
			    HVCI_EINVALID,
			    "%s:%u: unknown rule '%s' in NOLINT; run 'hvcilint rules' "
			    "for the rule ids",
			    file, line, tok);
			break;
		}
	}
	free(list);
	return rc;
}

/* Finds NOLINT forms in one line; *what is 0 none, 1 same line, 2 next, 3 begin, 4 end. */
static const char *find_nolint(const char *line, int *what)
{
	const char *p = line;
	while ((p = strstr(p, "NOLINT"))) {
		const char *q = p + 6;
		*what = 1;
		if (!strncmp(q, "NEXTLINE", 8)) {
			*what = 2;
			q += 8;
		} else if (!strncmp(q, "BEGIN", 5)) {
			*what = 3;
			q += 5;
		} else if (!strncmp(q, "END", 3)) {
			*what = 4;
			q += 3;
		}
		if (isalnum((unsigned char)*q) || *q == '_') {
			p = q;
			continue;
		}
		return q;
	}
	*what = 0;
	return NULL;
}

static unsigned *parse_cas(const char *p, const char *end, size_t *n)
{
	unsigned *v = NULL;
	*n = 0;
	while (p < end) {
		if (isdigit((unsigned char)*p)) {
			char *e;
			unsigned long x = strtoul(p, &e, 10);
			v = hvci_xrealloc(v, (*n + 1) * sizeof *v);
			v[(*n)++] = (unsigned)x;
			p = e;
		} else if (*p == '"' || *p == ',') {
			if (*p == ',') {
				/* A string after the numbers is the justification. */
				const char *s = p + 1;
				while (s < end && isspace((unsigned char)*s))
					s++;
				if (s < end && *s == '"')
					break;
			}
			if (*p == '"')
				break;
			p++;
		} else {
			p++;
		}
	}
	return v;
}

/* The next line at or after `from` that holds code (not blank, not a pragma or comment). */
static unsigned next_code_line(char **lines, unsigned n, unsigned from)
{
	for (unsigned l = from; l <= n; l++) {
		const char *s = lines[l - 1];
		while (isspace((unsigned char)*s))
			s++;
		if (!*s || *s == '#' || !strncmp(s, "//", 2) || !strncmp(s, "__pragma", 8) ||
		    !strncmp(s, "_Pragma", 7))
			continue;
		return l;
	}
	return n + 1;
}

/*
 * Splits a line into its code (comments removed, string and character
 * literal contents blanked) and its comment text, carrying a block
 * comment across lines.  NOLINT is looked for in comments, pragmas in code.
 */
static void split_line(const char *line, int *in_block, char **code_out, char **comment_out)
{
	size_t n = strlen(line);
	char *code = hvci_xmalloc(n + 1), *com = hvci_xmalloc(n + 1);
	size_t c = 0, m = 0;
	for (size_t i = 0; i < n; i++) {
		if (*in_block) {
			if (line[i] == '*' && line[i + 1] == '/') {
				*in_block = 0;
				i++;
				com[m++] = ' ';
			} else {
				com[m++] = line[i];
			}
			continue;
		}
		if (line[i] == '/' && line[i + 1] == '/') {
			memcpy(com + m, line + i + 2, n - i - 2);
			m += n - i - 2;
			break;
		}
		if (line[i] == '/' && line[i + 1] == '*') {
			*in_block = 1;
			i++;
			continue;
		}
		if (line[i] == '"' || line[i] == '\'') {
			char q = line[i];
			code[c++] = q;
			for (i++; i < n && line[i] != q; i++)
				if (line[i] == '\\')
					i++;
			code[c++] = q;
			continue;
		}
		code[c++] = line[i];
	}
	code[c] = com[m] = '\0';
	*code_out = code;
	*comment_out = com;
}

/* 1 when split_line would give the line back as its code, with no comment
 * and no change of state, and that code is no directive and spells no
 * pragma operator: then the line suppresses nothing. */
static int plain_line(const char *line)
{
	const char *t = line;
	while (isspace((unsigned char)*t))
		t++;
	return *t != '#' && !strpbrk(t, "/\"'") && !strstr(t, "__pragma(") &&
	       !strstr(t, "_Pragma(");
}

static int scan_file(const hvci_rules *rules, const char *file, const char *text, size_t len,
                     int (*skipped)(void *ud, const char *file, unsigned line), void *ud,
                     spans *out)
{
	/* Every suppression names NOLINT or a pragma: a file with neither
	 * (most files) need not be split into lines at all. */
	if (!memmem(text, len, "NOLINT", 6) && !memmem(text, len, "pragma", 6) &&
	    !memmem(text, len, "Pragma", 6))
		return HVCI_OK;
	/* Split into lines once. */
	char **lines = NULL;
	unsigned n = 0, cap = 0;
	size_t i = 0;
	while (i <= len) {
		size_t e = i;
		while (e < len && text[e] != '\n')
			e++;
		size_t l = e - i;
		if (l && text[i + l - 1] == '\r')
			l--;
		if (n == cap) {
			cap = cap ? 2 * cap : 256;
			lines = hvci_xrealloc(lines, cap * sizeof *lines);
		}
		lines[n++] = hvci_xstrndup(text + i, l);
		i = e + 1;
		if (e >= len)
			break;
	}
	int rc = HVCI_OK;
	unsigned begin_line = 0;
	char *begin_ids = NULL;
	int has_begin = 0;
	/* warning(disable) regions, by push depth */
	unsigned disable_from[64];
	unsigned *disable_cas[64];
	size_t disable_n[64];
	int depth = 0, nd = 0;
	int in_block = 0;
	char *code = NULL, *comment = NULL;
	for (unsigned ln = 1; ln <= n && !rc; ln++) {
		/* Most lines are plain code: outside a comment, with nothing that
		 * opens one or a literal, and no directive or pragma. Such a line
		 * holds no suppression and leaves no state, so it is not split. */
		if (!in_block && plain_line(lines[ln - 1]))
			continue;
		free(code);
		free(comment);
		split_line(lines[ln - 1], &in_block, &code, &comment);
		/* Lines the preprocessor skipped (#if 0) suppress nothing. */
		if (skipped && skipped(ud, file, ln))
			continue;
		const char *s = comment;
		int what;
		const char *q = find_nolint(s, &what);
		if (q) {
			const char *ids = NULL;
			size_t ids_len = 0;
			if (*q == '(') {
				const char *close = strchr(q, ')');
				if (close) {
					ids = q + 1;
					ids_len = (size_t)(close - q - 1);
					if ((rc = check_ids(rules, ids, ids_len, file, ln)))
						break;
					q = close + 1;
				}
			}
			char *why = NULL;
			if (*q == ':')
				why = trim_dup(q + 1, q + strlen(q));
			if (what == 1)
				add_span(out, ln, ln, ids, ids_len, NULL, 0, "NOLINT", why);
			else if (what == 2)
				add_span(out, ln + 1, ln + 1, ids, ids_len, NULL, 0,
				         "NOLINTNEXTLINE", why);
			else if (what == 3) {
				free(begin_ids);
				begin_ids = ids ? hvci_xstrndup(ids, ids_len) : NULL;
				begin_line = ln;
				has_begin = 1;
				free(why);
			} else if (what == 4 && has_begin) {
				add_span(out, begin_line, ln, begin_ids,
				         begin_ids ? strlen(begin_ids) : 0, NULL, 0, "NOLINTBEGIN",
				         why);
				has_begin = 0;
			} else {
				free(why);
			}
		}
		/* #pragma warning(...) / prefast(...), also inside __pragma(). */
		s = code;
		const char *t0 = s;
		while (isspace((unsigned char)*t0))
			t0++;
		int directive = *t0 == '#' || strstr(s, "__pragma(") || strstr(s, "_Pragma(");
		if (!directive)
			continue;
		const char *pw = strstr(s, "warning");
		const char *pf = strstr(s, "prefast");
		const char *pr = strstr(s, "pragma");
		if (!pr || (!pw && !pf))
			continue;
		const char *kw = pf && (!pw || pf < pw) ? pf : pw;
		const char *open = strchr(kw, '(');
		if (!open)
			continue;
		const char *end = strrchr(open, ')');
		if (!end)
			end = open + strlen(open);
		const char *body = open + 1;
		while (body < end && isspace((unsigned char)*body))
			body++;
		const char *kind =
		    kw == pf ? "#pragma prefast(suppress)" : "#pragma warning(suppress)";
		if (!strncmp(body, "suppress", 8) || !strncmp(body, "disable", 7)) {
			int disable = body[0] == 'd';
			const char *colon = strchr(body, ':');
			if (!colon || colon > end)
				continue;
			size_t ncas;
			unsigned *cas = parse_cas(colon + 1, end, &ncas);
			/* The justification string, from the raw line (the code
			 * text has string contents blanked). */
			char *why = NULL;
			const char *raw = lines[ln - 1];
			const char *rq = strstr(raw, "suppress");
			if (!rq)
				rq = strstr(raw, "disable");
			const char *quote = rq ? strchr(rq, '"') : NULL;
			const char *q2 = quote ? strchr(quote + 1, '"') : NULL;
			if (q2)
				why = hvci_xstrndup(quote + 1, (size_t)(q2 - quote - 1));
			if (!ncas) {
				free(cas);
				free(why);
				continue;
			}
			if (disable) {
				if (nd < 64) {
					disable_from[nd] = ln;
					disable_cas[nd] = cas;
					disable_n[nd] = ncas;
					nd++;
				} else {
					free(cas);
				}
				free(why);
			} else {
				unsigned target = next_code_line(lines, n, ln + 1);
				/* __pragma(warning(suppress: N)) on the code line itself */
				const char *t = s;
				while (isspace((unsigned char)*t))
					t++;
				if (*t != '#')
					target = ln;
				add_span(out, target, target, NULL, 0, cas, ncas, kind, why);
			}
		} else if (!strncmp(body, "push", 4)) {
			depth++;
		} else if (!strncmp(body, "pop", 3)) {
			/* Close the disables opened since the matching push. */
			while (nd > 0 && depth >= 0 && disable_from[nd - 1] <= ln) {
				nd--;
				add_span(out, disable_from[nd], ln, NULL, 0, disable_cas[nd],
				         disable_n[nd], "#pragma warning(disable)", NULL);
				if (depth == 0)
					break;
				break;
			}
			if (depth > 0)
				depth--;
		}
	}
	free(code);
	free(comment);
	while (nd > 0) {
		nd--;
		if (!rc)
			add_span(out, disable_from[nd], n, NULL, 0, disable_cas[nd], disable_n[nd],
			         "#pragma warning(disable)", NULL);
		else
			free(disable_cas[nd]);
	}
	free(begin_ids);
	for (unsigned k = 0; k < n; k++)
		free(lines[k]);
	free(lines);
	return rc;
}

static int ids_match(const char *ids, const char *rule)
{
	if (!ids)
		return 1;
	char *list = hvci_strdup(ids);
	int m = 0;
	for (char *tok = strtok(list, ", \t"); tok && !m; tok = strtok(NULL, ", \t"))
		m = hvci_glob_match(tok, rule);
	free(list);
	return m;
}

static int span_covers(const hvci_rules *rules, const span *sp, const hvci_finding *f)
{
	if (f->loc.line < sp->first || f->loc.line > sp->last)
		return 0;
	if (!sp->cas)
		return ids_match(sp->ids, f->rule_id);
	for (size_t i = 0; i < sp->n_cas; i++) {
		const char *const *ids = hvci_rules_for_ca(rules, sp->cas[i]);
		for (size_t j = 0; ids && ids[j]; j++)
			if (!strcmp(ids[j], f->rule_id))
				return 1;
	}
	return 0;
}

static void free_spans(spans *s)
{
	for (size_t i = 0; i < s->n; i++) {
		free(s->v[i].ids);
		free(s->v[i].cas);
		free(s->v[i].kind);
		free(s->v[i].why);
	}
	free(s->v);
	s->v = NULL;
	s->n = 0;
}

int hvci_suppress_apply(hvci_tu_result *r, const hvci_rules *rules, const char *main_file,
                        const char *(*read_text)(void *ud, const char *file, size_t *len),
                        int (*skipped)(void *ud, const char *file, unsigned line), void *ud)
{
	int rc = HVCI_OK;
	/* The main file is always checked, so a mistyped NOLINT is an error
	 * even before it would have mattered. */
	int main_seen = 0;
	for (size_t i = 0; i < r->n_findings; i++)
		main_seen |= !strcmp(r->findings[i].loc.file, main_file);
	if (!main_seen) {
		size_t len;
		const char *text = read_text(ud, main_file, &len);
		if (text) {
			spans sp = {NULL, 0};
			rc = scan_file(rules, main_file, text, len, skipped, ud, &sp);
			free_spans(&sp);
		}
	}
	/* Each distinct file with findings is scanned once. */
	for (size_t i = 0; i < r->n_findings && !rc; i++) {
		const char *file = r->findings[i].loc.file;
		int done = 0;
		for (size_t j = 0; j < i; j++)
			done |= !strcmp(r->findings[j].loc.file, file);
		if (done)
			continue;
		size_t len;
		const char *text = read_text(ud, file, &len);
		if (!text)
			continue;
		spans sp = {NULL, 0};
		rc = scan_file(rules, file, text, len, skipped, ud, &sp);
		for (size_t j = i; j < r->n_findings && !rc; j++) {
			hvci_finding *f = &r->findings[j];
			if (strcmp(f->loc.file, file) || f->suppressed)
				continue;
			for (size_t k = 0; k < sp.n; k++)
				if (span_covers(rules, &sp.v[k], f)) {
					f->suppressed = 1;
					f->suppression = hvci_strdup(sp.v[k].kind);
					f->justification = hvci_strdup(sp.v[k].why);
					break;
				}
		}
		free_spans(&sp);
	}
	return rc;
}
