/*
 * verify.c - the testcase runner's core, in the style of clang -verify.
 *
 * Expectations live in comments of the main file:
 *   // expected-warning {{text}}         on this line
 *   // expected-note@+1 {{text}}         on the next line (@-N, @N absolute)
 *   // expected-warning 2 {{text}}       exactly twice
 *   // expected-no-diagnostics           the file must be clean
 * `text` is matched as a substring of "message [rule-id]", so a test can
 * pin the rule too.  Every unsuppressed finding and every tool diagnostic
 * located in the main file must be expected, and every expectation seen;
 * anything else is a mismatch.  Notes attached to findings are not
 * diagnostics of their own and are not matched.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "verify.h"
#include "util/util.h"

typedef struct {
	unsigned line;
	int sev;
	int count;
	char *text;
	unsigned src_line;
} expect;

typedef struct {
	unsigned line;
	int sev;
	char *text;
	int used;
} actual;

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 65536, n = 0;
	char *b = hvci_xmalloc(cap + 1);
	size_t k;
	while (b && (k = fread(b + n, 1, cap - n, f)) > 0) {
		n += k;
		if (n == cap) {
			char *nb = hvci_xrealloc(b, cap * 2 + 1);
			if (!nb) {
				free(b);
				b = NULL;
				break;
			}
			b = nb;
			cap *= 2;
		}
	}
	fclose(f);
	if (b)
		b[n] = '\0';
	*len = n;
	return b;
}

static int parse_expectations(const char *text, expect **out, size_t *n, int *no_diags)
{
	*out = NULL;
	*n = 0;
	*no_diags = 0;
	unsigned line = 1;
	int errors = 0;
	for (const char *p = text; *p; p++) {
		if (*p == '\n') {
			line++;
			continue;
		}
		if (strncmp(p, "expected-", 9))
			continue;
		const char *q = p + 9;
		if (!strncmp(q, "no-diagnostics", 14)) {
			*no_diags = 1;
			p = q + 13;
			continue;
		}
		int sev;
		if (!strncmp(q, "warning", 7)) {
			sev = HVCI_SEV_WARNING;
			q += 7;
		} else if (!strncmp(q, "error", 5)) {
			sev = HVCI_SEV_ERROR;
			q += 5;
		} else if (!strncmp(q, "note", 4)) {
			sev = HVCI_SEV_NOTE;
			q += 4;
		} else {
			continue;
		}
		unsigned target = line;
		if (*q == '@') {
			q++;
			char *e;
			if (*q == '+' || *q == '-') {
				long d = strtol(q, &e, 10);
				target = (unsigned)((long)line + d);
			} else {
				target = (unsigned)strtoul(q, &e, 10);
			}
			q = e;
		}
		while (*q == ' ' || *q == '\t')
			q++;
		int count = 1;
		if (isdigit((unsigned char)*q)) {
			char *e;
			count = (int)strtol(q, &e, 10);
			q = e;
			while (*q == ' ' || *q == '\t')
				q++;
		}
		if (strncmp(q, "{{", 2)) {
			fprintf(stderr, "verify: line %u: expected '{{' after expected-*\n", line);
			errors++;
			continue;
		}
		const char *end = strstr(q + 2, "}}");
		const char *nl = strchr(q, '\n');
		if (!end || (nl && nl < end)) {
			fprintf(stderr, "verify: line %u: missing '}}'\n", line);
			errors++;
			continue;
		}
		*out = hvci_xrealloc(*out, (*n + 1) * sizeof **out);
		expect *x = &(*out)[(*n)++];
		x->line = target;
		x->sev = sev;
		x->count = count;
		x->text = hvci_xstrndup(q + 2, (size_t)(end - q - 2));
		x->src_line = line;
		p = end + 1;
	}
	return errors;
}

static const char *sev_name(int s)
{
	return s == HVCI_SEV_ERROR ? "error" : s == HVCI_SEV_WARNING ? "warning" : "note";
}

int cli_verify(const hvci_tu_result *r, const char *main_file, FILE *out)
{
	size_t len;
	char *text = slurp(main_file, &len);
	if (!text) {
		fprintf(out, "error: cannot read '%s'\n", main_file);
		return -1;
	}
	expect *ex;
	size_t nex;
	int no_diags;
	int mismatches = parse_expectations(text, &ex, &nex, &no_diags);
	free(text);
	const char *base = strrchr(main_file, '/');
	base = base ? base + 1 : main_file;

	actual *ac = NULL;
	size_t nac = 0;
	for (size_t i = 0; i < r->n_findings; i++) {
		const hvci_finding *f = &r->findings[i];
		const char *fb = strrchr(f->loc.file, '/');
		fb = fb ? fb + 1 : f->loc.file;
		if (f->suppressed || strcmp(fb, base))
			continue;
		ac = hvci_xrealloc(ac, (nac + 1) * sizeof *ac);
		size_t l = strlen(f->message) + strlen(f->rule_id) + 4;
		ac[nac].text = hvci_xmalloc(l);
		snprintf(ac[nac].text, l, "%s [%s]", f->message, f->rule_id);
		ac[nac].line = f->loc.line;
		ac[nac].sev = f->severity;
		ac[nac++].used = 0;
	}
	for (size_t i = 0; i < r->n_diags; i++) {
		const hvci_tool_diag *d = &r->diags[i];
		ac = hvci_xrealloc(ac, (nac + 1) * sizeof *ac);
		size_t l = strlen(d->message) + 12;
		ac[nac].text = hvci_xmalloc(l);
		snprintf(ac[nac].text, l, "%s [hvcilint]", d->message);
		const char *fb = d->loc.file ? strrchr(d->loc.file, '/') : NULL;
		fb = fb ? fb + 1 : d->loc.file;
		ac[nac].line = fb && !strcmp(fb, base) ? d->loc.line : 0;
		ac[nac].sev = d->severity;
		ac[nac++].used = 0;
	}
	for (int sev = HVCI_SEV_ERROR; sev >= HVCI_SEV_NOTE; sev--) {
		int header = 0;
		for (size_t i = 0; i < nex; i++) {
			expect *x = &ex[i];
			if (x->sev != sev)
				continue;
			int seen = 0;
			for (size_t j = 0; j < nac && seen < x->count; j++) {
				if (ac[j].used || ac[j].sev != sev || ac[j].line != x->line ||
				    !strstr(ac[j].text, x->text))
					continue;
				ac[j].used = 1;
				seen++;
			}
			if (seen < x->count) {
				if (!header++)
					fprintf(out,
					        "error: '%s' diagnostics expected but not seen:\n",
					        sev_name(sev));
				fprintf(out, "  File %s Line %u (directive at line %u): %s\n", base,
				        x->line, x->src_line, x->text);
				mismatches++;
			}
		}
		header = 0;
		for (size_t j = 0; j < nac; j++) {
			if (ac[j].used || ac[j].sev != sev)
				continue;
			if (!header++)
				fprintf(out, "error: '%s' diagnostics seen but not expected:\n",
				        sev_name(sev));
			fprintf(out, "  File %s Line %u: %s\n", base, ac[j].line, ac[j].text);
			mismatches++;
		}
	}
	if (no_diags && nex) {
		fprintf(out,
		        "error: expected-no-diagnostics together with expected-* directives\n");
		mismatches++;
	}
	if (!no_diags && !nex && !mismatches) {
		fprintf(out, "error: no expected directives found: use expected-no-diagnostics\n");
		mismatches++;
	}
	for (size_t i = 0; i < nex; i++)
		free(ex[i].text);
	free(ex);
	for (size_t j = 0; j < nac; j++)
		free(ac[j].text);
	free(ac);
	return mismatches;
}
