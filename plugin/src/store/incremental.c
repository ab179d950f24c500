/*
 * incremental.c - the store's side of incremental runs and merges: each
 * analysed unit is recorded with its compile command, a key over that
 * command, the tool and the rule table, the summaries it used, its result
 * as the worker gave it, and every file it read with a content hash
 * (schema 002).  A later run reuses a unit when the key matches and every
 * recorded file still hashes the same; merge reads whole runs back.
 *
 * The result is kept before run-wide steps (the POOL_NX_OPTIN call made
 * by some file, headers reported once), so a reused unit goes through
 * those steps again exactly like a fresh one.  It does not decide whether
 * another file's summaries changed: cli/ compares used_summaries.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "store/store_int.h"
#include "util/util.h"

/* ---- content hashes, each file hashed once per run --------------------------- */

#define HASH_BUCKETS 4096

typedef struct hash_entry {
	struct hash_entry *next;
	char *path;
	char hex[17];
	int ok;
} hash_entry;

struct hvci_hash_cache {
	hash_entry *b[HASH_BUCKETS];
};

static const char *cached_hash(hvci_store *s, const char *path)
{
	if (!s->hashes)
		s->hashes = hvci_xcalloc(1, sizeof *s->hashes);
	size_t k = (size_t)(hvci_hash_bytes(HVCI_HASH_INIT, path, strlen(path)) % HASH_BUCKETS);
	for (hash_entry *e = s->hashes->b[k]; e; e = e->next)
		if (!strcmp(e->path, path))
			return e->ok ? e->hex : NULL;
	hash_entry *e = hvci_xcalloc(1, sizeof *e);
	e->path = hvci_strdup(path);
	e->ok = hvci_hash_file(path, e->hex) == 0;
	e->next = s->hashes->b[k];
	s->hashes->b[k] = e;
	return e->ok ? e->hex : NULL;
}

void hvci_store__free_hashes(hvci_store *s)
{
	if (!s->hashes)
		return;
	for (size_t k = 0; k < HASH_BUCKETS; k++)
		for (hash_entry *e = s->hashes->b[k], *n; e; e = n) {
			n = e->next;
			free(e->path);
			free(e);
		}
	free(s->hashes);
	s->hashes = NULL;
}

/* ---- writing -------------------------------------------------------------------- */

static int forget_previous(hvci_store *s, int64_t run_id, int64_t fid)
{
	static const char *const sql[] = {
	    "DELETE FROM findings WHERE tu_id IN (SELECT id FROM translation_units WHERE "
	    "run_id = ?1 AND file_id = ?2)",
	    "DELETE FROM tu_deps WHERE tu_id IN (SELECT id FROM translation_units WHERE "
	    "run_id = ?1 AND file_id = ?2)",
	    "DELETE FROM tu_inputs WHERE tu_id IN (SELECT id FROM translation_units WHERE "
	    "run_id = ?1 AND file_id = ?2)",
	    "DELETE FROM translation_units WHERE run_id = ?1 AND file_id = ?2",
	};
	for (size_t i = 0; i < sizeof sql / sizeof *sql; i++) {
		sqlite3_stmt *st;
		if (sqlite3_prepare_v2(s->db, sql[i], -1, &st, NULL) != SQLITE_OK)
			return hvci_store__db_error(s, "cannot replace a translation unit");
		sqlite3_bind_int64(st, 1, run_id);
		sqlite3_bind_int64(st, 2, fid);
		int rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			return hvci_store__db_error(s, "cannot replace a translation unit");
	}
	return HVCI_OK;
}

static int add_deps(hvci_store *s, int64_t tuid, json_t *deps)
{
	sqlite3_stmt *ins, *upd;
	if (sqlite3_prepare_v2(s->db,
	                       "INSERT OR REPLACE INTO tu_deps (tu_id, file_id, content_hash) "
	                       "VALUES (?, ?, ?)",
	                       -1, &ins, NULL) != SQLITE_OK)
		return hvci_store__db_error(s, "cannot record included files");
	if (sqlite3_prepare_v2(s->db, "UPDATE files SET content_hash = ? WHERE id = ?", -1, &upd,
	                       NULL) != SQLITE_OK) {
		sqlite3_finalize(ins);
		return hvci_store__db_error(s, "cannot record included files");
	}
	int rc = HVCI_OK;
	const char *path;
	json_t *h;
	json_object_foreach(deps, path, h)
	{
		int64_t fid;
		if ((rc = hvci_store__file_id(s, path, &fid)))
			break;
		sqlite3_reset(ins);
		sqlite3_bind_int64(ins, 1, tuid);
		sqlite3_bind_int64(ins, 2, fid);
		sqlite3_bind_text(ins, 3, json_string_value(h), -1, SQLITE_TRANSIENT);
		sqlite3_reset(upd);
		sqlite3_bind_text(upd, 1, json_string_value(h), -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(upd, 2, fid);
		if (sqlite3_step(ins) != SQLITE_DONE || sqlite3_step(upd) != SQLITE_DONE) {
			rc = hvci_store__db_error(s, "cannot record included files");
			break;
		}
	}
	sqlite3_finalize(ins);
	sqlite3_finalize(upd);
	return rc;
}

static int add_inputs(hvci_store *s, int64_t tuid, const hvci_tu_result *r,
                      const hvci_tu_inputs *in)
{
	json_t *args = json_array();
	for (size_t i = 0; i < in->argc; i++)
		json_array_append_new(args, json_string(in->argv[i]));
	char *args_text = json_dumps(args, JSON_COMPACT);
	json_decref(args);
	hvci_tu_result bare = *r;
	bare.index = NULL;
	char *result = hvci_tu_result_to_json(&bare);
	json_t *ix = r->index ? json_loads(r->index, 0, NULL) : NULL;
	json_t *deps = json_incref(json_object_get(ix, "deps"));
	if (ix)
		json_object_del(ix, "deps");
	char *xtu = ix ? json_dumps(ix, JSON_COMPACT | JSON_SORT_KEYS) : hvci_strdup("{}");
	json_decref(ix);
	sqlite3_stmt *st;
	int rc = HVCI_OK;
	if (sqlite3_prepare_v2(s->db,
	                       "INSERT INTO tu_inputs (tu_id, directory, arguments, input_key, "
	                       "used_summaries, result, xtu) VALUES (?, ?, ?, ?, ?, ?, ?)",
	                       -1, &st, NULL) != SQLITE_OK) {
		rc = hvci_store__db_error(s, "cannot record a translation unit's inputs");
	} else {
		sqlite3_bind_int64(st, 1, tuid);
		sqlite3_bind_text(st, 2, in->directory ? in->directory : "", -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 3, args_text, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 4, in->input_key ? in->input_key : "", -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 5, in->used_summaries ? in->used_summaries : "0", -1,
		                  SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 6, result, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 7, xtu, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = hvci_store__db_error(s, "cannot record a translation unit's inputs");
		sqlite3_finalize(st);
	}
	if (!rc && deps)
		rc = add_deps(s, tuid, deps);
	json_decref(deps);
	free(args_text);
	free(result);
	free(xtu);
	return rc;
}

int hvci_store_add_tu_carried(hvci_store *s, int64_t run_id, const hvci_tu_result *r,
                              int64_t result_tu)
{
	int rc = hvci_store__exec(s, "BEGIN IMMEDIATE");
	if (rc)
		return rc;
	int64_t fid;
	sqlite3_stmt *st = NULL;
	if (!(rc = hvci_store__file_id(s, r->file, &fid)) &&
	    !(rc = forget_previous(s, run_id, fid))) {
		/* One small row: findings, inputs and read files stay the
		 * earlier unit's. */
		if (sqlite3_prepare_v2(
		        s->db,
		        "INSERT INTO translation_units (run_id, file_id, status, "
		        "parse_errors, seconds, result_tu, image, runtime_optin) VALUES (?, ?, "
		        "?, ?, ?, ?, ?, ?)",
		        -1, &st, NULL) != SQLITE_OK) {
			rc = hvci_store__db_error(s, "cannot record a translation unit");
		} else {
			sqlite3_bind_int64(st, 1, run_id);
			sqlite3_bind_int64(st, 2, fid);
			sqlite3_bind_int(st, 3, (int)r->status);
			sqlite3_bind_int(st, 4, (int)r->parse_errors);
			sqlite3_bind_double(st, 5, r->seconds);
			sqlite3_bind_int64(st, 6, result_tu);
			sqlite3_bind_text(st, 7, r->image, -1, SQLITE_TRANSIENT);
			sqlite3_bind_int(st, 8, r->runtime_optin_called ? 1 : 0);
			if (sqlite3_step(st) != SQLITE_DONE)
				rc = hvci_store__db_error(s, "cannot record a translation unit");
			sqlite3_finalize(st);
		}
	}
	if (!rc)
		rc = hvci_store__exec(s, "COMMIT");
	if (rc)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

int hvci_store_add_tu_indexed(hvci_store *s, int64_t run_id, const hvci_tu_result *r,
                              const hvci_tu_inputs *in)
{
	int rc = hvci_store__exec(s, "BEGIN IMMEDIATE");
	if (rc)
		return rc;
	int64_t fid, tuid = 0;
	if (!(rc = hvci_store__file_id(s, r->file, &fid)) &&
	    !(rc = forget_previous(s, run_id, fid)) &&
	    !(rc = hvci_store__add_tu_body(s, run_id, r, &tuid)) && in)
		rc = add_inputs(s, tuid, r, in);
	if (!rc)
		rc = hvci_store__exec(s, "COMMIT");
	if (rc)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

/* ---- reading -------------------------------------------------------------------- */

void hvci_stored_tu_clear(hvci_stored_tu *t)
{
	if (!t)
		return;
	hvci_tu_result_free(t->result);
	free(t->directory);
	for (size_t i = 0; i < t->argc; i++)
		free(t->argv[i]);
	free(t->argv);
	free(t->input_key);
	free(t->used_summaries);
	memset(t, 0, sizeof *t);
}

static char *text_at(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? hvci_strdup((const char *)t) : NULL;
}

/* A recorded file's hash ("orig:" before it when the unit was parsed
 * from a corrected copy of the file), or what a unit with stand-ins
 * recorded of a folder ("dir:" and the hash of its entry names) or of a
 * header that must stay missing ("-"), as engine/xtu.c writes them: 1 when
 * it holds today. */
static int still_same(hvci_store *s, const char *abs, const char *was)
{
	struct stat st;
	if (!strcmp(was, "-"))
		return lstat(abs, &st) != 0;
	if (!strncmp(was, "dir:", 4)) {
		char hex[17];
		return !hvci_hash_dir_names(abs, hex) && !strcmp(hex, was + 4);
	}
	if (!strncmp(was, "orig:", 5)) /* the user's text behind a corrected copy */
		was += 5;
	const char *now = cached_hash(s, abs);
	return now && !strcmp(now, was);
}

/*
 * The unit's recorded files as {absolute path: hash}; with `check` set,
 * NULL as soon as one of them reads differently today.  *err is set when
 * the store cannot be read.
 */
static json_t *deps_of(hvci_store *s, int64_t tuid, int check, int *err)
{
	sqlite3_stmt *st;
	*err = HVCI_OK;
	if (sqlite3_prepare_v2(s->db,
	                       "SELECT f.path, d.content_hash FROM tu_deps d JOIN files f ON "
	                       "f.id = d.file_id WHERE d.tu_id = ?",
	                       -1, &st, NULL) != SQLITE_OK) {
		*err = hvci_store__db_error(s, "cannot read the store");
		return NULL;
	}
	sqlite3_bind_int64(st, 1, tuid);
	json_t *deps = json_object();
	int ok = 1, rc = SQLITE_DONE;
	while (ok && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		char *abs = hvci_store__absolute(s->root, (const char *)sqlite3_column_text(st, 0));
		const char *was = (const char *)sqlite3_column_text(st, 1);
		if (check)
			ok = was && still_same(s, abs, was);
		json_object_set_new(deps, abs, json_string(was ? was : ""));
		free(abs);
	}
	sqlite3_finalize(st);
	if (ok && rc != SQLITE_DONE && rc != SQLITE_ROW) {
		*err = hvci_store__db_error(s, "cannot read the store");
		ok = 0;
	}
	if (!ok || (check && !json_object_size(deps))) {
		json_decref(deps);
		return NULL;
	}
	return deps;
}

/*
 * Fills *t from a row: tu_id, directory, arguments, input_key, used, result,
 * xtu, carry, image.  1 when filled, 0 when the unit cannot be used, or an error: a
 * stored result that is not well formed is refused, not guessed at.
 */
static int stored_from_row(hvci_store *s, sqlite3_stmt *st, hvci_stored_tu *t, int check)
{
	memset(t, 0, sizeof *t);
	int err;
	json_t *deps = deps_of(s, sqlite3_column_int64(st, 0), check, &err);
	if (!deps)
		return err;
	const char *result = (const char *)sqlite3_column_text(st, 5);
	const char *xtu_text = (const char *)sqlite3_column_text(st, 6);
	json_t *xtu = xtu_text ? json_loads(xtu_text, 0, NULL) : NULL;
	if (!result || !xtu || hvci_tu_result_from_json(&t->result, result) ||
	    (err = hvci_store__check_result(s, t->result))) {
		hvci_tu_result_free(t->result);
		t->result = NULL;
		json_decref(deps);
		json_decref(xtu);
		return err ? err
		           : hvci_error_set(HVCI_EDB,
		                            "%s:1: the store holds a malformed result (unit %lld "
		                            "cannot be read back); it was changed outside "
		                            "hvcilint: move it away or restore a backup",
		                            s->path, (long long)sqlite3_column_int64(st, 0));
	}
	json_object_set_new(xtu, "deps", deps);
	free(t->result->index);
	t->result->index = json_dumps(xtu, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(xtu);
	t->directory = text_at(st, 1);
	const char *args_text = (const char *)sqlite3_column_text(st, 2);
	json_t *args = args_text ? json_loads(args_text, 0, NULL) : NULL;
	t->argc = json_array_size(args);
	t->argv = hvci_xcalloc(t->argc + 1, sizeof *t->argv);
	for (size_t i = 0; i < t->argc; i++) {
		const char *a = json_string_value(json_array_get(args, i));
		t->argv[i] = hvci_strdup(a ? a : "");
	}
	json_decref(args);
	t->input_key = text_at(st, 3);
	t->used_summaries = text_at(st, 4);
	t->carry_tu = sqlite3_column_int64(st, 7);
	/* The image the unit had in its run (a carried unit's may differ from
	 * the result it shows). */
	if (sqlite3_column_type(st, 8) != SQLITE_NULL) {
		free(t->result->image);
		t->result->image = text_at(st, 8);
	}
	return 1;
}

/* The unit whose analysis a row shows: its own, or an earlier one's. */
#define STORED_COLUMNS                                                                             \
	"i.tu_id, i.directory, i.arguments, i.input_key, i.used_summaries, i.result, i.xtu"

int hvci_store_find_reusable(hvci_store *s, int64_t run_id, const char *file, const char *input_key,
                             hvci_stored_tu *out, int *found)
{
	*found = 0;
	memset(out, 0, sizeof *out);
	sqlite3_stmt *st;
	/* Only analysed units have inputs, found by key (the key covers the
	 * file): the newest first, however many runs carried it since.  One
	 * the new run can point at (carry_tu) has its own findings as
	 * analysed (result_tu = id) and a finished run, whose units are never
	 * replaced any more. */
	if (sqlite3_prepare_v2(s->db,
	                       "SELECT " STORED_COLUMNS
	                       ", CASE WHEN t.result_tu = t.id AND r.status <> 'running' THEN "
	                       "t.id ELSE 0 END, t.image FROM tu_inputs i JOIN translation_units t "
	                       "ON t.id = i.tu_id JOIN runs r ON r.id = t.run_id WHERE +t.file_id "
	                       "= (SELECT id FROM files WHERE path = ?) AND t.run_id <> ? AND "
	                       "t.status IN (0, 1) AND i.input_key = ? ORDER BY i.tu_id DESC "
	                       "LIMIT 1",
	                       -1, &st, NULL) != SQLITE_OK)
		return hvci_store__db_error(s, "cannot read the store");
	sqlite3_bind_text(st, 1, hvci_store__relative(s, file), -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, run_id);
	sqlite3_bind_text(st, 3, input_key, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st), err = HVCI_OK;
	if (rc == SQLITE_ROW) {
		int got = stored_from_row(s, st, out, 1);
		if (got < 0)
			err = got;
		else
			*found = got;
	} else if (rc != SQLITE_DONE) {
		err = hvci_store__db_error(s, "cannot read the store");
	}
	sqlite3_finalize(st);
	return err;
}

int hvci_store_load_indexed(hvci_store *s, int64_t run_id, hvci_stored_tu **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st;
	/* Stored paths are relative to that run's root. */
	if (sqlite3_prepare_v2(s->db, "SELECT root FROM runs WHERE id = ?", -1, &st, NULL) !=
	    SQLITE_OK)
		return hvci_store__db_error(s, "cannot read the store");
	sqlite3_bind_int64(st, 1, run_id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		free(s->root);
		s->root = text_at(st, 0);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return hvci_store__db_error(s, "cannot read the store");
	/* A unit carried into the run reads its inputs from the unit whose
	 * analysis it shows. */
	if (sqlite3_prepare_v2(s->db,
	                       "SELECT " STORED_COLUMNS
	                       ", 0, t.image FROM translation_units t JOIN "
	                       "tu_inputs i ON i.tu_id = coalesce(t.result_tu, t.id) WHERE "
	                       "t.run_id = ? ORDER BY t.id",
	                       -1, &st, NULL) != SQLITE_OK)
		return hvci_store__db_error(s, "cannot read the store");
	sqlite3_bind_int64(st, 1, run_id);
	int err = HVCI_OK;
	while (!err && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = hvci_xrealloc(*out, (*n + 1) * sizeof **out);
		int got = stored_from_row(s, st, &(*out)[*n], 0);
		if (got < 0)
			err = got;
		else if (got)
			(*n)++;
	}
	sqlite3_finalize(st);
	if (!err && rc != SQLITE_DONE)
		err = hvci_store__db_error(s, "cannot read the store");
	if (err) {
		for (size_t i = 0; i < *n; i++)
			hvci_stored_tu_clear(&(*out)[i]);
		free(*out);
		*out = NULL;
		*n = 0;
	}
	return err;
}

int hvci_store_run_meta(hvci_store *s, int64_t run_id, char **tool_version, char **rules_version,
                        char **status)
{
	char **outs[3] = {tool_version, rules_version, status};
	for (int i = 0; i < 3; i++)
		if (outs[i])
			*outs[i] = NULL;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db,
	                       "SELECT tool_version, rules_version, status FROM runs WHERE id = ?",
	                       -1, &st, NULL) != SQLITE_OK)
		return hvci_store__db_error(s, "cannot read the store");
	sqlite3_bind_int64(st, 1, run_id);
	int found = sqlite3_step(st) == SQLITE_ROW;
	for (int i = 0; found && i < 3; i++)
		if (outs[i])
			*outs[i] = text_at(st, i);
	sqlite3_finalize(st);
	if (!found)
		return hvci_error_set(HVCI_ENOTFOUND, "%s:1: no run %lld in this store", s->path,
		                      (long long)run_id);
	return HVCI_OK;
}

int hvci_store_run_shard(hvci_store *s, int64_t run_id, unsigned *shard_k, unsigned *shard_n)
{
	*shard_k = *shard_n = 0;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "SELECT shard_k, shard_n FROM runs WHERE id = ?", -1, &st,
	                       NULL) != SQLITE_OK)
		return hvci_store__db_error(s, "cannot read the store");
	sqlite3_bind_int64(st, 1, run_id);
	int found = sqlite3_step(st) == SQLITE_ROW;
	if (found && sqlite3_column_type(st, 0) == SQLITE_INTEGER &&
	    sqlite3_column_type(st, 1) == SQLITE_INTEGER) {
		sqlite3_int64 k = sqlite3_column_int64(st, 0), n = sqlite3_column_int64(st, 1);
		/* A hand-edited or damaged row is read as no shard, never out of range. */
		if (n >= 1 && n <= 1000000 && k >= 1 && k <= n) {
			*shard_k = (unsigned)k;
			*shard_n = (unsigned)n;
		}
	}
	sqlite3_finalize(st);
	if (!found)
		return hvci_error_set(HVCI_ENOTFOUND, "%s:1: no run %lld in this store", s->path,
		                      (long long)run_id);
	return HVCI_OK;
}
