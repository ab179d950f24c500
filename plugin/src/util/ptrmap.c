/*
 * ptrmap.c - a map from pointers to indexes, by open addressing: what the
 * engine keeps per libclang file handle (a file's text, its place in a
 * check's list of files), which passes ask about for every declaration or
 * token of a unit that may read hundreds of files.  The pointers are only
 * compared, never followed.
 */
#include <stdint.h>
#include <stdlib.h>

#include "util/util.h"

static size_t slot(const hvci_ptrmap *m, const void *k)
{
	size_t i = (size_t)(((uintptr_t)k >> 4) * 0x9E3779B97F4A7C15ULL) & (m->cap - 1);
	while (m->keys[i] && m->keys[i] != k)
		i = (i + 1) & (m->cap - 1);
	return i;
}

int hvci_ptrmap_get(const hvci_ptrmap *m, const void *k, size_t *v)
{
	if (!m->n || !k)
		return 0;
	size_t i = slot(m, k);
	if (!m->keys[i])
		return 0;
	*v = m->vals[i];
	return 1;
}

void hvci_ptrmap_put(hvci_ptrmap *m, const void *k, size_t v)
{
	if (!k)
		return;
	if (2 * (m->n + 1) > m->cap) {
		hvci_ptrmap old = *m;
		m->cap = old.cap ? 2 * old.cap : 64;
		m->keys = hvci_xcalloc(m->cap, sizeof *m->keys);
		m->vals = hvci_xcalloc(m->cap, sizeof *m->vals);
		for (size_t i = 0; i < old.cap; i++)
			if (old.keys[i]) {
				size_t at = slot(m, old.keys[i]);
				m->keys[at] = old.keys[i];
				m->vals[at] = old.vals[i];
			}
		free(old.keys);
		free(old.vals);
	}
	size_t at = slot(m, k);
	m->n += !m->keys[at];
	m->keys[at] = k;
	m->vals[at] = v;
}

void hvci_ptrmap_free(hvci_ptrmap *m)
{
	free(m->keys);
	free(m->vals);
	m->keys = NULL;
	m->vals = NULL;
	m->n = m->cap = 0;
}
