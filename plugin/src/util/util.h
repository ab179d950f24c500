/*
 * util.h - small internal helpers shared by the engine: a growable string
 * buffer, string lists and sets, checked allocation, file reading and glob matching.  No policy
 * lives here; it is plumbing only.
 */
#ifndef HVCI_UTIL_H
#define HVCI_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>
#include "hvcilint.h"

void *hvci_xmalloc(size_t n);
void *hvci_xcalloc(size_t n, size_t m);
void *hvci_xrealloc(void *p, size_t n);
char *hvci_xstrndup(const char *s, size_t n);
char *hvci_asprintf(const char *fmt, ...) HVCI_PRINTF(1, 2);
char *hvci_vasprintf(const char *fmt, va_list ap);

typedef struct {
	char *s; /* NUL-terminated */
	size_t len;
	size_t cap;
} hvci_buf;

void hvci_buf_init(hvci_buf *b);
void hvci_buf_puts(hvci_buf *b, const char *s);
void hvci_buf_putn(hvci_buf *b, const char *s, size_t n);
void hvci_buf_putc(hvci_buf *b, char c);
void hvci_buf_printf(hvci_buf *b, const char *fmt, ...) HVCI_PRINTF(2, 3);
/* Returns the string and leaves the buffer empty; caller frees. */
char *hvci_buf_take(hvci_buf *b);
void hvci_buf_free(hvci_buf *b);

/* A growable list of owned strings, NULL-terminated for argv use (strset.c). */
typedef struct {
	char **v;
	size_t n;
} hvci_strv;
void hvci_strv_push(hvci_strv *s, const char *x); /* adds a copy */
void hvci_strv_take(hvci_strv *s, char *x);       /* adds x itself */
/* Adds x itself unless an equal string is there already (then frees it). */
void hvci_strv_take_new(hvci_strv *s, char *x);
void hvci_strv_free(hvci_strv *s); /* and leaves it empty */

/* A set of strings (strset.c). */
typedef struct {
	char **slots;
	uint64_t *hash; /* each slot's hash, so growing and probing need no rehash */
	size_t cap, n;
	char **blocks; /* the strings' storage, freed with the set */
	size_t n_blocks;
	char *next; /* free space in the last block */
	size_t left;
} hvci_strset;
void hvci_strset_init(hvci_strset *s);
/* 1 when added, 0 when it was there already. */
int hvci_strset_add(hvci_strset *s, const char *k);
int hvci_strset_has(const hvci_strset *s, const char *k);
/* The hash the set uses (FNV-1a), for tables of their own. */
uint64_t hvci_str_hash(const char *s);
void hvci_strset_free(hvci_strset *s);

/* A map from pointers (libclang handles) to indexes (ptrmap.c); zeroed is
 * empty.  A NULL key is never stored. */
typedef struct {
	const void **keys;
	size_t *vals;
	size_t n, cap;
} hvci_ptrmap;
/* 1 with *v set when k is in the map. */
int hvci_ptrmap_get(const hvci_ptrmap *m, const void *k, size_t *v);
void hvci_ptrmap_put(hvci_ptrmap *m, const void *k, size_t v);
void hvci_ptrmap_free(hvci_ptrmap *m); /* and leaves it empty */

/*
 * Opens `path` for reading only when it is a regular file: a FIFO, a
 * device (/dev/zero) or a folder a project names as a source or header
 * would block or never end.  NULL with errno (EINVAL: not regular).
 */
FILE *hvci_fopen_regular(const char *path);
/*
 * Byte strings packed one after another, each as its 64-bit length and its
 * bytes: how one hvcilint process hands another a list it made itself
 * within one run (never a file format).  hvci_pack_next takes the next
 * string at *p (before end) into *s and *len and moves *p past it; 0, or
 * -1 when what is left is not a whole packed string.
 */
void hvci_pack_put(hvci_buf *b, const void *p, size_t len);
int hvci_pack_next(const char **p, const char *end, const char **s, size_t *len);
/* Reads a whole regular file; *len_out gets its size. NULL with errno on failure. */
char *hvci_read_file(const char *path, size_t *len_out);
/* SHA-256 of n bytes (sha256.c). */
void hvci_sha256(const void *data, size_t n, unsigned char out[32]);
/* Standard base64 with padding. Caller frees. */
char *hvci_base64(const unsigned char *p, size_t n);
/*
 * The first member a result read back (from a worker, the store or the
 * incremental cache) lacks that writers rely on, e.g. "a finding without a
 * rule"; NULL when it has them all (result.c).
 */
const char *hvci_tu_result_malformed(const hvci_tu_result *r);
/*
 * Writes s for a terminal: control characters (C0, DEL and the UTF-8 C1
 * range) and bytes that are not UTF-8 (a Latin-1 line, where a lone 0x9b
 * is a control to some terminals) become visible escapes such as \x1b,
 * so a hostile file name, message or source line cannot move the cursor,
 * retitle the window or split one diagnostic into two lines.  A tab is
 * kept when keep_tab is set.
 */
void hvci_fput_printable(FILE *out, const char *s, int keep_tab);
/* How hvci_fput_printable writes the character at s: the columns it takes
 * (an escape its characters, a UTF-8 character or a kept tab one, 0 at the
 * end) and, in *n, its bytes. */
size_t hvci_printable_unit(const char *s, int keep_tab, size_t *n);
/* printf into out through hvci_fput_printable (tabs escaped). */
void hvci_fprintf_printable(FILE *out, const char *fmt, ...) HVCI_PRINTF(2, 3);
/* fnmatch-style '*' and '?' glob. */
int hvci_glob_match(const char *pattern, const char *s);
/* The first i with v[i] >= x in the ascending v[0..n), n when none. */
size_t hvci_lower_bound(const size_t *v, size_t n, size_t x);
/* The offset of each line's start in text (the first is 0, and a text that
 * ends with a newline has an empty last line); *n gets how many. Caller
 * frees. Counted first, so that the array is filled once, not copied as it
 * grows: on a large file that copy was pages touched for nothing. */
size_t *hvci_line_starts(const char *text, size_t len, size_t *n);
/* Text of line `line` (1-based) of a buffer, without the newline (and CR). */
char *hvci_line_of(const char *text, size_t len, unsigned line);
/* Absolute, normalised path (no symlink resolution); caller frees. */
char *hvci_abspath(const char *path, const char *base_dir);
int hvci_file_exists(const char *path);
int hvci_dir_exists(const char *path);
/* mkdir -p, new folders closed to others (0700), of the folders of `path`
 * after its first `skip` bytes: each one up to the last '/', and the last
 * component too when `whole`.  0, or -1 when one cannot be made. */
int hvci_mkdirs(const char *path, size_t skip, int whole);
/* The count in environment variable `var` when it is a whole number from
 * 1 to `most`, else dflt. */
size_t hvci_env_count(const char *var, size_t dflt, long most);
/*
 * An absolute path with each missing component replaced by the entry of its
 * folder that matches it ignoring case, as Windows would find it; what
 * cannot be matched stays as written.  For project files, compile commands
 * and #include names written on a case-insensitive file system.
 */
char *hvci_resolve_case(const char *abs);
/* hvci_resolve_case's walk over the path, asking `has` whether folder `dir`
 * holds `name` and `other_case` for the name it holds in another case
 * (the first one listed; NULL when none). */
typedef struct {
	int (*has)(void *ud, const char *dir, const char *name);
	char *(*other_case)(void *ud, const char *dir, const char *name);
} hvci_case_lookup;
char *hvci_resolve_case_with(const char *abs, const hvci_case_lookup *look, void *ud);

/* How a file or folder stood when read (stamp.c): take it before reading
 * (a change after that then shows), and what was made of it holds while
 * hvci_stamp_holds says the path, stat'ed again, stands the same way.
 * hvci_stamp_take returns whether stat answered. */
typedef struct {
	int seen, racy; /* racy: changed too near its reading to be judged by its times */
	struct stat st;
} hvci_stamp;
int hvci_stamp_take(hvci_stamp *s, const char *path);
int hvci_stamp_holds(const hvci_stamp *s, const struct stat *st);

/* This process's address space (memlimit.c): its peak in bytes (0 when
 * unknown; async-signal-safe), and whether it is at `limit` or at its
 * RLIMIT_AS, where a failed allocation is the limit's doing. */
unsigned long long hvci_vm_peak(void);
int hvci_near_memory_limit(unsigned long long limit);
int hvci_near_address_limit(void);

/* Folder listings read once, to answer many hvci_file_exists and
 * hvci_resolve_case questions about the same folders without a stat per
 * miss (dircache.c), round after round: each round checks the listings it
 * uses against their folders. */
typedef struct hvci_dircache hvci_dircache;
hvci_dircache *hvci_dircache_new(void);
void hvci_dircache_free(hvci_dircache *dc);
int hvci_dircache_file_exists(hvci_dircache *dc, const char *abs);
char *hvci_dircache_resolve_case(hvci_dircache *dc, const char *abs);
/* Starts a new round of questions (a unit's preparation): the answers
 * kept so far are forgotten, and each folder listing is checked against
 * its folder (stat) the first time the round uses it. */
void hvci_dircache_next_round(hvci_dircache *dc);
/* What an answer rested on: the listings it read, as they stood.  Between
 * hvci_dircache_track and hvci_dircache_untrack the cache notes each
 * listing it reads; untrack gives them (caller frees), or NULL when the
 * answers also rested on something no listing shows (a folder that could
 * not be read, a listed name that stat did not confirm).  A later round
 * may reuse an answer while hvci_dircache_deps_hold. */
typedef struct {
	size_t listing;
	unsigned version;
} hvci_dircache_dep;
void hvci_dircache_track(hvci_dircache *dc);
hvci_dircache_dep *hvci_dircache_untrack(hvci_dircache *dc, size_t *n);
int hvci_dircache_deps_hold(hvci_dircache *dc, const hvci_dircache_dep *d, size_t n);

#endif
