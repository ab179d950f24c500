/*
 * diffbase.h - the lines a change touches (`check --diff-base REV`,
 * `check --staged`), so that only findings on them are reported.
 */
#ifndef HVCI_CLI_DIFFBASE_H
#define HVCI_CLI_DIFFBASE_H

#include "hvcilint.h"

typedef struct cli_changes cli_changes;

/*
 * Reads the added and changed lines of `git diff -U0 REV` (work tree against
 * REV) or, with rev == NULL, of `git diff -U0 --cached` (index against HEAD),
 * in the repository holding the current directory.  Prints a one-line error
 * and returns -1 outside a repository or for a revision git does not know.
 * Caller frees with cli_changes_free.
 */
int cli_changes_load(cli_changes **out, const char *rev);
void cli_changes_free(cli_changes *c);

/* 1 when `file` (relative to `dir`, NULL: the current directory) has changed lines. */
int cli_changes_touch(const cli_changes *c, const char *file, const char *dir);

/*
 * Drops the findings of results[i] (paths relative to dirs[i]) that touch
 * no changed line: neither their own range nor a note's or fix-it's line,
 * and the unanalysed calls (with their count) not on a changed line.
 * Tool diagnostics are kept.
 */
void cli_changes_filter(const cli_changes *c, hvci_tu_result *const *results, size_t n,
                        const char *const *dirs);

#endif
