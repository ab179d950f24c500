/*
 * compdb.c - reading compile_commands.json for the commands: validation
 * with a located error (libclang only says "cannot load"), every entry
 * with absolute paths, matching a file to its entry by real path, and
 * finding the database an editor's file belongs to the way clangd does
 * (the nearest folder above the file holding compile_commands.json or
 * build/compile_commands.json).  What to do with a command is the caller's
 * business.
 */
#include <clang-c/CXCompilationDatabase.h>
#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

char *cli_abs_path(const char *p, const char *base)
{
	if (p[0] == '/')
		return strdup(p);
	char cwd[4096];
	if (!base)
		base = getcwd(cwd, sizeof cwd) ? cwd : ".";
	size_t l = strlen(base) + strlen(p) + 2;
	char *r = malloc(l);
	snprintf(r, l, "%s/%s", base, p);
	return r;
}

char *cli_real_path(const char *p, const char *base)
{
	char *abs = cli_abs_path(p, base);
	char *real = realpath(abs, NULL);
	if (!real)
		return abs;
	free(abs);
	return real;
}

int cli_compdb_validate(const char *dir)
{
	size_t l = strlen(dir) + 32;
	char *path = malloc(l);
	snprintf(path, l, "%s/compile_commands.json", dir);
	struct stat st;
	if (stat(path, &st) != 0) {
		cli_error("%s:1: no compile database here; pass -p with the build directory that "
		          "holds compile_commands.json",
		          path);
		free(path);
		return -1;
	}
	json_error_t err;
	json_t *doc = json_load_file(path, 0, &err);
	if (!doc) {
		cli_error("%s:%d: malformed compile database: %s; fix or regenerate it", path,
		          err.line, err.text);
		free(path);
		return -1;
	}
	int ok = json_is_array(doc);
	if (!ok)
		cli_error("%s:1: a compile database must be a JSON array of entries; regenerate it",
		          path);
	size_t i;
	json_t *e;
	json_array_foreach(doc, i, e)
	{
		if (!ok)
			break;
		if (!json_is_object(e) || !json_is_string(json_object_get(e, "file")) ||
		    !json_is_string(json_object_get(e, "directory")) ||
		    (!json_is_string(json_object_get(e, "command")) &&
		     !json_is_array(json_object_get(e, "arguments")))) {
			cli_error("%s:1: entry %zu lacks 'directory', 'file' and 'command' or "
			          "'arguments'; regenerate the database",
			          path, i + 1);
			ok = 0;
		}
	}
	json_decref(doc);
	free(path);
	return ok ? 0 : -1;
}

static void take_command(cli_compile_cmd *c, CXCompileCommand cmd)
{
	CXString d = clang_CompileCommand_getDirectory(cmd);
	CXString f = clang_CompileCommand_getFilename(cmd);
	unsigned na = clang_CompileCommand_getNumArgs(cmd);
	c->argv = calloc(na + 1, sizeof *c->argv);
	c->argc = na;
	for (unsigned k = 0; k < na; k++) {
		CXString a = clang_CompileCommand_getArg(cmd, k);
		c->argv[k] = strdup(clang_getCString(a));
		clang_disposeString(a);
	}
	/* A relative directory is relative to where hvcilint runs. */
	c->directory = cli_abs_path(clang_getCString(d), NULL);
	c->file = cli_abs_path(clang_getCString(f), c->directory);
	clang_disposeString(d);
	clang_disposeString(f);
}

int cli_compdb_load(const char *dir, cli_compile_cmd **out, size_t *n_out)
{
	*out = NULL;
	*n_out = 0;
	if (cli_compdb_validate(dir))
		return -1;
	CXCompilationDatabase_Error err;
	CXCompilationDatabase db = clang_CompilationDatabase_fromDirectory(dir, &err);
	if (err != CXCompilationDatabase_NoError) {
		cli_error("%s/compile_commands.json:1: libclang cannot load this compile database; "
		          "regenerate it",
		          dir);
		return -1;
	}
	CXCompileCommands all = clang_CompilationDatabase_getAllCompileCommands(db);
	unsigned n = clang_CompileCommands_getSize(all);
	cli_compile_cmd *v = calloc((size_t)n + 1, sizeof *v);
	for (unsigned i = 0; i < n; i++)
		take_command(&v[i], clang_CompileCommands_getCommand(all, i));
	clang_CompileCommands_dispose(all);
	clang_CompilationDatabase_dispose(db);
	*out = v;
	*n_out = n;
	return 0;
}

const cli_compile_cmd *cli_compdb_match(const cli_compile_cmd *v, size_t n, const char *file)
{
	/* Matched by real path ourselves: libclang's lookup misses databases
	 * whose directories are relative, and symlinked trees. */
	char *abs = cli_abs_path(file, NULL);
	char *want = realpath(abs, NULL);
	const cli_compile_cmd *hit = NULL;
	for (size_t k = 0; k < n && !hit; k++) {
		char *have = realpath(v[k].file, NULL);
		if (!strcmp(have ? have : v[k].file, want ? want : abs))
			hit = &v[k];
		free(have);
	}
	free(want);
	free(abs);
	return hit;
}

void cli_compile_cmds_free(cli_compile_cmd *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].file);
		free(v[i].directory);
		for (size_t k = 0; k < v[i].argc; k++)
			free(v[i].argv[k]);
		free(v[i].argv);
	}
	free(v);
}

char *cli_compdb_find(const char *file)
{
	char *dir = cli_abs_path(file, NULL);
	for (;;) {
		char *s = strrchr(dir, '/');
		if (!s) {
			free(dir);
			return NULL;
		}
		*s = '\0';
		const char *base = dir[0] ? dir : "/";
		static const char *const where[] = {"", "/build"};
		for (size_t i = 0; i < sizeof where / sizeof *where; i++) {
			size_t l = strlen(base) + 40;
			char *p = malloc(l);
			snprintf(p, l, "%s%s/compile_commands.json", base, where[i]);
			int found = access(p, R_OK) == 0;
			free(p);
			if (found) {
				char *r = malloc(strlen(base) + 8);
				sprintf(r, "%s%s", base, where[i]);
				free(dir);
				return r;
			}
		}
		if (!dir[0]) {
			free(dir);
			return NULL;
		}
	}
}

char *cli_compdb_dir(const char *v)
{
	struct stat st;
	if (!*v) {
		cli_error("option -p needs a folder; pass -p DIR with DIR/compile_commands.json");
		return NULL;
	}
	/* A missing folder is told by the database check, with its path. */
	if (stat(v, &st) != 0 || S_ISDIR(st.st_mode))
		return strdup(v);
	const char *slash = strrchr(v, '/');
	const char *base = slash ? slash + 1 : v;
	if (strcmp(base, "compile_commands.json")) {
		cli_error("%s:1: -p takes the build folder or its compile_commands.json, not "
		          "this file; pass -p DIR",
		          v);
		return NULL;
	}
	if (!slash)
		return strdup(".");
	if (slash == v)
		return strdup("/");
	return strndup(v, (size_t)(slash - v));
}

static int is_file(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static char *join(const char *dir, const char *name)
{
	size_t l = strlen(dir) + strlen(name) + 2;
	char *p = malloc(l);
	if (p)
		snprintf(p, l, "%s/%s", dir, name);
	return p;
}

/* Where check -p DIR records its runs for a database found from `start`. */
static char *store_above(const char *start)
{
	char *dir = strdup(start);
	while (dir) {
		static const char *const where[] = {"", "/build"};
		for (size_t i = 0; i < 2; i++) {
			char *d = malloc(strlen(dir) + 8);
			if (!d)
				break;
			sprintf(d, "%s%s", dir[0] ? dir : "", where[i]);
			char *db = join(d[0] ? d : "", "compile_commands.json");
			char *st = join(d[0] ? d : "", "hvcilint.db");
			int hit = db && st && is_file(db) && is_file(st);
			free(db);
			free(d);
			if (hit) {
				free(dir);
				return st;
			}
			free(st);
		}
		char *s = strrchr(dir, '/');
		if (!s)
			break;
		*s = '\0';
		if (!dir[0])
			break;
	}
	free(dir);
	return NULL;
}

char *cli_find_store(const char *pdir, const char *cmd)
{
	if (pdir) {
		char *p = join(pdir, "hvcilint.db");
		if (p && !is_file(p)) {
			cli_error(
			    "no run store at %s; run 'hvcilint check -p %s' first (it records "
			    "every run there) or pass --db FILE",
			    p, pdir);
			free(p);
			return NULL;
		}
		return p;
	}
	if (is_file("hvcilint.db"))
		return strdup("hvcilint.db");
	char cwd[4096];
	if (!getcwd(cwd, sizeof cwd)) {
		cli_error("cannot read the current folder; pass --db FILE");
		return NULL;
	}
	/* The database check would have used for this folder, as clangd finds it. */
	char *found = store_above(cwd);
	/* Else a build folder below: the usual `check -p build` from the top. */
	DIR *d = found ? NULL : opendir(".");
	struct dirent *e;
	char *second = NULL;
	while (d && !second && (e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char *db = join(e->d_name, "compile_commands.json");
		char *st = join(e->d_name, "hvcilint.db");
		if (db && st && is_file(db) && is_file(st)) {
			if (found)
				second = st;
			else
				found = st;
			st = NULL;
		}
		free(db);
		free(st);
	}
	if (d)
		closedir(d);
	if (second) {
		cli_error("several run stores below this folder (%s, %s); pass -p BUILD_DIR or "
		          "--db FILE",
		          found, second);
		free(found);
		free(second);
		return NULL;
	}
	if (found)
		return found;
	cli_error("no run store found (no hvcilint.db here, beside the nearest "
	          "compile_commands.json above, or in one build folder below); run 'hvcilint "
	          "check -p BUILD_DIR' first, then 'hvcilint %s -p BUILD_DIR' or --db FILE",
	          cmd);
	return NULL;
}
