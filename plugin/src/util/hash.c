/*
 * hash.c - content hashes for the incremental store: FNV-1a with 64 bits.
 * Chosen because it is tiny, fully specified (Fowler, Noll, Vo) and fast
 * enough that hashing every header of a run costs a fraction of a second;
 * it only has to notice edits, it is no defence against forged files.
 * Also the hash of a folder's entry names, for what a header search could
 * find there.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/util.h"

uint64_t hvci_hash_bytes(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;
	for (size_t i = 0; i < n; i++) {
		h ^= b[i];
		h *= 1099511628211ULL;
	}
	return h;
}

int hvci_hash_file(const char *path, char out[17])
{
	FILE *f = hvci_fopen_regular(path);
	if (!f)
		return -1;
	uint64_t h = HVCI_HASH_INIT;
	unsigned char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		h = hvci_hash_bytes(h, buf, n);
	int bad = ferror(f);
	fclose(f);
	if (bad)
		return -1;
	snprintf(out, 17, "%016llx", (unsigned long long)h);
	return 0;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

/* A SQLite store's files come and go while it is written (the store may
 * sit in a source folder); no header is named so. */
static int store_scratch(const struct dirent *e)
{
	static const char *const tail[] = {".db-journal", ".db-wal", ".db-shm"};
	size_t n = strlen(e->d_name);
	for (size_t i = 0; i < sizeof tail / sizeof *tail; i++) {
		size_t t = strlen(tail[i]);
		if (n > t && !strcmp(e->d_name + n - t, tail[i]))
			return 0;
	}
	return strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
}

int hvci_hash_dir_names(const char *dir, char out[17])
{
	struct dirent **names = NULL;
	int n = scandir(dir, &names, store_scratch, by_name);
	if (n < 0)
		return -1;
	uint64_t h = HVCI_HASH_INIT;
	for (int i = 0; i < n; i++) {
		/* With the terminator, so ("ab", "c") and ("a", "bc") differ. */
		h = hvci_hash_bytes(h, names[i]->d_name, strlen(names[i]->d_name) + 1);
		free(names[i]);
	}
	free(names);
	snprintf(out, 17, "%016llx", (unsigned long long)h);
	return 0;
}
