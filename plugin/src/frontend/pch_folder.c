/*
 * pch_folder.c - the rules of the PCH folder, shared by everything kept
 * there: the PCHs and their descriptions (pch.c), the replays of recovered
 * units (replay_cache.c) and the summary tables (summaries_kept.c).
 *
 * The folder's files are loaded into the parser or steer the analysis, so
 * a folder or file is used only when it is the user's own and nobody else
 * may write to it, and a link is never followed; files are written through
 * a temporary name in the same folder, so a reader never sees half of one;
 * and a bounded number of each kind is kept, the least recently used going
 * first.  What a file holds, and whether it still fits, is each user's
 * business.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "frontend/pch_int.h"
#include "util/util.h"

int hvci_pch_private_dir(const char *dir)
{
	struct stat st;
	if (mkdir(dir, 0700) != 0 && errno != EEXIST)
		return 0;
	return lstat(dir, &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == geteuid() &&
	       !(st.st_mode & 022);
}

char *hvci_pch_private_subdir(const char *cache_dir, const char *name)
{
	char *dir = hvci_asprintf("%s/%s", cache_dir, name);
	if (!hvci_pch_private_dir(cache_dir) || !hvci_pch_private_dir(dir)) {
		free(dir);
		return NULL;
	}
	return dir;
}

int hvci_pch_private_file(const char *path)
{
	struct stat st;
	return lstat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == geteuid() &&
	       !(st.st_mode & 022);
}

/* Writes text to path through a temporary name in the same folder. */
int hvci_pch_write_atomic(const char *path, const char *text, size_t len)
{
	char *tmp = hvci_asprintf("%s.%ld.tmp", path, (long)getpid());
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, 0600);
	int ok = fd >= 0 && write(fd, text, len) == (ssize_t)len;
	if (fd >= 0 && close(fd) != 0)
		ok = 0;
	if (!ok || rename(tmp, path) != 0) {
		unlink(tmp);
		ok = 0;
	}
	free(tmp);
	return ok;
}

/* Entries of a cache folder, oldest use first. */
typedef struct {
	char *path;
	struct timespec used;
} entry;

static int by_use(const void *a, const void *b)
{
	const entry *x = a, *y = b;
	if (x->used.tv_sec != y->used.tv_sec)
		return x->used.tv_sec < y->used.tv_sec ? -1 : 1;
	if (x->used.tv_nsec != y->used.tv_nsec)
		return x->used.tv_nsec < y->used.tv_nsec ? -1 : 1;
	return strcmp(x->path, y->path);
}

char **hvci_pch_least_used(const char *dir, int (*want)(const char *name), size_t keep,
                           size_t *n_out)
{
	*n_out = 0;
	DIR *d = opendir(dir);
	if (!d)
		return NULL;
	entry *v = NULL;
	size_t n = 0, cap = 0;
	for (struct dirent *e; (e = readdir(d));) {
		if (!want(e->d_name))
			continue;
		char *path = hvci_asprintf("%s/%s", dir, e->d_name);
		struct stat st;
		if (lstat(path, &st) == 0 && S_ISREG(st.st_mode)) {
			if (n == cap) {
				cap = cap ? 2 * cap : 64;
				v = hvci_xrealloc(v, cap * sizeof *v);
			}
			v[n].path = path;
			v[n++].used = st.st_mtim;
		} else {
			free(path);
		}
	}
	closedir(d);
	char **out = NULL;
	if (n > keep) {
		qsort(v, n, sizeof *v, by_use);
		*n_out = n - keep * 3 / 4;
		out = hvci_xcalloc(*n_out + 1, sizeof *out);
	}
	for (size_t i = 0; i < n; i++) {
		if (i < *n_out)
			out[i] = v[i].path;
		else
			free(v[i].path);
	}
	free(v);
	return out;
}

char *hvci_pch_read_kept(const char *cache_dir, const char *sub, const char *key, size_t max,
                         size_t *len, char **path_out)
{
	*len = 0;
	*path_out = NULL;
	char *dir = hvci_pch_private_subdir(cache_dir, sub);
	if (!dir)
		return NULL;
	char *path = hvci_asprintf("%s/%s", dir, key);
	free(dir);
	struct stat st;
	char *text = NULL;
	if (hvci_pch_private_file(path) && stat(path, &st) == 0 && st.st_size > 0 &&
	    (unsigned long long)st.st_size <= max)
		text = hvci_read_file(path, len);
	if (text)
		*path_out = path;
	else
		free(path);
	return text;
}

void hvci_pch_mark_used(const char *path)
{
	utimensat(AT_FDCWD, path, NULL, 0);
}
