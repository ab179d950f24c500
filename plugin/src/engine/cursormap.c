/*
 * cursormap.c - a map from cursors to small integers, and the per-unit
 * cache of source files with their line starts.
 *
 * The walker looks a function's summary up at every call and the opt-in
 * check follows every call edge; searching the summaries one by one made
 * a file of many functions quadratic.  Cursors are hashed with
 * clang_hashCursor and confirmed with clang_equalCursors, so two cursors
 * that hash alike never share an entry.  The map does not own or
 * canonicalise the cursors: callers store the form they look up with.
 *
 * Each finding carries the text of its line; reading the file again for
 * every finding made a file of many findings quadratic in its size.  The
 * source cache reads each file once per unit and finds a line by its
 * index.  It does not watch files for changes: a unit is analysed from
 * one snapshot of its sources.
 */
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"
#include "util/util.h"

struct hvci_cursormap {
	CXCursor *keys;
	size_t *vals;
	unsigned char *used;
	size_t cap; /* a power of two, or 0 */
	size_t n;
};

hvci_cursormap *hvci_cursormap_new(void)
{
	return hvci_xcalloc(1, sizeof(hvci_cursormap));
}

void hvci_cursormap_free(hvci_cursormap *m)
{
	if (!m)
		return;
	free(m->keys);
	free(m->vals);
	free(m->used);
	free(m);
}

/* The slot holding c, or the empty slot where it would go (open addressing). */
static size_t slot_of(const hvci_cursormap *m, CXCursor c)
{
	size_t i = (size_t)clang_hashCursor(c) & (m->cap - 1);
	while (m->used[i] && !clang_equalCursors(m->keys[i], c))
		i = (i + 1) & (m->cap - 1);
	return i;
}

int hvci_cursormap_get(const hvci_cursormap *m, CXCursor c, size_t *val)
{
	if (!m || !m->n)
		return 0;
	size_t i = slot_of(m, c);
	if (!m->used[i])
		return 0;
	*val = m->vals[i];
	return 1;
}

static void grow(hvci_cursormap *m)
{
	hvci_cursormap old = *m;
	m->cap = old.cap ? old.cap * 2 : 64;
	m->keys = hvci_xcalloc(m->cap, sizeof *m->keys);
	m->vals = hvci_xcalloc(m->cap, sizeof *m->vals);
	m->used = hvci_xcalloc(m->cap, 1);
	for (size_t i = 0; i < old.cap; i++)
		if (old.used[i]) {
			size_t j = slot_of(m, old.keys[i]);
			m->used[j] = 1;
			m->keys[j] = old.keys[i];
			m->vals[j] = old.vals[i];
		}
	free(old.keys);
	free(old.vals);
	free(old.used);
}

void hvci_cursormap_put(hvci_cursormap *m, CXCursor c, size_t val)
{
	/* Kept at most half full, so a probe stays short. */
	if (2 * (m->n + 1) > m->cap)
		grow(m);
	size_t i = slot_of(m, c);
	if (!m->used[i]) {
		m->used[i] = 1;
		m->keys[i] = c;
		m->n++;
	}
	m->vals[i] = val;
}

/* ---- source files, read once per unit ------------------------------------ */

typedef struct {
	char *path; /* as the finding names it */
	char *text; /* NULL: could not be read */
	size_t len;
	int lent;       /* text is the command line's copy of the main file */
	size_t *starts; /* byte offset of each line's start; starts[0] is line 1 */
	size_t n_lines;
	hvci_stmt_index *stmts; /* statement bounds, made for the first key */
} src_file;

struct hvci_srccache {
	src_file *v;
	size_t n;
};

const char *hvci_srccache_text(hvci_ctx *ctx, const char *file, size_t *len)
{
	if (!ctx->src)
		ctx->src = hvci_xcalloc(1, sizeof *ctx->src);
	hvci_srccache *c = ctx->src;
	/* A unit's findings are in a handful of files: a list is enough. */
	for (size_t i = 0; i < c->n; i++)
		if (!strcmp(c->v[i].path, file)) {
			*len = c->v[i].len;
			return c->v[i].text;
		}
	c->v = hvci_xrealloc(c->v, (c->n + 1) * sizeof *c->v);
	src_file *f = &c->v[c->n++];
	memset(f, 0, sizeof *f);
	f->path = hvci_strdup(file);
	char *abs = hvci_abspath(file, ctx->cl->directory);
	if (ctx->cl->main_text && !strcmp(abs, ctx->cl->main_file)) {
		/* The unit's main file: the text its analysis read already. */
		f->text = ctx->cl->main_text;
		f->len = ctx->cl->main_len;
		f->lent = 1;
	} else {
		f->text = hvci_read_file(abs, &f->len);
	}
	free(abs);
	if (f->text)
		f->starts = hvci_line_starts(f->text, f->len, &f->n_lines);
	*len = f->len;
	return f->text;
}

const hvci_stmt_index *hvci_srccache_stmts(hvci_ctx *ctx, const char *file)
{
	size_t len;
	if (!hvci_srccache_text(ctx, file, &len))
		return NULL;
	src_file *f = &ctx->src->v[0];
	while (strcmp(f->path, file))
		f++;
	if (!f->stmts)
		f->stmts = hvci_stmt_index_new_lines(f->text, f->len, f->starts, f->n_lines);
	return f->stmts;
}

char *hvci_source_line(hvci_ctx *ctx, const char *file, unsigned line)
{
	if (ctx->unsaved_file && !strcmp(file, ctx->unsaved_file))
		return hvci_line_of(ctx->unsaved_text, ctx->unsaved_len, line);
	size_t len;
	if (!line || !hvci_srccache_text(ctx, file, &len))
		return NULL;
	const src_file *f = &ctx->src->v[0];
	while (strcmp(f->path, file))
		f++;
	if (line > f->n_lines)
		return NULL;
	size_t b = f->starts[line - 1];
	/* The same text hvci_line_of gives: up to the newline, without a '\r'. */
	return hvci_line_of(f->text + b, f->len - b, 1);
}

void hvci_srccache_free(hvci_ctx *ctx)
{
	hvci_srccache *c = ctx->src;
	if (!c)
		return;
	for (size_t i = 0; i < c->n; i++) {
		free(c->v[i].path);
		if (!c->v[i].lent)
			free(c->v[i].text);
		free(c->v[i].starts);
		hvci_stmt_index_free(c->v[i].stmts);
	}
	free(c->v);
	free(c);
	ctx->src = NULL;
}
