/*
 * strset.c - a set of strings with open addressing (FNV-1a, linear probing,
 * grown at half load).  Used where a unit has thousands of names to test
 * against: the names a translation unit declares, the places of the calls
 * the walker analysed.  It owns copies of its strings, kept in blocks of
 * many strings.  Also the plain string list (hvci_strv) that argument
 * vectors and token texts use.
 */
#include <stdlib.h>
#include <string.h>

#include "util/util.h"

uint64_t hvci_str_hash(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ull;
	}
	return h;
}

void hvci_strset_init(hvci_strset *s)
{
	memset(s, 0, sizeof *s);
}

static void put(hvci_strset *s, char *k, uint64_t h)
{
	size_t i = (size_t)h & (s->cap - 1);
	while (s->slots[i])
		i = (i + 1) & (s->cap - 1);
	s->slots[i] = k;
	s->hash[i] = h;
}

/* The slot holding k (hash h), or the empty slot where it would go. */
static size_t find(const hvci_strset *s, const char *k, uint64_t h)
{
	size_t i = (size_t)h & (s->cap - 1);
	while (s->slots[i] && (s->hash[i] != h || strcmp(s->slots[i], k)))
		i = (i + 1) & (s->cap - 1);
	return i;
}

/* A copy of k in the set's own storage: blocks of many strings, since a
 * unit's declared names are half a million short strings, and a malloc and
 * a free for each was a good part of collecting them. */
static char *keep(hvci_strset *s, const char *k)
{
	size_t len = strlen(k) + 1;
	if (len > s->left) {
		size_t size = len > 16384 ? len : 16384;
		s->blocks = hvci_xrealloc(s->blocks, (s->n_blocks + 1) * sizeof *s->blocks);
		s->next = s->blocks[s->n_blocks++] = hvci_xmalloc(size);
		s->left = size;
	}
	char *at = s->next;
	memcpy(at, k, len);
	s->next += len;
	s->left -= len;
	return at;
}

int hvci_strset_has(const hvci_strset *s, const char *k)
{
	return s->cap && s->slots[find(s, k, hvci_str_hash(k))];
}

int hvci_strset_add(hvci_strset *s, const char *k)
{
	uint64_t h = hvci_str_hash(k);
	if (s->cap && s->slots[find(s, k, h)])
		return 0;
	if ((s->n + 1) * 2 > s->cap) {
		hvci_strset old = *s;
		s->cap = old.cap ? old.cap * 2 : 64;
		s->slots = hvci_xcalloc(s->cap, sizeof *s->slots);
		s->hash = hvci_xcalloc(s->cap, sizeof *s->hash);
		for (size_t i = 0; i < old.cap; i++)
			if (old.slots[i])
				put(s, old.slots[i], old.hash[i]);
		free(old.slots);
		free(old.hash);
	}
	put(s, keep(s, k), h);
	s->n++;
	return 1;
}

void hvci_strset_free(hvci_strset *s)
{
	for (size_t i = 0; i < s->n_blocks; i++)
		free(s->blocks[i]);
	free(s->blocks);
	free(s->slots);
	free(s->hash);
	memset(s, 0, sizeof *s);
}

void hvci_strv_push(hvci_strv *s, const char *x)
{
	hvci_strv_take(s, hvci_strdup(x));
}

void hvci_strv_take(hvci_strv *s, char *x)
{
	s->v = hvci_xrealloc(s->v, (s->n + 2) * sizeof *s->v);
	s->v[s->n++] = x;
	s->v[s->n] = NULL;
}

void hvci_strv_take_new(hvci_strv *s, char *x)
{
	for (size_t i = 0; i < s->n; i++)
		if (!strcmp(s->v[i], x)) {
			free(x);
			return;
		}
	hvci_strv_take(s, x);
}

void hvci_strv_free(hvci_strv *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
	s->v = NULL;
	s->n = 0;
}
