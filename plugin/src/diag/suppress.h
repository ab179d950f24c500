/*
 * suppress.h - inline suppressions: clang-tidy style NOLINT comments and
 * the Code Analysis pragmas drivers already carry.
 */
#ifndef HVCI_SUPPRESS_H
#define HVCI_SUPPRESS_H

#include "hvcilint.h"

/*
 * Marks findings of `r` covered by a suppression in their file's text.
 * `read_text` supplies a file's contents (the unsaved buffer or the disk),
 * lent for the duration of the call.
 * Fails with HVCI_EINVALID on a NOLINT naming an unknown hvci- rule.
 */
int hvci_suppress_apply(hvci_tu_result *r, const hvci_rules *rules, const char *main_file,
                        const char *(*read_text)(void *ud, const char *file, size_t *len),
                        int (*skipped)(void *ud, const char *file, unsigned line), void *ud);

#endif
