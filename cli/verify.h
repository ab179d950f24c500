/*
 * verify.h - `hvcilint check --verify`: compares a file's findings with the
 * expectations written in its comments, clang -verify style.
 */
#ifndef HVCI_VERIFY_H
#define HVCI_VERIFY_H

#include <stdio.h>
#include "hvcilint.h"

/*
 * Returns the number of mismatches (missing or unexpected diagnostics)
 * and prints them to `out`; -1 when the file cannot be read.
 */
int cli_verify(const hvci_tu_result *r, const char *main_file, FILE *out);

#endif
