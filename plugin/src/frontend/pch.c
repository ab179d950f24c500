/*
 * pch.c - shared precompiled headers: units whose leading WDK #include
 * lines and compile command agree parse those headers once, from a PCH
 * built for all of them and kept in a cache folder between runs.
 *
 * Real drivers start nearly every file with the same includes (a
 * "precomp.h" that pulls in ntddk.h or wdf.h), and parsing those headers is
 * most of a unit's parse.  So the unit's prefix (pch_prefix.c: the leading
 * lines of WDK headers, read on into the user's header the file opens
 * with) goes into a small header of its own, parsed with the unit's
 * command and saved; each unit with the same key (command, prefix,
 * folder, hvcilint and libclang versions) then loads the PCH before its
 * main file and is parsed whole, where each of the prefix's headers is
 * passed over by its guard.
 *
 * This file keys, caches and attaches PCHs; pch_build.c builds each one
 * and checks it.  A PCH changes no finding, so every doubt means parsing
 * without one:
 *  - only prefixes that parse without an error;
 *  - the PCH holds the WDK's headers (and clang's own) only, so that a
 *    unit that loads it can leave it out of walks over its root
 *    (hvci_pch.partial): a prefix line that brings in a header of the
 *    user's is cut off after the build;
 *  - each header the prefix names must have a guard (or #pragma once), so
 *    that reading it again is a no-op; clang's own are made for it; and
 *    the macro of a #define line in the prefix must be left alone by the
 *    headers after it, since that line is read again too;
 *  - quoted names resolve as from the main file: on clang-cl (whose nested
 *    includes also search the folders of the files that include them) the
 *    main file's folder is searched right after those folders;
 *  - not for a unit with forced includes or editor text, which the prefix
 *    does not see; a case overlay stays out of the key and the build;
 *  - before each use every input file the PCH was built from must still
 *    have its size and time, and a parse with any diagnostic about the PCH
 *    is repeated without it (hvci_pch_fits).
 * The headers the PCH holds are not among the unit's inclusions in
 * libclang, so hvci_inclusions adds them for the checks and the index.
 * Recovery plans over such a unit with the names file written beside the
 * PCH (hvci_pch_names_of): what the PCH declares, as recovery's own walks
 * would have collected it, and every word its headers spell.
 *
 * A PCH is built the second time its key is asked for (in this run or an
 * earlier one), so a prefix only one unit has costs nothing; a prefix cut
 * short after a longer one failed to build, the first time.  The cache
 * folder must be the user's own and closed to others, since its files are
 * loaded into the parser; workers share it under a lock per key.
 */
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "frontend/frontend.h"
#include "frontend/pch_int.h"
#include "frontend/recover_int.h"
#include "util/util.h"

#define MAX_PCH 256 /* about 0.5 GB of PCHs of the WDK's size */

/* How many PCHs the folder keeps: HVCILINT_PCH_MAX, else MAX_PCH. */
static size_t max_pch(void)
{
	return hvci_env_count("HVCILINT_PCH_MAX", MAX_PCH, 1000000);
}

/* What this process already knows of each key: usable or not. */
static hvci_strset known_good, known_bad;
static int known_init;

/* The main file's extension, so the prefix header parses in its language. */
static const char *source_ext(const char *main_file)
{
	const char *dot = strrchr(main_file, '.');
	const char *slash = strrchr(main_file, '/');
	if (!dot || (slash && dot < slash) || strlen(dot) > 5)
		return NULL;
	for (const char *p = dot + 1; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '+'))
			return NULL;
	return dot;
}

/* The command without its main file, as the key and the build see it. */
size_t hvci_pch_options_end(const hvci_cmdline *cl)
{
	size_t tail = cl->file_args ? cl->file_args : 1;
	return cl->argc >= tail ? cl->argc - tail : 0;
}

/* The unit's case overlay at argv[i]: its four arguments are no part of
 * the PCH's key or build (its path is new for every unit).  A prefix line
 * whose name the overlay could find in another case ends the prefix
 * (pch_prefix.c), so the build finds what the unit's parse finds. */
int hvci_pch_overlay_at(const hvci_cmdline *cl, size_t i)
{
	return cl->overlay_path && i + 3 < cl->argc && !strcmp(cl->argv[i + 1], "-ivfsoverlay") &&
	       !strcmp(cl->argv[i + 3], cl->overlay_path);
}

static int is_pch(const char *name)
{
	size_t len = strlen(name);
	return len > 4 && !strcmp(name + len - 4, ".pch");
}

/*
 * Bounds the folder: past max_pch() PCHs, the least recently used go (a
 * PCH's time is touched at each use), with their descriptions and prefix
 * headers, down to three quarters of that.  A prefix that goes is built
 * again when it is next asked for twice.
 */
static void prune(const char *cache_dir)
{
	size_t n;
	char **old = hvci_pch_least_used(cache_dir, is_pch, max_pch(), &n);
	static const char *const suffix[] = {".pch", ".json", ".c",   ".cpp",  ".cc",
	                                     ".cxx", ".C",    ".c++", ".seen", ".names"};
	for (size_t i = 0; i < n; i++) {
		old[i][strlen(old[i]) - 4] = 0;
		for (size_t k = 0; k < sizeof suffix / sizeof *suffix; k++) {
			char *f = hvci_asprintf("%s%s", old[i], suffix[k]);
			unlink(f);
			free(f);
		}
		free(old[i]);
	}
	free(old);
}

/*
 * The metadata files a worker has read, kept parsed while each stands as it
 * was read (util/stamp.c): every unit with the same prefix reads the same
 * one, and parsing it cost more than the rest of attaching its PCH. They
 * are written through a temporary name, so a new one is a new inode. The
 * inputs a file lists are checked on every use all the same.
 */
#define KEPT_META 64
static struct {
	char *path;
	hvci_stamp stamp;
	json_t *doc;
} kept_meta[KEPT_META];
static unsigned next_meta;

static json_t *read_meta(const char *path)
{
	hvci_stamp now;
	if (!hvci_pch_private_file(path) || !hvci_stamp_take(&now, path))
		return NULL;
	for (unsigned i = 0; i < KEPT_META; i++) {
		if (!kept_meta[i].path || strcmp(kept_meta[i].path, path))
			continue;
		if (hvci_stamp_holds(&kept_meta[i].stamp, &now.st))
			return json_incref(kept_meta[i].doc);
		free(kept_meta[i].path);
		json_decref(kept_meta[i].doc);
		kept_meta[i].path = NULL;
		kept_meta[i].doc = NULL;
	}
	json_t *m = json_load_file(path, 0, NULL);
	if (m && !now.racy) {
		unsigned i = next_meta++ % KEPT_META;
		free(kept_meta[i].path);
		json_decref(kept_meta[i].doc);
		kept_meta[i].path = hvci_strdup(path);
		kept_meta[i].stamp = now;
		kept_meta[i].doc = json_incref(m);
	}
	return m;
}

/* Reads base.SUFFIX (a build's description); NULL unless every input
 * still has its size and time. */
static json_t *load_meta(const char *base, const char *suffix)
{
	char *meta = hvci_asprintf("%s.%s", base, suffix);
	json_t *m = read_meta(meta);
	free(meta);
	int fresh = json_is_array(json_object_get(m, "direct")) &&
	            json_is_string(json_object_get(m, "format")) &&
	            !strcmp(json_string_value(json_object_get(m, "format")), HVCI_PCH_FORMAT) &&
	            hvci_file_stamps_hold(json_object_get(m, "inputs"));
	if (!fresh) {
		json_decref(m);
		return NULL;
	}
	return m;
}

/* The key: everything the PCH's contents depend on, except the headers'
 * own text, which load_meta checks. */
static char *key_of(const hvci_cmdline *cl, const char *dir, const char *prefix_text,
                    const char *ext)
{
	hvci_buf b;
	hvci_buf_init(&b);
	CXString v = clang_getClangVersion();
	hvci_pack_put(&b, HVCI_PCH_FORMAT, strlen(HVCI_PCH_FORMAT));
	hvci_pack_put(&b, HVCI_VERSION, strlen(HVCI_VERSION));
	hvci_pack_put(&b, clang_getCString(v), strlen(clang_getCString(v)));
	clang_disposeString(v);
	hvci_pack_put(&b, dir, strlen(dir));
	hvci_pack_put(&b, ext, strlen(ext));
	hvci_pack_put(&b, prefix_text, strlen(prefix_text));
	return hvci_pch_digest(&b, cl, hvci_pch_options_end(cl));
}

char *hvci_pch_digest(hvci_buf *b, const hvci_cmdline *cl, size_t end)
{
	for (size_t i = 0; i < end; i++) {
		if (hvci_pch_overlay_at(cl, i))
			i += 3; /* a temporary file of each analysis */
		else
			hvci_pack_put(b, cl->argv[i], strlen(cl->argv[i]));
	}
	unsigned char h[32];
	hvci_sha256(b->s, b->len, h);
	hvci_buf_free(b);
	char *hex = hvci_xmalloc(33);
	for (int i = 0; i < 16; i++)
		snprintf(hex + 2 * i, 3, "%02x", h[i]);
	return hex;
}

void hvci_pch_init(hvci_pch *p)
{
	memset(p, 0, sizeof *p);
}

void hvci_pch_free(hvci_pch *p)
{
	free(p->path);
	free(p->key);
	free(p->base);
	free(p->stamp);
	hvci_strv_free(&p->inputs);
	hvci_strv_free(&p->vars);
	memset(p, 0, sizeof *p);
}

/* Every file the PCH was built from, from the build's description. */
static void read_inputs(json_t *m, hvci_strv *inputs)
{
	json_t *d;
	size_t i;
	json_array_foreach(json_object_get(m, "inputs"), i, d)
	    hvci_strv_push(inputs, json_string_value(json_array_get(d, 0)));
}

/*
 * 1 when base.bad says the prefix failed and none of its inputs changed
 * since; then *cut is how many of its lines may do without the rest (0:
 * none).
 */
static int failed_before(const char *base, size_t *cut)
{
	json_t *bad = load_meta(base, "bad");
	if (bad)
		*cut = (size_t)json_integer_value(json_object_get(bad, "cut"));
	json_decref(bad);
	return bad != NULL;
}

/*
 * The build's description of the key's PCH, building it when this is the
 * second time the key is asked for, or the first when `was_cut`: the key
 * is then the lines a longer prefix could keep after its build failed,
 * and that longer prefix was asked for twice already, so these lines were
 * too.  NULL when there is none to use; *cut as hvci_pch_build's.
 */
static json_t *obtain(const hvci_cmdline *cl, const char *cache_dir, const char *base,
                      const char *key, const char *ext, const char *dir, const char *prefix_text,
                      int was_cut, size_t *cut, int *crashed)
{
	char *pch = hvci_asprintf("%s.pch", base);
	json_t *m = NULL;
	if (failed_before(base, cut)) {
		hvci_strset_add(&known_bad, key);
	} else if (hvci_strset_has(&known_good, key) && hvci_pch_private_file(pch)) {
		m = load_meta(base, "json");
	} else {
		char *lock = hvci_asprintf("%s.lock", base);
		int fd = open(lock, O_RDWR | O_CREAT | O_NOFOLLOW, 0600);
		free(lock);
		if (fd >= 0 && flock(fd, LOCK_EX) == 0) {
			char *seen = hvci_asprintf("%s.seen", base);
			if (hvci_pch_private_file(pch))
				m = load_meta(base, "json");
			if (!m && (was_cut || hvci_pch_private_file(seen))) {
				int built = hvci_pch_build(cl, base, ext, dir, prefix_text, cut);
				if (built > 0) {
					m = load_meta(base, "json");
					prune(cache_dir);
				}
				*crashed = built < 0;
				if (!m)
					hvci_strset_add(&known_bad, key);
			} else if (!m) {
				hvci_pch_write_atomic(seen, "", 0);
			}
			free(seen);
		}
		if (fd >= 0)
			close(fd);
	}
	free(pch);
	return m;
}

/* Fills p from the build's description m of the PCH at base.pch, which
 * is (or is about to be) on the command line. */
static void describe(hvci_pch *p, hvci_cmdline *cl, const char *base, json_t *m)
{
	read_inputs(m, &cl->pch_inputs);
	p->path = hvci_asprintf("%s.pch", base);
	p->base = hvci_strdup(base);
	p->stamp = hvci_strdup(json_string_value(json_object_get(m, "stamp")));
	p->attached = 1;
	json_t *vars = json_object_get(m, "vars"), *v;
	size_t i;
	p->partial = json_is_true(json_object_get(m, "wdk_only")) && json_is_array(vars);
	/* A description without the answer is read as "it may". */
	p->statics = !json_is_false(json_object_get(m, "statics"));
	json_array_foreach(vars, i, v)
	{
		if (json_is_string(v))
			hvci_strv_push(&p->vars, json_string_value(v));
	}
	utimensat(AT_FDCWD, p->path, NULL, 0); /* its last use, for prune */
}

/* Attaches the PCH of one key when there is one to use; was_cut and *cut
 * as obtain. */
static void attach_key(hvci_pch *p, hvci_cmdline *cl, const char *cache_dir, const char *base,
                       const char *key, const char *ext, const char *dir, const char *prefix_text,
                       int was_cut, size_t *cut)
{
	json_t *m =
	    obtain(cl, cache_dir, base, key, ext, dir, prefix_text, was_cut, cut, &p->crashed);
	if (!m)
		return;
	hvci_strset_add(&known_good, key);
	p->key = hvci_strdup(key);
	describe(p, cl, base, m);
	const char *add[] = {"-Xclang", "-include-pch", "-Xclang", p->path};
	hvci_recover_insert_args(cl, add, 4);
	json_decref(m);
}

int hvci_pch_adopt(hvci_pch *p, hvci_cmdline *cl, const char *path)
{
	size_t len = strlen(path);
	if (len < 5 || strcmp(path + len - 4, ".pch") || !hvci_pch_private_file(path))
		return 0;
	char *base = hvci_xstrndup(path, len - 4);
	json_t *m = load_meta(base, "json");
	if (m) {
		hvci_strv_free(&cl->pch_inputs);
		describe(p, cl, base, m);
	}
	json_decref(m);
	free(base);
	return p->attached;
}

int hvci_pch_attach(hvci_pch *p, hvci_cmdline *cl, const char *cache_dir)
{
	if (!known_init) {
		hvci_strset_init(&known_good);
		hvci_strset_init(&known_bad);
		known_init = 1;
	}
	if (!cache_dir || cl->forced_first || !cl->argc || !hvci_pch_private_dir(cache_dir)) {
		if (getenv("HVCILINT_DEBUG"))
			fprintf(stderr, "hvcilint: debug: pch not tried: %s\n",
			        cl->forced_first ? "forced" : "other");
		return 0;
	}
	const char *ext = source_ext(cl->main_file);
	const char *slash = strrchr(cl->main_file, '/');
	if (!ext || !slash || slash == cl->main_file)
		return 0;
	char *dir = hvci_xstrndup(cl->main_file, (size_t)(slash - cl->main_file));
	size_t len = cl->main_len;
	const char *text = cl->main_text;
	char *own = NULL; /* read here when the unit's analysis did not */
	if (strpbrk(dir, "\"\\\n"))
		text = NULL;
	else if (!text)
		text = own = hvci_read_file(cl->main_file, &len);
	hvci_pch_prefix pre;
	memset(&pre, 0, sizeof pre);
	if (text)
		hvci_pch_scan_prefix(&pre, text, len, dir, cl);
	free(own);
	/* A prefix whose line j failed is tried again with its first j - 1. */
	for (size_t use = pre.n, tries = 0; use > 0 && tries < 4 && !p->attached && !p->crashed;
	     tries++) {
		hvci_buf pt;
		hvci_buf_init(&pt);
		for (size_t i = 0; i < use; i++)
			hvci_buf_puts(&pt, pre.lines[i]);
		char *key = key_of(cl, dir, pt.s, ext);
		char *base = hvci_asprintf("%s/%s", cache_dir, key);
		size_t cut = 0;
		if (hvci_strset_has(&known_bad, key))
			failed_before(base, &cut);
		else
			attach_key(p, cl, cache_dir, base, key, ext, dir, pt.s, tries > 0, &cut);
		if (getenv("HVCILINT_DEBUG"))
			fprintf(stderr, "hvcilint: debug: pch try %s with %zu lines: %s, cut %zu\n",
			        key, use, p->attached ? "attached" : "none", cut);
		free(base);
		free(key);
		hvci_buf_free(&pt);
		use = cut && cut < use ? hvci_pch_prefix_usable(&pre, cut) : 0;
	}
	if (getenv("HVCILINT_DEBUG"))
		fprintf(stderr, "hvcilint: debug: pch prefix of %zu lines for %s: %s%s%s\n", pre.n,
		        cl->main_file, p->attached ? "attached" : "none",
		        pre.stop ? "; the scan stopped at " : "", pre.stop ? pre.stop : "");
	hvci_pch_prefix_free(&pre);
	free(dir);
	return p->attached;
}

void hvci_pch_detach(hvci_pch *p, hvci_cmdline *cl, int misfit)
{
	if (!p->attached)
		return;
	size_t n = 4;
	for (size_t i = 0; i + n <= cl->argc; i++) {
		if (!strcmp(cl->argv[i + 1], "-include-pch") && !strcmp(cl->argv[i + 3], p->path)) {
			for (size_t k = 0; k < n; k++)
				free(cl->argv[i + k]);
			memmove(cl->argv + i, cl->argv + i + n,
			        (cl->argc - i - n + 1) * sizeof *cl->argv);
			cl->argc -= n;
			break;
		}
	}
	hvci_strv_free(&p->inputs);
	if (misfit) {
		hvci_strv_free(&cl->pch_inputs);
		if (p->key)
			hvci_strset_add(&known_bad, p->key);
	} else {
		p->inputs = cl->pch_inputs;
		memset(&cl->pch_inputs, 0, sizeof cl->pch_inputs);
	}
	p->attached = 0;
}

void hvci_pch_reattach_inputs(hvci_pch *p, hvci_cmdline *cl)
{
	if (!p->inputs.n)
		return;
	hvci_strv_free(&cl->pch_inputs);
	cl->pch_inputs = p->inputs;
	memset(&p->inputs, 0, sizeof p->inputs);
}

int hvci_pch_fits(const hvci_pch *p, CXTranslationUnit tu)
{
	if (!p->attached)
		return 1;
	if (!tu)
		return 0;
	unsigned n = clang_getNumDiagnostics(tu);
	int bad = 0;
	for (unsigned i = 0; i < n && !bad; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		CXString cat = clang_getDiagnosticCategoryText(d);
		CXString sp = clang_getDiagnosticSpelling(d);
		const char *c = clang_getCString(cat), *s = clang_getCString(sp);
		bad = (c && strstr(c, "AST Deserialization")) ||
		      (s && (strstr(s, "precompiled header") || strstr(s, "PCH file") ||
		             strstr(s, "AST file")));
		clang_disposeString(cat);
		clang_disposeString(sp);
		clang_disposeDiagnostic(d);
	}
	return !bad;
}

void hvci_inclusions(CXTranslationUnit tu, const hvci_cmdline *cl, CXInclusionVisitor visit,
                     CXClientData d)
{
	clang_getInclusions(tu, visit, d);
	for (size_t i = 0; i < cl->pch_inputs.n; i++) {
		CXFile f = clang_getFile(tu, cl->pch_inputs.v[i]);
		if (f)
			visit(f, NULL, 1, d);
	}
}
