/*
 * fix_int.h - what fix.c shares with fix_diff.c: one file's accepted
 * edits and the splice that applies them.  Not API: only the fix-it
 * files of cli/ include it.
 */
#ifndef HVCI_CLI_FIX_INT_H
#define HVCI_CLI_FIX_INT_H

#include <stdio.h>
#include <sys/stat.h>

typedef struct {
	size_t start, end; /* byte offsets into the original file; start == end inserts */
	char *text;        /* replacement, with the file's line endings */
	unsigned line;     /* where it starts, for messages */
	unsigned col;
	size_t owner; /* the fixed_finding it came from */
} edit;

typedef struct {
	char *path;         /* resolved path of the file */
	unsigned char *buf; /* its bytes as read */
	size_t len;         /* length of buf */
	size_t *lines;      /* byte offset where each line starts (clang's lines) */
	size_t nlines;      /* entries in lines */
	struct stat st;     /* as read: mode to keep, mtime to detect a racing edit */
	char hex[17];       /* content hash of buf (hvci_hash_file's) */
	int outside;        /* 1 when under none of the project's roots */
	int unreadable;     /* 1 when reading failed (reported once) */
	int written;        /* 1 once the new content is in place */
	edit *e;            /* edits accepted so far */
	size_t ne;          /* entries in e */
} fix_file;

/* The file's bytes with edits [from, to) applied between offsets lo and hi;
 * caller frees. */
char *cli_fix__splice(const fix_file *ff, size_t lo, size_t hi, size_t from, size_t to,
                      size_t *len);
/* The unified diff of ff's edits, naming the file `shown`. */
void cli_fix__print_diff(FILE *out, const fix_file *ff, const char *shown);

#endif
