/*
 * cmd_report.c - `hvcilint report`: prints a stored run, compared with an
 * earlier one, in any output format.
 *
 *   hvcilint report [--db FILE] [--run ID] [--compare ID] [--new-only]
 *                   [--format text|json|sarif] [-o FILE] [--fail-on LEVEL]
 *
 * Findings are matched across runs by fingerprint, so each is new or
 * unchanged, and findings of the compared run that are gone come back as
 * absent (SARIF baselineState).  With --new-only only new findings are
 * printed and counted for the exit code, so a pull request fails on what
 * it adds and not on legacy code.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int has_fp(hvci_tu_result **rs, size_t n, const char *fp)
{
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < rs[i]->n_findings; j++)
			if (rs[i]->findings[j].fingerprint &&
			    !strcmp(rs[i]->findings[j].fingerprint, fp))
				return 1;
	return 0;
}

static void free_results(hvci_tu_result **rs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		hvci_tu_result_free(rs[i]);
	free(rs);
}

int cmd_report(int argc, char **argv)
{
	cli_output_opts o;
	memset(&o, 0, sizeof o);
	o.fail_on = HVCI_SEV_WARNING;
	o.color = -1;
	const char *db = "hvcilint.db";
	long long run = 0, compare = -1;
	int new_only = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *v = i + 1 < argc ? argv[i + 1] : NULL;
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			printf(
			    "usage: hvcilint report [--db FILE] [--run ID] [--compare ID] "
			    "[--new-only]\n"
			    "                       [--format text|json|sarif] [-o FILE] "
			    "[--fail-on LEVEL]\n"
			    "Prints a stored run (default: the latest) compared with an earlier "
			    "one\n(default: the previous complete run). Exit 1 when the selected "
			    "findings are not empty.\n");
			return HVCI_EXIT_OK;
		} else if (!strcmp(a, "--db") && v) {
			db = argv[++i];
		} else if (!strcmp(a, "--run") && v) {
			run = atoll(argv[++i]);
		} else if (!strcmp(a, "--compare") && v) {
			compare = atoll(argv[++i]);
		} else if (!strcmp(a, "--new-only")) {
			new_only = 1;
		} else if (!strcmp(a, "--format") && v) {
			int f = cli_parse_format(argv[++i]);
			if (f < 0) {
				cli_error("unknown --format '%s'; use text, json or sarif",
				          argv[i]);
				return HVCI_EXIT_ERROR;
			}
			o.format = (hvci_format)f;
		} else if (!strcmp(a, "-o") && v) {
			o.output = argv[++i];
		} else if (!strcmp(a, "--fail-on") && v) {
			int s = hvci_severity_parse(argv[++i]);
			if (s < 0) {
				cli_error(
				    "unknown --fail-on '%s'; use note, warning, error or none",
				    argv[i]);
				return HVCI_EXIT_ERROR;
			}
			o.fail_on = s;
		} else if (!strcmp(a, "--rules-dir") && v) {
			o.rules_dir = argv[++i];
		} else {
			cli_error("unknown option '%s' for 'report'; run 'hvcilint report --help'",
			          a);
			return HVCI_EXIT_ERROR;
		}
	}
	FILE *probe = fopen(db, "rb");
	if (!probe) {
		cli_error("%s:1: no store here; run 'hvcilint check -p DIR' first or pass --db",
		          db);
		return HVCI_EXIT_ERROR;
	}
	fclose(probe);
	hvci_store *store;
	if (hvci_store_open(&store, db)) {
		cli_error("%s", hvci_error_last());
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
	if (hvci_store_load_run(store, run_id, &cur, &n_cur) ||
	    (cmp_id > 0 && hvci_store_load_run(store, cmp_id, &old, &n_old))) {
		cli_error("%s", hvci_error_last());
		hvci_store_close(store);
		free_results(cur, n_cur);
		return HVCI_EXIT_ERROR;
	}
	hvci_store_close(store);
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
				if (cmp_id > 0 && f->baseline != HVCI_BASELINE_NEW) {
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
		return HVCI_EXIT_ERROR;
	}
	char *cl = cli_join_args(argc, argv);
	rc = cli_emit(&o, rules, cur, n_cur, cl);
	free(cl);
	hvci_rules_free(rules);
	free_results(cur, n_cur);
	free_results(old, n_old);
	return rc;
}
