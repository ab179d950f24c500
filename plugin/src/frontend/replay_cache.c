/*
 * replay_cache.c - recovery kept between runs: a unit whose recovery parsed
 * it more than once is parsed once on the next run, as recovery's chosen
 * pass parsed it, while nothing it read has changed.
 *
 * Recovery's passes depend only on the unit's command, the files its
 * parses read, the folders its #include lines were looked up in and the
 * names the rules know (recover_replay.c says why).  So the replay a
 * summary round uses within a run (hvci_recovery_snapshot and the result
 * so far) is kept in the PCH folder under a key of the command, the main
 * file's content, the rules' names and the hvcilint and libclang versions,
 * with a list of what it depends on:
 *
 *  - every file the chosen pass read (the user's, the WDK's, the fallback
 *    headers, and the files a corrected copy stands for), by size and
 *    modification time, as a PCH's description lists its headers;
 *  - every folder a header could have been found in (the command's
 *    include folders and the folder of every file read), by the names of
 *    its entries (hvci_hash_dir_names), so that a header added where the
 *    compiler would find it first makes the replay stale;
 *  - each header recovery gave an empty stand-in, under each of those
 *    folders, as absent.
 *
 * It also keeps the PCH the analysis was given: the caller (engine/
 * analyze.c) uses the replay only when this run gives the unit the same.
 * A replay whose list no longer holds is not used; the unit is recovered
 * the usual way and its new replay replaces the old one.  A replay that is
 * used still goes through every check hvci_recovery_replay makes.  What
 * this does not do: keep anything for a unit that parsed cleanly (it is
 * parsed once anyway), or for text from an editor.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "frontend/frontend.h"
#include "frontend/pch_int.h"
#include "frontend/recover_int.h"
#include "util/util.h"

#define REPLAY_FORMAT "hvcilint-replay-3"
#define REPLAY_MAX_BYTES (64u << 20) /* a kept replay larger than this is not read */
#define REPLAY_MAX_FILES 4096        /* replays the folder keeps (see prune) */

/* How many replays the folder keeps: HVCILINT_REPLAY_MAX, else
 * REPLAY_MAX_FILES. */
static size_t max_replays(void)
{
	return hvci_env_count("HVCILINT_REPLAY_MAX", REPLAY_MAX_FILES, 10000000);
}

char *hvci_replay_key(const hvci_cmdline *cl, const char *file, const char *directory,
                      uint64_t names_hash)
{
	char content[17];
	if (hvci_hash_file(cl->main_file, content))
		return NULL;
	hvci_buf b;
	hvci_buf_init(&b);
	CXString v = clang_getClangVersion();
	char names[17];
	snprintf(names, sizeof names, "%016llx", (unsigned long long)names_hash);
	const char *head[] = {REPLAY_FORMAT,
	                      HVCI_VERSION,
	                      clang_getCString(v),
	                      file ? file : "",
	                      directory ? directory : "",
	                      content,
	                      names};
	for (size_t i = 0; i < sizeof head / sizeof *head; i++)
		hvci_pack_put(&b, head[i], strlen(head[i]));
	clang_disposeString(v);
	return hvci_pch_digest(&b, cl, cl->argc);
}

json_t *hvci_file_stamp(const char *path, const struct stat *st)
{
	return json_pack("[sIII]", path, (json_int_t)st->st_size, (json_int_t)st->st_mtim.tv_sec,
	                 (json_int_t)st->st_mtim.tv_nsec);
}

/* The stamps one unit's analysis has found true so far, as "size sec nsec
 * path" (hvci_file_stamps_unit); none outside an analysis. */
static hvci_strset unit_held;
static int unit_on;

void hvci_file_stamps_unit(int begin)
{
	if (unit_on)
		hvci_strset_free(&unit_held);
	unit_on = begin;
	if (begin)
		hvci_strset_init(&unit_held);
}

int hvci_file_stamps_hold(json_t *stamps)
{
	json_t *in;
	size_t i;
	if (!json_is_array(stamps))
		return 0;
	json_array_foreach(stamps, i, in)
	{
		const char *path = json_string_value(json_array_get(in, 0));
		if (!path)
			return 0;
		json_int_t size = json_integer_value(json_array_get(in, 1));
		json_int_t sec = json_integer_value(json_array_get(in, 2));
		json_int_t nsec = json_integer_value(json_array_get(in, 3));
		/* A PCH's list and a replay's name many of the same headers,
		 * and a header read twice is listed twice: within one unit's
		 * analysis, a stamp found true once is not asked again. */
		char *key = unit_on ? hvci_asprintf("%lld %lld %lld %s", (long long)size,
		                                    (long long)sec, (long long)nsec, path)
		                    : NULL;
		if (key && hvci_strset_has(&unit_held, key)) {
			free(key);
			continue;
		}
		struct stat st;
		int ok = stat(path, &st) == 0 && st.st_size == size && st.st_mtim.tv_sec == sec &&
		         st.st_mtim.tv_nsec == nsec;
		if (ok && key)
			hvci_strset_add(&unit_held, key);
		free(key);
		if (!ok)
			return 0;
	}
	return 1;
}

/* ---- what a replay depends on -------------------------------------------------- */

int hvci_in_standins(const hvci_cmdline *cl, const char *path)
{
	size_t sl = cl->standin_dir ? strlen(cl->standin_dir) : 0;
	return sl && !strncmp(path, cl->standin_dir, sl) && (path[sl] == '/' || !path[sl]);
}

static void search_folder(const hvci_cmdline *cl, hvci_strset *seen, const char *dir,
                          hvci_strv *dirs, hvci_strv *hashes, hvci_strv *absent)
{
	if (!dir || !*dir || hvci_in_standins(cl, dir) || hvci_strset_has(seen, dir))
		return;
	hvci_strset_add(seen, dir);
	char hex[17];
	if (hvci_hash_dir_names(dir, hex)) {
		hvci_strv_push(absent, dir);
		return;
	}
	hvci_strv_push(dirs, dir);
	hvci_strv_push(hashes, hex);
}

void hvci_header_search(const hvci_cmdline *cl, const hvci_strv *files, char *const *missing,
                        size_t n_missing, hvci_strv *dirs, hvci_strv *hashes, hvci_strv *absent)
{
	hvci_strset seen;
	hvci_strset_init(&seen);
	for (size_t i = 0; i < files->n; i++) {
		const char *slash = strrchr(files->v[i], '/');
		if (slash && slash > files->v[i]) {
			char *dir = hvci_xstrndup(files->v[i], (size_t)(slash - files->v[i]));
			search_folder(cl, &seen, dir, dirs, hashes, absent);
			free(dir);
		}
	}
	for (size_t i = 0; i < cl->n_include_dirs; i++)
		search_folder(cl, &seen, cl->include_dirs[i], dirs, hashes, absent);
	for (size_t i = 0; i < cl->n_wdk_dirs; i++)
		search_folder(cl, &seen, cl->wdk_dirs[i], dirs, hashes, absent);
	search_folder(cl, &seen, cl->fallback_dir, dirs, hashes, absent);
	hvci_strset_free(&seen);
	/* A header that was missing must still be missing wherever it was
	 * looked for: under every folder above (one that cannot be read is
	 * absent itself). */
	for (size_t h = 0; h < n_missing; h++)
		for (size_t i = 0; i < dirs->n; i++) {
			char *p = hvci_asprintf("%s/%s", dirs->v[i], missing[h]);
			struct stat st;
			if (lstat(p, &st) != 0)
				hvci_strv_take(absent, p);
			else
				free(p);
		}
}

typedef struct {
	json_t *files;
	hvci_strset seen;
	hvci_strv names; /* as the parse read them, for hvci_header_search */
	const hvci_cmdline *cl;
	int unknown; /* a file read that cannot be found again */
} deps;

/* The file the parse read as `name`: itself, or the one the case overlay
 * gave for it. */
static const char *on_disk(const hvci_cmdline *cl, const char *name, struct stat *st)
{
	if (stat(name, st) == 0)
		return name;
	for (size_t i = 0; i < cl->case_virt.n && i < cl->case_real.n; i++)
		if (!strcmp(cl->case_virt.v[i], name) && stat(cl->case_real.v[i], st) == 0)
			return cl->case_real.v[i];
	return NULL;
}

static void add_file(deps *d, const char *name)
{
	if (!name || !*name || hvci_in_standins(d->cl, name) || hvci_strset_has(&d->seen, name))
		return;
	hvci_strset_add(&d->seen, name);
	struct stat st;
	const char *path = on_disk(d->cl, name, &st);
	if (!path || !S_ISREG(st.st_mode)) {
		d->unknown = 1;
		return;
	}
	json_array_append_new(d->files, hvci_file_stamp(path, &st));
	hvci_strv_push(&d->names, name);
}

static void visit(CXFile f, CXSourceLocation *stack, unsigned n, CXClientData data)
{
	(void)stack;
	(void)n;
	CXString s = clang_getFileName(f);
	add_file(data, clang_getCString(s));
	clang_disposeString(s);
}

/* The list described at the top of the file, as JSON text; NULL when a
 * file read cannot be found again (then nothing is kept). */
static char *dependencies(CXTranslationUnit tu, const hvci_cmdline *cl, const hvci_recovery *rv)
{
	deps d;
	memset(&d, 0, sizeof d);
	d.files = json_array();
	d.cl = cl;
	hvci_strset_init(&d.seen);
	add_file(&d, cl->main_file);
	hvci_inclusions(tu, cl, visit, &d);
	for (size_t i = 0; i < rv->n_copies; i++)
		add_file(&d, rv->copies[i].path);
	char *text = NULL;
	if (!d.unknown) {
		hvci_strv dirs = {0}, hashes = {0}, absent = {0};
		hvci_header_search(cl, &d.names, rv->headers, rv->n_headers, &dirs, &hashes,
		                   &absent);
		json_t *jd = json_array(), *ja = json_array();
		for (size_t i = 0; i < dirs.n; i++)
			json_array_append_new(jd, json_pack("[ss]", dirs.v[i], hashes.v[i]));
		for (size_t i = 0; i < absent.n; i++)
			json_array_append_new(ja, json_string(absent.v[i]));
		json_t *o = json_pack("{sOsoso}", "files", d.files, "dirs", jd, "absent", ja);
		text = json_dumps(o, JSON_COMPACT);
		json_decref(o);
		hvci_strv_free(&dirs);
		hvci_strv_free(&hashes);
		hvci_strv_free(&absent);
	}
	json_decref(d.files);
	hvci_strset_free(&d.seen);
	hvci_strv_free(&d.names);
	return text;
}

/* 1 when everything the list names is as it was. */
static int still_holds(const char *text, size_t len)
{
	json_t *o = json_loadb(text, len, 0, NULL);
	json_t *files = json_object_get(o, "files"), *dirs = json_object_get(o, "dirs"),
	       *absent = json_object_get(o, "absent"), *e;
	int ok = json_is_array(dirs) && json_is_array(absent) && hvci_file_stamps_hold(files);
	size_t i;
	struct stat st;
	json_array_foreach(dirs, i, e)
	{
		const char *path = json_string_value(json_array_get(e, 0));
		const char *was = json_string_value(json_array_get(e, 1));
		char hex[17];
		if (!ok || !path || !was || hvci_hash_dir_names(path, hex) || strcmp(hex, was)) {
			ok = 0;
			break;
		}
	}
	json_array_foreach(absent, i, e)
	{
		const char *path = json_string_value(e);
		if (!ok || !path || lstat(path, &st) == 0) {
			ok = 0;
			break;
		}
	}
	json_decref(o);
	return ok;
}

/* ---- the folder ------------------------------------------------------------------ */

char *hvci_replay_load(const char *cache_dir, const char *key, size_t *len_out, char **attached)
{
	*len_out = 0;
	*attached = NULL;
	char *path;
	size_t len;
	char *text = hvci_pch_read_kept(cache_dir, "replay", key, REPLAY_MAX_BYTES, &len, &path);
	char *out = NULL;
	const char *p = text, *end = text ? text + len : NULL, *magic, *list, *pch, *replay;
	size_t magic_n, list_n, pch_n, replay_n;
	if (text && !hvci_pack_next(&p, end, &magic, &magic_n) &&
	    magic_n == strlen(REPLAY_FORMAT) && !memcmp(magic, REPLAY_FORMAT, magic_n) &&
	    !hvci_pack_next(&p, end, &list, &list_n) && !hvci_pack_next(&p, end, &pch, &pch_n) &&
	    !memchr(pch, '\0', pch_n) && !hvci_pack_next(&p, end, &replay, &replay_n) && p == end &&
	    replay_n && still_holds(list, list_n)) {
		out = hvci_xmalloc(replay_n);
		memcpy(out, replay, replay_n);
		*len_out = replay_n;
		*attached = hvci_xstrndup(pch, pch_n);
		hvci_pch_mark_used(path); /* for prune */
	}
	if (getenv("HVCILINT_DEBUG"))
		fprintf(stderr, "hvcilint: debug: replay %s: %s\n", key,
		        out    ? "kept"
		        : text ? "stale"
		               : "none");
	free(text);
	free(path);
	return out;
}

static int is_replay(const char *name)
{
	return strlen(name) == 32 && name[0] != '.';
}

/* Past max_replays() replays, the least recently used go, down to three
 * quarters of that: each is a few kilobytes, and a unit that loses its
 * replay is only recovered the usual way.  Once per process, at its first
 * store: a count at each store would cost more than it keeps. */
static void prune(const char *dir)
{
	static int done;
	if (done)
		return;
	done = 1;
	size_t n;
	char **old = hvci_pch_least_used(dir, is_replay, max_replays(), &n);
	for (size_t i = 0; i < n; i++) {
		unlink(old[i]);
		free(old[i]);
	}
	free(old);
}

void hvci_replay_store(const char *cache_dir, const char *key, const char *attached,
                       CXTranslationUnit tu, const hvci_cmdline *cl, const hvci_recovery *rv,
                       const char *replay, size_t len)
{
	char *dir = hvci_pch_private_subdir(cache_dir, "replay");
	char *list = dir ? dependencies(tu, cl, rv) : NULL;
	if (list) {
		hvci_buf b;
		hvci_buf_init(&b);
		hvci_pack_put(&b, REPLAY_FORMAT, strlen(REPLAY_FORMAT));
		hvci_pack_put(&b, list, strlen(list));
		hvci_pack_put(&b, attached, strlen(attached));
		hvci_pack_put(&b, replay, len);
		char *path = hvci_asprintf("%s/%s", dir, key);
		if (hvci_pch_write_atomic(path, b.s, b.len))
			prune(dir);
		free(path);
		hvci_buf_free(&b);
	}
	free(list);
	free(dir);
}
