/*
 * confset.c - the config of each source file, as clang-tidy finds its
 * .clang-tidy: every .hvcilint.yaml from the file's folder up to the
 * repository's top level (the first folder holding .git), loaded from the
 * top down so the nearest one wins, and cut where one says `inherit: false`.
 * Outside any repository the walk stops at the run's starting folder (or at
 * the file's own folder when the file is not below it): a folder above a
 * checkout (a shared /tmp, a download folder) belongs to someone else and
 * must not switch rules off.  One rule table is loaded per distinct chain
 * of files and shared by every folder with that chain.
 *
 * It only finds and loads configs; what a table does to a file (selection,
 * severity, exclude) is decided where the table is used.  With --config
 * FILE the caller does not use this at all: that one file governs the run.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "rules/rules.h"
#include "util/util.h"

typedef struct {
	char *dir;   /* absolute folder, symlinks resolved */
	char **cfgs; /* its chain, top down */
	size_t n;
	char *key; /* the chain's paths joined by '\n' ("" without a config) */
} dir_entry;

typedef struct {
	char *key;
	hvci_rules *rules; /* owned, except the run's own table */
	int owned;
} table_entry;

struct cli_confset {
	const cli_output_opts *opts;
	const cli_tidy_opts *tidy;
	char *start; /* the run's starting folder, absolute */
	dir_entry *dirs;
	size_t n_dirs;
	table_entry *tables;
	size_t n_tables;
};

cli_confset *cli_confset_new(const cli_output_opts *o, const cli_tidy_opts *t, const char *start)
{
	cli_confset *cs = hvci_xcalloc(1, sizeof *cs);
	cs->opts = o;
	cs->tidy = t;
	cs->start = cli_real_path(start, NULL);
	return cs;
}

void cli_confset_free(cli_confset *cs)
{
	if (!cs)
		return;
	for (size_t i = 0; i < cs->n_dirs; i++) {
		for (size_t k = 0; k < cs->dirs[i].n; k++)
			free(cs->dirs[i].cfgs[k]);
		free(cs->dirs[i].cfgs);
		free(cs->dirs[i].dir);
		free(cs->dirs[i].key);
	}
	free(cs->dirs);
	for (size_t i = 0; i < cs->n_tables; i++) {
		if (cs->tables[i].owned)
			hvci_rules_free(cs->tables[i].rules);
		free(cs->tables[i].key);
	}
	free(cs->tables);
	free(cs->start);
	free(cs);
}

static int is_below(const char *dir, const char *top)
{
	size_t l = strlen(top);
	return !strncmp(dir, top, l) && (dir[l] == '\0' || dir[l] == '/' || !strcmp(top, "/"));
}

/* The repository top of `dir` (absolute), or NULL. Caller frees. */
static char *repo_top(const char *dir)
{
	char *d = hvci_strdup(dir);
	for (;;) {
		char *g = hvci_asprintf("%s/.git", d);
		int top = access(g, F_OK) == 0;
		free(g);
		if (top)
			return d;
		char *s = strrchr(d, '/');
		if (!s || s == d) {
			free(d);
			return NULL;
		}
		*s = '\0';
	}
}

/* The chain of folder `dir` (absolute): cached; NULL after an error line. */
static const dir_entry *chain_of(cli_confset *cs, const char *dir)
{
	for (size_t i = 0; i < cs->n_dirs; i++)
		if (!strcmp(cs->dirs[i].dir, dir))
			return &cs->dirs[i];
	char *stop = repo_top(dir);
	if (!stop)
		stop = hvci_strdup(is_below(dir, cs->start) ? cs->start : dir);
	char **near = NULL; /* nearest first */
	size_t n = 0;
	int bad = 0;
	char *d = hvci_strdup(dir);
	for (;;) {
		char *p = hvci_asprintf("%s%s.hvcilint.yaml", d, strcmp(d, "/") ? "/" : "");
		int inherit = 1;
		if (access(p, F_OK) == 0) {
			if (hvci_rules_config_inherits(p, &inherit)) {
				cli_error("%s", hvci_error_last());
				bad = 1;
			}
			near = hvci_xrealloc(near, (n + 1) * sizeof *near);
			near[n++] = p;
		} else {
			free(p);
		}
		char *s = strrchr(d, '/');
		if (bad || !inherit || !strcmp(d, stop) || !s || s == d)
			break;
		*s = '\0';
	}
	free(d);
	free(stop);
	if (bad) {
		for (size_t i = 0; i < n; i++)
			free(near[i]);
		free(near);
		return NULL;
	}
	cs->dirs = hvci_xrealloc(cs->dirs, (cs->n_dirs + 1) * sizeof *cs->dirs);
	dir_entry *e = &cs->dirs[cs->n_dirs++];
	e->dir = hvci_strdup(dir);
	e->n = n;
	e->cfgs = hvci_xcalloc(n + 1, sizeof *e->cfgs);
	hvci_buf b;
	hvci_buf_init(&b);
	for (size_t i = 0; i < n; i++) {
		e->cfgs[i] = near[n - 1 - i]; /* top down: the nearest loads last and wins */
		hvci_buf_printf(&b, "%s%s", i ? "\n" : "", e->cfgs[i]);
	}
	free(near);
	e->key = hvci_strdup(b.s ? b.s : "");
	hvci_buf_free(&b);
	return e;
}

/* The folder of `file` (absolute, symlinks resolved). Caller frees. */
static char *folder_of(const char *file, const char *base)
{
	char *abs = cli_real_path(file, base);
	char *s = strrchr(abs, '/');
	if (s && s != abs)
		*s = '\0';
	else if (s)
		s[1] = '\0';
	return abs;
}

int cli_confset_chain(cli_confset *cs, const char *path, const char *const **cfgs, size_t *n)
{
	struct stat st;
	char *abs = stat(path, &st) == 0 && S_ISDIR(st.st_mode) ? cli_real_path(path, NULL)
	                                                        : folder_of(path, NULL);
	const dir_entry *e = chain_of(cs, abs);
	free(abs);
	if (!e)
		return HVCI_EXIT_ERROR;
	*cfgs = (const char *const *)e->cfgs;
	*n = e->n;
	return HVCI_EXIT_OK;
}

/* The table for a chain, loaded once. */
static int table_for(cli_confset *cs, const dir_entry *e, const hvci_rules **out)
{
	for (size_t i = 0; i < cs->n_tables; i++)
		if (!strcmp(cs->tables[i].key, e->key)) {
			*out = cs->tables[i].rules;
			return HVCI_EXIT_OK;
		}
	hvci_rules *r = NULL;
	if (cli_load_rules_v(&r, cs->opts, (const char *const *)e->cfgs, e->n))
		return HVCI_EXIT_ERROR;
	cli_tidy_apply(cs->tidy, r);
	if (e->n && !cli_quiet) {
		hvci_buf b;
		hvci_buf_init(&b);
		for (size_t i = 0; i < e->n; i++)
			hvci_buf_printf(&b, "%s%s", i ? ", " : "", e->cfgs[i]);
		cli_note("config loaded for files in %s: %s", e->dir, b.s);
		hvci_buf_free(&b);
	}
	cs->tables = hvci_xrealloc(cs->tables, (cs->n_tables + 1) * sizeof *cs->tables);
	cs->tables[cs->n_tables++] = (table_entry){hvci_strdup(e->key), r, 1};
	*out = r;
	return HVCI_EXIT_OK;
}

int cli_confset_assign(cli_confset *cs, hvci_rules *run_rules, const char *run_dir, cli_job *v,
                       size_t n)
{
	char *abs = cli_real_path(run_dir, NULL);
	const dir_entry *re = chain_of(cs, abs);
	free(abs);
	if (!re)
		return HVCI_EXIT_ERROR;
	/* The run's own table serves every folder with the same chain. */
	int known = 0;
	for (size_t i = 0; i < cs->n_tables; i++)
		known |= !strcmp(cs->tables[i].key, re->key);
	if (!known) {
		cs->tables = hvci_xrealloc(cs->tables, (cs->n_tables + 1) * sizeof *cs->tables);
		cs->tables[cs->n_tables++] = (table_entry){hvci_strdup(re->key), run_rules, 0};
	}
	for (size_t i = 0; i < n; i++) {
		char *dir = folder_of(v[i].file, v[i].directory);
		const dir_entry *e = chain_of(cs, dir);
		free(dir);
		const hvci_rules *r = NULL;
		if (!e || table_for(cs, e, &r))
			return HVCI_EXIT_ERROR;
		v[i].rules = r == run_rules ? NULL : r;
	}
	return HVCI_EXIT_OK;
}

char *cli_confset_tool_key(const cli_confset *cs, const char *key)
{
	/* Every config a file used decides its findings, so all of them key
	 * the reuse of earlier results. */
	uint64_t h = HVCI_HASH_INIT;
	h = hvci_hash_bytes(h, key, strlen(key) + 1);
	for (size_t i = 0; cs && i < cs->n_dirs; i++)
		for (size_t k = 0; k < cs->dirs[i].n; k++) {
			char hex[17];
			const char *p = cs->dirs[i].cfgs[k];
			h = hvci_hash_bytes(h, p, strlen(p) + 1);
			if (hvci_hash_file(p, hex) == 0)
				h = hvci_hash_bytes(h, hex, sizeof hex);
		}
	return hvci_asprintf("%016llx", (unsigned long long)h);
}
