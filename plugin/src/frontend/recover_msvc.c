/*
 * recover_msvc.c - recovery for code that MSVC compiles and clang rejects,
 * whatever the headers: the unit is parsed again with a corrected copy of
 * the user's file, laid over the original through a clang VFS overlay.
 *
 * The one correction made today: a member of an anonymous structure or
 * union that repeats a name the enclosing record already has
 * (`union { UINT8 tos; struct { UINT8 ecn : 2; UINT8 tos : 6; }; };`).
 * MSVC accepts it; clang drops the member and reports an error, and every
 * use of the name through that record errors again.  The copy renames the
 * repeat by changing its last character to `$`, which no C name uses, so
 * the name resolves to the first member and every offset and column in
 * the file stays what it is on disk: findings, suppressions and the
 * source text the reports quote all still match the user's file.
 *
 * The overlay keeps the user's path as the file's name (use-external-names
 * is off), so the file stays user code.  What it does not do: touch the
 * fallback or WDK headers, or rewrite anything whose spelling does not
 * match the diagnostic exactly.
 */

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/recover_int.h"
#include "frontend/srctext.h"
#include "util/util.h"

/* Corrected files for one unit at most. */
#define MAX_COPIES 64

static const char *const repeats[] = {
    "member of anonymous struct redeclares '",
    "member of anonymous union redeclares '",
};

static msvc_copy *copy_for(hvci_recovery *rv, const char *path)
{
	for (size_t i = 0; i < rv->n_copies; i++)
		if (!strcmp(rv->copies[i].path, path))
			return &rv->copies[i];
	if (rv->n_copies >= MAX_COPIES)
		return NULL;
	rv->copies = hvci_xrealloc(rv->copies, (rv->n_copies + 1) * sizeof *rv->copies);
	msvc_copy *c = &rv->copies[rv->n_copies];
	memset(c, 0, sizeof *c);
	c->path = hvci_strdup(path);
	c->copy = hvci_asprintf("%s/msvc-%zu", rv->dir, rv->n_copies);
	rv->n_copies++;
	return c;
}

int hvci_recover_msvc_plan(hvci_recovery *rv, CXDiagnostic d, const char *msg, const textpos *t)
{
	const char *name = NULL;
	for (size_t i = 0; i < sizeof repeats / sizeof *repeats && !name; i++)
		if (!strncmp(msg, repeats[i], strlen(repeats[i])))
			name = msg + strlen(repeats[i]);
	if (!name)
		return 0;
	size_t len = strcspn(name, "'");
	/* The diagnostic points at the repeated name itself, in a file. */
	if (!len || t->off + len > t->len || memcmp(t->buf + t->off, name, len) ||
	    (t->off + len < t->len && hvci_text_ident_char((unsigned char)t->buf[t->off + len])))
		return 0;
	CXFile f;
	clang_getFileLocation(clang_getDiagnosticLocation(d), &f, NULL, NULL, NULL);
	CXString fs = clang_getFileName(f);
	const char *path = clang_getCString(fs);
	msvc_copy *c = path && *path == '/' ? copy_for(rv, path) : NULL;
	clang_disposeString(fs);
	if (!c)
		return 0;
	/* The text clang read holds the earlier passes' corrections; this
	 * pass's earlier ones are only in the copy. */
	if (!c->text || c->len != t->len) {
		free(c->text);
		c->text = hvci_xstrndup(t->buf, t->len);
		c->len = t->len;
	}
	c->text[t->off + len - 1] = '$';
	c->renamed++;
	if (!c->first.file) {
		unsigned line, col;
		clang_getFileLocation(clang_getDiagnosticLocation(d), NULL, &line, &col, NULL);
		c->first.file = hvci_strdup(c->path);
		c->first.line = line;
		c->first.col = col;
		c->name = hvci_xstrndup(name, len);
	}
	return 1;
}

/* The overlay file: each corrected copy under its user path. */
static int write_overlay(hvci_recovery *rv)
{
	json_t *roots = json_array();
	for (size_t i = 0; i < rv->n_copies; i++) {
		msvc_copy *c = &rv->copies[i];
		FILE *f = fopen(c->copy, "wb");
		if (!f || fwrite(c->text, 1, c->len, f) != c->len) {
			if (f)
				fclose(f);
			json_decref(roots);
			return hvci_error_set(HVCI_ERROR, "%s:1: cannot write a corrected copy",
			                      c->copy);
		}
		fclose(f);
		char *dir = hvci_strdup(c->path);
		char *slash = strrchr(dir, '/');
		*slash = '\0';
		json_t *file = json_pack("{s:s,s:s,s:s}", "type", "file", "name", slash + 1,
		                         "external-contents", c->copy);
		json_array_append_new(roots, json_pack("{s:s,s:s,s:[o]}", "type", "directory",
		                                       "name", dir[0] ? dir : "/", "contents", file));
		free(dir);
	}
	json_t *doc = json_pack("{s:i,s:b,s:o}", "version", 0, "use-external-names", 0, "roots",
	                        roots);
	FILE *f = fopen(rv->overlay, "w");
	int ok = f && json_dumpf(doc, f, JSON_INDENT(1)) == 0;
	if (f)
		fclose(f);
	json_decref(doc);
	return ok ? HVCI_OK
	          : hvci_error_set(HVCI_ERROR, "%s:1: cannot write the overlay", rv->overlay);
}

int hvci_recover_msvc_apply(hvci_recovery *rv, hvci_cmdline *cl)
{
	if (!rv->n_copies)
		return HVCI_OK;
	if (!rv->overlay)
		rv->overlay = hvci_asprintf("%s/msvc-overlay.json", rv->dir);
	int rc = write_overlay(rv);
	if (rc || rv->overlay_applied)
		return rc;
	const char *add[] = {"-Xclang", "-ivfsoverlay", "-Xclang", rv->overlay};
	hvci_recover_insert_args(cl, add, 4);
	rv->overlay_applied = 1;
	return HVCI_OK;
}

const hvci_loc *hvci_recovery_renamed(const hvci_recovery *rv, size_t k, const char **name,
                                      unsigned *count)
{
	if (k >= rv->n_copies)
		return NULL;
	*name = rv->copies[k].name;
	*count = rv->copies[k].renamed;
	return &rv->copies[k].first;
}

void hvci_recover_msvc_free(hvci_recovery *rv)
{
	for (size_t i = 0; i < rv->n_copies; i++) {
		free(rv->copies[i].path);
		free(rv->copies[i].copy);
		free(rv->copies[i].text);
		free(rv->copies[i].name);
		hvci_loc_clear(&rv->copies[i].first);
	}
	free(rv->copies);
	free(rv->overlay);
}
