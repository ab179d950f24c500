/*
 * fingerprint.h - the identity of a finding across runs: a hash of the
 * rule, the enclosing function, the tokens of the finding's statement
 * (comments and whitespace removed; its statement key) and the logical
 * location.  Never the path or the line number, so adding lines above a
 * finding, moving its file, a comment in its statement or re-indenting
 * keep it the same finding.  The recorded form is "v3:HASH:N", N the
 * occurrence of the same hash in the same file of a unit.  Version 2
 * ("v2:") hashed the tokens of the finding's line only; version 1
 * ("HASH:N", before the prefix) hashed the line with its comments.
 */
#ifndef HVCI_FINGERPRINT_H
#define HVCI_FINGERPRINT_H

#include <stdint.h>
#include "hvcilint.h"

#include "util/util.h"

#define HVCI_FINGERPRINT_PREFIX "v3:"

uint64_t hvci_finding_hash(const hvci_finding *f);
/* Appends the tokens of a source line to b, as the hash sees them. */
void hvci_fingerprint_tokens(const char *line, hvci_buf *b);
/*
 * The statement key of the finding at line:col (1-based) of a file's text:
 * the tokens of the statement holding it, or NULL when there is none or it
 * spans too many lines (the line's tokens then key it).  Caller frees.
 */
char *hvci_statement_key(const char *text, size_t len, unsigned line, unsigned col);
/* The same for many findings in one file: the file is lexed once, by
 * hvci_stmt_index_new; the index borrows text, which must outlive it. */
typedef struct hvci_stmt_index hvci_stmt_index;
hvci_stmt_index *hvci_stmt_index_new(const char *text, size_t len);
/* The same with the offsets of the text's line starts (line_at[0] is 0),
 * which the index borrows. */
hvci_stmt_index *hvci_stmt_index_new_lines(const char *text, size_t len, const size_t *line_at,
                                           size_t n_lines);
char *hvci_statement_key_at(const hvci_stmt_index *ix, unsigned line, unsigned col);
void hvci_stmt_index_free(hvci_stmt_index *ix);

#endif
