/*
 * summaries_kept.c - the project table of wrapper summaries kept between
 * runs, so that a run's summary rounds start where the last one ended.
 *
 * A unit that calls a wrapper another file defines is analysed again once
 * the wrapper's summary is known (cli/scale.c).  On a run from nothing that
 * is a second analysis of most units of a project with such wrappers, even
 * when no summary changed since the last run.  Started from the last run's
 * table, a unit whose calls still resolve to the same summaries is analysed
 * once.  The table lives in the PCH folder under summaries/KEY, the key
 * made by the caller from its units; it is written through a temporary
 * name, and read only when the folder and the file are the user's alone.
 *
 * What this does not do: decide anything.  A kept table may be stale, or
 * planted; the caller analyses again every unit whose calls resolve
 * differently under the table the run builds from its own results, and
 * trusts the outcome only when that table holds no summary sustained by a
 * cycle (hvci_summaries_grounded), else it runs its rounds again from
 * nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "frontend/pch_int.h"
#include "hvcilint.h"
#include "util/util.h"

/* Far above any project's table: the WDS tree's is about 100 KB. */
#define KEPT_MAX_BYTES (64u << 20)
/* Tables of other unit lists (another compile database, a subset). */
#define KEPT_MAX 64

static int plain_key(const char *key)
{
	size_t n = strspn(key, "0123456789abcdef");
	return n == 16 && !key[n];
}

hvci_summaries *hvci_summaries_kept(const char *cache_dir, const char *key)
{
	if (!cache_dir || !plain_key(key))
		return NULL;
	char *path;
	size_t len;
	char *text = hvci_pch_read_kept(cache_dir, "summaries", key, KEPT_MAX_BYTES, &len, &path);
	hvci_summaries *s = text ? hvci_summaries_from_json(text, len) : NULL;
	if (s)
		hvci_pch_mark_used(path); /* for prune */
	free(text);
	free(path);
	return s;
}

static int is_table(const char *name)
{
	return plain_key(name);
}

void hvci_summaries_keep(const hvci_summaries *s, const char *cache_dir, const char *key)
{
	char *dir =
	    cache_dir && plain_key(key) ? hvci_pch_private_subdir(cache_dir, "summaries") : NULL;
	if (!dir)
		return;
	char *text = hvci_summaries_to_json(s);
	char *path = hvci_asprintf("%s/%s", dir, key);
	if (text && hvci_pch_write_atomic(path, text, strlen(text))) {
		size_t n;
		char **old = hvci_pch_least_used(dir, is_table, KEPT_MAX, &n);
		for (size_t i = 0; i < n; i++) {
			unlink(old[i]);
			free(old[i]);
		}
		free(old);
	}
	free(path);
	free(text);
	free(dir);
}
