/*
 * dircache.c - answers "does this file exist" and "what is this path called
 * on disk, whatever its case" from folder listings read once, instead of a
 * stat per candidate.  Resolving a unit's includes case-insensitively asks
 * these questions for every #include against every include folder, most of
 * them for names that are not there; a listing answers a miss without a
 * system call.  A hit is still confirmed with stat (a regular file, as
 * hvci_file_exists wants), once: each path's answer is kept.  The answers
 * are those of hvci_file_exists and hvci_resolve_case as long as the
 * folders do not change during a round (one preparation of one unit).
 *
 * A cache may serve many rounds (a worker's units, an editor's edits),
 * since every unit of a project asks about the same folders.  A new round
 * forgets the answers, which a symbolic link's target could change, and
 * checks each listing the first time the round uses it: the folder must
 * stand as it was listed (util/stamp.c: its device, inode, size and
 * times, never trusted within two seconds of a change), else it is listed
 * again.
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "util/util.h"

typedef struct {
	char *path;
	int state;        /* LISTED, MISSING or UNREADABLE */
	hvci_strv names;  /* in readdir order: the case-insensitive match is the first */
	hvci_strset have; /* the same names, for exact lookups */
	/* The names' indexes sorted by their lower-case form, then by place:
	 * the case-insensitive match by binary search (folders of the WDK's
	 * size are asked about every include that misses).  NULL until asked. */
	size_t *folded;
	hvci_stamp stamp; /* the folder as it was listed, for a later round */
	unsigned round;   /* the round that last checked it */
	unsigned version; /* how many times it was read: a dependency's check */
	unsigned mark;    /* the tracking that last noted it */
} listing;

enum { LISTED, MISSING, UNREADABLE };

struct hvci_dircache {
	unsigned round;
	listing *v;
	size_t n, cap;
	size_t *slots; /* open addressing over v, index + 1; 0 is empty */
	size_t n_slots;
	hvci_strset found, absent; /* hvci_dircache_file_exists's answers */
	hvci_strset dirs_ok;       /* folders whose every component this round found */
	/* hvci_dircache_track: the listings read since, once each. */
	int tracking, untracked; /* untracked: an answer rested on more than listings */
	unsigned mark;
	hvci_dircache_dep *deps;
	size_t n_deps, cap_deps;
};

hvci_dircache *hvci_dircache_new(void)
{
	return hvci_xcalloc(1, sizeof(hvci_dircache));
}

void hvci_dircache_next_round(hvci_dircache *dc)
{
	if (!dc)
		return;
	dc->round++;
	hvci_strset_free(&dc->found);
	hvci_strset_free(&dc->absent);
	hvci_strset_free(&dc->dirs_ok);
	hvci_strset_init(&dc->found);
	hvci_strset_init(&dc->absent);
	hvci_strset_init(&dc->dirs_ok);
}

void hvci_dircache_free(hvci_dircache *dc)
{
	if (!dc)
		return;
	for (size_t i = 0; i < dc->n; i++) {
		free(dc->v[i].path);
		hvci_strv_free(&dc->v[i].names);
		hvci_strset_free(&dc->v[i].have);
		free(dc->v[i].folded);
	}
	free(dc->v);
	free(dc->slots);
	free(dc->deps);
	hvci_strset_free(&dc->found);
	hvci_strset_free(&dc->absent);
	hvci_strset_free(&dc->dirs_ok);
	free(dc);
}

static void put(hvci_dircache *dc, size_t i)
{
	size_t h = (size_t)hvci_str_hash(dc->v[i].path) & (dc->n_slots - 1);
	while (dc->slots[h])
		h = (h + 1) & (dc->n_slots - 1);
	dc->slots[h] = i + 1;
}

/* Indexes the listing just added, growing the slots at half load. */
static void index_last(hvci_dircache *dc)
{
	if (dc->n * 2 > dc->n_slots) {
		free(dc->slots);
		dc->n_slots = dc->n_slots ? dc->n_slots * 2 : 64;
		dc->slots = hvci_xcalloc(dc->n_slots, sizeof *dc->slots);
		for (size_t k = 0; k + 1 < dc->n; k++)
			put(dc, k);
	}
	put(dc, dc->n - 1);
}

/* Reads the folder's entries into l (emptied first), and how it stands. */
static void read_listing(listing *l)
{
	l->version++;
	hvci_strv_free(&l->names);
	hvci_strset_free(&l->have);
	hvci_strset_init(&l->have);
	free(l->folded);
	l->folded = NULL;
	const char *path = *l->path ? l->path : "/";
	/* The times first: a change after them makes them differ later. */
	hvci_stamp_take(&l->stamp, path);
	DIR *d = opendir(path);
	if (!d) {
		l->state = errno == ENOENT || errno == ENOTDIR ? MISSING : UNREADABLE;
	} else {
		l->state = LISTED;
		for (struct dirent *e; (e = readdir(d));) {
			if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
				continue;
			hvci_strv_push(&l->names, e->d_name);
			hvci_strset_add(&l->have, e->d_name);
		}
		closedir(d);
	}
}

/* Whether a listing from an earlier round still describes its folder. */
static int still_holds(const listing *l)
{
	struct stat st;
	int ok = stat(*l->path ? l->path : "/", &st) == 0;
	if (!ok || !l->stamp.seen)
		return !ok && !l->stamp.seen && l->state == MISSING &&
		       (errno == ENOENT || errno == ENOTDIR);
	return hvci_stamp_holds(&l->stamp, &st);
}

/* The first time a round uses a listing from an earlier one, it is
 * checked against its folder and read again if the folder changed. */
static void check_once(hvci_dircache *dc, listing *l)
{
	if (l->round == dc->round)
		return;
	if (!still_holds(l))
		read_listing(l);
	l->round = dc->round;
}

static void note(hvci_dircache *dc, listing *l)
{
	if (!dc->tracking || l->mark == dc->mark)
		return;
	l->mark = dc->mark;
	if (l->state == UNREADABLE)
		dc->untracked = 1;
	if (dc->n_deps == dc->cap_deps) {
		dc->cap_deps = dc->cap_deps ? 2 * dc->cap_deps : 32;
		dc->deps = hvci_xrealloc(dc->deps, dc->cap_deps * sizeof *dc->deps);
	}
	dc->deps[dc->n_deps].listing = (size_t)(l - dc->v);
	dc->deps[dc->n_deps++].version = l->version;
}

static listing *list_of(hvci_dircache *dc, const char *dir);

/* The listing of folder `dir` (no trailing slash; "" is the root). */
static listing *list(hvci_dircache *dc, const char *dir)
{
	listing *l = list_of(dc, dir);
	note(dc, l);
	return l;
}

static listing *list_of(hvci_dircache *dc, const char *dir)
{
	if (dc->n_slots) {
		size_t h = (size_t)hvci_str_hash(dir) & (dc->n_slots - 1);
		for (; dc->slots[h]; h = (h + 1) & (dc->n_slots - 1))
			if (!strcmp(dc->v[dc->slots[h] - 1].path, dir)) {
				listing *l = &dc->v[dc->slots[h] - 1];
				check_once(dc, l);
				return l;
			}
	}
	if (dc->n == dc->cap) {
		dc->cap = dc->cap ? dc->cap * 2 : 32;
		dc->v = hvci_xrealloc(dc->v, dc->cap * sizeof *dc->v);
	}
	listing *l = &dc->v[dc->n++];
	memset(l, 0, sizeof *l);
	l->path = hvci_strdup(dir);
	read_listing(l);
	l->round = dc->round;
	index_last(dc);
	return l;
}

static int exists_any(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode));
}

/* 1 when `name` is in folder `dir`; a folder that cannot be listed is asked with stat. */
static int has(hvci_dircache *dc, const char *dir, const char *name)
{
	listing *l = list(dc, dir);
	if (l->state == LISTED)
		return hvci_strset_has(&l->have, name);
	if (l->state == MISSING)
		return 0;
	char *p = hvci_asprintf("%s/%s", dir, name);
	int r = exists_any(p);
	free(p);
	return r;
}

/* Paths the walk below can take apart as the plain functions would: absolute,
 * without ".", ".." or an empty component ("//", a trailing "/"). */
static int plain(const char *abs)
{
	if (abs[0] != '/' || !abs[1])
		return 0;
	for (const char *p = abs; *p; p++) {
		if (*p != '/')
			continue;
		const char *c = p + 1;
		size_t n = strcspn(c, "/");
		if (n == 0 || (n == 1 && c[0] == '.') || (n == 2 && c[0] == '.' && c[1] == '.'))
			return 0;
	}
	return 1;
}

static int exists_uncached(hvci_dircache *dc, const char *abs)
{
	/* Most questions are about a name in one of a few include folders:
	 * once a round has found each component of a folder, only the last
	 * name is looked up. */
	const char *leaf = strrchr(abs, '/');
	size_t plen = (size_t)(leaf - abs);
	char *parent = hvci_xstrndup(abs, plen);
	int ok = 1;
	if (plen && hvci_strset_has(&dc->dirs_ok, parent)) {
		ok = has(dc, parent, leaf + 1);
	} else {
		hvci_buf dir;
		hvci_buf_init(&dir);
		hvci_buf_puts(&dir, "");
		const char *p = abs;
		while (ok && *p) {
			while (*p == '/')
				p++;
			if (!*p)
				break;
			const char *e = strchr(p, '/');
			size_t n = e ? (size_t)(e - p) : strlen(p);
			if (!e && dir.len) /* every folder above the name was found */
				hvci_strset_add(&dc->dirs_ok, dir.s);
			char *seg = hvci_xstrndup(p, n);
			ok = has(dc, dir.s, seg);
			hvci_buf_putc(&dir, '/');
			hvci_buf_puts(&dir, seg);
			free(seg);
			p += n;
		}
		hvci_buf_free(&dir);
	}
	free(parent);
	if (!ok)
		return 0;
	if (hvci_file_exists(abs))
		return 1;
	dc->untracked = 1; /* listed, yet no regular file: stat's answer */
	return 0;
}

int hvci_dircache_file_exists(hvci_dircache *dc, const char *abs)
{
	if (!dc || !plain(abs)) {
		if (dc)
			dc->untracked = 1;
		return hvci_file_exists(abs);
	}
	/* A unit's includes ask about the same paths again and again (each
	 * header's <ntddk.h> in each include folder).  Not while tracking:
	 * the answer kept does not say which listings it read. */
	if (!dc->tracking && hvci_strset_has(&dc->found, abs))
		return 1;
	if (!dc->tracking && hvci_strset_has(&dc->absent, abs))
		return 0;
	int ok = exists_uncached(dc, abs);
	hvci_strset_add(ok ? &dc->found : &dc->absent, abs);
	return ok;
}

static int cache_has(void *ud, const char *dir, const char *name)
{
	return has(ud, dir, name);
}

static const hvci_strv *sorting; /* qsort's context: the listing's names */

static int folded_cmp(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	int c = strcasecmp(sorting->v[x], sorting->v[y]);
	return c ? c : x < y ? -1 : x > y;
}

static char *cache_other_case(void *ud, const char *dir, const char *name)
{
	listing *l = list(ud, dir);
	if (!l->names.n)
		return NULL;
	if (!l->folded) {
		l->folded = hvci_xcalloc(l->names.n, sizeof *l->folded);
		for (size_t i = 0; i < l->names.n; i++)
			l->folded[i] = i;
		sorting = &l->names;
		qsort(l->folded, l->names.n, sizeof *l->folded, folded_cmp);
		sorting = NULL;
	}
	/* The first in place among the names that match: the one a walk of
	 * the listing in readdir order would meet first. */
	size_t lo = 0, hi = l->names.n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcasecmp(l->names.v[l->folded[mid]], name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < l->names.n && !strcasecmp(l->names.v[l->folded[lo]], name))
		return hvci_strdup(l->names.v[l->folded[lo]]);
	return NULL;
}

char *hvci_dircache_resolve_case(hvci_dircache *dc, const char *abs)
{
	if (!dc || !plain(abs)) {
		if (dc)
			dc->untracked = 1;
		return hvci_resolve_case(abs);
	}
	static const hvci_case_lookup cached = {cache_has, cache_other_case};
	return hvci_resolve_case_with(abs, &cached, dc);
}

void hvci_dircache_track(hvci_dircache *dc)
{
	dc->tracking = 1;
	dc->untracked = 0;
	dc->n_deps = 0;
	if (++dc->mark == 0) { /* wrapped: no listing may keep an old mark */
		for (size_t i = 0; i < dc->n; i++)
			dc->v[i].mark = 0;
		dc->mark = 1;
	}
}

hvci_dircache_dep *hvci_dircache_untrack(hvci_dircache *dc, size_t *n)
{
	dc->tracking = 0;
	*n = 0;
	if (dc->untracked)
		return NULL;
	hvci_dircache_dep *d = hvci_xcalloc(dc->n_deps + 1, sizeof *d);
	memcpy(d, dc->deps, dc->n_deps * sizeof *d);
	*n = dc->n_deps;
	return d;
}

int hvci_dircache_deps_hold(hvci_dircache *dc, const hvci_dircache_dep *d, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (d[i].listing >= dc->n)
			return 0;
		listing *l = &dc->v[d[i].listing];
		check_once(dc, l);
		if (l->version != d[i].version || l->state == UNREADABLE)
			return 0;
	}
	return 1;
}
