/*
 * caseinc.c - case-insensitive #include resolution for Windows sources.
 *
 * Driver sources are written on a case-insensitive file system
 * (#include <Ntddk.h>, "CdProcs.h") and then analysed on Linux.  Before
 * parsing we scan the user's files for #include lines, look each name up
 * the way the preprocessor will, and when only a different-case file
 * exists we map the requested spelling to it in a clang VFS overlay.  The
 * scan is textual: it may map a name under "#if 0", which is harmless.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "frontend/frontend.h"
#include "util/util.h"

#define MAX_SCANNED 4000

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

static void scan_file(hvci_cmdline *c, caseinc *ci, const char *path, const char *text, size_t len);

/* Follows the includes of a user file the first time it is reached. */
static void scan_path(hvci_cmdline *c, caseinc *ci, const char *path)
{
	if (hvci_cmdline_is_wdk_path(c, path) || seen(ci, path))
		return;
	size_t len;
	char *t = hvci_read_file(path, &len);
	if (t)
		scan_file(c, ci, path, t, len);
	free(t);
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

static void scan_file(hvci_cmdline *c, caseinc *ci, const char *path, const char *text, size_t len)
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
						char *name =
						    hvci_xstrndup(p + 1, (size_t)(q - p - 1));
						resolve(c, ci, path, name, close == '"');
						free(name);
					}
				}
			}
		}
		i = e + 1;
	}
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
	seen(&ci, c->main_file);
	size_t len = unsaved_len;
	char *t = unsaved ? NULL : hvci_read_file(c->main_file, &len);
	const char *text = unsaved ? unsaved : t;
	if (text)
		scan_file(c, &ci, c->main_file, text, len);
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
