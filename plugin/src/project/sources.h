/*
 * sources.h - the WDK `sources`/`dirs` reader's parts (project/ only): the
 * NMAKE subset those files use (sources_mk.c: macros, `!if` and friends,
 * `!include`) and the part that turns what a file leaves behind into
 * units and follows `dirs` files (sources.c).
 */
#ifndef HVCI_SOURCES_H
#define HVCI_SOURCES_H

#include "project/project.h"
#include "util/util.h"

/* A macro the reader cannot know expands to SENT_UNKNOWN NAME SENT_END; one
 * that names the WDK's own headers (kit_macro) to SENT_KIT NAME SENT_END, so
 * whoever splits the value can drop the piece and say why. */
#define HVCI_MK_UNKNOWN '\x01'
#define HVCI_MK_KIT '\x03'
#define HVCI_MK_END '\x02'

typedef struct {
	char *name, *value; /* value as written: expanded when used */
} hvci_mk_macro;

typedef struct {
	hvci_mk_macro *v;
	size_t n;
	const char *root;   /* !include may not leave this folder */
	hvci_strv *notes;   /* appended to; repeats dropped */
	hvci_strset *noted; /* the notes already given */
	int depth;          /* !include nesting */
} hvci_mk;

void hvci_mk_set(hvci_mk *m, const char *name, const char *value);
const char *hvci_mk_get(const hvci_mk *m, const char *name);
void hvci_mk_free(hvci_mk *m);

/* raw with $(NAME), $(NAME:old=new) and $$ expanded (sentinels for the
 * macros not known).  Caller frees. */
char *hvci_mk_expand(const hvci_mk *m, const char *raw);
/* The first sentinel in s: 0 none, HVCI_MK_UNKNOWN or HVCI_MK_KIT with its
 * macro name in *name (caller frees). */
int hvci_mk_sentinel(const char *s, char **name);

/* sources_if.c: an `!if` expression in directory dir (for exist()): 1, 0,
 * or -1 with *why (the caller frees) saying what is not known. */
int hvci_mk_evaluate(const hvci_mk *m, const char *dir, const char *expr, char **why);

/*
 * Reads one file held in memory into m: assignments in the branches that
 * are taken, `!include`d files read in place.  Errors (an unterminated
 * `!if`, an `!else` or `!endif` without one, an `!include` leaving the
 * tree or unreadable, nesting too deep) set the one-line error and
 * return nonzero.
 */
int hvci_mk_read(hvci_mk *m, const char *path, const char *buf, size_t len);

/* path relative to root, for notes. */
const char *hvci_mk_rel(const char *root, const char *path);
/* Appends a note once. */
void hvci_mk_note(hvci_mk *m, char *msg);

/* Files larger than HVCI_PROJECT_MAX_BYTES, nesting deeper than these: refused. */
#define HVCI_MK_MAX_INCLUDE_DEPTH 16
#define HVCI_SOURCES_MAX_DIRS_DEPTH 32
#define HVCI_SOURCES_MAX_FILES 4096

#endif
