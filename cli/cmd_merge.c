/*
 * cmd_merge.c - `hvcilint merge A.db B.db ... -o ALL.db`: joins the stores
 * of `check --shard K/N` runs into one run, the same run a single machine
 * would have recorded over the whole tree.
 *
 * Each input contributes the translation units of its newest run, as their
 * workers produced them.  What no single shard could know is settled here:
 * the run-wide steps (a POOL_NX_OPTIN call in any file, headers reported
 * once) are applied to the joined run, and a unit that calls a wrapper
 * defined in another shard's file is analysed again with the whole
 * project's summaries.  That re-analysis needs the sources, so merge runs
 * in a checkout of the same tree (the usual CI layout); when no call
 * crosses shards, nothing is analysed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: hvcilint merge A.db B.db ... -o ALL.db [options]\n\n"
	        "Joins the newest run of each store (from check --shard K/N) into one run\n"
	        "of ALL.db, identical to a single run over the whole tree.\n\n"
	        "options:\n"
	        "  -o FILE              the store to record the joined run in (created if new)\n"
	        "  -j N                 parallel workers for files analysed again (default: "
	        "cores)\n"
	        "  --timeout SEC        per-file limit for those analyses (default 300)\n"
	        "  --rules-dir DIR      rule data folder (default: shipped rules/)\n"
	        "  --config FILE        user config, as given to check\n"
	        "exit: 0 merged, 2 tool or usage error\n");
}

/* Every input must come from this hvcilint and the merge's own rule table: it is one run. */
static int check_run(hvci_store *s, const char *path, int64_t run, const char *want_rules)
{
	char *tool = NULL, *rules = NULL, *status = NULL;
	int rc = hvci_store_run_meta(s, run, &tool, &rules, &status);
	if (rc) {
		cli_error("%s", hvci_error_last());
	} else if (status && !strcmp(status, "running")) {
		cli_error("%s:1: run %lld never finished (killed or still running); run that "
		          "shard again",
		          path, (long long)run);
		rc = -1;
	} else if (!tool || strcmp(tool, HVCI_VERSION)) {
		cli_error("%s:1: run %lld was made by hvcilint %s, this is %s; run every shard "
		          "and the merge with one version",
		          path, (long long)run, tool ? tool : "?", HVCI_VERSION);
		rc = -1;
	} else if (!rules || strcmp(rules, want_rules)) {
		cli_error("%s:1: run %lld used rule table %s, this merge loads %s; give every "
		          "shard and the merge the same --rules-dir and --config",
		          path, (long long)run, rules ? rules : "(not recorded)", want_rules);
		rc = -1;
	}
	free(tool);
	free(rules);
	free(status);
	return rc;
}

/* Appends the newest run of the store at path to *all, skipping files already there. */
static int load_input(const char *path, hvci_stored_tu **all, size_t *n, const char *want_rules)
{
	if (access(path, R_OK) != 0) {
		cli_error("%s:1: cannot read this store; check the path", path);
		return -1;
	}
	hvci_store *s;
	if (hvci_store_open_read(&s, path)) {
		cli_error("%s", hvci_error_last());
		return -1;
	}
	int64_t run = 0;
	hvci_stored_tu *v = NULL;
	size_t k = 0;
	int rc = hvci_store_latest_run(s, &run);
	if (!rc && !run) {
		cli_error("%s:1: this store holds no run; run hvcilint check --db %s first", path,
		          path);
		rc = -1;
	}
	if (!rc)
		rc = check_run(s, path, run, want_rules);
	if (!rc && (rc = hvci_store_load_indexed(s, run, &v, &k)))
		cli_error("%s", hvci_error_last());
	if (!rc && !k) {
		cli_error("%s:1: run %lld recorded no translation units with their inputs; run "
		          "hvcilint check --db again with this version",
		          path, (long long)run);
		rc = -1;
	}
	for (size_t i = 0; !rc && i < k; i++) {
		int dup = 0;
		for (size_t j = 0; j < *n && !dup; j++)
			dup = !strcmp((*all)[j].result->file, v[i].result->file);
		if (dup) {
			hvci_stored_tu_clear(&v[i]);
			continue;
		}
		*all = realloc(*all, (*n + 1) * sizeof **all);
		(*all)[(*n)++] = v[i];
		memset(&v[i], 0, sizeof v[i]);
	}
	for (size_t i = 0; i < k; i++)
		hvci_stored_tu_clear(&v[i]);
	free(v);
	hvci_store_close(s);
	return rc;
}

int cmd_merge(int argc, char **argv)
{
	cli_output_opts o;
	memset(&o, 0, sizeof o);
	const char *out_path = NULL;
	int nproc = (int)sysconf(_SC_NPROCESSORS_ONLN);
	double timeout = 300;
	const char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
	size_t n_inputs = 0;
	const char *v;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			usage(stdout);
			free(inputs);
			return HVCI_EXIT_OK;
		} else if ((v = cli_optval(argc, argv, &i, "-o"))) {
			out_path = v;
		} else if (cli_analysis_opt(argc, argv, &i, &nproc, &timeout, &o)) {
			/* -j, --timeout, --rules-dir, --config */
		} else if (a[0] == '-' && a[1]) {
			cli_error("unknown option '%s' for 'merge'; run 'hvcilint merge --help'",
			          a);
			free(inputs);
			return HVCI_EXIT_ERROR;
		} else {
			inputs[n_inputs++] = a;
		}
	}
	if (nproc < 1)
		nproc = 1;
	if (!out_path || !n_inputs) {
		cli_error(
		    "merge needs the shard stores and -o ALL.db; run 'hvcilint merge --help'");
		free(inputs);
		return HVCI_EXIT_ERROR;
	}
	for (size_t i = 0; i < n_inputs; i++) {
		char *a = realpath(inputs[i], NULL), *b = realpath(out_path, NULL);
		int same = a && b && !strcmp(a, b);
		free(a);
		free(b);
		if (same) {
			cli_error("%s:1: the output store is also an input; pass another -o",
			          out_path);
			free(inputs);
			return HVCI_EXIT_ERROR;
		}
	}
	hvci_stored_tu *units = NULL;
	size_t n = 0;
	int rc = HVCI_EXIT_OK;
	/* The rules first: every input must have been made with the same table. */
	hvci_rules *rules = NULL;
	if (cli_load_rules(&rules, &o))
		rc = HVCI_EXIT_ERROR;
	else
		cli_config_note(rules);
	char *rules_version = rc ? NULL : cli_rules_version(rules);
	for (size_t i = 0; i < n_inputs && !rc; i++)
		if (load_input(inputs[i], &units, &n, rules_version))
			rc = HVCI_EXIT_ERROR;
	hvci_store *store = NULL;
	int64_t run_id = 0;
	if (!rc && cli_store_begin_v(out_path, argc, argv, rules_version, &store, &run_id))
		rc = HVCI_EXIT_ERROR;
	free(rules_version);
	if (rc) {
		for (size_t i = 0; i < n; i++)
			hvci_stored_tu_clear(&units[i]);
		free(units);
		hvci_rules_free(rules);
		free(inputs);
		return rc;
	}
	/* The units' own commands, for those analysed again. */
	/* Results move into the scale run; the commands stay with `units`. */
	cli_job *jobs = calloc(n + 1, sizeof *jobs);
	for (size_t i = 0; i < n; i++) {
		jobs[i].file = strdup(units[i].result->file);
		jobs[i].directory = units[i].directory;
		jobs[i].argv = units[i].argv;
		jobs[i].argc = units[i].argc;
	}
	char *tool_key = cli_tool_key(rules, o.config);
	cli_scale sc = {rules,    jobs,  n,    nproc, timeout, store, run_id, 0,
	                tool_key, units, NULL, 0,     0,       0,     0};
	cli_scale_run(&sc);
	int called = 0, failed = 0;
	for (size_t i = 0; i < n; i++) {
		called |= sc.results[i]->runtime_optin_called;
		failed |= HVCI_TU_IS_FAILURE(sc.results[i]->status);
	}
	const char *status = sc.store_failed ? "failed" : failed ? "incomplete" : "complete";
	if (sc.store_failed) {
		rc = HVCI_EXIT_ERROR;
		hvci_store_run_end(store, run_id, status, called);
	} else if (hvci_store_run_end(store, run_id, status, called)) {
		cli_error("%s", hvci_error_last());
		rc = HVCI_EXIT_ERROR;
	} else {
		printf("merged %zu files from %zu stores into %s (run %lld, %zu analysed again)\n",
		       n, n_inputs, out_path, (long long)run_id, sc.analysed);
	}
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < sc.results[i]->n_diags; k++) {
			const hvci_tool_diag *d = &sc.results[i]->diags[k];
			if (d->severity == HVCI_SEV_ERROR)
				fprintf(stderr, "%s:%u: error: %s\n",
				        d->loc.file ? d->loc.file : "?", d->loc.line, d->message);
		}
		if (HVCI_TU_IS_FAILURE(sc.results[i]->status))
			rc = HVCI_EXIT_ERROR;
		hvci_tu_result_free(sc.results[i]);
		free(jobs[i].file);
		hvci_stored_tu_clear(&units[i]);
	}
	free(sc.results);
	free(jobs);
	free(units);
	free(tool_key);
	hvci_store_close(store);
	hvci_rules_free(rules);
	free(inputs);
	return rc;
}
