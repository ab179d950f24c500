/*
 * common.c - helpers every subcommand shares: one-line tool errors, format
 * names, loading the rule data, and emitting results atomically to a file
 * (written to a temporary name and renamed, so a reader never sees half a
 * report) with the exit code the findings deserve; and the one step of a
 * run that depends on driver images (the POOL_NX_OPTIN run-time call).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "rules/rules.h"
#include "util/util.h"

/*
 * One line on stderr: a file name or a value quoted from untrusted input
 * cannot add lines or terminal controls to it.
 */
static void put_line(const char *fmt, va_list ap)
{
	char *s = hvci_vasprintf(fmt, ap);
	hvci_fput_printable(stderr, s, 0);
	free(s);
	fputc('\n', stderr);
}

void cli_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("hvcilint: error: ", stderr);
	put_line(fmt, ap);
	va_end(ap);
}

void cli_warning(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("hvcilint: warning: ", stderr);
	put_line(fmt, ap);
	va_end(ap);
}

int cli_quiet;

void cli_note(const char *fmt, ...)
{
	if (cli_quiet)
		return;
	va_list ap;
	va_start(ap, fmt);
	fputs("hvcilint: note: ", stderr);
	put_line(fmt, ap);
	va_end(ap);
}

int cli_parse_format(const char *s)
{
	if (!strcmp(s, "text"))
		return HVCI_FORMAT_TEXT;
	if (!strcmp(s, "json"))
		return HVCI_FORMAT_JSON;
	if (!strcmp(s, "sarif"))
		return HVCI_FORMAT_SARIF;
	if (!strcmp(s, "html"))
		return HVCI_FORMAT_HTML;
	if (!strcmp(s, "junit"))
		return HVCI_FORMAT_JUNIT;
	if (!strcmp(s, "codeclimate"))
		return HVCI_FORMAT_CODECLIMATE;
	return -1;
}

int cli_load_rules(hvci_rules **out, const cli_output_opts *opts)
{
	const char *cfg[1] = {opts->config};
	return cli_load_rules_v(out, opts, cfg, opts->config ? 1 : 0);
}

int cli_load_rules_v(hvci_rules **out, const cli_output_opts *opts, const char *const *cfg,
                     size_t n)
{
	int rc = hvci_rules_load(out, opts->rules_dir, cfg, n);
	if (!rc && opts->help_uri_base)
		rc = hvci_rules_set_help_uri_base(*out, opts->help_uri_base);
	if (rc) {
		fprintf(stderr, "hvcilint: error: %s%s\n",
		        rc == HVCI_EINVALID ? "--help-uri-base: " : "", hvci_error_last());
		hvci_rules_free(*out);
		*out = NULL;
		return HVCI_EXIT_ERROR;
	}
	for (size_t i = 0; i < opts->n_checks; i++)
		hvci_rules_add_checks(*out, opts->checks[i]);
	for (size_t i = 0; i < hvci_rules_warning_count(*out); i++)
		fprintf(stderr, "%s\n", hvci_rules_warning(*out, i));
	return HVCI_EXIT_OK;
}

void cli_config_note(const hvci_rules *rules)
{
	if (cli_quiet)
		return;
	for (size_t i = 0; i < hvci_rules_config_count(rules); i++)
		cli_note("config loaded: %s", hvci_rules_config(rules, i));
	size_t nd = hvci_rules_disabled_count(rules);
	if (!nd)
		return;
	fprintf(stderr, "hvcilint: note: %s %zu rule%s:",
	        hvci_rules_selection_from_cli(rules)
	            ? "the rule selection (--checks and config) turns off"
	            : "the config disables",
	        nd, nd == 1 ? "" : "s");
	for (size_t i = 0; i < nd; i++)
		fprintf(stderr, "%s %s", i ? "," : "", hvci_rules_disabled_id(rules, i));
	fputc('\n', stderr);
}

void cli_filter_selection(const hvci_rules *rules, hvci_tu_result *const *results, size_t n)
{
	for (size_t i = 0; rules && i < n; i++) {
		size_t o = 0;
		for (size_t j = 0; j < results[i]->n_findings; j++) {
			hvci_finding *f = &results[i]->findings[j];
			/* Only the catalog's rules are selected; tool notes always show. */
			if (f->rule_id && hvci_rules_find(rules, f->rule_id) &&
			    hvci_rules_disabled(rules, f->rule_id)) {
				hvci_finding_clear(f);
				continue;
			}
			results[i]->findings[o++] = *f;
		}
		results[i]->n_findings = o;
	}
}

static void coverage_on_stderr(const cli_output_opts *opts, hvci_tu_result *const *results,
                               size_t n);
static int exit_code_of(const cli_output_opts *opts, hvci_tu_result *const *results, size_t n);

int cli_emit(const cli_output_opts *opts, const hvci_rules *rules, hvci_tu_result *const *results,
             size_t n, const char *command_line)
{
	if (!opts->selection_done)
		cli_filter_selection(rules, results, n);
	hvci_write_options wo;
	memset(&wo, 0, sizeof wo);
	wo.command_line = command_line;
	wo.allow_partial = opts->allow_partial;
	wo.show_suppressed = opts->show_suppressed;
	wo.sarif_category = opts->sarif_category;
	char cwd[4096];
	wo.root = getcwd(cwd, sizeof cwd) ? cwd : NULL;
	if (opts->view) {
		wo.run_id = opts->view->run_id;
		wo.compare_id = opts->view->compare_id;
		wo.compare_label = opts->view->compare_label;
		wo.history = opts->view->history;
		wo.n_history = opts->view->n_history;
	}
	FILE *out = stdout;
	char *tmp = NULL;
	struct stat st;
	/* Only a regular file is replaced atomically; a device or a pipe
	 * (-o /dev/null) is written in place. */
	int special = opts->output && stat(opts->output, &st) == 0 && !S_ISREG(st.st_mode);
	if (special) {
		out = fopen(opts->output, "w");
		if (!out) {
			cli_error("%s:1: cannot write the report: %s; check the path", opts->output,
			          strerror(errno));
			return HVCI_EXIT_ERROR;
		}
	} else if (opts->output && strcmp(opts->output, "-")) {
		size_t l = strlen(opts->output);
		tmp = hvci_xmalloc(l + 16);
		if (!tmp)
			return HVCI_EXIT_ERROR;
		snprintf(tmp, l + 16, "%s.tmp%ld", opts->output, (long)getpid());
		out = fopen(tmp, "w");
		if (!out) {
			cli_error("%s:1: cannot write the report: %s; check the directory",
			          opts->output, strerror(errno));
			free(tmp);
			return HVCI_EXIT_ERROR;
		}
		wo.color = opts->color == 1;
	} else {
		wo.color = opts->color == 1 || (opts->color < 0 && isatty(fileno(stdout)));
	}
	int rc = hvci_write(out, opts->format, rules, results, n, &wo);
	if (tmp) {
		if (fclose(out) != 0)
			rc = HVCI_ERROR;
		if (rc || rename(tmp, opts->output) != 0) {
			cli_error(
			    "%s:1: cannot write the report: %s; check free space and permissions",
			    opts->output, strerror(errno));
			remove(tmp);
			free(tmp);
			return HVCI_EXIT_ERROR;
		}
		free(tmp);
	} else if (special) {
		if (fclose(out) != 0 || rc) {
			cli_error("%s:1: cannot write the report", opts->output);
			return HVCI_EXIT_ERROR;
		}
	} else if (rc) {
		cli_error("write failure on standard output");
		return HVCI_EXIT_ERROR;
	}
	int exit_code = exit_code_of(opts, results, n);
	coverage_on_stderr(opts, results, n);
	return exit_code;
}

/*
 * What stderr says about coverage: the run summary when the report does
 * not already end with it on the terminal, and, when unanalysed calls
 * make the run fail, one error line naming the first one and the way out.
 */
static void coverage_on_stderr(const cli_output_opts *opts, hvci_tu_result *const *results,
                               size_t n)
{
	hvci_coverage_totals t;
	hvci_coverage_sum(results, n, &t);
	if (!hvci_coverage_partial(&t))
		return;
	int in_report = opts->format == HVCI_FORMAT_TEXT && !opts->output;
	char *sum = hvci_coverage_summary(&t);
	if (sum && !in_report && !cli_quiet)
		fprintf(stderr, "hvcilint: %s\n", sum);
	free(sum);
	if (!t.calls_unanalysed || opts->allow_partial)
		return;
	for (size_t i = 0; i < n; i++) {
		const hvci_coverage *c = &results[i]->coverage;
		for (size_t k = 0; k < c->n_sites; k++) {
			const hvci_cov_call *s = &c->sites[k];
			if (s->how != HVCI_COV_UNANALYSED)
				continue;
			fprintf(stderr,
			        "%s:%u: error: %u affected %s not analysed (the first here, '%s': "
			        "%s), so the run is not clean; make the code parse or pass "
			        "--allow-partial to accept partial coverage\n",
			        s->loc.file ? s->loc.file : results[i]->file, s->loc.line,
			        t.calls_unanalysed,
			        t.calls_unanalysed == 1 ? "call was" : "calls were",
			        s->api ? s->api : "?",
			        s->reason ? s->reason : "its function did not parse");
			return;
		}
	}
}

static int exit_code_of(const cli_output_opts *opts, hvci_tu_result *const *results, size_t n)
{
	int exit_code = HVCI_EXIT_OK;
	for (size_t i = 0; i < n; i++) {
		for (size_t j = 0; j < results[i]->n_findings; j++) {
			const hvci_finding *f = &results[i]->findings[j];
			if (opts->fail_new_only && f->baseline != HVCI_BASELINE_NEW)
				continue;
			if (!f->suppressed && opts->fail_on != HVCI_SEV_NONE &&
			    (int)f->severity >= opts->fail_on)
				exit_code = HVCI_EXIT_FINDINGS;
		}
	}
	for (size_t i = 0; i < n; i++) {
		if (HVCI_TU_IS_FAILURE(results[i]->status))
			exit_code = HVCI_EXIT_ERROR;
		/* Code that was not analysed never passes for clean. */
		if (results[i]->coverage.calls_unanalysed && !opts->allow_partial)
			exit_code = HVCI_EXIT_ERROR;
	}
	return exit_code;
}

char *cli_join_args(int argc, char **argv)
{
	size_t n = 16;
	for (int i = 0; i < argc; i++)
		n += strlen(argv[i]) + 1;
	char *s = hvci_xcalloc(n, 1);
	strcpy(s, "hvcilint");
	for (int i = 0; i < argc; i++) {
		strcat(s, " ");
		strcat(s, argv[i]);
	}
	return s;
}

/* Stored paths are relative to the repository, or to the current directory. */
char *cli_project_root(void)
{
	char cwd[4096];
	const char *here = getcwd(cwd, sizeof cwd) ? cwd : ".";
	static const char *const top_args[] = {"rev-parse", "--show-toplevel", NULL};
	char *top = cli_git_out(here, top_args);
	return top ? top : hvci_strdup(here);
}

int cli_store_begin(const char *db_path, int argc, char **argv, hvci_store **out, int64_t *run_id)
{
	return cli_store_begin_v(db_path, argc, argv, NULL, out, run_id);
}

int cli_store_begin_v(const char *db_path, int argc, char **argv, const char *rules_version,
                      hvci_store **out, int64_t *run_id)
{
	return cli_store_begin_shard(db_path, argc, argv, rules_version, 0, 0, out, run_id);
}

int cli_store_begin_shard(const char *db_path, int argc, char **argv, const char *rules_version,
                          unsigned shard_k, unsigned shard_n, hvci_store **out, int64_t *run_id)
{
	*out = NULL;
	hvci_store *store;
	if (hvci_store_open(&store, db_path)) {
		cli_error("%s", hvci_error_last());
		return HVCI_EXIT_ERROR;
	}
	char *cmdline = cli_join_args(argc, argv);
	char *root = cli_project_root();
	static const char *const head[] = {"rev-parse", "HEAD", NULL};
	static const char *const name[] = {"rev-parse", "--abbrev-ref", "HEAD", NULL};
	char *commit = cli_git_out(root, head);
	char *branch = cli_git_out(root, name);
	hvci_run_info info = {cmdline, root, rules_version, commit, branch, shard_k, shard_n};
	int rc = hvci_store_run_begin(store, &info, run_id);
	free(cmdline);
	free(root);
	free(commit);
	free(branch);
	if (rc) {
		cli_error("%s", hvci_error_last());
		hvci_store_close(store);
		return HVCI_EXIT_ERROR;
	}
	*out = store;
	return HVCI_EXIT_OK;
}

int cli_store_results(const char *db_path, int argc, char **argv, hvci_tu_result *const *results,
                      size_t n)
{
	hvci_store *store;
	int64_t run_id;
	if (cli_store_begin(db_path, argc, argv, &store, &run_id))
		return HVCI_EXIT_ERROR;
	int rc = HVCI_OK, failed = 0;
	for (size_t i = 0; i < n && !rc; i++) {
		rc = hvci_store_add_tu(store, run_id, results[i]);
		failed |= results[i]->status == HVCI_TU_FAILED;
	}
	if (!rc)
		rc = hvci_store_run_end(store, run_id, failed ? "incomplete" : "complete");
	if (rc) {
		cli_error("%s", hvci_error_last());
		/* Never left to read as complete; if this fails too the run stays
		 * "running" until the next hvcilint marks it incomplete. */
		hvci_store_run_end(store, run_id, "failed");
	}
	hvci_store_close(store);
	return rc ? HVCI_EXIT_ERROR : HVCI_EXIT_OK;
}

void cli_apply_runtime_optin(hvci_tu_result *const *rs, size_t n)
{
	/* An image's opt-in call makes its own NonPagedPool NX, no other's:
	 * ExDefaultNonPagedPoolType is a variable of each image.  The images
	 * that make the call are few; NULL (no image known) is one of them. */
	const char **opted = hvci_xcalloc(n + 1, sizeof *opted);
	size_t n_opted = 0;
	int null_opted = 0;
	for (size_t i = 0; i < n; i++) {
		if (!rs[i]->runtime_optin_called)
			continue;
		if (!rs[i]->image) {
			null_opted = 1;
			continue;
		}
		size_t k = 0;
		while (k < n_opted && strcmp(opted[k], rs[i]->image))
			k++;
		if (k == n_opted)
			opted[n_opted++] = rs[i]->image;
	}
	for (size_t i = 0; i < n; i++) {
		int called = !rs[i]->image && null_opted;
		for (size_t k = 0; k < n_opted && !called && rs[i]->image; k++)
			called = !strcmp(opted[k], rs[i]->image);
		if (!called)
			continue;
		size_t o = 0;
		for (size_t j = 0; j < rs[i]->n_findings; j++) {
			if (rs[i]->findings[j].needs_runtime_optin) {
				hvci_finding_clear(&rs[i]->findings[j]);
				continue;
			}
			rs[i]->findings[o++] = rs[i]->findings[j];
		}
		rs[i]->n_findings = o;
	}
	free(opted);
}
