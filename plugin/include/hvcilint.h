/*
 * hvcilint.h - the one public header of the hvcilint analysis library.
 *
 * It declares what a front end (the hvcilint command, the editor server,
 * the image checker) needs: the rule table, the analysis of one translation
 * unit, the findings it produces and the writers that print them.  Nothing
 * else in plugin/src is API.  Returned objects are owned by the caller and
 * freed with the matching hvci_*_free(), which accepts NULL.
 */
#ifndef HVCILINT_H
#define HVCILINT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define HVCI_VERSION "0.1.0"

#if defined(__GNUC__) || defined(__clang__)
#define HVCI_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define HVCI_PRINTF(f, a)
#endif

/*
 * Error codes.  The numbers are part of the interface (scripts and the
 * store see them): append only, never renumber or reuse.
 */
typedef enum {
	HVCI_OK = 0,
	HVCI_ERROR = -1,     /* generic failure */
	HVCI_ENOTFOUND = -3, /* a file, entry or rule that does not exist */
	HVCI_EPARSE = -4,    /* malformed input: rules, config, compile db */
	HVCI_EDB = -5,       /* the SQLite store failed */
	HVCI_EINVALID = -6,  /* invalid argument or option */
	HVCI_EUSER = -7,     /* usage error on the command line */
	HVCI_ECLANG = -8,    /* libclang failed to produce a translation unit */
	HVCI_ECRASH = -9,    /* a worker died while analysing a file */
	HVCI_ETIMEOUT = -10, /* a worker ran past --timeout */
	HVCI_EIMAGE = -11,   /* a PE image is malformed */
} hvci_error_code;

/* The last error of this thread: a one-line message, or NULL. Borrowed. */
const char *hvci_error_last(void);
int hvci_error_last_code(void);
/* Sets the thread's error and returns code, so callers can `return hvci_error_set(...)`. */
int hvci_error_set(int code, const char *fmt, ...) HVCI_PRINTF(2, 3);
void hvci_error_clear(void);

/* Severities. Stored in the database: never renumber. */
typedef enum {
	HVCI_SEV_NONE = 0,
	HVCI_SEV_NOTE = 1,
	HVCI_SEV_WARNING = 2,
	HVCI_SEV_ERROR = 3,
} hvci_severity;

const char *hvci_severity_name(hvci_severity s);
/* Parses "note", "warning", "error" (and "none"); returns -1 if unknown. */
int hvci_severity_parse(const char *name);

/*
 * A place in a source file.  Lines and columns are 1-based, columns count
 * bytes (as clang does), and the end is exclusive.  end_line == 0 means a
 * point.  For image findings `file` is the image and `logical` names the
 * section and RVA.
 */
typedef struct {
	char *file;        /* path as given to the tool, or as clang spells it */
	unsigned line;     /* 1-based */
	unsigned col;      /* 1-based byte column */
	unsigned end_line; /* 0 when the location is a point */
	unsigned end_col;  /* exclusive */
	char *logical;     /* e.g. "section .text, RVA 0x1040"; NULL for source */
} hvci_loc;

typedef struct {
	hvci_loc loc;
	char *message;
} hvci_note;

/* Replace the bytes of `range` with `text`; an empty range inserts. */
typedef struct {
	hvci_loc range;
	char *text;
} hvci_fixit;

typedef struct {
	char *rule_id; /* e.g. "hvci-exec-pool" */
	hvci_severity severity;
	hvci_loc loc;
	char *message;     /* one line, no trailing period */
	char *function;    /* enclosing function, or NULL */
	char *source_line; /* the text of loc.line, without newline */
	hvci_note *notes;
	size_t n_notes;
	hvci_fixit *fixits;
	size_t n_fixits;
	int suppressed;          /* 1 when a NOLINT or CA pragma covers it */
	char *suppression;       /* "NOLINT", "#pragma warning(suppress)", ... */
	char *justification;     /* text given with the suppression, or NULL */
	int needs_runtime_optin; /* executable only if no TU of the same driver image
	                            calls ExInitializeDriverRuntime(DrvRtPoolNxOptIn) */
	int baseline;            /* hvci_baseline_state, set by reports */
	char *fingerprint;       /* set when read back from the store */
	char *statement_key;     /* the tokens of the finding's statement, as hashed
	                            (NULL when read back from the store) */
} hvci_finding;

/* A finding relative to an earlier run. Values are SARIF's baselineState. */
typedef enum {
	HVCI_BASELINE_NONE = 0,
	HVCI_BASELINE_NEW = 1,
	HVCI_BASELINE_UNCHANGED = 2,
	HVCI_BASELINE_ABSENT = 3,
} hvci_baseline_state;

/* How the analysis of one translation unit ended. Stored: never renumber. */
typedef enum {
	HVCI_TU_OK = 0,
	HVCI_TU_PARSE_ERRORS = 1, /* analysed, but clang reported errors */
	HVCI_TU_FAILED = 2,       /* libclang produced no translation unit */
	HVCI_TU_CRASHED = 3,
	HVCI_TU_TIMEOUT = 4,
	HVCI_TU_IMAGE = 5,   /* a PE image, checked by hvcilint image */
	HVCI_TU_SKIPPED = 6, /* user-mode code in the database: not a driver, not analysed */
} hvci_tu_status;

/* 1 for the statuses that are tool errors (exit code 2). */
#define HVCI_TU_IS_FAILURE(st)                                                                     \
	((st) == HVCI_TU_FAILED || (st) == HVCI_TU_CRASHED || (st) == HVCI_TU_TIMEOUT)

/* A tool message about one file (not a finding): parse errors, crashes. */
typedef struct {
	hvci_severity severity;
	hvci_loc loc;
	char *message;
} hvci_tool_diag;

/*
 * How one call of an affected API (or another construct a rule checks) in
 * preprocessor-live user code was analysed.  Every such call is accounted
 * for: a run never passes unseen code off as clean.
 */
typedef enum {
	HVCI_COV_AST = 0,        /* checked on the AST, with the dataflow */
	HVCI_COV_TOKENS = 1,     /* its function did not parse: checked from its tokens */
	HVCI_COV_UNANALYSED = 2, /* neither: see `reason` */
} hvci_cov_how;

typedef struct {
	hvci_loc loc; /* the callee's name as written */
	char *api;    /* the affected API */
	hvci_cov_how how;
	char *reason; /* for TOKENS and UNANALYSED: the parse error that cost the AST */
} hvci_cov_call;

typedef struct {
	unsigned functions;          /* function definitions written in user code */
	unsigned functions_analysed; /* of those, with a body in the AST */
	unsigned calls;              /* affected calls in live user code */
	unsigned calls_ast, calls_tokens, calls_unanalysed;
	unsigned recovery_passes; /* extra parses that declared stand-ins */
	char **stand_in_headers;  /* #includes that were missing: empty stand-ins */
	size_t n_stand_in_headers;
	char **stand_in_names; /* names declared nowhere, given stand-ins, in order */
	size_t n_stand_in_names;
	hvci_cov_call *sites; /* the calls not analysed on the AST only */
	size_t n_sites;
} hvci_coverage;

typedef struct {
	char *file; /* the main file */
	hvci_tu_status status;
	hvci_coverage coverage;
	unsigned parse_errors;    /* clang errors in the translation unit */
	int runtime_optin_called; /* calls ExInitializeDriverRuntime(DrvRtPoolNxOptIn)
	                             with the opt-in code compiled in */
	char *image;              /* the driver image (.sys, export driver, library) the unit is
	                             linked into, or NULL when unknown: the opt-in call counts
	                             only for the units of its own image */
	double seconds;           /* wall time of parse plus checks */
	hvci_finding *findings;
	size_t n_findings;
	size_t cap_findings; /* slots allocated (hvci_tu_result_add grows them) */
	hvci_tool_diag *diags;
	size_t n_diags;
	char *index; /* JSON, when hvci_analyze_options.want_index: the files the unit
	                read with their content hashes ("deps"), the wrapper summaries
	                it exports ("defs") and the functions it calls without
	                defining them ("calls"); NULL otherwise */
	/* With hvci_analyze_options.want_replay: how recovery parsing ended, for
	 * hvci_analyze_options.replay (replay_len bytes, not text).  Never part
	 * of a report or a store. */
	char *replay;
	size_t replay_len;
} hvci_tu_result;

void hvci_tu_result_free(hvci_tu_result *r);
void hvci_coverage_clear(hvci_coverage *c);
/* Frees the members of a finding, not the finding itself. */
void hvci_finding_clear(hvci_finding *f);
/* Appends a finding (copied shallowly: ownership of members moves to r). */
int hvci_tu_result_add(hvci_tu_result *r, hvci_finding *f);
int hvci_tu_result_add_diag(hvci_tu_result *r, hvci_severity sev, const hvci_loc *loc,
                            const char *fmt, ...) HVCI_PRINTF(4, 5);
char *hvci_strdup(const char *s);
void hvci_loc_clear(hvci_loc *l);

/* ------------------------------------------------------------------ */
/* Rules: the affected-API table and the rule catalog (rules/ data).  */

typedef struct hvci_rules hvci_rules;

/*
 * Loads rules/catalog.yaml and every rules/NAME.api.yaml in `dir` (NULL: the
 * built-in search order: $HVCILINT_RULES_DIR, ./rules, next to the binary,
 * the install dir), then the user config files in `configs` (may be NULL).
 * Errors are located: "rules/wdm.api.yaml:12: ...".
 */
int hvci_rules_load(hvci_rules **out, const char *dir, const char *const *configs,
                    size_t n_configs);
void hvci_rules_free(hvci_rules *r);
/* Directory the table was loaded from. Borrowed. */
const char *hvci_rules_dir(const hvci_rules *r);
/* Prints the effective API table and the rule catalog. */
void hvci_rules_dump(const hvci_rules *r, FILE *out);
/* 1 when `id` (or a glob such as "hvci-exec-*") names a rule. */
int hvci_rules_known_id(const hvci_rules *r, const char *id_or_glob);

typedef struct {
	const char *id;
	const char *name; /* CamelCase, for SARIF */
	const char *short_desc;
	const char *full_desc;
	const char *help_markdown;
	const char *help_uri;
	const char *code_analysis; /* "C30030" ... or NULL */
	const char *tags;          /* comma separated */
	hvci_severity severity;
	double security_severity; /* (0, 10] */
	const char *precision;    /* very-high|high|medium|low */
} hvci_rule_info;

size_t hvci_rules_count(const hvci_rules *r);
const hvci_rule_info *hvci_rules_at(const hvci_rules *r, size_t i);
const hvci_rule_info *hvci_rules_find(const hvci_rules *r, const char *id);
/* Maps a Code Analysis warning number (30030) to rule ids; NULL-terminated, borrowed. */
const char *const *hvci_rules_for_ca(const hvci_rules *r, unsigned ca_number);
/*
 * When `api` can only produce executable memory (table kind always-exec or
 * cache-type, confirmed), returns its safe replacement text; else NULL.
 * Borrowed.  Used by the image checks for imports.
 */
const char *hvci_rules_exec_only_api(const hvci_rules *r, const char *api);
/*
 * The driver image the `images:` mapping of the user config assigns to
 * `file` (an absolute path; the globs are relative to the config file's
 * folder), or NULL when no glob matches.  Borrowed.
 */
const char *hvci_rules_image_for(const hvci_rules *r, const char *file);
/*
 * Points every rule's help_uri under `base`, an absolute URL: "{id}" in it
 * stands for the rule id, else BASE/ID.md (the layout of docs/rules/).
 * The user config's `help-uri-base:` does the same.  HVCI_EINVALID when
 * `base` is not an absolute URL.
 */
int hvci_rules_set_help_uri_base(hvci_rules *r, const char *base);

/* ------------------------------------------------------------------ */
/* Compile databases written on Windows: mapping their paths here.     */

typedef struct hvci_pathmap hvci_pathmap;
hvci_pathmap *hvci_pathmap_new(void);
void hvci_pathmap_free(hvci_pathmap *m);
/*
 * Adds "WINDOWS=LOCAL" (e.g. "C:\src=/home/me/src"): Windows paths under
 * that folder (compared without regard to case or slash kind) map under
 * the local one.  The longest prefix wins.  HVCI_EINVALID when malformed.
 */
int hvci_pathmap_add(hvci_pathmap *m, const char *spec);
/* Maps every drive letter X: to ROOT/x (WSL: "/mnt"), after the user's. */
void hvci_pathmap_add_drives(hvci_pathmap *m, const char *root);
/* 1 when running under WSL (WSLInterop registered, or a Microsoft kernel). */
int hvci_pathmap_is_wsl(void);
/* 1 for a Windows absolute path: "C:\x", "C:/x", "\\server\share". */
int hvci_path_is_windows(const char *p);
/*
 * `p` mapped (caller frees): a Windows absolute path by the mapping (NULL
 * when none covers it), any other path with its backslashes made slashes.
 */
char *hvci_pathmap_path(const hvci_pathmap *m, const char *p);
/* Splits a command line by the Windows rules (CommandLineToArgvW); NULL-terminated. */
char **hvci_split_windows_command(const char *cmd, size_t *argc);
/*
 * Maps the path-valued arguments of a compile command written on Windows
 * in place (include folders, forced includes, sources, outputs; argv[0]
 * and values such as -D definitions are left alone).  Returns how many
 * Windows paths no mapping covered (left with slashes), the first of them
 * in *unmapped (caller frees; may be NULL).
 */
int hvci_pathmap_args(const hvci_pathmap *m, char **argv, size_t argc, char **unmapped);

/* ------------------------------------------------------------------ */
/* Content hashes and project-wide wrapper summaries.                  */

/* FNV-1a, 64 bits, over n bytes, continuing from h (start with HVCI_HASH_INIT). */
#define HVCI_HASH_INIT 14695981039346656037ULL
uint64_t hvci_hash_bytes(uint64_t h, const void *p, size_t n);
/* Hash of a file's contents as 16 hex digits into out[17]; -1 when unreadable. */
int hvci_hash_file(const char *path, char out[17]);
/* Hash of a folder's entry names (sorted; a store's journal left out), the
 * same way; -1 when it cannot be read. */
int hvci_hash_dir_names(const char *dir, char out[17]);

/*
 * The wrapper summaries of a whole project, keyed by the functions' USRs,
 * built from the "defs" of each translation unit's index.  When two units
 * define the same function, the same summary is chosen whatever the order
 * they are added in, so sharded and single-machine runs agree.
 */
typedef struct hvci_summaries hvci_summaries;
hvci_summaries *hvci_summaries_new(void);
void hvci_summaries_free(hvci_summaries *s);
/* Adds the exported summaries of one unit's index (JSON text). */
int hvci_summaries_add(hvci_summaries *s, const char *index_json);
/*
 * Hash (16 hex digits, caller frees) of the summaries that the calls of one
 * unit's index resolve to; "0" when none do.  A unit analysed with table A
 * needs a new analysis under table B exactly when this differs.
 */
char *hvci_summaries_hash_for(const hvci_summaries *s, const char *index_json);
/* Adds from's summaries of the functions s has none for. */
void hvci_summaries_fill(hvci_summaries *s, const hvci_summaries *from);
/*
 * The whole table as JSON text (caller frees), and back: how a table
 * reaches a worker process that was started with an older one.
 * hvci_summaries_from_json returns NULL, with the error set, on text that
 * is not such a table; the caller frees the table with hvci_summaries_free.
 */
char *hvci_summaries_to_json(const hvci_summaries *s);
hvci_summaries *hvci_summaries_from_json(const char *text, size_t len);
/*
 * 1 when every forward of the table rests on its own function's file alone
 * or, through the forward it names ("via"), on one that does in the end.
 * A forward left over rests on a cycle of summaries, or on a function no
 * unit defines: a run that started from a kept table checks its final
 * table with this before it trusts the rounds' result.
 */
int hvci_summaries_grounded(const hvci_summaries *s);
/*
 * The table a run ended with, kept in the PCH folder (dir) under a key the
 * caller makes from its units, so that the next run's summary rounds can
 * start from it instead of from nothing.  A kept table is only a starting
 * point: every result is checked against the table the run itself builds.
 * hvci_summaries_kept returns NULL when there is none, or it is not the
 * user's alone, too large or not a well-formed table; keeping is quiet
 * when it fails.
 */
hvci_summaries *hvci_summaries_kept(const char *dir, const char *key);
void hvci_summaries_keep(const hvci_summaries *s, const char *dir, const char *key);

/* ------------------------------------------------------------------ */
/* Analysis of one translation unit.                                   */

#define HVCI_ANALYZE_OPTIONS_VERSION 4

typedef struct {
	unsigned version;
	const char *file;        /* main file */
	const char *directory;   /* working directory of the command */
	const char *const *argv; /* full compiler command, argv[0] included */
	size_t argc;
	const char *unsaved_text; /* buffer contents to analyse instead of the file */
	size_t unsaved_len;
	const char *wdk_fallback_dir; /* shipped headers; NULL: built-in default */
	const char *resource_dir;     /* clang resource dir; NULL: detect */
	int quiet;                    /* no tool warnings on stderr */
	int want_index;               /* fill hvci_tu_result.index */
	/* Summaries of functions other units define: a call to one of them
	 * is checked as a call to a wrapper.  NULL: none. */
	const hvci_summaries *summaries;
	/* Version 2: with want_index, leave out "deps" (the content hash of
	 * every file the unit read), which only a store and --fix use. */
	int index_no_deps;
	/* Version 3: fill hvci_tu_result.replay when recovery parsing parsed
	 * the unit more than once. */
	int want_replay;
	/* Version 3: the replay an earlier analysis of this same unit in this
	 * same run filled: the unit is parsed once the way that analysis's
	 * recovery ended instead of repeating its passes, which read only the
	 * unit and the rules.  Never text from a file or another run: a replay
	 * that does not fit the unit is ignored, not trusted. */
	const char *replay;
	size_t replay_len;
	/* Version 4: a folder of this user's, closed to others, where units
	 * whose leading #include lines and command agree share a precompiled
	 * header of those lines, built once and kept between runs.  NULL:
	 * every unit parses its headers itself. */
	const char *pch_dir;
} hvci_analyze_options;

#define HVCI_ANALYZE_OPTIONS_INIT                                                                  \
	{                                                                                          \
		HVCI_ANALYZE_OPTIONS_VERSION                                                       \
	}

/* Analyses one translation unit in this process. */
int hvci_analyze_tu(hvci_tu_result **out, const hvci_rules *rules,
                    const hvci_analyze_options *opts);

/*
 * A session keeps one translation unit parsed for an editor: the first
 * analysis parses it and precompiles its preamble (the #include block),
 * later ones reparse only the file body.  `text` (may be NULL: the file on
 * disk) is the buffer's current contents.  Options are copied; the rule
 * table must outlive the session.  Free with hvci_session_free().
 */
typedef struct hvci_session hvci_session;
int hvci_session_open(hvci_session **out, const hvci_analyze_options *opts);
int hvci_session_analyze(hvci_session *s, hvci_tu_result **out, const hvci_rules *rules,
                         const char *text, size_t len);
void hvci_session_free(hvci_session *s);
/*
 * The command line a session parses with, as a compiler would take it:
 * the user's flags plus the shipped WDK headers when the real WDK is not
 * on it and the overlay that resolves #include names by case.  Borrowed;
 * valid (and the overlay file kept) until hvci_session_free().
 */
void hvci_session_command(const hvci_session *s, const char *const **argv, size_t *argc,
                          const char **directory);
/*
 * For a copy of a session in a forked process: disposes of what its
 * analyses made (the parsed unit with its precompiled preamble, stand-in
 * headers) and leaves the files of its compile command, which belong to
 * the original session.  The copy is not usable afterwards.
 */
void hvci_session_drop_copy(hvci_session *s);

/*
 * Checks a built driver image (.sys, PE32 or PE32+).  `map_path` (may be
 * NULL) is a linker map used to name symbols.  A malformed image is an
 * HVCI_EIMAGE error whose message names the offset.
 */
int hvci_analyze_image(hvci_tu_result **out, const hvci_rules *rules, const char *path,
                       const char *map_path);

/* ------------------------------------------------------------------ */
/* The store: runs and findings in SQLite.                             */

typedef struct hvci_store hvci_store;

/*
 * Opens (creating and migrating forward as needed) the store at `path`.
 * A file that is not an hvcilint database, is corrupt or is read-only is
 * an HVCI_EDB error naming the file, and the file is left untouched.
 */
int hvci_store_open(hvci_store **out, const char *path);
/*
 * Opens an existing store for reading only (SQLITE_OPEN_READONLY), so a
 * read-only file is never written, whoever runs hvcilint.  A store with an
 * older schema is upgraded first, which needs it to be writable.  A path
 * that is a symbolic link is refused here as in hvci_store_open.
 */
int hvci_store_open_read(hvci_store **out, const char *path);
void hvci_store_close(hvci_store *s);

typedef struct {
	const char *command_line;
	const char *root; /* stored paths are relative to it */
	const char *rules_version;
	const char *git_commit; /* NULL outside a repository */
	const char *git_branch;
	/* check --shard K/N: the run covers the K-th of N slices of the files;
	 * both 0 for a run over every file. */
	unsigned shard_k, shard_n;
} hvci_run_info;

/* Starts a run (status "running"); *run_id receives its id. */
int hvci_store_run_begin(hvci_store *s, const hvci_run_info *info, int64_t *run_id);
/*
 * Stores one translation unit and its findings in one transaction, so a
 * killed run keeps every finished file.
 */
int hvci_store_add_tu(hvci_store *s, int64_t run_id, const hvci_tu_result *r);
/*
 * Records a unit carried over unchanged from an earlier run by reference:
 * the new row shows the findings, inputs and read files of `result_tu`
 * (hvci_stored_tu.carry_tu), which stay where they are.  One transaction.
 */
int hvci_store_add_tu_carried(hvci_store *s, int64_t run_id, const hvci_tu_result *r,
                              int64_t result_tu);
/*
 * Ends a run: "complete", "incomplete" when some file failed, or "failed"
 * when the store could not record all of it.  The NX opt-in needs nothing
 * here: each unit is stored with its image and whether it makes the
 * ExInitializeDriverRuntime call, and a run is read back with the findings
 * that depended on that call dropped for the images that make it.
 */
int hvci_store_run_end(hvci_store *s, int64_t run_id, const char *status);

/* The newest run (0 when none), and the newest complete run before `run`. */
int hvci_store_latest_run(hvci_store *s, int64_t *run_id);
int hvci_store_previous_run(hvci_store *s, int64_t run, int64_t *run_id);
/*
 * Reads a run back as one result per translation unit (paths made
 * absolute against the run's root); findings carry their fingerprint.
 * Caller frees each result and the array.
 */
int hvci_store_load_run(hvci_store *s, int64_t run_id, hvci_tu_result ***out, size_t *n);

/* What a unit was analysed from: the incremental store's key. */
typedef struct {
	const char *directory;
	const char *const *argv; /* the compile command */
	size_t argc;
	const char *input_key;      /* hash of the command, the tool and the rule table */
	const char *used_summaries; /* hvci_summaries_hash_for() at analysis time */
} hvci_tu_inputs;

/*
 * Like hvci_store_add_tu, and also records the inputs, the result as the
 * worker gave it (before run-wide steps), its index, and the content hash
 * of every file it read.  Replaces an earlier record of the same file in
 * the same run (a unit analysed again with newer summaries).  One
 * transaction.
 */
int hvci_store_add_tu_indexed(hvci_store *s, int64_t run_id, const hvci_tu_result *r,
                              const hvci_tu_inputs *in);

/* A unit read back from the store with what it was analysed from. */
typedef struct {
	hvci_tu_result *result; /* before run-wide steps; index set (deps included) */
	char *directory;
	char **argv;
	size_t argc;
	char *input_key;
	char *used_summaries;
	int64_t carry_tu; /* find_reusable: the unit a new run may point at, 0: copy instead */
} hvci_stored_tu;
void hvci_stored_tu_clear(hvci_stored_tu *t);

/*
 * The newest record of `file` from a run other than run_id that was
 * analysed with input_key, ended ok or with parse errors, and whose files
 * all still have the recorded content.  *found is 1 when *out was filled.
 */
int hvci_store_find_reusable(hvci_store *s, int64_t run_id, const char *file, const char *input_key,
                             hvci_stored_tu *out, int *found);
/* Every unit of a run that has its inputs recorded, in the order stored. */
int hvci_store_load_indexed(hvci_store *s, int64_t run_id, hvci_stored_tu **out, size_t *n);
/*
 * What a run was made with: tool version, rule-table version (NULL when
 * not recorded) and status ("running", "complete", "incomplete").  Each
 * out-pointer may be NULL; the caller frees the strings.
 */
int hvci_store_run_meta(hvci_store *s, int64_t run_id, char **tool_version, char **rules_version,
                        char **status);
/*
 * A finding's fingerprint as stores and SARIF record it, for its
 * `occurrence`-th repeat (1-based) in its file: "v3:HASH:N".  It survives
 * moved lines, moved files, comments and re-indenting anywhere in the
 * finding's statement.  Caller frees.
 */
char *hvci_finding_fingerprint(const hvci_finding *f, size_t occurrence);
/* The same in an earlier scheme (2: the tokens of the finding's line only),
 * to match fingerprints an older hvcilint recorded. */
char *hvci_finding_fingerprint_v(const hvci_finding *f, size_t occurrence, int version);
/* The fingerprint scheme a stored fingerprint was made with: 0 for NULL,
 * 1 for stores written before comments stopped counting, 2 for "v2:", else
 * this one. */
int hvci_fingerprint_version(const char *fp);
#define HVCI_FINGERPRINT_VERSION 3
/*
 * The shard a run covers (hvci_run_info.shard_k/shard_n): 0/0 for a run
 * over every file or one recorded before stores kept shards.
 */
int hvci_store_run_shard(hvci_store *s, int64_t run_id, unsigned *shard_k, unsigned *shard_n);

/* What hvci_store_gc removed. */
typedef struct {
	size_t runs;     /* runs removed or reduced to their record (status "pruned") */
	size_t units;    /* translation units removed */
	size_t findings; /* finding rows removed */
	size_t files;    /* file rows no longer used */
} hvci_gc_stats;

/*
 * Removes the runs that are neither among the newest `keep` (0: none by
 * count) nor started within `keep_days` days (0: none by age), and every
 * unit, finding, input and file row only they use.  A unit a kept run
 * shows by reference stays; a removed run that kept findings name as their
 * first-seen run stays as its record with status "pruned".  Running runs
 * are never removed.  One transaction.
 */
int hvci_store_gc(hvci_store *s, unsigned keep, double keep_days, hvci_gc_stats *out);
/* Rebuilds the file without its free pages (VACUUM) and empties the WAL. */
int hvci_store_vacuum(hvci_store *s);

/* One run's totals, for the trend over the last runs. */
typedef struct {
	int64_t id;
	char *started_at; /* UTC, ISO 8601 */
	char *status;     /* running, complete, incomplete, failed */
	char *root;       /* project root of the run, or NULL */
	char *git_commit; /* NULL outside a repository */
	char *git_branch;
	unsigned by_severity[4]; /* unsuppressed findings, indexed by hvci_severity */
	unsigned suppressed;     /* suppressed findings */
	unsigned files;          /* translation units and images analysed */
} hvci_run_summary;

/*
 * The last `max` runs up to and including `run`, oldest first (so the
 * last entry is `run` itself when it exists).  Caller frees with
 * hvci_run_summaries_free().
 */
int hvci_store_history(hvci_store *s, int64_t run, size_t max, hvci_run_summary **out, size_t *n);
void hvci_run_summaries_free(hvci_run_summary *v, size_t n);

/* ------------------------------------------------------------------ */
/* Writers.                                                            */

typedef enum {
	HVCI_FORMAT_TEXT = 0,
	HVCI_FORMAT_JSON = 1,
	HVCI_FORMAT_SARIF = 2,
	HVCI_FORMAT_HTML = 3,        /* self-contained dashboard */
	HVCI_FORMAT_JUNIT = 4,       /* JUnit XML: one test case per file */
	HVCI_FORMAT_CODECLIMATE = 5, /* GitLab Code Quality (Code Climate issues, JSON) */
} hvci_format;

typedef struct {
	int color;                /* ANSI colour in text output */
	int show_suppressed;      /* text: also print suppressed findings */
	const char *root;         /* paths are made relative to it in SARIF/JSON */
	const char *command_line; /* recorded in SARIF invocations */
	/* Filled by reports from the store (zero elsewhere): */
	int64_t run_id;                  /* the run shown */
	int64_t compare_id;              /* the run it is compared with, 0: none */
	const char *compare_label;       /* how the comparison is named, e.g. "baseline x.sarif" */
	const hvci_run_summary *history; /* HTML trend: oldest first, the run shown last */
	size_t n_history;
	/* The user accepts partial coverage (--allow-partial): SARIF keeps
	 * executionSuccessful, JUnit lists unanalysed calls without an <error>. */
	int allow_partial;
	/* SARIF: the analysis category code scanning keeps runs apart by
	 * (automationDetails.id is "CATEGORY/run-N"); NULL: "hvcilint" for
	 * source runs, "hvcilint/image" when every result is an image. */
	const char *sarif_category;
} hvci_write_options;

int hvci_write(FILE *out, hvci_format fmt, const hvci_rules *rules, hvci_tu_result *const *results,
               size_t n, const hvci_write_options *wo);

/*
 * Coverage of a whole run: the units' hvci_coverage summed.  Results read
 * from a store that keeps no coverage count as units without it, and a
 * run where no unit carries coverage has nothing to say about it.
 */
typedef struct {
	unsigned units; /* units that carry coverage */
	unsigned functions, functions_analysed;
	unsigned calls, calls_ast, calls_tokens, calls_unanalysed;
	unsigned files_unanalysed; /* units with at least one unanalysed call */
	unsigned stand_in_headers; /* missing #includes, over all units */
	unsigned files_stand_ins;  /* units that used a stand-in */
	unsigned recovery_passes;
	unsigned units_skipped; /* user-mode units (HVCI_TU_SKIPPED) */
} hvci_coverage_totals;

void hvci_coverage_sum(hvci_tu_result *const *results, size_t n, hvci_coverage_totals *t);
/* 1 when something was not analysed on the AST or was left out: the run
 * summary is then worth printing.  Skipped user-mode units count. */
int hvci_coverage_partial(const hvci_coverage_totals *t);
/*
 * The run summary, e.g. "212 of 215 affected calls analysed (209 on the
 * AST, 3 from tokens), 3 not analysed in 2 files; 1840 of 1902 functions
 * parsed; 4 user-mode units skipped"; NULL when no unit carries coverage.
 * Caller frees.
 */
char *hvci_coverage_summary(const hvci_coverage_totals *t);
/* "call of 'X' was not analysed: REASON", for one site. Caller frees. */
char *hvci_coverage_site_message(const hvci_cov_call *k);
/* The rule-like code coverage diagnostics carry in every output. */
#define HVCI_COVERAGE_CODE "hvci-coverage"

/* A result as JSON (the JSON report's per-file object; the editor's and
 * the store's transport). */
char *hvci_tu_result_to_json(const hvci_tu_result *r);
int hvci_tu_result_from_json(hvci_tu_result **out, const char *json);
/* A result as bytes from a worker to its parent in one run (report/pack.c):
 * what the JSON form would give, faster; never written to a file. */
char *hvci_tu_result_pack(const hvci_tu_result *r, size_t *len);
int hvci_tu_result_unpack(hvci_tu_result **out, const void *bytes, size_t len);

/* ------------------------------------------------------------------ */
/* Projects: MSBuild solutions and projects read without building.     */

/* What a unit is built into; decides kernel or user mode. */
typedef enum {
	HVCI_IMAGE_UNKNOWN = 0,
	HVCI_IMAGE_DRIVER = 1,        /* a .sys (ConfigurationType Driver) */
	HVCI_IMAGE_EXPORT_DRIVER = 2, /* a kernel-mode DLL (DriverType Export, DynamicLibrary) */
	HVCI_IMAGE_LIBRARY = 3,       /* a kernel-mode static library */
	HVCI_IMAGE_USER = 4,          /* user mode: Application, UMDF, user DLL or library */
} hvci_image_kind;

/* "driver", "export-driver", "library", "user", "unknown". */
const char *hvci_image_kind_name(hvci_image_kind k);

/* One compiled source of a project: a clang-cl command, paths absolute. */
typedef struct {
	char *file;
	char *directory; /* the project's folder, where cl would run */
	char **argv;     /* argv[0] is "clang-cl" */
	size_t argc;
	char *image;   /* the image it goes into, e.g. "echo.sys" */
	char *project; /* the .vcxproj it comes from */
	hvci_image_kind image_kind;
} hvci_compile_cmd;

typedef struct {
	hvci_compile_cmd *cmds;
	size_t n;
	char *configuration; /* what was evaluated, e.g. "Release" */
	char *platform;      /* e.g. "x64" */
	char *wdk_version;   /* Include/<version> of the WDK used, or NULL */
	size_t n_projects;   /* C/C++ projects evaluated */
	char **notes;        /* one line each: what was skipped or dropped and why */
	size_t n_notes;
} hvci_project;

typedef struct {
	const char *configuration; /* NULL: Release when declared, else the first */
	const char *platform;      /* NULL: x64 when declared, else the first */
	/* A Windows Kits 10 folder.  NULL: $WDKContentRoot, else (under WSL)
	 * /mnt/c/Program Files (x86)/Windows Kits/10 when it exists, else none.
	 * "" : none (the shipped fallback headers serve). */
	const char *wdk_root;
	/* Imports may not leave this folder.  NULL: the nearest folder above
	 * the project holding .git, else the project's own folder. */
	const char *root;
} hvci_project_options;

/*
 * Evaluates a .sln (its C/C++ projects) or one .vcxproj for one
 * configuration and platform, as MSBuild would for the subset that
 * docs/projects.md describes, into one clang-cl command per compiled
 * source.  Errors (HVCI_EPARSE, HVCI_ENOTFOUND, HVCI_EINVALID) are one
 * line "FILE:LINE: what is wrong; what to do".
 */
int hvci_project_load_msbuild(hvci_project **out, const char *sln_or_vcxproj,
                              const hvci_project_options *o);
/*
 * Reads drivers built by the WDK's older build utility: a folder holding
 * a `dirs` file (its DIRS and OPTIONAL_DIRS are followed) or a `sources`
 * file, or such a file itself, into one clang-cl command per C/C++ source
 * as docs/projects.md describes.  configuration is free (default) or
 * checked (Release and Debug are taken for them); platform as for
 * MSBuild.  Errors as hvci_project_load_msbuild's.
 */
int hvci_project_load_sources(hvci_project **out, const char *dir_or_file,
                              const hvci_project_options *o);
void hvci_project_free(hvci_project *p);
/* compile_commands.json text ("arguments" form, "output" naming the image). Caller frees. */
char *hvci_project_to_compdb(const hvci_project *p);

/*
 * A Windows Kits 10 folder: dir NULL looks where hvci_project_options
 * says; *out is NULL when there is none.  A named folder without
 * Include/10.* is an HVCI_ENOTFOUND error.
 */
typedef struct hvci_wdk hvci_wdk;
int hvci_wdk_open(hvci_wdk **out, const char *dir);
const char *hvci_wdk_root(const hvci_wdk *w);
/* The newest Include/<10.0.x.y> (numeric order), e.g. "10.0.22621.0". */
const char *hvci_wdk_version(const hvci_wdk *w);
/* The kit's include folders for kernel-mode code, in search order and
 * existing only (those the project readers add): *out is NULL-terminated;
 * free each and the array.  Returns how many. */
size_t hvci_wdk_kernel_include_dirs(const hvci_wdk *w, char ***out);
void hvci_wdk_free(hvci_wdk *w);

#ifdef __cplusplus
}
#endif
#endif
