/*
 * cmd_merge.c - `hvcilint merge A.db B.db ... -o ALL.db`: joins the stores
 * of `check --shard K/N` runs into one run, the same run a single machine
 * would have recorded over the whole tree.
 *
 * Each input contributes the translation units of its newest run, as their
 * workers produced them.  What no single shard could know is settled here:
 * the run-wide steps (a POOL_NX_OPTIN call in any file of a driver image,
 * headers reported once) are applied to the joined run, and a unit that calls a wrapper
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
#include "util/util.h"

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: hvcilint merge A.db B.db ... -o ALL.db [options]\n\n"
	        "Joins the newest run of each store (from check --shard K/N) into one run\n"
	        "of ALL.db, identical to a single run over the whole tree.  Every shard\n"
	        "1/N..N/N must be given, each once.\n\n"
	        "options:\n"
	        "  -o FILE              the store to record the joined run in (created if new)\n"
	        "  -j N                 parallel workers for files analysed again (default: "
	        "cores)\n"
	        "  --timeout SEC        per-file limit for those analyses (default 300)\n"
	        "  --rules-dir DIR      rule data folder (default: shipped rules/)\n"
	        "  --config FILE        user config, as given to check\n"
	        "  --allow-partial      join an incomplete set of shards (or one given twice,\n"
	        "                       or stores without a shard record); the joined run is\n"
	        "                       recorded as incomplete\n"
	        "exit: 0 merged, 2 tool or usage error (also: a shard missing or given twice)\n");
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
static int load_input(const char *path, hvci_stored_tu **all, size_t *n, const char *want_rules,
                      unsigned *shard_k, unsigned *shard_n)
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
	if (!rc && (rc = hvci_store_run_shard(s, run, shard_k, shard_n)))
		cli_error("%s", hvci_error_last());
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
		*all = hvci_xrealloc(*all, (*n + 1) * sizeof **all);
		(*all)[(*n)++] = v[i];
		memset(&v[i], 0, sizeof v[i]);
	}
	for (size_t i = 0; i < k; i++)
		hvci_stored_tu_clear(&v[i]);
	free(v);
	hvci_store_close(s);
	return rc;
}

static const cli_opt merge_opts[] = {
    CLI_OPT_HELP,   CLI_OPT_ALLOW_PARTIAL, {"output", 'o', 1, CLI_O_OUTPUT},
    CLI_OPTS_RULES, CLI_OPTS_ANALYSIS,
};

/*
 * The inputs must be the N shards of one --shard K/N split, each once.
 * 0 when they are, or when allow_partial accepts what is missing (with a
 * warning); else -1 after one error line naming what is wrong.  *partial
 * is set when the joined run does not cover every shard.
 */
static int check_shards(const char **inputs, const unsigned *k, const unsigned *n, size_t n_inputs,
                        int allow_partial, int *partial)
{
	*partial = 0;
	for (size_t i = 0; i < n_inputs; i++)
		if (!n[i]) {
			if (allow_partial) {
				*partial = 1;
				continue;
			}
			cli_error(
			    "%s:1: its newest run records no shard (made without --shard K/N, "
			    "or by an older hvcilint), so merge cannot tell what is missing; "
			    "run the shards with this hvcilint or pass --allow-partial",
			    inputs[i]);
			return -1;
		}
	unsigned total = 0;
	for (size_t i = 0; i < n_inputs; i++) {
		if (!n[i])
			continue;
		if (total && n[i] != total) {
			cli_error(
			    "%s:1: holds shard %u/%u, but another input is of %u shards; pass the "
			    "shards of one --shard K/N split",
			    inputs[i], k[i], n[i], total);
			return -1;
		}
		total = n[i];
		for (size_t j = 0; j < i; j++)
			if (n[j] && k[j] == k[i]) {
				if (allow_partial) {
					cli_warning(
					    "%s holds shard %u/%u again (as %s); its files are "
					    "taken once",
					    inputs[i], k[i], n[i], inputs[j]);
					break;
				}
				cli_error("%s:1: holds shard %u/%u, as %s does; pass each shard "
				          "once (--allow-partial takes the files once)",
				          inputs[i], k[i], n[i], inputs[j]);
				return -1;
			}
	}
	if (!total)
		return 0;
	/* Which of 1..total no input holds, told as "2/4, 4/4". */
	char missing[512] = "";
	size_t n_missing = 0, used = 0;
	for (unsigned want = 1; want <= total; want++) {
		int have = 0;
		for (size_t i = 0; i < n_inputs && !have; i++)
			have = n[i] && k[i] == want;
		if (have)
			continue;
		if (n_missing < 16 && used < sizeof missing - 32)
			used += (size_t)snprintf(missing + used, sizeof missing - used, "%s%u/%u",
			                         n_missing ? ", " : "", want, total);
		n_missing++;
	}
	if (!n_missing)
		return 0;
	if (n_missing > 16 && used < sizeof missing - 32)
		snprintf(missing + used, sizeof missing - used, " and %zu more", n_missing - 16);
	if (!allow_partial) {
		cli_error("incomplete set of shards: %s missing (%zu of %u given); pass every "
		          "shard's store, or --allow-partial to join only these",
		          missing, (size_t)total - n_missing, total);
		return -1;
	}
	cli_warning("shards %s missing; the joined run covers only the shards given and is "
	            "recorded as incomplete",
	            missing);
	*partial = 1;
	return 0;
}

int cmd_merge(int argc, char **argv)
{
	cli_output_opts o;
	memset(&o, 0, sizeof o);
	const char *out_path = NULL;
	int allow_partial = 0;
	int nproc = (int)sysconf(_SC_NPROCESSORS_ONLN);
	if (nproc < 1)
		nproc = 1;
	if (nproc > CLI_MAX_JOBS)
		nproc = CLI_MAX_JOBS;
	double timeout = 300;
	const char **inputs = hvci_xcalloc((size_t)argc + 1, sizeof *inputs);
	size_t n_inputs = 0;
	cli_opts op;
	if (!inputs || cli_opts_init(&op, "merge", argc, argv, merge_opts,
	                             sizeof merge_opts / sizeof *merge_opts)) {
		free(inputs);
		return HVCI_EXIT_ERROR;
	}
	int id, bad = 0;
	while (!bad && (id = cli_opts_next(&op)) != CLI_OPT_END) {
		const char *v = op.value;
		switch (id) {
		case CLI_OPT_ERROR:
			bad = 1;
			break;
		case CLI_OPT_OPERAND:
			inputs[n_inputs++] = v;
			break;
		case CLI_O_HELP:
			usage(stdout);
			cli_opts_free(&op);
			free(inputs);
			return HVCI_EXIT_OK;
		case CLI_O_OUTPUT:
			out_path = v;
			break;
		case CLI_O_ALLOW_PARTIAL:
			allow_partial = 1;
			break;
		default:
			bad = cli_common_opt(id, v, &o, &nproc, &timeout) < 0;
			break;
		}
	}
	/* Operands after "--" are stores too. */
	for (int i = op.rest; !bad && op.dashdash && i < argc; i++)
		inputs[n_inputs++] = argv[i];
	cli_opts_free(&op);
	if (bad) {
		free(inputs);
		return HVCI_EXIT_ERROR;
	}
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
	unsigned *sk = hvci_xcalloc(n_inputs + 1, sizeof *sk),
	         *sn = hvci_xcalloc(n_inputs + 1, sizeof *sn);
	int partial = 0;
	if (!sk || !sn)
		rc = HVCI_EXIT_ERROR;
	for (size_t i = 0; i < n_inputs && !rc; i++)
		if (load_input(inputs[i], &units, &n, rules_version, &sk[i], &sn[i]))
			rc = HVCI_EXIT_ERROR;
	if (!rc && check_shards(inputs, sk, sn, n_inputs, allow_partial, &partial))
		rc = HVCI_EXIT_ERROR;
	free(sk);
	free(sn);
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
	cli_job *jobs = hvci_xcalloc(n + 1, sizeof *jobs);
	for (size_t i = 0; i < n; i++) {
		jobs[i].file = hvci_strdup(units[i].result->file);
		jobs[i].directory = units[i].directory;
		jobs[i].argv = units[i].argv;
		jobs[i].argc = units[i].argc;
		/* Each shard grouped its units into images; the merge keeps that. */
		jobs[i].image = units[i].result->image ? hvci_strdup(units[i].result->image) : NULL;
	}
	char *tool_key = cli_tool_key(rules, o.config);
	cli_scale sc = {rules,    jobs,  n,    nproc, timeout, store, run_id, 0,
	                tool_key, units, NULL, 0,     0,       0,     0,      0};
	cli_scale_run(&sc);
	int failed = 0;
	for (size_t i = 0; i < n; i++)
		failed |= HVCI_TU_IS_FAILURE(sc.results[i]->status);
	const char *status = sc.store_failed     ? "failed"
	                     : failed || partial ? "incomplete"
	                                         : "complete";
	if (sc.store_failed) {
		rc = HVCI_EXIT_ERROR;
		hvci_store_run_end(store, run_id, status);
	} else if (hvci_store_run_end(store, run_id, status)) {
		cli_error("%s", hvci_error_last());
		rc = HVCI_EXIT_ERROR;
	} else {
		printf(
		    "merged %zu files from %zu stores into %s (run %lld, %zu analysed again%s)\n",
		    n, n_inputs, out_path, (long long)run_id, sc.analysed,
		    partial ? "; shards missing, recorded as incomplete" : "");
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
		free(jobs[i].image);
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
