/*
 * fingerprint.h - the identity of a finding across runs: a hash of the
 * rule, the enclosing function, the source line with whitespace removed and
 * the logical location.  Never the path or the line number, so adding
 * lines above a finding or moving its file keeps it the same finding.
 * Callers append ":N", the occurrence of the same hash in the same file.
 */
#ifndef HVCI_FINGERPRINT_H
#define HVCI_FINGERPRINT_H

#include <stdint.h>
#include "hvcilint.h"

uint64_t hvci_finding_hash(const hvci_finding *f);

#endif
