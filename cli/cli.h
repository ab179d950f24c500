/*
 * cli.h - what the hvcilint command's subcommands share: the dispatcher's
 * exit codes, the common output options and the emit helper that prints
 * results in the chosen format.  Each subcommand lives in cmd_<name>.c.
 */
#ifndef HVCI_CLI_H
#define HVCI_CLI_H

#include "hvcilint.h"

struct option; /* <getopt.h> */

/* Exit codes: findings (1) are kept apart from tool failure (2). */
#define HVCI_EXIT_OK 0
#define HVCI_EXIT_FINDINGS 1
#define HVCI_EXIT_ERROR 2

/* One-line tool error on stderr: "hvcilint: error: ..." */
void cli_error(const char *fmt, ...) HVCI_PRINTF(1, 2);
void cli_warning(const char *fmt, ...) HVCI_PRINTF(1, 2);

#define CLI_MAX_CHECKS 32

/* "hvcilint: note: ..." on stderr, unless --quiet. */
void cli_note(const char *fmt, ...) HVCI_PRINTF(1, 2);
/* --quiet: findings only; no notes or summary lines on stderr. */
extern int cli_quiet;

/* Output options every reporting subcommand accepts. */
typedef struct {
	hvci_format format;    /* --format text|json|sarif|html|junit|codeclimate */
	const char *output;    /* -o FILE, NULL for stdout */
	int fail_on;           /* --fail-on note|warning|error|none (hvci_severity) */
	int color;             /* -1 auto, 0 never, 1 always */
	const char *rules_dir; /* --rules-dir */
	const char *config;    /* --config */
	/* report: the run shown, its comparison and history (NULL elsewhere) */
	const hvci_write_options *view;
	int fail_new_only;          /* --baseline: only findings new against it fail */
	int allow_partial;          /* --allow-partial: unanalysed calls do not make exit 2 */
	int show_suppressed;        /* --show-suppressed: text prints suppressed findings too */
	const char *sarif_category; /* --sarif-category NAME (hvci_write_options) */
	const char *help_uri_base;  /* --help-uri-base URL, over the config's */
	/* --checks GLOBS (repeatable, appended in order to the configs' selection) */
	const char *checks[CLI_MAX_CHECKS];
	size_t n_checks;
	int selection_done; /* check dropped the off rules per file's config already */
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

/* ---- option parsing (opts.c) ---- */

/*
 * One option of a subcommand.  A subcommand lists its options in a table
 * and handles each id in one switch, so adding an option is one row and
 * one case.  Every option with a value takes "--name V", "--name=V" and
 * (with a short name) "-c V" or "-cV".
 */
typedef struct {
	const char *name; /* long name without "--", or NULL */
	char short_name;  /* 'p' for -p, or 0 */
	int takes_value;
	int id; /* what cli_opts_next returns for it */
} cli_opt;

/* Ids of the options several subcommands share (cli_common_opt); a
 * subcommand's own ids stay below CLI_O_FIRST. */
enum {
	CLI_O_FIRST = 1000,
	CLI_O_HELP = CLI_O_FIRST,
	CLI_O_FORMAT,
	CLI_O_OUTPUT,
	CLI_O_FAIL_ON,
	CLI_O_COLOR,
	CLI_O_NO_COLOR,
	CLI_O_RULES_DIR,
	CLI_O_CONFIG,
	CLI_O_ALLOW_PARTIAL,
	CLI_O_SHOW_SUPPRESSED,
	CLI_O_JOBS,
	CLI_O_TIMEOUT,
	CLI_O_MEMORY_LIMIT,
	CLI_O_PCH,
	CLI_O_PCH_DIR,
	CLI_O_NO_PCH,
	CLI_O_MSBUILD,
	CLI_O_CONFIGURATION,
	CLI_O_PLATFORM,
	CLI_O_WDK,
	CLI_O_ROOT,
	CLI_O_SARIF_CATEGORY,
	CLI_O_HELP_URI_BASE,
	CLI_O_SOURCES,
	CLI_O_CHECKS,
	CLI_O_QUIET,
	CLI_O_EXTRA_ARG,
	CLI_O_EXTRA_ARG_BEFORE,
	CLI_O_EXCLUDE,
	CLI_O_HEADER_FILTER,
	CLI_O_DUMP_CONFIG,
	CLI_O_EXPORT_FIXES,
};
#define CLI_MAX_JOBS 1024
#define CLI_MAX_TIMEOUT 604800.0 /* a week, in seconds */

/* Table rows for the shared options. */
// clang-format off
#define CLI_OPT_HELP {"help", 'h', 0, CLI_O_HELP}
#define CLI_OPT_ALLOW_PARTIAL {"allow-partial", 0, 0, CLI_O_ALLOW_PARTIAL}
#define CLI_OPTS_OUTPUT \
	{"format", 0, 1, CLI_O_FORMAT}, \
	{"output", 'o', 1, CLI_O_OUTPUT}, \
	{"fail-on", 0, 1, CLI_O_FAIL_ON}, \
	{"color", 0, 0, CLI_O_COLOR}, \
	{"no-color", 0, 0, CLI_O_NO_COLOR}, \
	{"show-suppressed", 0, 0, CLI_O_SHOW_SUPPRESSED}, \
	{"sarif-category", 0, 1, CLI_O_SARIF_CATEGORY}, \
	{"help-uri-base", 0, 1, CLI_O_HELP_URI_BASE}, \
	{"quiet", 'q', 0, CLI_O_QUIET}
#define CLI_OPTS_RULES \
	{"rules-dir", 0, 1, CLI_O_RULES_DIR}, \
	{"config", 0, 1, CLI_O_CONFIG}, \
	{"checks", 0, 1, CLI_O_CHECKS}
#define CLI_OPTS_ANALYSIS \
	{"jobs", 'j', 1, CLI_O_JOBS}, \
	{"timeout", 0, 1, CLI_O_TIMEOUT}, \
	{"memory-limit", 0, 1, CLI_O_MEMORY_LIMIT}, \
	{"pch", 0, 0, CLI_O_PCH}, \
	{"pch-dir", 0, 1, CLI_O_PCH_DIR}, \
	{"no-pch", 0, 0, CLI_O_NO_PCH}
#define CLI_OPTS_TIDY \
	{"extra-arg", 0, 1, CLI_O_EXTRA_ARG}, \
	{"extra-arg-before", 0, 1, CLI_O_EXTRA_ARG_BEFORE}, \
	{"exclude", 0, 1, CLI_O_EXCLUDE}, \
	{"header-filter", 0, 1, CLI_O_HEADER_FILTER}, \
	{"dump-config", 0, 0, CLI_O_DUMP_CONFIG}, \
	{"export-fixes", 0, 1, CLI_O_EXPORT_FIXES}
#define CLI_OPTS_PROJECT \
	{"msbuild", 0, 1, CLI_O_MSBUILD}, \
	{"configuration", 0, 1, CLI_O_CONFIGURATION}, \
	{"platform", 0, 1, CLI_O_PLATFORM}, \
	{"wdk", 0, 1, CLI_O_WDK}, \
	{"root", 0, 1, CLI_O_ROOT}, \
	{"sources", 0, 1, CLI_O_SOURCES}
// clang-format on

/* What cli_opts_next returns besides a row's id. */
enum { CLI_OPT_END = -1, CLI_OPT_ERROR = -2, CLI_OPT_OPERAND = -3 };

typedef struct {
	const char *cmd; /* "check", for messages */
	int argc;
	char **argv;
	const cli_opt *table;
	size_t n;
	struct option *longs;
	char *shorts;
	const char *value; /* the option's value, or the operand */
	int dashdash;      /* at CLI_OPT_END: "--" ended the options */
	int rest;          /* at CLI_OPT_END: index of the first argument after them */
} cli_opts;

/* argv[0] is the subcommand's name; 0, or -1 after an error line. */
int cli_opts_init(cli_opts *p, const char *cmd, int argc, char **argv, const cli_opt *table,
                  size_t n);
/*
 * The next option's id (value in p->value), CLI_OPT_OPERAND (p->value),
 * CLI_OPT_END, or CLI_OPT_ERROR after one error line (unknown option,
 * missing value).  Options and operands come in the order given.
 */
int cli_opts_next(cli_opts *p);
void cli_opts_free(cli_opts *p);
/* Checked numbers: 0, or -1 after "bad OPT 'V'; give ..." on stderr. */
int cli_num_long(const char *opt, const char *v, long lo, long hi, long *out);
int cli_num_double(const char *opt, const char *v, double lo, double hi, double *out);
/*
 * Applies a shared option (CLI_OPTS_OUTPUT, CLI_OPTS_RULES, CLI_OPTS_ANALYSIS;
 * nproc and timeout may be NULL when the subcommand has none): 1 when it
 * was one, 0 when not, -1 after an error line.
 */
int cli_common_opt(int id, const char *v, cli_output_opts *o, int *nproc, double *timeout);

/* ---- shared precompiled headers (pchdir.c) ---- */

/* --pch-dir DIR (turns them on); --pch (1) and --no-pch (0). */
void cli_set_pch_dir(const char *dir);
void cli_set_pch(int on);
/* The folder for shared PCHs (--pch-dir, else with --pch the user's cache
 * folder), or NULL (off, or no folder of the user's alone, after a warning). */
const char *cli_pch_dir(void);

/* ---- worker limits (limits.c) ---- */

/* --memory-limit MB (0: none); prints the error and returns -1 when malformed. */
int cli_set_memory_limit(const char *v);
/* The limit in force: --memory-limit, else HVCILINT_MEMORY_LIMIT, else 4096. */
unsigned long long cli_memory_limit_mb(void);
/* pool.c: all of p to the socket fd (flags: MSG_NOSIGNAL in a parent, so a
 * worker that just died cannot take it along); 0, or -1 on an error. */
int cli_send_all(int fd, const void *p, size_t len, int flags);
/* 1 when len bytes were read, 0 at end of file (or a short read), -1 on error. */
int cli_read_all(int fd, void *p, size_t len);
/* Lets libclang parse on the calling thread when its stack may grow to
 * 8 MiB, as libclang's own parse thread would (limits.c). */
void cli_parse_on_own_stack(void);
/* In a forked worker: sets RLIMIT_AS and the handlers that mark result_fd. */
void cli_worker_limit_apply(int result_fd);
/* In a worker: 1 when it has (nearly) used up its address space. */
int cli_worker_near_limit(void);
/* In a worker between units: 1 when its peak address space passed half the limit. */
int cli_worker_should_retire(void);
/* In the parent: 1 when a worker's output says it died at the limit. */
int cli_worker_hit_limit(const char *buf, size_t len);
/* The one-line diagnostic for such a unit (malloc'd, may be NULL). */
char *cli_worker_limit_message(void);

/* Parses "--format=X" values; returns -1 when unknown. */
int cli_parse_format(const char *s);

/*
 * Loads the rule table for a subcommand, printing a one-line error on
 * failure; --checks is applied, and a check-list glob naming no rule is
 * one warning line.
 */
int cli_load_rules(hvci_rules **out, const cli_output_opts *opts);
/* The same with the given config files in load order (opts->config is not read). */
int cli_load_rules_v(hvci_rules **out, const cli_output_opts *opts, const char *const *cfgs,
                     size_t n);
/* Drops the findings of rules the selection (disable:, checks:, --checks) turns off;
 * cli_emit does it for every report (stored runs included). */
void cli_filter_selection(const hvci_rules *rules, hvci_tu_result *const *results, size_t n);
/* Notes on stderr naming each config file loaded and the rules it disables. */
void cli_config_note(const hvci_rules *rules);

/* "hvcilint ARGS...", for the store and SARIF. Caller frees. */
char *cli_join_args(int argc, char **argv);
/*
 * Runs `git -C dir ARGS` (args NULL-terminated, dir NULL: here) with every
 * program a repository's configuration could make git run switched off
 * (git.c).  Stdout into *out (NUL-terminated, *len bytes), the first line
 * of stderr into *err when err is not NULL; caller frees both.  Returns
 * git's exit status, -1 when git could not be run.
 */
int cli_git_run(const char *dir, const char *const *args, char **out, size_t *len, char **err);
/* First line of cli_git_run's output when git succeeds, else NULL. Caller frees. */
char *cli_git_out(const char *dir, const char *const *args);
/* The repository's top level, else the current directory. Caller frees. */
char *cli_project_root(void);
/* Opens the store and starts a run; prints the one-line error on failure. */
int cli_store_begin(const char *db_path, int argc, char **argv, hvci_store **out, int64_t *run_id);
/* cli_store_begin, recording the run's rule-table version (may be NULL). */
int cli_store_begin_v(const char *db_path, int argc, char **argv, const char *rules_version,
                      hvci_store **out, int64_t *run_id);
/* cli_store_begin_v for the K-th of N shards (0/0: every file). */
int cli_store_begin_shard(const char *db_path, int argc, char **argv, const char *rules_version,
                          unsigned shard_k, unsigned shard_n, hvci_store **out, int64_t *run_id);
/* Records finished results as one run in the store at db_path. */
int cli_store_results(const char *db_path, int argc, char **argv, hvci_tu_result *const *results,
                      size_t n);

/* One compile_commands.json entry, paths absolute (compdb.c). */
typedef struct {
	char *file;
	char *directory;
	char **argv; /* argv[0] is the compiler */
	size_t argc;
	/* The driver image the unit is linked into (the NX opt-in is decided per
	 * image), or NULL: set by a project reader, or from the CMake target in
	 * the entry's "output"; else cli_assign_images decides. */
	char *image;
	/* The image when neither of those nor the config's `images:` says: the
	 * folder of a non-CMake "output", else the compile database's folder. */
	char *image_default;
	/* The rule table of the file's own configs (cli/confset.c), borrowed;
	 * NULL: the run's table. */
	const hvci_rules *rules;
} cli_compile_cmd;

/* p made absolute against base (NULL: the current directory). Caller frees. */
char *cli_abs_path(const char *p, const char *base);
/* The same with symlinks resolved, when the file exists (else as cli_abs_path). */
char *cli_real_path(const char *p, const char *base);
/*
 * --path-map WINDOWS=LOCAL: how compile databases written on Windows map
 * to this machine (repeatable; under WSL drive letters map to /mnt/<x>
 * besides).  -1 after an error line when malformed.
 */
int cli_path_map_add(const char *spec);
/* Checks DIR/compile_commands.json, printing one located error line; 0 when usable. */
int cli_compdb_validate(const char *dir);
/* Every entry of DIR/compile_commands.json; free with cli_compile_cmds_free(). */
int cli_compdb_load(const char *dir, cli_compile_cmd **out, size_t *n);
/* The entry for `file` (compared by real path), or NULL. Borrowed from v. */
const cli_compile_cmd *cli_compdb_match(const cli_compile_cmd *v, size_t n, const char *file);
void cli_compile_cmds_free(cli_compile_cmd *v, size_t n);
/* The folder of the compile database -p names (the folder, or its
 * compile_commands.json); NULL after an error line.  Caller frees. */
char *cli_compdb_dir(const char *v);
/*
 * The store a subcommand reads when not given --db, found where check
 * records it: PDIR/hvcilint.db for -p PDIR; else ./hvcilint.db, the store
 * beside the compile database nearest above (in DIR or DIR/build, as
 * clangd finds it), or the one build folder below holding both.  NULL
 * after one error line that says how to make or name one.  Caller frees.
 */
char *cli_find_store(const char *pdir, const char *cmd);
/* Frees the members of one entry. */
void cli_compile_cmd_clear(cli_compile_cmd *c);
/*
 * Gives every entry without an image one: the config's `images:` mapping
 * (hvci_rules_image_for), else image_default.  Entries with neither keep
 * NULL (FILE -- ARGS): they form one image together.
 */
void cli_assign_images(cli_compile_cmd *v, size_t n, const hvci_rules *rules);
/*
 * Drops the findings that need the POOL_NX_OPTIN run-time call in every
 * unit whose image (NULL counting as one image) has a unit that makes it.
 */
void cli_apply_runtime_optin(hvci_tu_result *const *rs, size_t n);
/* The nearest folder above `file` with a compile database (or its build/), or NULL. */
char *cli_compdb_find(const char *file);

/* ---- analysing many units (pool.c, scale.c) ---- */

/* One translation unit to analyse: its compile command. */
typedef cli_compile_cmd cli_job;

/* Called in the parent as each unit finishes; results[job] is set. */
typedef void (*cli_done_fn)(void *ud, size_t job, hvci_tu_result **results);
/*
 * Analyses jobs[which[0..n)] in nproc long-lived worker processes, each
 * unit with the project summaries `ext` (may be NULL) and its index
 * requested (without the included files' hashes when no_deps: nothing
 * will store or fix the results).
 */
void cli_run_jobs(const hvci_rules *rules, const cli_job *jobs, const size_t *which, size_t n,
                  int nproc, double timeout, const hvci_summaries *ext, int no_deps,
                  hvci_tu_result **results, cli_done_fn done, void *ud);
/*
 * The same over several rounds (scale.c's summary rounds): a pool for the
 * jobs `jobs[0..njobs)` whose workers outlive a call.  Each cli_pool_run
 * is a round with its own table `ext` (borrowed for the call only); a
 * worker left from an earlier round is sent that table before its next
 * unit.  cli_pool_free stops the idle workers.
 */
typedef struct cli_pool cli_pool;
cli_pool *cli_pool_new(const hvci_rules *rules, const cli_job *jobs, size_t njobs, int nproc,
                       double timeout, int no_deps);
void cli_pool_run(cli_pool *p, const size_t *which, size_t n, const hvci_summaries *ext,
                  hvci_tu_result **results, cli_done_fn done, void *ud);
void cli_pool_free(cli_pool *p);

/* Keeps the K-th of N slices of jobs (1-based), by position in path order. */
void cli_shard(cli_job *jobs, size_t *n, unsigned k, unsigned nshards, void (*free_job)(cli_job *));
/* Parses "K/N" (1 <= K <= N <= CLI_MAX_SHARDS); -1 when malformed. */
#define CLI_MAX_SHARDS 10000
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
	const char *tool_key; /* cli_tool_key(); NULL without a store */
	/* merge: units already analysed elsewhere (n entries, taken over), or NULL */
	hvci_stored_tu *given;
	/* filled: */
	hvci_tu_result **results; /* n entries */
	size_t reused, analysed, rounds;
	int store_failed; /* a unit could not be stored or read back: the run is not complete */
	int no_deps;      /* nothing stores or fixes the results: skip the file hashes */
} cli_scale;
/*
 * Reuses unchanged units from the store, analyses the rest, then analyses
 * again every unit whose calls now resolve to different summaries from
 * other files, until the summaries settle.  Each finished unit is stored
 * at once.  The first store error is printed and stops storing; the
 * analysis goes on and store_failed is set.
 */
void cli_scale_run(cli_scale *sc);

/* ---- clang-tidy's conventions (tidy.c) ---- */

#define CLI_MAX_EXTRA 256
/* CLI_OPTS_TIDY's values. */
typedef struct {
	const char *before[CLI_MAX_EXTRA], *after[CLI_MAX_EXTRA]; /* --extra-arg(-before) */
	size_t n_before, n_after;
	const char *exclude[CLI_MAX_EXTRA]; /* --exclude GLOB, relative to the current folder */
	size_t n_exclude;
	const char *header_filter; /* --header-filter REGEX, or NULL */
	int dump_config;
	const char *export_fixes; /* --export-fixes FILE, or NULL */
} cli_tidy_opts;
/* Applies a CLI_OPTS_TIDY option: 1 when it was one, 0 when not, -1 after an error line. */
int cli_tidy_opt(int id, const char *v, cli_tidy_opts *t);
/* Puts --extra-arg-before flags after each command's compiler, --extra-arg flags at its end. */
void cli_tidy_extra_args(const cli_tidy_opts *t, cli_job *v, size_t n);
/* Adds --exclude and --header-filter to the rule table's config (the command line wins). */
void cli_tidy_apply(const cli_tidy_opts *t, hvci_rules *rules);
/* Drops the jobs --exclude or the config's `exclude:` names, with one note. */
void cli_tidy_exclude(const hvci_rules *rules, cli_job *v, size_t *n, void (*free_job)(cli_job *));
/*
 * The header filter (--header-filter, else the config's): a finding outside
 * its unit's main file is kept only when its file's real path matches the
 * regular expression (anywhere in it).  Without either, nothing is dropped.
 * -1 after an error line.
 */
int cli_tidy_header_filter(const hvci_rules *rules, hvci_tu_result *const *rs, size_t n,
                           const char *const *dirs);
/* --dump-config: the rule table's effective config, then the command line's part. */
void cli_tidy_dump_config(const cli_tidy_opts *t, const hvci_rules *rules, FILE *out);

/* ---- the config of each source file (confset.c) ---- */

/*
 * The .hvcilint.yaml files of each folder, from the folder up to the
 * repository's top level (outside a repository: up to `start`), merged top
 * down and cut by `inherit: false`.  Borrows o and t.
 */
typedef struct cli_confset cli_confset;
cli_confset *cli_confset_new(const cli_output_opts *o, const cli_tidy_opts *t, const char *start);
void cli_confset_free(cli_confset *cs); /* NULL-safe; frees the tables it loaded */
/* A folder's (or a file's folder's) config files, top down, borrowed; non-zero after an error line.
 */
int cli_confset_chain(cli_confset *cs, const char *path, const char *const **cfgs, size_t *n);
/* Sets each job's `rules` (NULL where the run's table, from run_dir's chain, applies). */
int cli_confset_assign(cli_confset *cs, hvci_rules *run_rules, const char *run_dir, cli_job *v,
                       size_t n);
/* `key` (a cli_tool_key) extended with every config file the jobs use. Caller frees. */
char *cli_confset_tool_key(const cli_confset *cs, const char *key);

/* ---- MSBuild projects and WDK sources trees (project.c) ---- */

typedef struct {
	const char *msbuild; /* --msbuild FILE.sln|FILE.vcxproj */
	const char *sources; /* --sources DIR (a dirs or sources file's folder) */
	const char *configuration, *platform, *wdk, *root;
} cli_project_opts;
/* 1 when argv[*i] was one of the project options (consumed). */
/* Applies a CLI_OPTS_PROJECT option: 1 when it was one, 0 when not. */
int cli_project_opt(int id, const char *v, cli_project_opts *po);
/* Loads the project (--msbuild or --sources; both: an error), printing its
 * notes and the configuration used on stderr, or the one-line error (NULL). */
hvci_project *cli_project_load(const cli_project_opts *po);
/* Appends the kernel-mode units as jobs; user-mode ones are listed as skipped. */
int cli_project_jobs(const cli_project_opts *po, cli_job **v, size_t *n);
/*
 * -p runs with --wdk DIR (or $WDKContentRoot): the kit's kernel-mode include
 * folders appended (-imsvc, or -isystem in gcc style) to each command that
 * names no WDK folder of its own, so the real headers win over the
 * fallback ones.  -1 after an error line (not a kit).
 */
int cli_project_add_wdk(const cli_project_opts *po, cli_job *v, size_t n);
/*
 * For a file no compile database lists: the command of the project that
 * builds it, a `sources` file in its folder or a .vcxproj in its folder or
 * above (up to the repository's top) that lists it.  1 with *out filled
 * (cli_compile_cmd_clear it) and *from the project's path (caller frees).
 */
int cli_project_find_unit(const char *file, cli_compile_cmd *out, char **from);

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
