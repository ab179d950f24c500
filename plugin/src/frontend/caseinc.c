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

static void resolve(hvci_cmdline *c, caseinc *ci, const char *includer, const char *name,
                    int quoted)
{
	size_t ndirs = c->n_include_dirs + 2;
	const char **dirs = hvci_xcalloc(ndirs, sizeof *dirs);
	size_t k = 0;
	char *own_dir = hvci_strdup(includer);
	char *slash = strrchr(own_dir, '/');
	if (slash)
		*slash = '\0';
	if (quoted)
		dirs[k++] = own_dir;
	for (size_t i = 0; i < c->n_include_dirs; i++)
		dirs[k++] = c->include_dirs[i];
	if (c->fallback_dir)
		dirs[k++] = c->fallback_dir;
	/* clang reads `\\` in an #include as a separator, as cl does, and
	 * looks the slashed name up: that is the name to map. */
	char *slashed = hvci_strdup(name);
	for (char *q = slashed; *q; q++)
		if (*q == '\\')
			*q = '/';
	/* With "..", the name is looked up through the folders as written. */
	int dotted = strstr(slashed, "..") != NULL;
	for (size_t i = 0; i < k; i++) {
		char *exact = hvci_asprintf("%s/%s", dirs[i], slashed);
		char *want = hvci_abspath(slashed, dirs[i]);
		if (dotted ? hvci_file_exists(exact) : hvci_dircache_file_exists(ci->dc, want)) {
			scan_path(c, ci, exact);
			free(exact);
			free(want);
			break;
		}
		free(exact);
		char *real = hvci_dircache_resolve_case(ci->dc, want);
		if (!hvci_dircache_file_exists(ci->dc, real)) {
			free(real);
			real = NULL;
		}
		if (real) {
			ci->virt = hvci_xrealloc(ci->virt, (ci->n + 1) * sizeof *ci->virt);
			ci->real = hvci_xrealloc(ci->real, (ci->n + 1) * sizeof *ci->real);
			ci->virt[ci->n] = want;
			ci->real[ci->n++] = hvci_abspath(real, NULL);
			scan_path(c, ci, real);
			free(real);
			break;
		}
		free(want);
	}
	free(slashed);
	free(own_dir);
	free(dirs);
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
	hvci_strset_free(&ci.seen);
}
