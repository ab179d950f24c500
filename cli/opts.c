/*
 * opts.c - option parsing shared by the subcommands: a table of options
 * (one row each) read with getopt_long, checked number values, and the
 * options several subcommands share (output format, -j, --timeout, ...).
 *
 * Options and operands are returned in the order given (getopt's "-"
 * mode), so argv is never permuted and the command line recorded in the
 * store is the one typed; "--" ends the options and the rest is left to
 * the caller.  Every bad option or value is one error line; the caller
 * exits 2.  What an option means is the subcommand's business.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* getopt_long's code for a long-only row k. */
#define LONG_ONLY_BASE 256

int cli_opts_init(cli_opts *p, const char *cmd, int argc, char **argv, const cli_opt *table,
                  size_t n)
{
	memset(p, 0, sizeof *p);
	p->cmd = cmd;
	p->argc = argc;
	p->argv = argv;
	p->table = table;
	p->n = n;
	p->longs = calloc(n + 1, sizeof *p->longs);
	p->shorts = calloc(2 * n + 3, 1);
	if (!p->longs || !p->shorts) {
		cli_error("out of memory");
		cli_opts_free(p);
		return -1;
	}
	/* "-": operands in order; ":": a missing value is told apart. */
	char *s = p->shorts;
	*s++ = '-';
	*s++ = ':';
	size_t nl = 0;
	for (size_t k = 0; k < n; k++) {
		int code = table[k].short_name ? table[k].short_name : LONG_ONLY_BASE + (int)k;
		if (table[k].short_name) {
			*s++ = table[k].short_name;
			if (table[k].takes_value)
				*s++ = ':';
		}
		if (table[k].name) {
			struct option *o = &p->longs[nl++];
			o->name = table[k].name;
			o->has_arg = table[k].takes_value ? required_argument : no_argument;
			o->flag = NULL;
			o->val = code;
		}
	}
	/* optind 0 makes glibc start afresh (a second parse in one process). */
	optind = 0;
	opterr = 0;
	return 0;
}

void cli_opts_free(cli_opts *p)
{
	free(p->longs);
	free(p->shorts);
	p->longs = NULL;
	p->shorts = NULL;
}

static const cli_opt *row_of(const cli_opts *p, int code)
{
	for (size_t k = 0; k < p->n; k++) {
		int c = p->table[k].short_name ? p->table[k].short_name : LONG_ONLY_BASE + (int)k;
		if (c == code)
			return &p->table[k];
	}
	return NULL;
}

/* How the user spelled the option at argv[at], without "=VALUE". */
static void spelled(const cli_opts *p, int at, const cli_opt *row, char *buf, size_t len)
{
	const char *a = at < p->argc ? p->argv[at] : "";
	if (!strncmp(a, "--", 2)) {
		size_t l = strcspn(a, "=");
		snprintf(buf, len, "%.*s", (int)l, a);
	} else if (row && row->short_name) {
		snprintf(buf, len, "-%c", row->short_name);
	} else {
		snprintf(buf, len, "%s", a);
	}
}

/* How many long options "--abbrev" could stand for (getopt_long takes unique prefixes). */
static int prefix_matches(const cli_opts *p, const char *name)
{
	if (strncmp(name, "--", 2))
		return 0;
	int m = 0;
	for (size_t k = 0; k < p->n; k++)
		m += p->table[k].name && !strncmp(p->table[k].name, name + 2, strlen(name + 2));
	return m;
}

int cli_opts_next(cli_opts *p)
{
	int at = optind ? optind : 1;
	int c = getopt_long(p->argc, p->argv, p->shorts, p->longs, NULL);
	p->value = optarg;
	if (c == -1) {
		/* In "-" mode getopt only stops early at "--". */
		p->rest = optind;
		p->dashdash = at < p->argc;
		return CLI_OPT_END;
	}
	if (c == 1)
		return CLI_OPT_OPERAND;
	char name[128];
	if (c == ':') {
		spelled(p, at, row_of(p, optopt), name, sizeof name);
		cli_error("option '%s' needs a value; run 'hvcilint %s --help'", name, p->cmd);
		return CLI_OPT_ERROR;
	}
	if (c == '?') {
		const cli_opt *row = optopt ? row_of(p, optopt) : NULL;
		spelled(p, at, row, name, sizeof name);
		if (row && !row->takes_value && strchr(p->argv[at], '='))
			cli_error("option '%s' takes no value; run 'hvcilint %s --help'", name,
			          p->cmd);
		else if (optopt && !row)
			cli_error("unknown option '-%c' for '%s'; run 'hvcilint %s --help'", optopt,
			          p->cmd, p->cmd);
		else if (prefix_matches(p, name) > 1)
			cli_error("ambiguous option '%s' for '%s'; spell it out (run 'hvcilint %s "
			          "--help')",
			          name, p->cmd, p->cmd);
		else
			cli_error("unknown option '%s' for '%s'; run 'hvcilint %s --help'", name,
			          p->cmd, p->cmd);
		return CLI_OPT_ERROR;
	}
	const cli_opt *row = row_of(p, c);
	if (!row) {
		cli_error("unknown option '%s' for '%s'; run 'hvcilint %s --help'", p->argv[at],
		          p->cmd, p->cmd);
		return CLI_OPT_ERROR;
	}
	return row->id;
}

int cli_num_long(const char *opt, const char *v, long lo, long hi, long *out)
{
	char *end;
	errno = 0;
	long x = strtol(v, &end, 10);
	if (!*v || *end || errno || x < lo || x > hi) {
		if (hi == LONG_MAX)
			cli_error("bad %s '%s'; give a whole number, %ld or more", opt, v, lo);
		else
			cli_error("bad %s '%s'; give a whole number from %ld to %ld", opt, v, lo,
			          hi);
		return -1;
	}
	*out = x;
	return 0;
}

int cli_num_double(const char *opt, const char *v, double lo, double hi, double *out)
{
	char *end;
	errno = 0;
	double x = strtod(v, &end);
	if (!*v || *end || errno || !isfinite(x) || x < lo || x > hi) {
		cli_error("bad %s '%s'; give a number from %g to %g", opt, v, lo, hi);
		return -1;
	}
	*out = x;
	return 0;
}

int cli_common_opt(int id, const char *v, cli_output_opts *o, int *nproc, double *timeout)
{
	switch (id) {
	case CLI_O_FORMAT: {
		int f = cli_parse_format(v);
		if (f < 0) {
			cli_error("unknown --format '%s'; use text, json, sarif, html, junit or "
			          "codeclimate",
			          v);
			return -1;
		}
		o->format = (hvci_format)f;
		return 1;
	}
	case CLI_O_OUTPUT:
		if (!*v) {
			cli_error("option -o needs a file name; pass -o FILE (or - for stdout)");
			return -1;
		}
		o->output = v;
		return 1;
	case CLI_O_FAIL_ON: {
		int s = hvci_severity_parse(v);
		if (s < 0) {
			cli_error("unknown --fail-on '%s'; use note, warning, error or none", v);
			return -1;
		}
		o->fail_on = s;
		return 1;
	}
	case CLI_O_COLOR:
		o->color = 1;
		return 1;
	case CLI_O_NO_COLOR:
		o->color = 0;
		return 1;
	case CLI_O_RULES_DIR:
		o->rules_dir = v;
		return 1;
	case CLI_O_CONFIG:
		o->config = v;
		return 1;
	case CLI_O_CHECKS:
		if (o->n_checks == CLI_MAX_CHECKS) {
			cli_error("more than %d --checks options; join them into one list, e.g. "
			          "--checks='-*,hvci-exec-*'",
			          CLI_MAX_CHECKS);
			return -1;
		}
		o->checks[o->n_checks++] = v;
		return 1;
	case CLI_O_QUIET:
		cli_quiet = 1;
		return 1;
	case CLI_O_ALLOW_PARTIAL:
		o->allow_partial = 1;
		return 1;
	case CLI_O_SHOW_SUPPRESSED:
		o->show_suppressed = 1;
		return 1;
	case CLI_O_SARIF_CATEGORY: {
		/* Code scanning reads the category up to the id's last '/'. */
		size_t l = strlen(v);
		while (l && v[l - 1] == '/')
			l--;
		if (!l || strspn(v, " \t") == strlen(v)) {
			cli_error("bad --sarif-category '%s'; give a name such as hvcilint/x64", v);
			return -1;
		}
		o->sarif_category = v;
		return 1;
	}
	case CLI_O_HELP_URI_BASE:
		o->help_uri_base = v;
		return 1;
	case CLI_O_JOBS: {
		long j;
		if (!nproc || cli_num_long("-j", v, 1, CLI_MAX_JOBS, &j))
			return -1;
		*nproc = (int)j;
		return 1;
	}
	case CLI_O_TIMEOUT:
		/* 0 keeps the old meaning: no limit. */
		if (!timeout || cli_num_double("--timeout", v, 0, CLI_MAX_TIMEOUT, timeout))
			return -1;
		return 1;
	case CLI_O_MEMORY_LIMIT:
		return cli_set_memory_limit(v) ? -1 : 1;
	case CLI_O_PCH:
		cli_set_pch(1);
		return 1;
	case CLI_O_PCH_DIR:
		if (!v[0]) {
			cli_error("bad --pch-dir ''; give a folder");
			return -1;
		}
		cli_set_pch_dir(v);
		return 1;
	case CLI_O_NO_PCH:
		cli_set_pch(0);
		return 1;
	default:
		return 0;
	}
}
