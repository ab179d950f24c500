/*
 * caseinc.c - case-insensitive #include resolution for Windows sources.
 *
 * Driver sources are written on a case-insensitive file system
 * (#include <Ntddk.h>, "CdProcs.h") and then analysed on Linux.  Before
 * parsing we scan the user's files for #include lines, look each name up
 * the way the preprocessor will, and when only a different-case file
 * exists we map the requested spelling to it in a clang VFS overlay.  The
 * scan is textual: it may map a name under "#if 0", which is harmless.
 * Each header's #include lines are kept for the process while the file
 * stands as it was read, since a worker's units read the same headers.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "frontend/frontend.h"
#include "util/util.h"

#define MAX_SCANNED 4000
#define MAX_KEPT 16384 /* files whose #include lines the process keeps */

typedef struct {
	char **virt, **real;
	size_t n;
	hvci_strset seen;
	hvci_dircache *dc; /* every include is tried in every folder: misses are the rule */
	char *folders;     /* folders_key() */
} caseinc;

static int seen(caseinc *ci, const char *path)
{
	if (hvci_strset_has(&ci->seen, path) || ci->seen.n >= MAX_SCANNED)
		return 1;
	hvci_strset_add(&ci->seen, path);
	return 0;
}

/*
 * A file's #include lines, as its names one after another, each with a
 * NUL after it and its opening '<' or '"' before it.  Kept for the
 * process by path (a worker's units include the same project headers,
 * some of them megabytes, and only these lines matter here), and used
 * while the file stands as it was read (util/stamp.c), as the folder
 * listings are (dircache.c).
 */
typedef struct {
	char *path, *names;
	size_t len;
	hvci_stamp stamp;
} kept_lines;

static struct {
	kept_lines **slots;
	size_t cap, n;
} kept;

static kept_lines **kept_slot(const char *path)
{
	size_t i = (size_t)hvci_str_hash(path) & (kept.cap - 1);
	while (kept.slots[i] && strcmp(kept.slots[i]->path, path))
		i = (i + 1) & (kept.cap - 1);
	return &kept.slots[i];
}

/* Empties the table when it is full; only between two preparations, so
 * that no scan holds a kept list when it goes. */
static void kept_bound(void)
{
	if (kept.n < MAX_KEPT)
		return;
	for (size_t i = 0; i < kept.cap; i++) {
		if (kept.slots[i]) {
			free(kept.slots[i]->path);
			free(kept.slots[i]->names);
			free(kept.slots[i]);
		}
	}
	free(kept.slots);
	memset(&kept, 0, sizeof kept);
}

static void kept_add(kept_lines *k)
{
	if (2 * (kept.n + 1) > kept.cap) {
		kept_lines **old = kept.slots;
		size_t old_cap = kept.cap;
		kept.cap = old_cap ? 2 * old_cap : 256;
		kept.slots = hvci_xcalloc(kept.cap, sizeof *kept.slots);
		for (size_t i = 0; i < old_cap; i++)
			if (old[i])
				*kept_slot(old[i]->path) = old[i];
		free(old);
	}
	kept_lines **slot = kept_slot(k->path);
	if (*slot) {
		free((*slot)->path);
		free((*slot)->names);
		free(*slot);
	} else {
		kept.n++;
	}
	*slot = k;
}

/* Appends the #include names of text to b, as kept_lines holds them. */
static void include_lines(const char *text, size_t len, hvci_buf *b)
{
	size_t i = 0;
	while (i < len) {
		/* memchr: a unit's own headers can be megabytes of text. */
		const char *nl = memchr(text + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - text) : len;
		const char *p = text + i, *end = text + e;
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if (p < end && *p == '#') {
			p++;
			while (p < end && (*p == ' ' || *p == '\t'))
				p++;
			if (end - p > 7 && !strncmp(p, "include", 7)) {
				p += 7;
				while (p < end && (*p == ' ' || *p == '\t'))
					p++;
				if (p < end && (*p == '<' || *p == '"')) {
					char close = *p == '<' ? '>' : '"';
					const char *q = memchr(p + 1, close, (size_t)(end - p - 1));
					if (q && q > p + 1) {
						/* A name stops at a NUL, as a C string does. */
						hvci_buf_putc(b, *p);
						hvci_buf_putn(b, p + 1,
						              strnlen(p + 1, (size_t)(q - p - 1)));
						hvci_buf_putc(b, '\0');
					}
				}
			}
		}
		i = e + 1;
	}
}

static void resolve(hvci_cmdline *c, caseinc *ci, const char *includer, const char *name,
                    int quoted);

/* Resolves each name of a kept_lines list, in order. */
static void resolve_all(hvci_cmdline *c, caseinc *ci, const char *path, const char *names,
                        size_t len)
{
	for (size_t i = 0; i < len;) {
		size_t n = strlen(names + i + 1);
		resolve(c, ci, path, names + i + 1, names[i] == '"');
		i += n + 2;
	}
}

/* Follows the includes of a user file the first time it is reached. */
static void scan_path(hvci_cmdline *c, caseinc *ci, const char *path)
{
	if (hvci_cmdline_is_wdk_path(c, path) || seen(ci, path))
		return;
	hvci_stamp now;
	if (!hvci_stamp_take(&now, path))
		return;
	kept_lines *k = kept.cap ? *kept_slot(path) : NULL;
	if (!k || !hvci_stamp_holds(&k->stamp, &now.st)) {
		size_t len;
		char *t = hvci_read_file(path, &len);
		if (!t)
			return;
		hvci_buf b;
		hvci_buf_init(&b);
		include_lines(t, len, &b);
		free(t);
		k = hvci_xcalloc(1, sizeof *k);
		k->path = hvci_strdup(path);
		k->names = b.s; /* NULL when the file has no #include line */
		k->len = b.len;
		k->stamp = now;
		kept_add(k);
	}
	/* resolve() comes back here, and kept_add() may move the slots but
	 * never the lists: the table only empties between preparations. */
	resolve_all(c, ci, path, k->names, k->len);
}

/*
 * Where one #include name led, kept for the process: a worker's units ask
 * the same names of the same folders, and each of these questions reads
 * every include folder's listing.  An outcome is reused while the
 * listings it read stand as they were (hvci_dircache_deps_hold) and, when
 * it found a file, while that file is still there: the same answer the
 * questions would give again.  Its key holds the folders searched, the
 * including file's folder for a quoted name, and the name.
 */
enum { NOWHERE, AS_SPELLED, OTHER_CASE };

typedef struct {
	char *key;
	int how;
	char *path;       /* AS_SPELLED: the file; OTHER_CASE: the file on disk */
	char *virt, *abs; /* OTHER_CASE: the spelling mapped, and the file's absolute path */
	hvci_dircache_dep *deps;
	size_t n_deps;
} outcome;

#define MAX_OUTCOMES 16384 /* a project needs a few thousand; each holds its listings */

static struct {
	outcome **slots;
	size_t cap, n;
} outcomes;

static void outcome_free(outcome *o)
{
	free(o->key);
	free(o->path);
	free(o->virt);
	free(o->abs);
	free(o->deps);
	free(o);
}

static void outcomes_clear(void)
{
	for (size_t i = 0; i < outcomes.cap; i++)
		if (outcomes.slots[i])
			outcome_free(outcomes.slots[i]);
	free(outcomes.slots);
	memset(&outcomes, 0, sizeof outcomes);
}

static outcome **outcome_slot(const char *key)
{
	size_t i = (size_t)hvci_str_hash(key) & (outcomes.cap - 1);
	while (outcomes.slots[i] && strcmp(outcomes.slots[i]->key, key))
		i = (i + 1) & (outcomes.cap - 1);
	return &outcomes.slots[i];
}

static outcome *outcome_get(const char *key)
{
	return outcomes.cap ? *outcome_slot(key) : NULL;
}

static void outcome_put(outcome *o)
{
	if (outcomes.n >= MAX_OUTCOMES) /* full: start again empty */
		outcomes_clear();
	if (!outcomes.cap) {
		outcomes.cap = 2 * MAX_OUTCOMES;
		outcomes.slots = hvci_xcalloc(outcomes.cap, sizeof *outcomes.slots);
	}
	outcome **slot = outcome_slot(o->key);
	if (*slot)
		outcome_free(*slot);
	else
		outcomes.n++;
	*slot = o;
}

/* The folders a unit's names are searched in, as a short name for the
 * outcomes' keys: the same list for every unit of a project, and a long
 * one (tens of folders) that each key would otherwise spell out. */
#define MAX_FOLDER_LISTS 256
static hvci_strv folder_lists;

static char *folders_key(const hvci_cmdline *c)
{
	hvci_buf b;
	hvci_buf_init(&b);
	for (size_t i = 0; i < c->n_include_dirs; i++) {
		hvci_buf_puts(&b, c->include_dirs[i]);
		hvci_buf_putc(&b, '\n');
	}
	hvci_buf_puts(&b, c->fallback_dir ? c->fallback_dir : "");
	char *all = hvci_buf_take(&b);
	size_t i = 0;
	while (i < folder_lists.n && strcmp(folder_lists.v[i], all))
		i++;
	if (i == folder_lists.n) {
		if (folder_lists.n == MAX_FOLDER_LISTS) { /* the names go: so do their outcomes */
			hvci_strv_free(&folder_lists);
			outcomes_clear();
			i = 0;
		}
		hvci_strv_push(&folder_lists, all);
	}
	free(all);
	return hvci_asprintf("%zu", i);
}

static void map_case(caseinc *ci, const char *virt, const char *abs)
{
	ci->virt = hvci_xrealloc(ci->virt, (ci->n + 1) * sizeof *ci->virt);
	ci->real = hvci_xrealloc(ci->real, (ci->n + 1) * sizeof *ci->real);
	ci->virt[ci->n] = hvci_strdup(virt);
	ci->real[ci->n++] = hvci_strdup(abs);
}

/* Looks name up in the folders, in the preprocessor's order; the outcome
 * in o (its path, virt and abs). */
static void search(hvci_cmdline *c, caseinc *ci, const char *own_dir, const char *slashed,
                   int quoted, int dotted, outcome *o)
{
	size_t ndirs = c->n_include_dirs + 2;
	const char **dirs = hvci_xcalloc(ndirs, sizeof *dirs);
	size_t k = 0;
	if (quoted)
		dirs[k++] = own_dir;
	for (size_t i = 0; i < c->n_include_dirs; i++)
		dirs[k++] = c->include_dirs[i];
	if (c->fallback_dir)
		dirs[k++] = c->fallback_dir;
	for (size_t i = 0; i < k; i++) {
		char *exact = hvci_asprintf("%s/%s", dirs[i], slashed);
		char *want = hvci_abspath(slashed, dirs[i]);
		if (dotted ? hvci_file_exists(exact) : hvci_dircache_file_exists(ci->dc, want)) {
			o->how = AS_SPELLED;
			o->path = exact;
			o->abs = want; /* what a later round checks is still there */
			break;
		}
		free(exact);
		char *real = hvci_dircache_resolve_case(ci->dc, want);
		if (!hvci_dircache_file_exists(ci->dc, real)) {
			free(real);
			real = NULL;
		}
		if (real) {
			o->how = OTHER_CASE;
			o->virt = want;
			o->abs = hvci_abspath(real, NULL);
			o->path = real;
			break;
		}
		free(want);
	}
	free(dirs);
}

static void resolve(hvci_cmdline *c, caseinc *ci, const char *includer, const char *name,
                    int quoted)
{
	char *own_dir = hvci_strdup(includer);
	char *slash = strrchr(own_dir, '/');
	if (slash)
		*slash = '\0';
	/* clang reads `\\` in an #include as a separator, as cl does, and
	 * looks the slashed name up: that is the name to map. */
	char *slashed = hvci_strdup(name);
	for (char *q = slashed; *q; q++)
		if (*q == '\\')
			*q = '/';
	/* With "..", the name is looked up through the folders as written,
	 * with stat: not kept. */
	int dotted = strstr(slashed, "..") != NULL;
	char *key = dotted ? NULL
	                   : hvci_asprintf("%s%c%s%c%s", ci->folders, '\1', quoted ? own_dir : "",
	                                   '\1', slashed);
	outcome *o = key ? outcome_get(key) : NULL;
	if (o && (!hvci_dircache_deps_hold(ci->dc, o->deps, o->n_deps) ||
	          (o->how != NOWHERE && !hvci_dircache_file_exists(ci->dc, o->abs))))
		o = NULL;
	outcome fresh; /* an outcome not kept is followed from here */
	memset(&fresh, 0, sizeof fresh);
	if (!o) {
		if (key)
			hvci_dircache_track(ci->dc);
		search(c, ci, own_dir, slashed, quoted, dotted, &fresh);
		size_t n_deps = 0;
		hvci_dircache_dep *deps = key ? hvci_dircache_untrack(ci->dc, &n_deps) : NULL;
		if (deps) {
			o = hvci_xcalloc(1, sizeof *o);
			*o = fresh;
			memset(&fresh, 0, sizeof fresh);
			o->key = key;
			key = NULL;
			o->deps = deps;
			o->n_deps = n_deps;
			outcome_put(o);
		} else {
			o = &fresh;
		}
	}
	/* scan_path() comes back here and may put outcomes, which can empty
	 * the table: what it needs is copied first. */
	char *path = o->how != NOWHERE ? hvci_strdup(o->path) : NULL;
	if (o->how == OTHER_CASE)
		map_case(ci, o->virt, o->abs);
	if (path)
		scan_path(c, ci, path);
	free(path);
	free(fresh.path);
	free(fresh.virt);
	free(fresh.abs);
	free(key);
	free(slashed);
	free(own_dir);
}

/* The folder listings, kept for the process: a worker's units and an
 * editor's edits ask about the same folders, and each preparation is a new
 * round that checks a listing against its folder before using it. */
static hvci_dircache *listings;

void hvci_caseinc_prepare(hvci_cmdline *c, const char *unsaved, size_t unsaved_len)
{
	caseinc ci;
	memset(&ci, 0, sizeof ci);
	if (!listings)
		listings = hvci_dircache_new();
	hvci_dircache_next_round(listings);
	ci.dc = listings;
	ci.folders = folders_key(c);
	c->listings = listings;
	kept_bound();
	seen(&ci, c->main_file);
	size_t len = unsaved_len;
	char *t = unsaved ? NULL : hvci_read_file(c->main_file, &len);
	const char *text = unsaved ? unsaved : t;
	if (text) {
		hvci_buf b;
		hvci_buf_init(&b);
		include_lines(text, len, &b);
		free(t);
		t = b.s;
		resolve_all(c, &ci, c->main_file, b.s, b.len);
	}
	free(t);
	if (ci.n) {
		json_t *roots = json_array();
		for (size_t i = 0; i < ci.n; i++) {
			char *dir = hvci_strdup(ci.virt[i]);
			char *slash = strrchr(dir, '/');
			const char *leaf = slash ? slash + 1 : dir;
			if (slash)
				*slash = '\0';
			json_t *file = json_pack("{s:s,s:s,s:s}", "type", "file", "name", leaf,
			                         "external-contents", ci.real[i]);
			json_array_append_new(
			    roots, json_pack("{s:s,s:s,s:[o]}", "type", "directory", "name",
			                     dir[0] ? dir : "/", "contents", file));
			free(dir);
		}
		json_t *doc = json_pack("{s:i,s:s,s:o}", "version", 0, "case-sensitive", "false",
		                        "roots", roots);
		const char *tmp = getenv("TMPDIR");
		char *path = hvci_asprintf("%s/hvcilint-vfs-XXXXXX", tmp && *tmp ? tmp : "/tmp");
		int fd = mkstemp(path);
		if (fd >= 0) {
			FILE *f = fdopen(fd, "w");
			if (f && json_dumpf(doc, f, JSON_INDENT(1)) == 0) {
				fclose(f);
				c->overlay_path = path;
				for (size_t i = 0; i < ci.n; i++) {
					hvci_strv_push(&c->case_virt, ci.virt[i]);
					hvci_strv_push(&c->case_real, ci.real[i]);
				}
				const char *add[] = {"-Xclang", "-ivfsoverlay", "-Xclang", path};
				c->argv = hvci_xrealloc(c->argv, (c->argc + 5) * sizeof *c->argv);
				for (size_t i = 0; i < 4; i++)
					c->argv[c->argc + i] = hvci_strdup(add[i]);
				c->argc += 4;
				c->argv[c->argc] = NULL;
			} else {
				if (f)
					fclose(f);
				remove(path);
				free(path);
			}
		} else {
			free(path);
		}
		json_decref(doc);
	}
	for (size_t i = 0; i < ci.n; i++) {
		free(ci.virt[i]);
		free(ci.real[i]);
	}
	free(ci.virt);
	free(ci.real);
	free(ci.folders);
	hvci_strset_free(&ci.seen);
}
