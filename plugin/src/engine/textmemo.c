/*
 * textmemo.c - what whole-file scans found in a user file's text, kept for
 * the worker's life.
 *
 * A worker's units include the same project headers, some of them
 * megabytes, and coverage and the pragma scan each read every one of them
 * again for every unit, though what they look for there depends on the
 * text alone. An answer is kept under the file's path together with a copy
 * of the whole text it was found in, and given only for a text equal to it
 * byte for byte: a file changed on disk, a stand-in or an editor's unsaved
 * text never gets another text's answer, and no hash can collide. Comparing
 * costs a small part of what each scan did.
 *
 * The memo is bounded (files and bytes); when full it starts again empty.
 * It knows nothing of the scans: each owns its fields of an entry.
 */
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"
#include "util/util.h"

#define MEMO_FILES 4096
#define MEMO_BYTES (16u << 20)

static struct {
	hvci_textmemo **v; /* open addressing by path hash, MEMO_FILES * 2 slots */
	size_t n, bytes;
} memo;

/* Frees the pragma scan's tokens; their bytes are the caller's to uncount. */
static void drop_lexed(hvci_textmemo *m)
{
	if (m->lexed && m->lexed_free)
		m->lexed_free(m->lexed);
	free(m->lexed_sig);
}

/* Drops an entry's text and every scan's answers; the path stays. */
static void entry_reset(hvci_textmemo *m)
{
	char *path = m->path;
	free(m->text);
	free(m->cov_sig);
	free(m->cov_runs);
	drop_lexed(m);
	memset(m, 0, sizeof *m);
	m->path = path;
}

static void entry_free(hvci_textmemo *m)
{
	entry_reset(m);
	free(m->path);
	free(m);
}

static void memo_clear(void)
{
	for (size_t i = 0; memo.v && i < 2 * MEMO_FILES; i++)
		if (memo.v[i])
			entry_free(memo.v[i]);
	free(memo.v);
	memo.v = NULL;
	memo.n = memo.bytes = 0;
}

static hvci_textmemo **slot(const char *path)
{
	size_t h = (size_t)hvci_str_hash(path) & (2 * MEMO_FILES - 1);
	while (memo.v[h] && strcmp(memo.v[h]->path, path))
		h = (h + 1) & (2 * MEMO_FILES - 1);
	return &memo.v[h];
}

hvci_textmemo *hvci_textmemo_get(const char *path, const char *text, size_t len)
{
	if (!path || !text || len > MEMO_BYTES / 4)
		return NULL;
	if (!memo.v)
		memo.v = hvci_xcalloc(2 * MEMO_FILES, sizeof *memo.v);
	hvci_textmemo **s = slot(path);
	if (*s && (*s)->len == len && !memcmp((*s)->text, text, len))
		return *s;
	if (*s) {
		/* Another text under this path: its answers go with it. Each
		 * field starts unknown again; the slot stays the path's. */
		memo.bytes -= (*s)->len + (*s)->lexed_bytes;
		entry_reset(*s);
	}
	/* The bounds hold whether the path is new or its text grew. */
	if ((!*s && memo.n == MEMO_FILES) || memo.bytes + len > MEMO_BYTES) {
		memo_clear();
		memo.v = hvci_xcalloc(2 * MEMO_FILES, sizeof *memo.v);
		s = slot(path);
	}
	if (!*s) {
		*s = hvci_xcalloc(1, sizeof **s);
		(*s)->path = hvci_strdup(path);
		memo.n++;
	}
	hvci_textmemo *m = *s;
	m->text = hvci_xmalloc(len ? len : 1);
	memcpy(m->text, text, len);
	m->len = len;
	m->pragma = -1;
	memo.bytes += len;
	return m;
}

hvci_textmemo *hvci_textmemo_for(const hvci_ctx *ctx, const char *path, const char *text,
                                 size_t len)
{
	if (path && ctx->cl && ctx->cl->main_file && !strcmp(path, ctx->cl->main_file))
		return NULL;
	return hvci_textmemo_get(path, text, len);
}

/* The bound is checked by the next hvci_textmemo_get, never here: the
 * caller is still using m. */
void hvci_textmemo_set_lexed(hvci_textmemo *m, void *lexed, char *sig, void (*free_fn)(void *),
                             size_t bytes)
{
	drop_lexed(m);
	memo.bytes -= m->lexed_bytes;
	m->lexed = lexed;
	m->lexed_sig = sig;
	m->lexed_free = free_fn;
	m->lexed_bytes = bytes;
	memo.bytes += bytes;
}
