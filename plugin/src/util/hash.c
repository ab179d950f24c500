/*
 * hash.c - content hashes for the incremental store: FNV-1a with 64 bits.
 * Chosen because it is tiny, fully specified (Fowler, Noll, Vo) and fast
 * enough that hashing every header of a run costs a fraction of a second;
 * it only has to notice edits, it is no defence against forged files.
 */
#include <stdio.h>
#include <stdlib.h>

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
