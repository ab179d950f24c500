/*
 * msbuild.h - the MSBuild reader's parts (project/ only): properties,
 * $(…)/%(…) expansion and Condition evaluation (msbuild_expr.c).
 */
#ifndef HVCI_MSBUILD_H
#define HVCI_MSBUILD_H

#include <libxml/tree.h>

#include "project/project.h"

/* Name/value pairs; names compare without case, as MSBuild's do. */
typedef struct {
	char *name, *value;
} hvci_kv;
typedef struct {
	hvci_kv *v;
	size_t n;
} hvci_kvs;
const char *hvci_kvs_get(const hvci_kvs *k, const char *name);
void hvci_kvs_set(hvci_kvs *k, const char *name, const char *value);
void hvci_kvs_copy(hvci_kvs *dst, const hvci_kvs *src);
void hvci_kvs_free(hvci_kvs *k);

typedef struct {
	hvci_kvs props;
	const char *this_file; /* the file being read: $(MSBuildThisFile…) */
} hvci_ms_ctx;

/*
 * s with $(Prop) (then the environment) and, when md is not NULL, %(Meta)
 * expanded.  An undefined property, or a property function (not
 * modelled), expands to nothing; the first such name goes to *undef
 * (caller frees) when undef is not NULL.
 */
char *hvci_ms_expand(const hvci_ms_ctx *c, const char *s, const hvci_kvs *md, char **undef);

/*
 * Evaluates a Condition: ==, !=, <, >, <=, >=, and, or, !, parentheses,
 * quoted strings, Exists() and HasTrailingSlash().  Comparison ignores
 * case.  Returns 1 or 0, or -1 with *err (caller frees) when it does not
 * parse.  An empty condition is true.
 */
int hvci_ms_condition(const hvci_ms_ctx *c, const char *cond, char **err);

/*
 * Picks "Cfg|Plat" from the declared list: both named must match (without
 * case; x86 is Win32); one named prefers Release or x64 for the other;
 * none: Release|x64, else the first declared.  NULL when nothing matches.
 */
const char *hvci_ms_pick_config(const hvci_strv *declared, const char *cfg, const char *plat);
/*
 * Parses and evaluates one .vcxproj held in memory into pr (commands and
 * notes appended).  `forced` is the "Cfg|Plat" a solution maps to, or NULL
 * to pick from cfg/plat; sln_path names the solution, or NULL.
 */
int hvci_ms_load_vcxproj(hvci_project *pr, const char *buf, size_t len, const char *path,
                         const char *root, const hvci_wdk *wdk, const char *forced, const char *cfg,
                         const char *plat, const char *sln_path);

/* project_read.c: an MSBuild project file's XML, parsed as untrusted input
 * (no network, no entities, no DOCTYPE; the root must be <Project>).  NULL
 * with a one-line error naming the file and line. */
xmlDocPtr hvci_ms_parse(const char *buf, size_t len, const char *path);

/* ---- the reader's state (msbuild.c, msbuild_unit.c) ---- */

#include "util/util.h"

typedef struct {
	xmlNodePtr node;
	const char *file; /* borrowed from ev.files */
} deferred;

typedef struct {
	hvci_ms_ctx ctx;
	const char *root;
	char *proj_file, *proj_dir;
	hvci_strv files; /* every file read, for this_file pointers */
	xmlDocPtr *docs;
	size_t n_docs;
	deferred *groups; /* ItemGroup / ItemDefinitionGroup, in order */
	size_t n_groups;
	hvci_strv stack; /* imports being read: a cycle is skipped */
	hvci_strv *notes;
	hvci_strset noted;
	hvci_kvs cl_defaults; /* ClCompile item definitions */
	const hvci_wdk *wdk;
} ev;

typedef struct {
	char *file;
	long line;
	hvci_kvs md;
} item;

/* Appends a note once (repeats are dropped). */
void hvci_ms_note(ev *e, char *msg);
/* path relative to the tree root, for notes. */
const char *hvci_ms_rel(const ev *e, const char *path);
/* Splits s at ';' outside parentheses. */
void hvci_ms_split(const char *s, hvci_strv *out);
/* s without the blanks around it. Caller frees. */
char *hvci_ms_trim(const char *s);
/* The unit for one ClCompile item, appended to pr with its command. */
void hvci_ms_unit(ev *e, const item *it, hvci_project *pr);

#endif
