/*
 * fix.h - applying the findings' fix-its to the source files (`check --fix`)
 * or printing them as a unified diff (`check --fix-dry-run`).
 */
#ifndef HVCI_CLI_FIX_H
#define HVCI_CLI_FIX_H

#include <stdio.h>

#include "hvcilint.h"

/*
 * Collects the fix-its of the unsuppressed findings in `results` (fix-it
 * paths relative to dirs[i], the directory of results[i]'s compile command),
 * drops duplicates, skips with a warning the ones that conflict, that edit
 * a file outside `roots` or one the unit's index does not list with the
 * file's current content hash, or whose range is malformed, and then either
 * rewrites each file atomically (dry_run == 0) or writes a unified diff with
 * `--- a/PATH` headers, PATH relative to roots[0], to `diff_out`.
 * When files are rewritten, findings whose fix-its were all applied are
 * removed from `results`, so what remains is what still needs a hand.
 * Returns HVCI_EXIT_OK, or HVCI_EXIT_ERROR when a file could not be read or
 * written (each such file gets one error line and is left untouched).
 */
int cli_fix_apply(hvci_tu_result *const *results, size_t n, const char *const *dirs, int dry_run,
                  const char *const *roots, size_t nroots, FILE *diff_out);
/* dry_run values: rewrite the files, print a diff, or write clang-apply-replacements YAML. */
enum { CLI_FIX_APPLY = 0, CLI_FIX_DIFF = 1, CLI_FIX_EXPORT = 2 };
/*
 * --export-fixes FILE: the fix-its cli_fix_apply would take, checked the
 * same way, as clang-apply-replacements YAML (written atomically); the
 * files and the findings are left as they are.  HVCI_EXIT_OK, or
 * HVCI_EXIT_ERROR after an error line.
 */
int cli_fix_export(hvci_tu_result *const *results, size_t n, const char *const *dirs,
                   const char *const *roots, size_t nroots, const char *path);

/* What a failed check was run with, to repeat it with --fix. */
typedef struct {
	const char *diff_base; /* --diff-base REV, or NULL */
	int staged;            /* --staged */
	const char *pdir;      /* -p DIR, or NULL */
	int no_db;             /* --no-db */
	const char *config;    /* --config FILE given on the command line, or NULL */
	char *const *cargs;    /* after "--", or NULL */
	size_t ncargs;
	int fail_on; /* the severity that fails (hvci_severity) */
} cli_fix_hint_ctx;

/*
 * When findings that fail the run have fix-its, prints one last line
 * naming the command that applies them: "hvcilint: run this to apply the
 * N available fixes: hvcilint check --fix [--staged] FILES" (the files of
 * those findings' units, relative to the current directory when below it,
 * quoted for the shell).  Prints nothing when there is nothing to fix.
 */
void cli_fix_hint(FILE *out, hvci_tu_result *const *results, const char *const *files, size_t n,
                  const cli_fix_hint_ctx *c);

#endif
