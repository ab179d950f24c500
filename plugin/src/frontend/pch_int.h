/*
 * pch_int.h - what pch.c asks of pch_prefix.c: the leading lines of a unit
 * that a shared PCH may hold.  Not for other callers.
 */
#ifndef HVCI_PCH_INT_H
#define HVCI_PCH_INT_H

#include <jansson.h>
#include <stddef.h>

#include "frontend/frontend.h"
#include "util/util.h"

#define HVCI_PCH_MAX_PREFIX 64
/* A prefix line that says the scan took this guard macro for undefined. */
#define HVCI_PCH_GUARD "// hvcilint: guard "

typedef struct {
	char *lines[HVCI_PCH_MAX_PREFIX]; /* as the prefix header writes them */
	size_t n;
} hvci_pch_prefix;

/* Fills p from the file's text (the folder `dir` is the file's own). */
void hvci_pch_scan_prefix(hvci_pch_prefix *p, const char *text, size_t len, const char *dir,
                          const hvci_cmdline *cl);
void hvci_pch_prefix_free(hvci_pch_prefix *p);
/* Adds every identifier the text spells outside comments and literals (a
 * word a comment or a literal holds is no use of a name). */
void hvci_pch_words(const char *s, size_t n, hvci_strset *out);

/* Files in the PCH folder (pch.c): a regular file of this user's that
 * nobody else may write; a write through a temporary name. */
int hvci_pch_private_file(const char *path);
int hvci_pch_write_atomic(const char *path, const char *text, size_t len);
/* Writes base.names for a build's parse (pch_names.c); 1 when written. */
int hvci_pch_write_names(CXTranslationUnit tu, json_t *inputs, const char *base, const char *stamp);

#endif
