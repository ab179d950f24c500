/*
 * pch_int.h - what the shared-PCH files ask of each other: pch.c (key,
 * cache, attach) of pch_prefix.c (the leading lines of a unit that a PCH
 * may hold), pch_build.c (one PCH from them), pch_reread.c (its headers
 * without a guard) and pch_names.c (recovery's names file).  Not for
 * other callers.
 */
#ifndef HVCI_PCH_INT_H
#define HVCI_PCH_INT_H

#include <jansson.h>
#include <stddef.h>
#include <sys/stat.h>

#include "frontend/frontend.h"
#include "util/util.h"

#define HVCI_PCH_FORMAT "hvcilint-pch-5" /* of the description; in the key */
#define HVCI_PCH_MAX_PREFIX 512
/* A prefix line that says the scan took this guard macro for undefined. */
#define HVCI_PCH_GUARD "// hvcilint: guard "
/* A prefix line that lists the names spelled by declarations of the
 * user's that the prefix passes over (pch_prefix.c, pch_later.c). */
#define HVCI_PCH_LATER "// hvcilint: later "
/* The line after a conditional's `#ifdef X` or `#ifndef X` in a prefix:
 * the scan took the answer the command gives (pch_prefix.c). */
#define HVCI_PCH_COND_PROBE "#error hvcilint: not as the prefix read it"

typedef struct {
	char *lines[HVCI_PCH_MAX_PREFIX]; /* as the prefix header writes them */
	size_t n;
	char *stop; /* "path:line" where the scan found the prefix's end, or NULL */
} hvci_pch_prefix;

/* Fills p from the file's text (the folder `dir` is the file's own). */
void hvci_pch_scan_prefix(hvci_pch_prefix *p, const char *text, size_t len, const char *dir,
                          const hvci_cmdline *cl);
void hvci_pch_prefix_free(hvci_pch_prefix *p);
/* How many of the prefix's first `use` lines make a prefix as the scan
 * leaves one: an extern "C" block whole or not at all, and nothing after
 * the last #include or block.  For a prefix cut short by its build. */
size_t hvci_pch_prefix_usable(const hvci_pch_prefix *p, size_t use);
/* The first prefix line (0: none) that lists names (HVCI_PCH_LATER) of
 * which the build of `prefix` declares one, or defines one as a macro
 * anywhere but in the prefix's own lines before it (a name of the user's
 * macros, the prefix's or the command's, counts with the names of its
 * text); *why says which. */
size_t hvci_pch_later_clash(CXTranslationUnit tu, const char *prefix, const char *prefix_text,
                            const hvci_cmdline *cl, char *why, size_t why_size);
/* What the prefix's readers share (pch_prefix.c): the length of the
 * identifier at s (0 when none starts there); the value of a -D or -U
 * option at cl->argv[i] (`NAME` or `NAME=text`, attached or the next
 * argument) with *define 1 for -D, NULL for another argument; and the name
 * a prefix's `#define` line (p, len bytes) defines, its length with *name
 * at it, 0 for another line. */
size_t hvci_pch_name_len(const char *s);
const char *hvci_pch_macro_option(const hvci_cmdline *cl, size_t i, int *define);
size_t hvci_pch_defined_name(const char *p, size_t len, const char **name);
/* Adds every identifier the text spells outside comments and literals (a
 * word a comment or a literal holds is no use of a name). */
void hvci_pch_words(const char *s, size_t n, hvci_strset *out);

/* Files in the PCH folder (pch_folder.c): a regular file of this user's
 * that nobody else may write; a write through a temporary name. */
int hvci_pch_private_file(const char *path);
/* Past `keep` regular files of dir that `want` takes by name, the least
 * recently used (modified) of them, down to three quarters of `keep`:
 * their paths, for the caller to remove and free; NULL and *n 0 when the
 * folder is within bounds. */
char **hvci_pch_least_used(const char *dir, int (*want)(const char *name), size_t keep, size_t *n);
/* A file's entry in a list of what a PCH or a kept replay was made from,
 * [path, size, mtime s, mtime ns], and whether every entry of such a list
 * still has its size and time (replay_cache.c). */
json_t *hvci_file_stamp(const char *path, const struct stat *st);
int hvci_file_stamps_hold(json_t *stamps);
/* A folder of this user's that nobody else may write, made so when missing. */
int hvci_pch_private_dir(const char *dir);
/* cache_dir/name, both folders made or checked as hvci_pch_private_dir
 * does (the kept replays and summary tables); NULL when either is not the
 * user's alone.  Caller frees. */
char *hvci_pch_private_subdir(const char *cache_dir, const char *name);
/* The text of cache_dir/sub/key (*len bytes) when both folders and the
 * file are the user's alone and it holds 1 to max bytes; NULL otherwise.
 * *path_out names the file (caller frees), for hvci_pch_mark_used once the
 * caller has found the text good: a kept file's time is its last use. */
char *hvci_pch_read_kept(const char *cache_dir, const char *sub, const char *key, size_t max,
                         size_t *len, char **path_out);
void hvci_pch_mark_used(const char *path);
int hvci_pch_write_atomic(const char *path, const char *text, size_t len);
/* A key: b (the key's other parts, packed) and cl's first `end` arguments
 * but its case overlay, hashed into 32 hex digits; frees b. */
char *hvci_pch_digest(hvci_buf *b, const hvci_cmdline *cl, size_t end);
/* The command without its main file, as the key and the build see it. */
size_t hvci_pch_options_end(const hvci_cmdline *cl);
/* 1 at the unit's case overlay (argv[i] to argv[i + 3]): its arguments are
 * no part of the key or the build, since its path is new for every unit. */
int hvci_pch_overlay_at(const hvci_cmdline *cl, size_t i);
/* Builds base.pch and its description from the prefix (pch_build.c): 1;
 * 0 when the prefix does not qualify, with *cut_out the number of its
 * lines that may (0: none); -1 when libclang crashed on it. */
int hvci_pch_build(const hvci_cmdline *cl, const char *base, const char *ext, const char *dir,
                   const char *prefix_text, size_t *cut_out);
/* A parse's first error (the caller disposes of it), or NULL. */
CXDiagnostic hvci_pch_first_error(CXTranslationUnit tu);
/* 1 when reading the prefix's WDK headers that have no guard again, after
 * everything the prefix brought in, changes nothing: `built` is the
 * prefix's parse from argv, of the file `prefix` whose text was
 * first_text (pch_reread.c). */
int hvci_pch_reread_harmless(CXIndex idx, const char *const *argv, int argc, const char *prefix,
                             const char *first_text, const char *prefix_text,
                             CXTranslationUnit built);
/* Writes base.names for a build's parse (pch_names.c); 1 when written. */
int hvci_pch_write_names(CXTranslationUnit tu, json_t *inputs, const char *base, const char *stamp);

#endif
