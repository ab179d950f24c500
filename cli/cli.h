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
} cli_output_opts;

/*
 * Writes `results` to opts->output (atomically: a temp file renamed into
 * place) in opts->format, and returns the exit code the run deserves:
 * HVCI_EXIT_FINDINGS when an unsuppressed finding reaches fail_on,
 * HVCI_EXIT_ERROR when a result could not be produced or written.
 */
int cli_emit(const cli_output_opts *opts, const hvci_rules *rules, hvci_tu_result *const *results,
             size_t n, const char *command_line);

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
/* Records finished results as one run in the store at db_path. */
int cli_store_results(const char *db_path, int argc, char **argv, hvci_tu_result *const *results,
                      size_t n);

int cmd_check(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_image(int argc, char **argv);

#endif
