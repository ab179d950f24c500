/*
 * cmd_report.c - `hvcilint report`: prints a stored run, compared with an
 * earlier one, in any output format.
 *
 *   hvcilint report [--db FILE] [--run ID] [--compare ID] [--new-only]
 *                   [--baseline FILE.sarif|RUN]
 *                   [--format text|json|sarif|html|junit|codeclimate] [-o FILE] [--fail-on LEVEL]
 *                   [--allow-partial]
 *
 * Findings are matched across runs by fingerprint, so each is new or
 * unchanged, and findings of the compared run that are gone come back as
 * absent (SARIF baselineState).  With --new-only only new findings are
 * printed and counted for the exit code, so a pull request fails on what
 * it adds and not on legacy code.  --baseline does the same for the exit
 * code while still printing everything, against a run or against a SARIF
 * file from an earlier CI job (any version of hvcilint, or a hand-kept
 * legacy file): results match by fingerprint, else by rule, file and line.
 */
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "baseline.h"
#include "cli.h"
#include "util/util.h"

static int has_fp(hvci_tu_result **rs, size_t n, const char *fp)
{
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < rs[i]->n_findings; j++)
			if (rs[i]->findings[j].fingerprint &&
			    !strcmp(rs[i]->findings[j].fingerprint, fp))
				return 1;
	return 0;
}

/* The fingerprint scheme of a run: that of its first fingerprinted finding. */
static int fp_version(hvci_tu_result **rs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < rs[i]->n_findings; j++)
			if (rs[i]->findings[j].fingerprint)
				return hvci_fingerprint_version(rs[i]->findings[j].fingerprint);
	return 0;
}

/*
 * Gives every finding of a run a fingerprint of scheme 2, the newest one
 * the store's columns can make again (rule, function, source line; the
 * statement of scheme 3 is not stored), numbered per file of each unit as
 * the store numbers them.
 */
static void refingerprint(hvci_tu_result **rs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < rs[i]->n_findings; j++) {
			hvci_finding *f = &rs[i]->findings[j];
			char *mine = hvci_finding_fingerprint_v(f, 1, 2);
			size_t occ = 1;
			for (size_t k = 0; k < j; k++) {
				const hvci_finding *g = &rs[i]->findings[k];
				char *theirs = hvci_finding_fingerprint_v(g, 1, 2);
				occ += theirs && mine && !strcmp(theirs, mine) && f->loc.file &&
				       g->loc.file && !strcmp(f->loc.file, g->loc.file);
				free(theirs);
			}
			free(mine);
			free(f->fingerprint);
			f->fingerprint = hvci_finding_fingerprint_v(f, occ, 2);
		}
}

static int all_digits(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (!isdigit((unsigned char)*s))
			return 0;
	return 1;
}

/* Workers store files as they finish; reports list them by path. */
static int by_file(const void *a, const void *b)
{
	const hvci_tu_result *x = *(hvci_tu_result *const *)a, *y = *(hvci_tu_result *const *)b;
	return strcmp(x->file ? x->file : "", y->file ? y->file : "");
}

static void free_results(hvci_tu_result **rs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		hvci_tu_result_free(rs[i]);
	free(rs);
}

enum { OPT_DB = 1, OPT_P, OPT_RUN, OPT_COMPARE, OPT_BASELINE, OPT_NEW_ONLY };

static const cli_opt report_opts[] = {
    CLI_OPT_HELP,
    CLI_OPTS_OUTPUT,
    CLI_OPTS_RULES,
    CLI_OPT_ALLOW_PARTIAL,
    {"db", 0, 1, OPT_DB},
    {"build-dir", 'p', 1, OPT_P},
    {"run", 0, 1, OPT_RUN},
    {"compare", 0, 1, OPT_COMPARE},
    {"baseline", 0, 1, OPT_BASELINE},
    {"new-only", 0, 0, OPT_NEW_ONLY},
};

static void usage(FILE *out)
{
	fprintf(out, "usage: hvcilint report [-p BUILD_DIR | --db FILE] [--run ID] [--compare ID]\n"
	             "                       [--new-only] [--baseline FILE.sarif|RUN]\n"
	             "                       [--format text|json|sarif|html|junit|codeclimate]\n"
	             "                       [-o FILE] [--fail-on LEVEL] [--allow-partial]\n"
	             "                       [--sarif-category NAME] [--help-uri-base URL]\n"
	             "                       [--checks GLOBS] [--quiet]\n"
	             "Prints a stored run (default: the latest) compared with an earlier one\n"
	             "(default: the previous complete run; --compare 0 compares with nothing).\n"
	             "Exit 1 when the selected findings are not empty.\n"
	             "With --baseline only findings new against that run or SARIF file fail.\n"
	             "Exit 2 when affected calls were not analysed, unless --allow-partial.\n"
	             "--sarif-category names the code scanning category (automationDetails.id\n"
	             "NAME/run-N; default hvcilint); --help-uri-base URL points rule help links\n"
	             "at URL/ID.md (or {id} in URL).  --checks shows only the findings of the\n"
	             "rules it selects (as check).\n");
}

int cmd_report(int argc, char **argv)
{
	cli_output_opts o;
	memset(&o, 0, sizeof o);
	o.fail_on = HVCI_SEV_WARNING;
	o.color = -1;
	const char *db = NULL;
	char *pdir = NULL, found_db[4096];
	long long run = 0, compare = -1;
	int new_only = 0;
	const char *baseline = NULL;
	cli_opts op;
	if (cli_opts_init(&op, "report", argc, argv, report_opts,
	                  sizeof report_opts / sizeof *report_opts))
		return HVCI_EXIT_ERROR;
	int id, bad = 0;
	while (!bad && (id = cli_opts_next(&op)) != CLI_OPT_END) {
		const char *v = op.value;
		long n;
		int c = cli_common_opt(id, v, &o, NULL, NULL);
		if (c) {
			bad = c < 0;
			continue;
		}
		switch (id) {
		case CLI_O_HELP:
			usage(stdout);
			cli_opts_free(&op);
			return HVCI_EXIT_OK;
		case OPT_DB:
			db = v;
			break;
		case OPT_P:
			free(pdir);
			bad = !(pdir = cli_compdb_dir(v));
			break;
		case OPT_RUN:
			bad = cli_num_long("--run", v, 1, LONG_MAX, &n) != 0;
			run = n;
			break;
		case OPT_COMPARE:
			/* 0: compare with nothing */
			bad = cli_num_long("--compare", v, 0, LONG_MAX, &n) != 0;
			compare = n;
			break;
		case OPT_BASELINE:
			/* A run id, else a SARIF file. */
			baseline = v;
			bad = all_digits(v) && cli_num_long("--baseline", v, 1, LONG_MAX, &n);
			break;
		case OPT_NEW_ONLY:
			new_only = 1;
			break;
		case CLI_OPT_OPERAND:
			cli_error("'report' takes no file ('%s'); pass the store with --db", v);
			bad = 1;
			break;
		default:
			bad = 1;
			break;
		}
	}
	if (!bad && op.dashdash && op.rest < argc) {
		cli_error("'report' takes no file ('%s'); pass the store with --db", argv[op.rest]);
		bad = 1;
	}
	cli_opts_free(&op);
	if (!bad && !db) {
		/* Where check recorded the runs (--db wins, as it does for check). */
		char *f = cli_find_store(pdir, "report");
		if (f) {
			snprintf(found_db, sizeof found_db, "%s", f);
			db = found_db;
			if (strcmp(f, "hvcilint.db") && !pdir)
				cli_note("reading the run store %s", f);
		}
		bad = !f;
		free(f);
	}
	free(pdir);
	if (bad)
		return HVCI_EXIT_ERROR;
	cli_baseline sb;
	memset(&sb, 0, sizeof sb);
	int sarif_base = baseline && !all_digits(baseline);
	if (baseline && !sarif_base) {
		compare = strtoll(baseline, NULL, 10); /* checked with the options */
		o.fail_new_only = 1;
	}
	char cwd[4096];
	if (sarif_base) {
		if (cli_baseline_load(&sb, baseline, NULL, 0,
		                      getcwd(cwd, sizeof cwd) ? cwd : NULL)) {
			cli_error("%s", hvci_error_last());
			return HVCI_EXIT_ERROR;
		}
		o.fail_new_only = 1;
		compare = 0; /* the file replaces the compared run */
	}
	FILE *probe = fopen(db, "rb");
	if (!probe) {
		cli_error("%s:1: no store here; run 'hvcilint check -p DIR' first or pass --db",
		          db);
		cli_baseline_free(&sb);
		return HVCI_EXIT_ERROR;
	}
	fclose(probe);
	hvci_store *store;
	if (hvci_store_open_read(&store, db)) {
		cli_error("%s", hvci_error_last());
		cli_baseline_free(&sb);
		return HVCI_EXIT_ERROR;
	}
	int64_t run_id = run, cmp_id = compare;
	if (!run_id)
		hvci_store_latest_run(store, &run_id);
	if (compare < 0)
		hvci_store_previous_run(store, run_id, &cmp_id);
	hvci_tu_result **cur = NULL, **old = NULL;
	size_t n_cur = 0, n_old = 0;
	int rc = HVCI_EXIT_OK;
	hvci_run_summary *hist = NULL;
	size_t n_hist = 0;
	if (hvci_store_load_run(store, run_id, &cur, &n_cur) ||
	    (cmp_id > 0 && hvci_store_load_run(store, cmp_id, &old, &n_old)) ||
	    hvci_store_history(store, run_id, 30, &hist, &n_hist)) {
		cli_error("%s", hvci_error_last());
		hvci_store_close(store);
		free_results(cur, n_cur);
		free_results(old, n_old);
		cli_baseline_free(&sb);
		return HVCI_EXIT_ERROR;
	}
	hvci_store_close(store);
	if (n_cur)
		qsort(cur, n_cur, sizeof *cur, by_file);
	hvci_write_options view;
	memset(&view, 0, sizeof view);
	view.run_id = run_id;
	view.compare_id = cmp_id > 0 ? cmp_id : 0;
	view.history = hist;
	view.n_history = n_hist;
	o.view = &view;
	char *label = NULL;
	if (sarif_base) {
		/* Fingerprint first; a file written by another tool or an older
		 * release may only match by rule, file and line. */
		const char *root = getcwd(cwd, sizeof cwd) ? cwd : NULL;
		size_t matched = 0;
		for (size_t i = 0; i < n_cur; i++)
			for (size_t j = 0; j < cur[i]->n_findings; j++) {
				hvci_finding *f = &cur[i]->findings[j];
				int hit = cli_baseline_has(&sb, f, root);
				f->baseline = hit ? HVCI_BASELINE_UNCHANGED : HVCI_BASELINE_NEW;
				matched += hit;
			}
		size_t ll = strlen(baseline) + 96;
		label = hvci_xmalloc(ll);
		if (label)
			snprintf(label, ll, "baseline %s (%zu results; %zu current findings match)",
			         baseline, sb.results, matched);
		view.compare_label = label;
		cmp_id = 0;
	}
	cli_baseline_free(&sb);
	int vc = fp_version(cur, n_cur), vo = cmp_id > 0 ? fp_version(old, n_old) : 0;
	if (vc && vo && vc != vo) {
		/* An older hvcilint fingerprinted differently: both runs are
		 * matched by line fingerprints made again from what was stored. */
		cli_note("run %lld and run %lld were fingerprinted by different "
		         "versions of hvcilint (%d and %d); findings are matched by fingerprints "
		         "recomputed from the stored source lines",
		         (long long)run_id, (long long)cmp_id, vc, vo);
		refingerprint(cur, n_cur);
		refingerprint(old, n_old);
	}
	if (cmp_id > 0) {
		for (size_t i = 0; i < n_cur; i++)
			for (size_t j = 0; j < cur[i]->n_findings; j++) {
				hvci_finding *f = &cur[i]->findings[j];
				f->baseline = f->fingerprint && has_fp(old, n_old, f->fingerprint)
				                  ? HVCI_BASELINE_UNCHANGED
				                  : HVCI_BASELINE_NEW;
			}
		/* Gone since the compared run: reported as absent, never counted. */
		if (!new_only && n_cur)
			for (size_t i = 0; i < n_old; i++)
				for (size_t j = 0; j < old[i]->n_findings; j++) {
					hvci_finding *f = &old[i]->findings[j];
					if (!f->fingerprint || has_fp(cur, n_cur, f->fingerprint))
						continue;
					hvci_finding copy = *f;
					memset(f, 0, sizeof *f);
					copy.baseline = HVCI_BASELINE_ABSENT;
					copy.suppressed = 1; /* not a current problem */
					hvci_tu_result_add(cur[0], &copy);
				}
	}
	if (new_only)
		for (size_t i = 0; i < n_cur; i++) {
			size_t k = 0;
			for (size_t j = 0; j < cur[i]->n_findings; j++) {
				hvci_finding *f = &cur[i]->findings[j];
				if ((cmp_id > 0 || sarif_base) &&
				    f->baseline != HVCI_BASELINE_NEW) {
					hvci_finding_clear(f);
					continue;
				}
				cur[i]->findings[k++] = *f;
			}
			cur[i]->n_findings = k;
		}
	hvci_rules *rules = NULL;
	if (cli_load_rules(&rules, &o)) {
		free_results(cur, n_cur);
		free_results(old, n_old);
		hvci_run_summaries_free(hist, n_hist);
		free(label);
		return HVCI_EXIT_ERROR;
	}
	char *cl = cli_join_args(argc, argv);
	rc = cli_emit(&o, rules, cur, n_cur, cl);
	free(cl);
	hvci_rules_free(rules);
	free_results(cur, n_cur);
	free_results(old, n_old);
	hvci_run_summaries_free(hist, n_hist);
	free(label);
	return rc;
}
