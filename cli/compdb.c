/*
 * compdb.c - reading compile_commands.json for the commands: validation
 * with a located error (libclang only says "cannot load"), every entry
 * with absolute paths, matching a file to its entry by real path, and
 * finding the database an editor's file belongs to the way clangd does
 * (the nearest folder above the file holding compile_commands.json or
 * build/compile_commands.json).  What to do with a command is the caller's
 * business.
 *
 * Each entry also gets the driver image it belongs to, for the NX opt-in
 * (decided per image).  libclang does not expose an entry's "output", so
 * the database is read a second time with jansson, entry by entry in the
 * same order:
 *   - an output inside "CMakeFiles/<target>.dir/" (every CMake generator
 *     writes objects there) names the image: <target>;
 *   - any other output suggests its folder (objects written to one folder
 *     are usually linked into one image), named relative to the database's
 *     folder; cli_assign_images lets the config's `images:` come first;
 *   - without an output, the database's folder (by its name) is the image.
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
#include "util/util.h"

/* --path-map (cli_path_map_add), with the WSL drive default added when a
 * database is first read. */
static hvci_pathmap *path_map;
static int path_map_done;

int cli_path_map_add(const char *spec)
{
	if (!path_map)
		path_map = hvci_pathmap_new();
	if (hvci_pathmap_add(path_map, spec)) {
		cli_error("%s", hvci_error_last());
		return -1;
	}
	return 0;
}

static void path_map_finish(void)
{
	if (path_map_done)
		return;
	path_map_done = 1;
	if (!hvci_pathmap_is_wsl())
		return;
	if (!path_map)
		path_map = hvci_pathmap_new();
	hvci_pathmap_add_drives(path_map, "/mnt");
}

char *cli_abs_path(const char *p, const char *base)
{
	if (p[0] == '/')
		return hvci_strdup(p);
	char cwd[4096];
	if (!base)
		base = getcwd(cwd, sizeof cwd) ? cwd : ".";
	size_t l = strlen(base) + strlen(p) + 2;
	char *r = hvci_xmalloc(l);
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
	char *path = hvci_xmalloc(l);
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

/* The last component of a path, without trailing slashes. Caller frees. */
static char *base_name(const char *p)
{
	size_t l = strlen(p);
	while (l > 1 && p[l - 1] == '/')
		l--;
	size_t b = l;
	while (b > 0 && p[b - 1] != '/')
		b--;
	char *r = hvci_xstrndup(p + b, l - b);
	return r && *r ? r : (free(r), hvci_strdup("/"));
}

static int is_sep(char c)
{
	return c == '/' || c == '\\';
}

/* The target of an object path ".../CMakeFiles/<target>.dir/...", or NULL. */
static char *cmake_target(const char *output)
{
	char *found = NULL;
	for (const char *p = output; (p = strstr(p, "CMakeFiles")); p++) {
		if ((p != output && !is_sep(p[-1])) || !is_sep(p[10]))
			continue;
		const char *t = p + 11, *end = t;
		while (*end && !is_sep(*end))
			end++;
		if (!*end || end - t <= 4 || strncmp(end - 4, ".dir", 4))
			continue;
		free(found);
		found = hvci_xstrndup(t, (size_t)(end - 4 - t));
	}
	return found;
}

/* The folder of a non-CMake output, relative to the database's folder. */
static char *output_folder(const char *output, const char *directory, const char *dbreal)
{
	char *o = hvci_pathmap_path(path_map, output);
	if (!o) /* a Windows path no mapping covers: named without its drive */
		o = hvci_pathmap_path(NULL, output + 2);
	char *abs = cli_abs_path(o, directory);
	free(o);
	char *slash = strrchr(abs, '/');
	if (slash)
		*slash = '\0';
	char *real = realpath(abs[0] ? abs : "/", NULL);
	const char *f = real ? real : abs;
	size_t l = strlen(dbreal);
	char *r;
	if (!strcmp(f, dbreal))
		r = base_name(dbreal);
	else if (!strncmp(f, dbreal, l) && f[l] == '/')
		r = hvci_strdup(f + l + 1);
	else
		r = hvci_strdup(f);
	free(real);
	free(abs);
	return r;
}

/*
 * An entry written on Windows, made usable here: its directory and file
 * mapped by --path-map (or the WSL drive default), its command split by
 * the Windows rules and its path arguments mapped.  -1 after one error
 * line when the directory or the file has no mapping; *missed counts the
 * argument paths no mapping covered (*first_missed: the first of them).
 */
static int take_windows(cli_compile_cmd *c, json_t *e, const char *path, size_t i, size_t *missed,
                        char **first_missed)
{
	const char *dir = json_string_value(json_object_get(e, "directory"));
	const char *file = json_string_value(json_object_get(e, "file"));
	char *mdir = hvci_pathmap_path(path_map, dir);
	char *mfile = mdir ? hvci_pathmap_path(path_map, file) : NULL;
	if (!mdir || !mfile) {
		const char *what = !mdir ? dir : file;
		cli_error("%s:1: entry %zu ('%s') was written on Windows and no --path-map covers "
		          "'%s'; map its folder to the local checkout, e.g. --path-map "
		          "'%s=/path/to/checkout'",
		          path, i + 1, file, what, what);
		free(mdir);
		free(mfile);
		return -1;
	}
	for (size_t k = 0; k < c->argc; k++)
		free(c->argv[k]);
	free(c->argv);
	json_t *args = json_object_get(e, "arguments");
	if (json_is_array(args)) {
		c->argc = json_array_size(args);
		c->argv = hvci_xcalloc(c->argc + 1, sizeof *c->argv);
		for (size_t k = 0; k < c->argc; k++) {
			const char *a = json_string_value(json_array_get(args, k));
			c->argv[k] = hvci_strdup(a ? a : "");
		}
	} else {
		c->argv = hvci_split_windows_command(
		    json_string_value(json_object_get(e, "command")), &c->argc);
	}
	char *miss = NULL;
	int m = hvci_pathmap_args(path_map, c->argv, c->argc, &miss);
	if (m && !*first_missed)
		*first_missed = miss;
	else
		free(miss);
	*missed += (size_t)m;
	free(c->directory);
	free(c->file);
	c->directory = cli_abs_path(mdir, NULL);
	c->file = cli_abs_path(mfile, c->directory);
	free(mdir);
	free(mfile);
	return 0;
}

/*
 * The second reading of the database, entry by entry in libclang's order:
 * the entries written on Windows, then image and image_default of each
 * from its "output" (see the top).
 */
static int take_entries(cli_compile_cmd *v, size_t n, const char *dir)
{
	size_t l = strlen(dir) + 32;
	char *path = hvci_xmalloc(l);
	snprintf(path, l, "%s/compile_commands.json", dir);
	json_t *doc = json_load_file(path, 0, NULL);
	char *dbreal = realpath(dir, NULL);
	if (!dbreal)
		dbreal = cli_abs_path(dir, NULL);
	/* The same entries in the same order as libclang's, or no outputs. */
	int aligned = json_is_array(doc) && json_array_size(doc) == n;
	int rc = 0;
	size_t missed = 0;
	char *first_missed = NULL;
	for (size_t i = 0; i < n && !rc; i++) {
		json_t *e = aligned ? json_array_get(doc, i) : NULL;
		if (e &&
		    (hvci_path_is_windows(json_string_value(json_object_get(e, "directory"))) ||
		     hvci_path_is_windows(json_string_value(json_object_get(e, "file")))) &&
		    take_windows(&v[i], e, path, i, &missed, &first_missed)) {
			rc = -1;
			break;
		}
		const char *out = json_string_value(json_object_get(e, "output"));
		char *t = out && *out ? cmake_target(out) : NULL;
		if (t && !v[i].image)
			v[i].image = t;
		else
			free(t);
		if (!v[i].image_default)
			v[i].image_default = out && *out && !t
			                         ? output_folder(out, v[i].directory, dbreal)
			                         : base_name(dbreal);
	}
	if (!rc && missed)
		cli_warning("%s:1: %zu Windows path%s in the compile commands ha%s no --path-map "
		            "(the first: '%s'); those folders and files are not read here (a "
		            "Windows Kits folder is stood in for by hvcilint's own WDK headers)",
		            path, missed, missed == 1 ? "" : "s", missed == 1 ? "s" : "ve",
		            first_missed);
	free(first_missed);
	free(dbreal);
	free(path);
	json_decref(doc);
	return rc;
}

static void take_command(cli_compile_cmd *c, CXCompileCommand cmd)
{
	CXString d = clang_CompileCommand_getDirectory(cmd);
	CXString f = clang_CompileCommand_getFilename(cmd);
	unsigned na = clang_CompileCommand_getNumArgs(cmd);
	c->argv = hvci_xcalloc(na + 1, sizeof *c->argv);
	c->argc = na;
	for (unsigned k = 0; k < na; k++) {
		CXString a = clang_CompileCommand_getArg(cmd, k);
		c->argv[k] = hvci_strdup(clang_getCString(a));
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
	path_map_finish();
	CXCompileCommands all = clang_CompilationDatabase_getAllCompileCommands(db);
	unsigned n = clang_CompileCommands_getSize(all);
	cli_compile_cmd *v = hvci_xcalloc((size_t)n + 1, sizeof *v);
	for (unsigned i = 0; i < n; i++)
		take_command(&v[i], clang_CompileCommands_getCommand(all, i));
	clang_CompileCommands_dispose(all);
	clang_CompilationDatabase_dispose(db);
	if (take_entries(v, n, dir)) {
		cli_compile_cmds_free(v, n);
		return -1;
	}
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

void cli_compile_cmd_clear(cli_compile_cmd *c)
{
	free(c->file);
	free(c->directory);
	for (size_t k = 0; k < c->argc; k++)
		free(c->argv[k]);
	free(c->argv);
	free(c->image);
	free(c->image_default);
	memset(c, 0, sizeof *c);
}

void cli_compile_cmds_free(cli_compile_cmd *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		cli_compile_cmd_clear(&v[i]);
	free(v);
}

void cli_assign_images(cli_compile_cmd *v, size_t n, const hvci_rules *rules)
{
	for (size_t i = 0; i < n; i++) {
		if (v[i].image)
			continue;
		const char *m = hvci_rules_image_for(v[i].rules ? v[i].rules : rules, v[i].file);
		if (!m)
			m = v[i].image_default;
		v[i].image = m ? hvci_strdup(m) : NULL;
	}
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
			char *p = hvci_xmalloc(l);
			snprintf(p, l, "%s%s/compile_commands.json", base, where[i]);
			int found = access(p, R_OK) == 0;
			free(p);
			if (found) {
				char *r = hvci_xmalloc(strlen(base) + 8);
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
		return hvci_strdup(v);
	const char *slash = strrchr(v, '/');
	const char *base = slash ? slash + 1 : v;
	if (strcmp(base, "compile_commands.json")) {
		cli_error("%s:1: -p takes the build folder or its compile_commands.json, not "
		          "this file; pass -p DIR",
		          v);
		return NULL;
	}
	if (!slash)
		return hvci_strdup(".");
	if (slash == v)
		return hvci_strdup("/");
	return hvci_xstrndup(v, (size_t)(slash - v));
}

static int is_file(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static char *join(const char *dir, const char *name)
{
	size_t l = strlen(dir) + strlen(name) + 2;
	char *p = hvci_xmalloc(l);
	if (p)
		snprintf(p, l, "%s/%s", dir, name);
	return p;
}

/* Where check -p DIR records its runs for a database found from `start`. */
static char *store_above(const char *start)
{
	char *dir = hvci_strdup(start);
	while (dir) {
		static const char *const where[] = {"", "/build"};
		for (size_t i = 0; i < 2; i++) {
			char *d = hvci_xmalloc(strlen(dir) + 8);
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
		return hvci_strdup("hvcilint.db");
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
