/*
 * fix_hint.c - the last line of a run that fails on findings with
 * fix-its: the `hvcilint check --fix ...` command that applies them,
 * repeating what the run was given so a blocked commit says how to
 * unblock it.  It prints only; fix.c applies fix-its.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "fix.h"

/* " WORD", quoted for a POSIX shell when it needs it. */
static void put_word(FILE *out, const char *s)
{
	int plain = *s != '\0';
	for (const char *p = s; *p && plain; p++)
		plain = isalnum((unsigned char)*p) || strchr("-_./=:,+@%", *p);
	fputc(' ', out);
	if (plain) {
		fputs(s, out);
		return;
	}
	fputc('\'', out);
	for (const char *p = s; *p; p++)
		if (*p == '\'')
			fputs("'\\''", out);
		else
			fputc(*p, out);
	fputc('\'', out);
}

/* `file` relative to the current directory when it lies below it. */
static const char *from_here(const char *file, const char *cwd)
{
	size_t l = cwd ? strlen(cwd) : 0;
	if (l && !strncmp(file, cwd, l) && file[l] == '/')
		return file + l + 1;
	return file;
}

static int counts(const hvci_finding *f, int fail_on)
{
	return !f->suppressed && f->baseline != HVCI_BASELINE_ABSENT && f->n_fixits &&
	       fail_on != HVCI_SEV_NONE && (int)f->severity >= fail_on;
}

void cli_fix_hint(FILE *out, hvci_tu_result *const *results, const char *const *files, size_t n,
                  const cli_fix_hint_ctx *c)
{
	size_t fixable = 0;
	if (cli_quiet)
		return; /* --quiet: findings only */
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < results[i]->n_findings; j++)
			fixable += counts(&results[i]->findings[j], c->fail_on);
	if (!fixable)
		return;
	char cwd[4096];
	const char *here = getcwd(cwd, sizeof cwd) ? cwd : NULL;
	fprintf(out, "hvcilint: run this to apply the %zu available fix%s: hvcilint check --fix",
	        fixable, fixable == 1 ? "" : "es");
	if (c->staged)
		fputs(" --staged", out);
	if (c->diff_base) {
		fputs(" --diff-base", out);
		put_word(out, c->diff_base);
	}
	if (c->no_db)
		fputs(" --no-db", out);
	if (c->config) {
		fputs(" --config", out);
		put_word(out, c->config);
	}
	if (c->pdir) {
		fputs(" -p", out);
		put_word(out, from_here(c->pdir, here));
	}
	/* The units with something to fix, each once. */
	for (size_t i = 0; i < n; i++) {
		int any = 0, seen = 0;
		for (size_t j = 0; j < results[i]->n_findings && !any; j++)
			any = counts(&results[i]->findings[j], c->fail_on);
		for (size_t k = 0; k < i && any && !seen; k++)
			seen = !strcmp(files[k], files[i]);
		if (any && !seen)
			put_word(out, from_here(files[i], here));
	}
	if (c->cargs) {
		fputs(" --", out);
		for (size_t k = 0; k < c->ncargs; k++)
			put_word(out, c->cargs[k]);
	}
	fputc('\n', out);
}
