/*
 * cli.h - what the hvcilint command's subcommands share: the dispatcher's
 * exit codes, the common output options and the emit helper that prints
 * results in the chosen format.  Each subcommand lives in cmd_<name>.c.
 */
#ifndef HVCI_CLI_H
#define HVCI_CLI_H

#include "hvcilint.h"

/* Exit codes: findings (1) are kept apart from tool failure (2). */
#define HVCI_EXIT_OK 0
#define HVCI_EXIT_FINDINGS 1
#define HVCI_EXIT_ERROR 2

/* One-line tool error on stderr: "hvcilint: error: ..." */
void cli_error(const char *fmt, ...) HVCI_PRINTF(1, 2);
void cli_warning(const char *fmt, ...) HVCI_PRINTF(1, 2);

/* Output options every reporting subcommand accepts. */
typedef struct {
	hvci_format format;    /* --format text|json|sarif|html|junit */
	const char *output;    /* -o FILE, NULL for stdout */
	int fail_on;           /* --fail-on note|warning|error|none (hvci_severity) */
	int color;             /* -1 auto, 0 never, 1 always */
	const char *rules_dir; /* --rules-dir */
	const char *config;    /* --config */
	/* report: the run shown, its comparison and history (NULL elsewhere) */
	const hvci_write_options *view;
	int fail_new_only; /* --baseline: only findings new against it fail */
	int allow_partial; /* --allow-partial: unanalysed calls do not make exit 2 */
} cli_output_opts;

/*
 * Writes `results` to opts->output (atomically: a temp file renamed into
 * place) in opts->format, and returns the exit code the run deserves:
 * HVCI_EXIT_FINDINGS when an unsuppressed finding reaches fail_on;
 * HVCI_EXIT_ERROR, which wins, when a result could not be produced or
 * written, or when an affected call was not analysed and partial coverage
 * was not accepted (skipped user-mode units count for nothing).
 */
int cli_emit(const cli_output_opts *opts, const hvci_rules *rules, hvci_tu_result *const *results,
             size_t n, const char *command_line);

/* The value of option `name` at argv[*i] ("--x=V" or "--x V", advancing *i), or NULL. */
const char *cli_optval(int argc, char **argv, int *i, const char *name);
/*
 * The options that check and merge share for analysing (-j N, --timeout SEC,
 * --rules-dir DIR, --config FILE): 1 when argv[*i] was one (and consumed).
 */
int cli_analysis_opt(int argc, char **argv, int *i, int *nproc, double *timeout,
                     cli_output_opts *o);
/* Parses "--format=X" values; returns -1 when unknown. */
int cli_parse_format(const char *s);

/* Loads the rule table for a subcommand, printing a one-line error on failure. */
int cli_load_rules(hvci_rules **out, const cli_output_opts *opts);

/* "hvcilint ARGS...", for the store and SARIF. Caller frees. */
char *cli_join_args(int argc, char **argv);
/* First line of `git -C dir ARGS`, or NULL outside a repository. Caller frees. */
char *cli_git_out(const char *dir, const char *args);
/* The repository's top level, else the current directory. Caller frees. */
char *cli_project_root(void);
/* Opens the store and starts a run; prints the one-line error on failure. */
int cli_store_begin(const char *db_path, int argc, char **argv, hvci_store **out, int64_t *run_id);
/* cli_store_begin, recording the run's rule-table version (may be NULL). */
int cli_store_begin_v(const char *db_path, int argc, char **argv, const char *rules_version,
                      hvci_store **out, int64_t *run_id);
/* Records finished results as one run in the store at db_path. */
int cli_store_results(const char *db_path, int argc, char **argv, hvci_tu_result *const *results,
                      size_t n);

/* One compile_commands.json entry, paths absolute (compdb.c). */
typedef struct {
	char *file;
	char *directory;
	char **argv; /* argv[0] is the compiler */
	size_t argc;
} cli_compile_cmd;

/* p made absolute against base (NULL: the current directory). Caller frees. */
char *cli_abs_path(const char *p, const char *base);
/* The same with symlinks resolved, when the file exists (else as cli_abs_path). */
char *cli_real_path(const char *p, const char *base);
/* Checks DIR/compile_commands.json, printing one located error line; 0 when usable. */
int cli_compdb_validate(const char *dir);
/* Every entry of DIR/compile_commands.json; free with cli_compile_cmds_free(). */
int cli_compdb_load(const char *dir, cli_compile_cmd **out, size_t *n);
/* The entry for `file` (compared by real path), or NULL. Borrowed from v. */
const cli_compile_cmd *cli_compdb_match(const cli_compile_cmd *v, size_t n, const char *file);
void cli_compile_cmds_free(cli_compile_cmd *v, size_t n);
/* The nearest folder above `file` with a compile database (or its build/), or NULL. */
char *cli_compdb_find(const char *file);

/* ---- analysing many units (cmd_check.c, scale.c) ---- */

/* One translation unit to analyse: its compile command. */
typedef cli_compile_cmd cli_job;

/* Called in the parent as each unit finishes; results[job] is set. */
typedef void (*cli_done_fn)(void *ud, size_t job, hvci_tu_result **results);
/*
 * Analyses jobs[which[0..n)] in worker processes, nproc at a time, each
 * with the project summaries `ext` (may be NULL) and its index requested.
 */
void cli_run_jobs(const hvci_rules *rules, const cli_job *jobs, const size_t *which, size_t n,
                  int nproc, double timeout, const hvci_summaries *ext, hvci_tu_result **results,
                  cli_done_fn done, void *ud);

/* Keeps the K-th of N slices of jobs (1-based), by position in path order. */
void cli_shard(cli_job *jobs, size_t *n, unsigned k, unsigned nshards, void (*free_job)(cli_job *));
/* Parses "K/N"; -1 when malformed. */
int cli_parse_shard(const char *s, unsigned *k, unsigned *n);
/* Hash of the tool binary, its version, the rule table and the user config. Caller frees. */
char *cli_tool_key(const hvci_rules *rules, const char *config);
/* Hash of the effective rule table (rules and config), recorded with each run. Caller frees. */
char *cli_rules_version(const hvci_rules *rules);

typedef struct {
	const hvci_rules *rules;
	const cli_job *jobs;
	size_t n;
	int nproc;
	double timeout;
	hvci_store *store; /* NULL: nothing recorded, nothing reused */
	int64_t run_id;
	int full;             /* analyse everything, reuse nothing */
	const char *tool_key; /* cli_tool_key() */
	/* merge: units already analysed elsewhere (n entries, taken over), or NULL */
	hvci_stored_tu *given;
	/* filled: */
	hvci_tu_result **results; /* n entries */
	size_t reused, analysed, rounds;
	int store_failed; /* a unit could not be stored or read back: the run is not complete */
} cli_scale;
/*
 * Reuses unchanged units from the store, analyses the rest, then analyses
 * again every unit whose calls now resolve to different summaries from
 * other files, until the summaries settle.  Each finished unit is stored
 * at once.  The first store error is printed and stops storing; the
 * analysis goes on and store_failed is set.
 */
void cli_scale_run(cli_scale *sc);

/* ---- MSBuild projects (project.c) ---- */

typedef struct {
	const char *msbuild; /* --msbuild FILE.sln|FILE.vcxproj */
	const char *configuration, *platform, *wdk, *root;
} cli_project_opts;
/* 1 when argv[*i] was one of the project options (consumed). */
int cli_project_opt(int argc, char **argv, int *i, cli_project_opts *po);
/* Loads the project, printing its notes and the configuration used on
 * stderr, or the one-line error (NULL). */
hvci_project *cli_project_load(const cli_project_opts *po);
/* Appends the kernel-mode units as jobs; user-mode ones are listed as skipped. */
int cli_project_jobs(const cli_project_opts *po, cli_job **v, size_t *n);

int cmd_check(int argc, char **argv);
int cmd_compdb(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_store(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_image(int argc, char **argv);
int cmd_lsp(int argc, char **argv);
int cmd_clangd(int argc, char **argv);

#endif
