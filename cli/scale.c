/*
 * scale.c - running many translation units well: reusing the ones that
 * did not change since an earlier run in the same store, resolving calls
 * into wrappers that other files define, and slicing a compile database
 * into shards for several machines.
 *
 * Reuse: a unit is skipped (its recorded result carried into the new run)
 * when its key (compile command, tool binary and version, rule table, user
 * config) matches a record whose every included file hashes the same
 * today.  The decision is made here, in the parent, before any worker is
 * started.
 *
 * Summaries: each unit exports the forwarding summaries of its external
 * functions; after a round of analyses the project table is rebuilt and
 * every unit whose calls now resolve to different summaries than it was
 * analysed with is analysed again with the new table.  A wrapper of a
 * wrapper in a third file needs one more round; rounds stop when nothing
 * changes (at most MAX_ROUNDS).
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "rules/rules.h"

#define MAX_ROUNDS 6

/* ---- keys ----------------------------------------------------------------------- */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static uint64_t hash_str(uint64_t h, const char *s)
{
	s = s ? s : "";
	return hvci_hash_bytes(h, s, strlen(s) + 1);
}

static uint64_t hash_file_into(uint64_t h, const char *path)
{
	char hex[17];
	h = hash_str(h, path);
	return hash_str(h, hvci_hash_file(path, hex) == 0 ? hex : "-");
}

char *cli_tool_key(const hvci_rules *rules, const char *config)
{
	uint64_t h = hash_str(HVCI_HASH_INIT, HVCI_VERSION);
	/* A rebuilt hvcilint may judge differently even at the same version. */
	h = hash_file_into(h, "/proc/self/exe");
	const char *dir = hvci_rules_dir(rules);
	DIR *d = dir ? opendir(dir) : NULL;
	char **names = NULL;
	size_t n = 0;
	for (struct dirent *e; d && (e = readdir(d));) {
		size_t l = strlen(e->d_name);
		if (l > 5 && !strcmp(e->d_name + l - 5, ".yaml")) {
			names = realloc(names, (n + 1) * sizeof *names);
			names[n++] = hvci_strdup(e->d_name);
		}
	}
	if (d)
		closedir(d);
	if (n)
		qsort(names, n, sizeof *names, cmp_str);
	for (size_t i = 0; i < n; i++) {
		char path[4352];
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		h = hash_file_into(h, path);
		free(names[i]);
	}
	free(names);
	if (config)
		h = hash_file_into(h, config);
	/* What --checks selects and the rules' levels are not in any file. */
	for (size_t i = 0; i < hvci_rules_count(rules); i++) {
		const hvci_rule_info *ri = hvci_rules_at(rules, i);
		h = hash_str(h, ri->id);
		h = hash_str(h, hvci_rules_disabled(rules, ri->id) ? "off" : "on");
		h = hash_str(h, hvci_severity_name(ri->severity));
	}
	char *r = malloc(17);
	snprintf(r, 17, "%016llx", (unsigned long long)h);
	return r;
}

char *cli_rules_version(const hvci_rules *rules)
{
	/* The effective table as `hvcilint rules` prints it, minus the first
	 * line (the rules folder, which differs between checkouts). */
	char *text = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&text, &len);
	if (!m)
		return NULL;
	hvci_rules_dump(rules, m);
	fclose(m);
	const char *body = strchr(text, '\n');
	body = body ? body + 1 : text;
	uint64_t h = hvci_hash_bytes(HVCI_HASH_INIT, body, strlen(body));
	free(text);
	char *r = malloc(17);
	snprintf(r, 17, "%016llx", (unsigned long long)h);
	return r;
}

/* A job's command: its folder, file and arguments. */
static uint64_t hash_job(uint64_t h, const cli_job *j)
{
	h = hash_str(h, j->directory);
	h = hash_str(h, j->file);
	for (size_t i = 0; i < j->argc; i++)
		h = hash_str(h, j->argv[i]);
	return h;
}

static char *input_key(const char *tool_key, const cli_job *j)
{
	uint64_t h = hash_job(hash_str(HVCI_HASH_INIT, tool_key), j);
	char *r = malloc(17);
	snprintf(r, 17, "%016llx", (unsigned long long)h);
	return r;
}

/* ---- shards --------------------------------------------------------------------- */

/* Digits only: no sign, space or base prefix slips through. */
static int whole(const char **s, unsigned long *out)
{
	if (**s < '0' || **s > '9')
		return -1;
	char *end;
	errno = 0;
	*out = strtoul(*s, &end, 10);
	*s = end;
	return errno ? -1 : 0;
}

int cli_parse_shard(const char *s, unsigned *k, unsigned *n)
{
	unsigned long a, b;
	if (whole(&s, &a) || *s++ != '/' || whole(&s, &b) || *s || b < 1 || b > CLI_MAX_SHARDS ||
	    a < 1 || a > b)
		return -1;
	*k = (unsigned)a;
	*n = (unsigned)b;
	return 0;
}

static const cli_job *sort_base;

static int cmp_job(const void *a, const void *b)
{
	const cli_job *x = &sort_base[*(const size_t *)a], *y = &sort_base[*(const size_t *)b];
	int c = strcmp(x->file, y->file);
	if (!c)
		c = strcmp(x->directory, y->directory);
	if (!c)
		c = *(const size_t *)a < *(const size_t *)b ? -1 : 1;
	return c;
}

void cli_shard(cli_job *jobs, size_t *n, unsigned k, unsigned nshards, void (*free_job)(cli_job *))
{
	/* Position in path order, not in the database: a regenerated database
	 * that lists the same files differently gives the same slices. */
	size_t *order = malloc((*n + 1) * sizeof *order);
	char *keep = calloc(*n + 1, 1);
	for (size_t i = 0; i < *n; i++)
		order[i] = i;
	sort_base = jobs;
	qsort(order, *n, sizeof *order, cmp_job);
	for (size_t p = 0; p < *n; p++)
		keep[order[p]] = p % nshards == k - 1;
	size_t o = 0;
	for (size_t i = 0; i < *n; i++) {
		if (keep[i])
			jobs[o++] = jobs[i];
		else
			free_job(&jobs[i]);
	}
	*n = o;
	free(order);
	free(keep);
}

/* ---- runs ----------------------------------------------------------------------- */

typedef struct {
	cli_scale *sc;
	char **keys;
	char **used;
	char *reused;   /* carried over from an earlier run and not analysed since */
	int64_t *carry; /* reused: the stored unit the run points at, 0: stored again */
	const hvci_summaries *table;
} run_state;

static void store_failed(cli_scale *sc)
{
	/* One line: after a full disk or a lock every later write fails alike. */
	if (!sc->store_failed)
		cli_error("%s", hvci_error_last());
	sc->store_failed = 1;
}

static void store_one(run_state *rs, size_t i)
{
	cli_scale *sc = rs->sc;
	if (!sc->store || sc->store_failed)
		return;
	const cli_job *j = &sc->jobs[i];
	hvci_tu_inputs in = {j->directory, (const char *const *)j->argv, j->argc, rs->keys[i],
	                     rs->used[i]};
	int rc =
	    rs->reused[i] && rs->carry[i]
	        ? hvci_store_add_tu_carried(sc->store, sc->run_id, sc->results[i], rs->carry[i])
	        : hvci_store_add_tu_indexed(sc->store, sc->run_id, sc->results[i], &in);
	if (rc)
		store_failed(sc);
}

/* The unit's image is the job's: a reused result may come from a run that
 * grouped the files otherwise, and a crashed worker gave none. */
static void take_image(cli_scale *sc, size_t i)
{
	hvci_tu_result *r = sc->results[i];
	const char *want = sc->jobs[i].image;
	if (!r || (want && r->image && !strcmp(r->image, want)))
		return;
	free(r->image);
	r->image = want ? hvci_strdup(want) : NULL;
}

static void on_done(void *ud, size_t i, hvci_tu_result **results)
{
	run_state *rs = ud;
	(void)results;
	take_image(rs->sc, i);
	free(rs->used[i]);
	rs->used[i] = hvci_summaries_hash_for(rs->table, rs->sc->results[i]->index);
	rs->sc->analysed++;
	store_one(rs, i);
}

static hvci_summaries *build_table(const cli_scale *sc)
{
	hvci_summaries *t = hvci_summaries_new();
	for (size_t i = 0; i < sc->n; i++)
		if (sc->results[i] && sc->results[i]->index)
			hvci_summaries_add(t, sc->results[i]->index);
	return t;
}

/*
 * Rounds of analyses until no unit's calls resolve differently (1), or
 * until MAX_ROUNDS (0).  Round 0 analyses the np units in pending with the
 * table of what the store carried, filled in from seed when a table was
 * kept from an earlier run; each later round analyses again the units whose
 * calls resolve differently under the table of this run's results.
 */
static int rounds(run_state *rs, cli_pool **pool, size_t *pending, size_t np,
                  const hvci_summaries *seed)
{
	cli_scale *sc = rs->sc;
	size_t n = sc->n;
	for (sc->rounds = 0;; sc->rounds++) {
		hvci_summaries *table = build_table(sc);
		if (sc->rounds == 0 && seed)
			hvci_summaries_fill(table, seed);
		if (sc->rounds > 0 || sc->given) {
			/* Units whose calls resolve differently now. */
			np = 0;
			for (size_t i = 0; i < n; i++) {
				if (!sc->results[i] || !sc->results[i]->index)
					continue;
				char *want = hvci_summaries_hash_for(table, sc->results[i]->index);
				if (strcmp(want, rs->used[i] ? rs->used[i] : "0")) {
					hvci_tu_result_free(sc->results[i]);
					sc->results[i] = NULL;
					rs->reused[i] = 0;
					pending[np++] = i;
				}
				free(want);
			}
		}
		if (!np || sc->rounds == MAX_ROUNDS) {
			if (np && !seed)
				cli_warning(
				    "wrapper summaries across files did not settle after %d "
				    "rounds; calls between those files may be missed",
				    MAX_ROUNDS);
			hvci_summaries_free(table);
			return !np;
		}
		rs->table = table;
		/* One pool for every round: its workers get each new table. */
		if (!*pool)
			*pool = cli_pool_new(sc->rules, sc->jobs, n, sc->nproc, sc->timeout,
			                     sc->no_deps);
		cli_pool_run(*pool, pending, np, table, sc->results, on_done, rs);
		hvci_summaries_free(table);
		rs->table = NULL;
		np = 0;
	}
}

/*
 * The table the last run over the same units ended with, from the PCH
 * folder, and the key to keep this run's under (*key, caller frees; NULL
 * when nothing is kept).  Not for a merge (its units were analysed
 * elsewhere), without PCHs, or with HVCILINT_NO_KEPT_TABLE=1.
 */
static hvci_summaries *kept_table(const cli_scale *sc, char **key)
{
	*key = NULL;
	const char *off = getenv("HVCILINT_NO_KEPT_TABLE");
	if (sc->given || !cli_pch_dir() || (off && *off && strcmp(off, "0")))
		return NULL;
	uint64_t h = hash_str(HVCI_HASH_INIT, HVCI_VERSION);
	for (size_t i = 0; i < sc->n; i++)
		h = hash_job(h, &sc->jobs[i]);
	*key = malloc(17);
	snprintf(*key, 17, "%016llx", (unsigned long long)h);
	return hvci_summaries_kept(cli_pch_dir(), *key);
}

void cli_scale_run(cli_scale *sc)
{
	size_t n = sc->n;
	sc->results = calloc(n + 1, sizeof *sc->results);
	run_state rs = {sc,
	                calloc(n + 1, sizeof(char *)),
	                calloc(n + 1, sizeof(char *)),
	                calloc(n + 1, 1),
	                calloc(n + 1, sizeof(int64_t)),
	                NULL};
	size_t *pending = malloc((n + 1) * sizeof *pending);
	size_t np = 0;
	for (size_t i = 0; i < n; i++) {
		rs.keys[i] = sc->given && sc->given[i].input_key
		                 ? hvci_strdup(sc->given[i].input_key)
		             : sc->tool_key ? input_key(sc->tool_key, &sc->jobs[i])
		                            : NULL;
		int found = 0;
		hvci_stored_tu st;
		memset(&st, 0, sizeof st);
		if (sc->given) {
			/* Only the result moves: the job borrows the command. */
			st.result = sc->given[i].result;
			st.used_summaries = sc->given[i].used_summaries;
			sc->given[i].result = NULL;
			sc->given[i].used_summaries = NULL;
			found = 1;
		} else if (sc->store && !sc->full && !sc->store_failed &&
		           hvci_store_find_reusable(sc->store, sc->run_id, sc->jobs[i].file,
		                                    rs.keys[i], &st, &found)) {
			/* Unreadable or malformed: analysed again, and the run says so. */
			store_failed(sc);
			found = 0;
		}
		if (found) {
			sc->results[i] = st.result;
			rs.used[i] = st.used_summaries;
			rs.carry[i] = st.carry_tu;
			st.result = NULL;
			st.used_summaries = NULL;
			hvci_stored_tu_clear(&st);
			rs.reused[i] = !sc->given;
			take_image(sc, i);
			store_one(&rs, i);
		} else {
			pending[np++] = i;
		}
	}
	char *kept_key = NULL;
	hvci_summaries *seed = kept_table(sc, &kept_key);
	int carried = 0;
	for (size_t i = 0; i < n; i++)
		carried |= rs.reused[i];
	cli_pool *pool = NULL;
	int settled = rounds(&rs, &pool, pending, np, seed);
	/* Rounds that start from nothing find only summaries that rest on a
	 * function reaching the API itself.  Rounds that start from a kept
	 * table, or from units the store carried over, may also settle on
	 * summaries that hold only through each other (a pair of wrappers
	 * calling each other, after an edit took the allocation out of one):
	 * then every unit goes again from nothing. */
	if (seed || carried) {
		hvci_summaries *final = build_table(sc);
		int grounded = settled && hvci_summaries_grounded(final);
		hvci_summaries_free(final);
		if (getenv("HVCILINT_DEBUG"))
			fprintf(stderr,
			        "hvcilint: debug: summaries: started from %s; %zu rounds, %s\n",
			        seed && carried ? "a kept table and units the store carried"
			        : seed          ? "a kept table"
			                        : "units the store carried",
			        sc->rounds,
			        grounded  ? "the result rests on this run's own summaries"
			        : settled ? "a summary rests on a cycle: again from nothing"
			                  : "did not settle: again from nothing");
		if (!grounded) {
			np = 0;
			for (size_t i = 0; i < n; i++) {
				hvci_tu_result_free(sc->results[i]);
				sc->results[i] = NULL;
				free(rs.used[i]);
				rs.used[i] = NULL;
				rs.reused[i] = 0;
				pending[np++] = i;
			}
			settled = rounds(&rs, &pool, pending, np, NULL);
		}
	}
	hvci_summaries_free(seed);
	if (settled && kept_key) {
		hvci_summaries *final = build_table(sc);
		hvci_summaries_keep(final, cli_pch_dir(), kept_key);
		hvci_summaries_free(final);
	}
	free(kept_key);
	cli_pool_free(pool);
	/* Units stopped by a round cap keep no result: report them as failed. */
	for (size_t i = 0; i < n; i++) {
		if (!sc->results[i]) {
			hvci_tu_result *r = calloc(1, sizeof *r);
			r->file = hvci_strdup(sc->jobs[i].file);
			r->status = HVCI_TU_FAILED;
			hvci_loc l = {sc->jobs[i].file, 1, 1, 0, 0, NULL};
			hvci_tu_result_add_diag(r, HVCI_SEV_ERROR, &l,
			                        "not analysed: summaries of other files kept "
			                        "changing; run again with --full");
			sc->results[i] = r;
			take_image(sc, i);
		}
		sc->reused += rs.reused[i];
		free(rs.keys[i]);
		free(rs.used[i]);
	}
	free(rs.reused);
	free(rs.carry);
	free(rs.keys);
	free(rs.used);
	free(pending);
}
