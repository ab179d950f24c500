/*
 * paths.c - locating shipped data and the clang resource directory.  The
 * resource directory matters because libclang, loaded from a distribution
 * path, does not always find its own builtin headers (stddef.h, intrin.h).
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/paths.h"
#include "util/util.h"

#ifndef HVCI_SOURCE_DIR
#define HVCI_SOURCE_DIR "."
#endif
#ifndef HVCI_DATA_DIR
#define HVCI_DATA_DIR "/usr/local/share/hvcilint"
#endif
#ifndef HVCI_RESOURCE_DIR
#define HVCI_RESOURCE_DIR ""
#endif

static char *exe_dir(void)
{
	char buf[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
	if (n <= 0)
		return NULL;
	buf[n] = '\0';
	char *slash = strrchr(buf, '/');
	if (slash)
		*slash = '\0';
	return hvci_strdup(buf);
}

static char *try_dir(char *dir, const char *must)
{
	char *p = hvci_asprintf("%s/%s", dir, must);
	int ok = hvci_file_exists(p);
	free(p);
	if (ok)
		return dir;
	free(dir);
	return NULL;
}

char *hvci_data_path(const char *subdir, const char *must)
{
	char *r;
	const char *env = getenv("HVCILINT_DATA_DIR");
	if (env && *env && (r = try_dir(hvci_asprintf("%s/%s", env, subdir), must)))
		return r;
	char *ed = exe_dir();
	if (ed) {
		r = try_dir(hvci_asprintf("%s/../share/hvcilint/%s", ed, subdir), must);
		free(ed);
		if (r)
			return r;
	}
	if ((r = try_dir(hvci_asprintf("%s/%s", HVCI_SOURCE_DIR, subdir), must)))
		return r;
	return try_dir(hvci_asprintf("%s/%s", HVCI_DATA_DIR, subdir), must);
}

char *hvci_resource_dir(void)
{
	const char *env = getenv("HVCILINT_RESOURCE_DIR");
	if (env && *env)
		return hvci_strdup(env);
	if (HVCI_RESOURCE_DIR[0]) {
		char *p = hvci_asprintf("%s/include/stddef.h", HVCI_RESOURCE_DIR);
		int ok = hvci_file_exists(p);
		free(p);
		if (ok)
			return hvci_strdup(HVCI_RESOURCE_DIR);
	}
	return NULL;
}
