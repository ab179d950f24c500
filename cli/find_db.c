/*
 * find_db.c - finds the compile database above a source file, so that
 * `hvcilint check FILE...` (the form the pre-commit framework and editors
 * call, with file names as arguments) takes each file's real flags without
 * being told where the build lives.
 *
 * The search order is clangd's: the file's folder, then `build/` inside it,
 * then the same for each parent up to the root.  A symlinked
 * compile_commands.json (the usual way to expose a CMake build at the top
 * of a repository) counts; the source path is taken as given, so a file
 * symlinked into a tree belongs to that tree.  This file only finds the database; reading it
 * and matching the file to an entry is the caller's job.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "find_db.h"

static int has_db(const char *dir, const char *sub, char *out, size_t outsz)
{
	char p[PATH_MAX + 32];
	int n = sub ? snprintf(out, outsz, "%s%s%s", dir, dir[1] ? "/" : "", sub)
	            : snprintf(out, outsz, "%s", dir);
	if (n < 0 || (size_t)n >= outsz)
		return 0;
	snprintf(p, sizeof p, "%s%scompile_commands.json", out, out[1] ? "/" : "");
	return access(p, R_OK) == 0;
}

char *cli_find_compile_db(const char *file)
{
	/* The path as given, not its symlink target: a file linked into a tree
	 * belongs to that tree's build. */
	char cwd[PATH_MAX];
	if (file[0] != '/' && !getcwd(cwd, sizeof cwd))
		return NULL;
	size_t l = strlen(file) + (file[0] == '/' ? 0 : strlen(cwd)) + 2;
	char *abs = malloc(l);
	snprintf(abs, l, "%s%s%s", file[0] == '/' ? "" : cwd, file[0] == '/' ? "" : "/", file);
	char *slash = strrchr(abs, '/');
	if (slash == abs)
		abs[1] = '\0';
	else if (slash)
		*slash = '\0';
	char found[PATH_MAX];
	for (;;) {
		if (has_db(abs, NULL, found, sizeof found) ||
		    has_db(abs, "build", found, sizeof found)) {
			free(abs);
			return strdup(found);
		}
		if (!strcmp(abs, "/"))
			break;
		slash = strrchr(abs, '/');
		if (slash == abs)
			abs[1] = '\0';
		else
			*slash = '\0';
	}
	free(abs);
	return NULL;
}
