/*
 * fix_diff.c - the unified diff `check --fix-dry-run` prints: the lines
 * one file's accepted edits touch, with three lines of context, in the
 * form `git apply` and `patch -p1` accept.  Edits are grouped into regions
 * that end where a line ends, and regions close together share a hunk.
 * Which edits are taken, and checking them, is fix.c's job; this file
 * only prints them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fix_int.h"
#include "util/util.h"

/* Lines for the diff are "\n"-terminated, as diff and git apply count them. */
typedef struct {
	const char *p;
	size_t len; /* including the "\n", if any */
} span;

static span *split_lines(const char *p, size_t len, size_t *n)
{
	size_t cap = 16;
	span *v = hvci_xmalloc(cap * sizeof *v);
	*n = 0;
	size_t s = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i < len && p[i] != '\n')
			continue;
		size_t e = i < len ? i + 1 : len;
		if (e > s) {
			if (*n == cap) {
				cap *= 2;
				v = hvci_xrealloc(v, cap * sizeof *v);
			}
			v[(*n)++] = (span){p + s, e - s};
		}
		s = e;
	}
	return v;
}

static void put_line(FILE *out, char mark, span l)
{
	fputc(mark, out);
	fwrite(l.p, 1, l.len, out);
	if (!l.len || l.p[l.len - 1] != '\n')
		fputs("\n\\ No newline at end of file\n", out);
}

typedef struct {
	size_t a, b; /* old lines a..b (0-based, inclusive) are replaced */
	char *text;  /* by this */
	size_t len;  /* length of text */
	span *nl;    /* text split into lines */
	size_t nnl;  /* entries in nl */
} region;

static size_t line_of(const span *ol, size_t nol, const char *base, size_t off)
{
	size_t lo = 0, hi = nol;
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if ((size_t)(ol[mid].p - base) <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

void cli_fix__print_diff(FILE *out, const fix_file *ff, const char *shown)
{
	const char *base = (const char *)ff->buf;
	size_t nol;
	span *ol = split_lines(base, ff->len, &nol);
	if (!nol) {
		/* An empty file: the whole new content is one added hunk. */
		size_t len;
		char *t = cli_fix__splice(ff, 0, 0, 0, ff->ne, &len);
		size_t nnl;
		span *nl = split_lines(t, len, &nnl);
		fprintf(out, "--- %s%s\n+++ %s%s\n@@ -0,0 +1,%zu @@\n", shown[0] == '/' ? "" : "a/",
		        shown, shown[0] == '/' ? "" : "b/", shown, nnl);
		for (size_t i = 0; i < nnl; i++)
			put_line(out, '+', nl[i]);
		free(nl);
		free(t);
		free(ol);
		return;
	}
	region *rg = NULL;
	size_t nrg = 0;
	for (size_t k = 0; k < ff->ne;) {
		const edit *e = &ff->e[k];
		size_t a = line_of(ol, nol, base, e->start);
		size_t b = line_of(ol, nol, base, e->end > e->start ? e->end - 1 : e->start);
		size_t to = k;
		char *t = NULL;
		size_t len = 0;
		for (;;) {
			while (to < ff->ne && line_of(ol, nol, base, ff->e[to].start) <= b + 1) {
				const edit *x = &ff->e[to];
				size_t xb = line_of(ol, nol, base,
				                    x->end > x->start ? x->end - 1 : x->start);
				if (xb > b)
					b = xb;
				to++;
			}
			size_t lo = (size_t)(ol[a].p - base),
			       hi = (size_t)(ol[b].p - base) + ol[b].len;
			free(t);
			t = cli_fix__splice(ff, lo, hi, k, to, &len);
			/* A region must end where a line ends, or the next line joins it. */
			if (!len || t[len - 1] == '\n' || b + 1 >= nol)
				break;
			b++;
		}
		rg = hvci_xrealloc(rg, (nrg + 1) * sizeof *rg);
		rg[nrg].a = a;
		rg[nrg].b = b;
		rg[nrg].text = t;
		rg[nrg].len = len;
		rg[nrg].nl = split_lines(t, len, &rg[nrg].nnl);
		nrg++;
		k = to;
	}
	fprintf(out, "--- %s%s\n+++ %s%s\n", shown[0] == '/' ? "" : "a/", shown,
	        shown[0] == '/' ? "" : "b/", shown);
	long delta = 0; /* new lines minus old lines before the current hunk */
	for (size_t h = 0; h < nrg;) {
		size_t last = h;
		while (last + 1 < nrg && rg[last + 1].a - rg[last].b - 1 <= 6)
			last++;
		size_t from = rg[h].a >= 3 ? rg[h].a - 3 : 0;
		size_t to = rg[last].b + 3 < nol ? rg[last].b + 3 : nol - 1;
		size_t oldn = to - from + 1;
		long hd = 0;
		for (size_t r = h; r <= last; r++)
			hd += (long)rg[r].nnl - (long)(rg[r].b - rg[r].a + 1);
		size_t newn = (size_t)((long)oldn + hd);
		long news = (long)from + 1 + delta;
		if (!newn)
			news--;
		fprintf(out, "@@ -%zu,%zu +%ld,%zu @@\n", from + 1, oldn, news, newn);
		size_t line = from;
		for (size_t r = h; r <= last; r++) {
			for (; line < rg[r].a; line++)
				put_line(out, ' ', ol[line]);
			for (; line <= rg[r].b; line++)
				put_line(out, '-', ol[line]);
			for (size_t i = 0; i < rg[r].nnl; i++)
				put_line(out, '+', rg[r].nl[i]);
		}
		for (; line <= to; line++)
			put_line(out, ' ', ol[line]);
		delta += hd;
		h = last + 1;
	}
	for (size_t r = 0; r < nrg; r++) {
		free(rg[r].text);
		free(rg[r].nl);
	}
	free(rg);
	free(ol);
}
