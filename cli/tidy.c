/*
 * tidy.c - the options check shares with clang-tidy's command line:
 * --extra-arg and --extra-arg-before (added to every compile command before
 * the engine's allow-list judges them), --exclude (source files left out),
 * --header-filter (which headers' findings are shown) and --dump-config
 * (the effective config as YAML).  The rule selection (--checks) and the
 * config keys live with the rule table (plugin/src/rules/config.c); the
 * fix-it export is fix.c's.  Nothing here analyses or decides exit codes.
 */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "rules/rules.h"
#include "util/util.h"

int cli_tidy_opt(int id, const char *v, cli_tidy_opts *t)
{
	switch (id) {
	case CLI_O_EXTRA_ARG:
	case CLI_O_EXTRA_ARG_BEFORE: {
		int before = id == CLI_O_EXTRA_ARG_BEFORE;
		size_t *n = before ? &t->n_before : &t->n_after;
		if (*n == CLI_MAX_EXTRA) {
			cli_error(
			    "more than %d --extra-arg%s options; put the flags in the compile "
			    "database instead",
			    CLI_MAX_EXTRA, before ? "-before" : "");
			return -1;
		}
		(before ? t->before : t->after)[(*n)++] = v;
		return 1;
	}
	case CLI_O_EXCLUDE:
		if (!*v) {
			cli_error("--exclude needs a file glob, e.g. --exclude 'third_party/*'");
			return -1;
		}
		if (t->n_exclude == CLI_MAX_EXTRA) {
			cli_error("more than %d --exclude options; list the globs under 'exclude:' "
			          "in .hvcilint.yaml",
			          CLI_MAX_EXTRA);
			return -1;
		}
		t->exclude[t->n_exclude++] = v;
		return 1;
	case CLI_O_HEADER_FILTER: {
		regex_t rx;
		if (regcomp(&rx, v, REG_EXTENDED | REG_NOSUB) != 0) {
			cli_error("bad --header-filter '%s'; give a POSIX extended regular "
			          "expression, e.g. --header-filter='/src/'",
			          v);
			return -1;
		}
		regfree(&rx);
		t->header_filter = v;
		return 1;
	}
	case CLI_O_DUMP_CONFIG:
		t->dump_config = 1;
		return 1;
	case CLI_O_EXPORT_FIXES:
		if (!*v) {
			cli_error("--export-fixes needs a file name");
			return -1;
		}
		t->export_fixes = v;
		return 1;
	default:
		return 0;
	}
}

void cli_tidy_extra_args(const cli_tidy_opts *t, cli_job *v, size_t n)
{
	if (!t->n_before && !t->n_after)
		return;
	for (size_t i = 0; i < n; i++) {
		cli_job *j = &v[i];
		size_t m = j->argc + t->n_before + t->n_after;
		char **a = hvci_xcalloc(m + 1, sizeof *a);
		size_t k = 0;
		/* argv[0] is the compiler: the "before" flags come right after it. */
		if (j->argc)
			a[k++] = j->argv[0];
		for (size_t b = 0; b < t->n_before; b++)
			a[k++] = hvci_strdup(t->before[b]);
		for (size_t b = 1; b < j->argc; b++)
			a[k++] = j->argv[b];
		for (size_t b = 0; b < t->n_after; b++)
			a[k++] = hvci_strdup(t->after[b]);
		free(j->argv);
		j->argv = a;
		j->argc = k;
	}
}

void cli_tidy_apply(const cli_tidy_opts *t, hvci_rules *rules)
{
	for (size_t i = 0; i < t->n_exclude; i++) {
		char *g = cli_abs_path(t->exclude[i], NULL);
		if (g)
			hvci_rules_add_exclude(rules, g);
		free(g);
	}
	if (t->header_filter)
		hvci_rules_set_header_filter(rules, t->header_filter);
}

void cli_tidy_exclude(const hvci_rules *rules, cli_job *v, size_t *n, void (*free_job)(cli_job *))
{
	size_t o = 0, dropped = 0;
	for (size_t i = 0; i < *n; i++) {
		char *real = cli_real_path(v[i].file, v[i].directory);
		const hvci_rules *r = v[i].rules ? v[i].rules : rules;
		int ex =
		    hvci_rules_excluded(r, v[i].file) || (real && hvci_rules_excluded(r, real));
		free(real);
		if (ex) {
			free_job(&v[i]);
			dropped++;
			continue;
		}
		v[o++] = v[i];
	}
	*n = o;
	if (dropped)
		cli_note("%zu source file%s left out by --exclude or the config's 'exclude:'",
		         dropped, dropped == 1 ? "" : "s");
}

int cli_tidy_header_filter(const hvci_rules *rules, hvci_tu_result *const *rs, size_t n,
                           const char *const *dirs)
{
	const char *re = hvci_rules_header_filter(rules);
	if (!re)
		return 0; /* the default: main files and user headers, as before */
	regex_t rx;
	if (regcomp(&rx, re, REG_EXTENDED | REG_NOSUB) != 0) {
		cli_error("bad header filter '%s'; give a POSIX extended regular expression", re);
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		const char *dir = dirs ? dirs[i] : NULL;
		char *main_file = cli_real_path(rs[i]->file, dir);
		size_t o = 0;
		for (size_t j = 0; j < rs[i]->n_findings; j++) {
			hvci_finding *f = &rs[i]->findings[j];
			int keep = 1;
			if (f->loc.file && !f->loc.logical) {
				char *p = cli_real_path(f->loc.file, dir);
				/* The main file's findings always show, as clang-tidy's do;
				 * an empty filter, as there, shows no header's. */
				keep = !strcmp(p, main_file) ||
				       (*re && regexec(&rx, p, 0, NULL, 0) == 0);
				free(p);
			}
			if (!keep) {
				hvci_finding_clear(f);
				continue;
			}
			rs[i]->findings[o++] = *f;
		}
		rs[i]->n_findings = o;
		free(main_file);
	}
	regfree(&rx);
	return 0;
}

void cli_tidy_dump_config(const cli_tidy_opts *t, const hvci_rules *rules, FILE *out)
{
	hvci_rules_dump_config(rules, out);
	/* Compile flags are the command line's business, not a config key. */
	for (size_t i = 0; i < t->n_before; i++)
		fprintf(out, "# --extra-arg-before=%s\n", t->before[i]);
	for (size_t i = 0; i < t->n_after; i++)
		fprintf(out, "# --extra-arg=%s\n", t->after[i]);
}
