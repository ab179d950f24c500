/*
 * fingerprint.h - the identity of a finding across runs: a hash of the
 * rule, the enclosing function, the tokens of the source line (comments
 * and whitespace removed) and the logical location.  Never the path or the
 * line number, so adding lines above a finding, moving its file, a comment
 * on its line or re-indenting keep it the same finding.  The recorded form
 * is "v2:HASH:N", N the occurrence of the same hash in the same file of a
 * unit; version 1 ("HASH:N", before the prefix) hashed the line with its
 * comments.
 */
#ifndef HVCI_FINGERPRINT_H
#define HVCI_FINGERPRINT_H

#include <stdint.h>
#include "hvcilint.h"

#include "util/util.h"

#define HVCI_FINGERPRINT_PREFIX "v2:"

uint64_t hvci_finding_hash(const hvci_finding *f);
/* Appends the tokens of a source line to b, as the hash sees them. */
void hvci_fingerprint_tokens(const char *line, hvci_buf *b);

#endif
