/*
 * strset.c - a set of strings with open addressing (FNV-1a, linear probing,
 * grown at half load).  Used where a unit has thousands of names to test
 * against: the names a translation unit declares, the places of the calls
 * the walker analysed.  It owns copies of its strings.  Also the plain
 * string list (hvci_strv) that argument vectors and token texts use.
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

static void put(char **slots, size_t cap, char *k)
{
	size_t i = (size_t)hvci_str_hash(k) & (cap - 1);
	while (slots[i])
		i = (i + 1) & (cap - 1);
	slots[i] = k;
}

int hvci_strset_has(const hvci_strset *s, const char *k)
{
	if (!s->cap)
		return 0;
	size_t i = (size_t)hvci_str_hash(k) & (s->cap - 1);
	while (s->slots[i]) {
		if (!strcmp(s->slots[i], k))
			return 1;
		i = (i + 1) & (s->cap - 1);
	}
	return 0;
}

int hvci_strset_add(hvci_strset *s, const char *k)
{
	if (hvci_strset_has(s, k))
		return 0;
	if ((s->n + 1) * 2 > s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 64;
		char **slots = hvci_xcalloc(cap, sizeof *slots);
		for (size_t i = 0; i < s->cap; i++)
			if (s->slots[i])
				put(slots, cap, s->slots[i]);
		free(s->slots);
		s->slots = slots;
		s->cap = cap;
	}
	put(s->slots, s->cap, hvci_strdup(k));
	s->n++;
	return 1;
}

void hvci_strset_free(hvci_strset *s)
{
	for (size_t i = 0; i < s->cap; i++)
		free(s->slots[i]);
	free(s->slots);
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
