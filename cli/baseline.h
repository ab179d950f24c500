/*
 * baseline.h - a SARIF file from an earlier run as the baseline of
 * `report --baseline FILE.sarif`: the results it lists, as keys a current
 * finding can be matched against.
 */
#ifndef HVCI_CLI_BASELINE_H
#define HVCI_CLI_BASELINE_H

#include <stddef.h>

#include "hvcilint.h"

/* Sorted keys: fingerprints, and rule/file/line for results without a match by fingerprint. */
typedef struct {
	char **fps, **locs;
	size_t n_fps, n_locs;
	size_t results; /* results listed, not counting those already absent */
} cli_baseline;

/*
 * Reads the SARIF log at `file`, or the `len` bytes at `text` when text is
 * not NULL (`file` then only names it in messages).  Paths in the log are
 * made relative to `root` (may be NULL) when under it.  On failure returns
 * -1 with a one-line "FILE:LINE: ..." message in hvci_error_last() and
 * nothing to free; otherwise 0, and the caller frees with
 * cli_baseline_free().
 */
int cli_baseline_load(cli_baseline *b, const char *file, const char *text, size_t len,
                      const char *root);
void cli_baseline_free(cli_baseline *b);

/* 1 when the baseline lists `f`: by fingerprint, else by rule, file and line. */
int cli_baseline_has(const cli_baseline *b, const hvci_finding *f, const char *root);

#endif
