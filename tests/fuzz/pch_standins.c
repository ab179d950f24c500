/*
 * pch_standins.c - stand-ins for the PCH folder's own checks (pch.c) in the
 * fuzz targets of what is kept in that folder (fuzz_replay, fuzz_summaries).
 * In the product a folder or file is used only when it is the user's alone;
 * here the harness's private temporary folder is always accepted, and
 * nothing is written or pruned, so that every input reaches the reader.
 */
#include "frontend/pch_int.h"
#include "util/util.h"

#include <stdlib.h>
#include <sys/stat.h>

int hvci_pch_private_dir(const char *dir)
{
	struct stat st;
	return (mkdir(dir, 0700) == 0 || stat(dir, &st) == 0);
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
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

int hvci_pch_write_atomic(const char *path, const char *text, size_t len)
{
	(void)path;
	(void)text;
	(void)len;
	return 0;
}

char **hvci_pch_least_used(const char *dir, int (*want)(const char *name), size_t keep, size_t *n)
{
	(void)dir;
	(void)want;
	(void)keep;
	*n = 0;
	return NULL;
}
