/*
 * read.c - reading the store back: the latest and previous runs, every
 * unit and finding of one run (for reports, merges and carrying results
 * over), and the per-run totals of the trend over past runs.  Paths come
 * back absolute, against the run's root.  Nothing here writes the store:
 * store.c writes it and keeps it small.
 */
#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_int.h"
#include "util/util.h"

static int one_int64(hvci_store *s, const char *sql, int64_t arg, int64_t *out)
{
	sqlite3_stmt *st;
	*out = 0;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return hvci_store__db_error(s, "cannot read the store");
	sqlite3_bind_int64(st, 1, arg);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		*out = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE
	           ? HVCI_OK
	           : hvci_store__db_error(s, "cannot read the store");
}

int hvci_store_latest_run(hvci_store *s, int64_t *run_id)
{
	return one_int64(s, "SELECT max(id) FROM runs WHERE ? IS NOT NULL", 1, run_id);
}

int hvci_store_previous_run(hvci_store *s, int64_t run, int64_t *run_id)
{
	return one_int64(s, "SELECT max(id) FROM runs WHERE id < ? AND status = 'complete'", run,
	                 run_id);
}

static char *col_text(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? hvci_strdup((const char *)t) : NULL;
}

static char *absolute(const char *root, const char *path)
{
	if (!path)
		return NULL;
	if (path[0] == '/' || !root || !*root)
		return hvci_strdup(path);
	return hvci_asprintf("%s/%s", root, path);
}

char *hvci_store__absolute(const char *root, const char *path)
{
	return absolute(root, path);
}

static void notes_from_json(hvci_finding *f, const char *text, const char *root)
{
	json_t *a = text ? json_loads(text, 0, NULL) : NULL;
	size_t i;
	json_t *n;
	json_array_foreach(a, i, n)
	{
		f->notes = hvci_xrealloc(f->notes, (f->n_notes + 1) * sizeof *f->notes);
		hvci_note *x = &f->notes[f->n_notes++];
		memset(x, 0, sizeof *x);
		x->loc.file = absolute(root, json_string_value(json_object_get(n, "file")));
		x->loc.line = (unsigned)json_integer_value(json_object_get(n, "line"));
		x->loc.col = (unsigned)json_integer_value(json_object_get(n, "column"));
		x->message = hvci_strdup(json_string_value(json_object_get(n, "message")));
	}
	json_decref(a);
}

static void fixits_from_json(hvci_finding *f, const char *text, const char *root)
{
	json_t *a = text ? json_loads(text, 0, NULL) : NULL;
	size_t i;
	json_t *n;
	json_array_foreach(a, i, n)
	{
		f->fixits = hvci_xrealloc(f->fixits, (f->n_fixits + 1) * sizeof *f->fixits);
		hvci_fixit *x = &f->fixits[f->n_fixits++];
		memset(x, 0, sizeof *x);
		x->range.file = absolute(root, json_string_value(json_object_get(n, "file")));
		x->range.line = (unsigned)json_integer_value(json_object_get(n, "line"));
		x->range.col = (unsigned)json_integer_value(json_object_get(n, "column"));
		x->range.end_line = (unsigned)json_integer_value(json_object_get(n, "end_line"));
		x->range.end_col = (unsigned)json_integer_value(json_object_get(n, "end_column"));
		x->text = hvci_strdup(json_string_value(json_object_get(n, "text")));
	}
	json_decref(a);
}

int hvci_store__check_result(hvci_store *s, const hvci_tu_result *r)
{
	const char *what = hvci_tu_result_malformed(r);
	if (!what)
		return HVCI_OK;
	return hvci_error_set(HVCI_EDB,
	                      "%s:1: the store holds a malformed result (%s, unit '%s'); it was "
	                      "changed outside hvcilint: move it away or restore a backup",
	                      s->path, what, r->file ? r->file : "?");
}

int hvci_store_load_run(hvci_store *s, int64_t run_id, hvci_tu_result ***out, size_t *n)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st;
	char *root = NULL;
	if (sqlite3_prepare_v2(s->db, "SELECT root FROM runs WHERE id = ?", -1, &st, NULL) !=
	    SQLITE_OK)
		return hvci_store__db_error(s, "cannot read the store");
	sqlite3_bind_int64(st, 1, run_id);
	int rc = sqlite3_step(st);
	int found = rc == SQLITE_ROW;
	if (found)
		root = col_text(st, 0);
	sqlite3_finalize(st);
	if (!found && rc != SQLITE_DONE)
		return hvci_store__db_error(s, "cannot read the store");
	if (!found)
		return hvci_error_set(HVCI_ENOTFOUND,
		                      "%s:1: no run %lld in this store; see the runs "
		                      "with 'hvcilint report --format json'",
		                      s->path, (long long)run_id);
	if (sqlite3_prepare_v2(
	        s->db,
	        "SELECT t.id, f.path, t.status, t.parse_errors, t.seconds, t.image, "
	        "t.runtime_optin FROM "
	        "translation_units t LEFT JOIN files f ON f.id = t.file_id WHERE t.run_id = "
	        "? ORDER BY t.id",
	        -1, &st, NULL) != SQLITE_OK) {
		free(root);
		return hvci_store__db_error(s, "cannot read the store");
	}
	sqlite3_bind_int64(st, 1, run_id);
	hvci_tu_result **v = NULL;
	int64_t *ids = NULL;
	size_t k = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		v = hvci_xrealloc(v, (k + 1) * sizeof *v);
		ids = hvci_xrealloc(ids, (k + 1) * sizeof *ids);
		hvci_tu_result *r = hvci_xcalloc(1, sizeof *r);
		ids[k] = sqlite3_column_int64(st, 0);
		char *p = col_text(st, 1);
		r->file = absolute(root, p);
		free(p);
		r->status = (hvci_tu_status)sqlite3_column_int(st, 2);
		r->parse_errors = (unsigned)sqlite3_column_int(st, 3);
		r->seconds = sqlite3_column_double(st, 4);
		r->image = col_text(st, 5);
		r->runtime_optin_called = sqlite3_column_int(st, 6);
		v[k++] = r;
	}
	sqlite3_finalize(st);
	int err = rc != SQLITE_DONE ? hvci_store__db_error(s, "cannot read the store") : HVCI_OK;
	/* The run's findings with its run-wide steps applied (schema 004). */
	if (!err && sqlite3_prepare_v2(
	                s->db,
	                "SELECT fi.unit_id, fi.rule, fi.severity, f.path, fi.line, fi.col, "
	                "fi.end_line, fi.end_col, fi.logical, fi.message, fi.function, "
	                "fi.source_line, fi.notes, fi.fixits, fi.suppressed, fi.suppression, "
	                "fi.justification, fi.fingerprint FROM run_findings fi LEFT JOIN files f "
	                "ON f.id = fi.file_id WHERE fi.run_id = ? ORDER BY fi.id",
	                -1, &st, NULL) != SQLITE_OK)
		err = hvci_store__db_error(s, "cannot read the store");
	if (!err) {
		sqlite3_bind_int64(st, 1, run_id);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			int64_t tu = sqlite3_column_int64(st, 0);
			hvci_tu_result *r = NULL;
			for (size_t i = 0; i < k && !r; i++)
				if (ids[i] == tu)
					r = v[i];
			if (!r)
				continue;
			hvci_finding f;
			memset(&f, 0, sizeof f);
			f.rule_id = col_text(st, 1);
			f.severity = (hvci_severity)sqlite3_column_int(st, 2);
			char *p = col_text(st, 3);
			f.loc.file = absolute(root, p);
			free(p);
			f.loc.line = (unsigned)sqlite3_column_int(st, 4);
			f.loc.col = (unsigned)sqlite3_column_int(st, 5);
			f.loc.end_line = (unsigned)sqlite3_column_int(st, 6);
			f.loc.end_col = (unsigned)sqlite3_column_int(st, 7);
			f.loc.logical = col_text(st, 8);
			f.message = col_text(st, 9);
			f.function = col_text(st, 10);
			f.source_line = col_text(st, 11);
			notes_from_json(&f, (const char *)sqlite3_column_text(st, 12), root);
			fixits_from_json(&f, (const char *)sqlite3_column_text(st, 13), root);
			f.suppressed = sqlite3_column_int(st, 14);
			f.suppression = col_text(st, 15);
			f.justification = col_text(st, 16);
			f.fingerprint = col_text(st, 17);
			hvci_tu_result_add(r, &f);
		}
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			err = hvci_store__db_error(s, "cannot read the store");
	}
	/* Read back from a file anyone can edit: checked before any writer
	 * dereferences it. */
	for (size_t i = 0; i < k && !err; i++)
		err = hvci_store__check_result(s, v[i]);
	free(ids);
	free(root);
	if (err) {
		for (size_t i = 0; i < k; i++)
			hvci_tu_result_free(v[i]);
		free(v);
		return err;
	}
	*out = v;
	*n = k;
	return HVCI_OK;
}

/* ------------------------------------------------------------------ */
/* Reading for reports: per-run totals for the trend over past runs.   */

/* A run's totals as its reports count them (run_findings), into *r. */
static int run_totals(hvci_store *s, hvci_run_summary *r)
{
	sqlite3_stmt *st;
	/* One run at a time: the view's run-wide steps are then computed for
	 * that run's units only. */
	if (sqlite3_prepare_v2(s->db,
	                       "SELECT severity, suppressed, count(*) FROM run_findings WHERE "
	                       "run_id = ?1 GROUP BY 1, 2 UNION ALL SELECT -1, 0, count(*) FROM "
	                       "translation_units WHERE run_id = ?1",
	                       -1, &st, NULL) != SQLITE_OK)
		return hvci_store__db_error(s, "cannot read the run history");
	sqlite3_bind_int64(st, 1, r->id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int sev = sqlite3_column_int(st, 0);
		unsigned n = (unsigned)sqlite3_column_int64(st, 2);
		if (sev < 0)
			r->files = n;
		else if (sqlite3_column_int(st, 1))
			r->suppressed += n;
		else if (sev >= 1 && sev <= 3)
			r->by_severity[sev] += n;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? HVCI_OK : hvci_store__db_error(s, "cannot read the run history");
}

int hvci_store_history(hvci_store *s, int64_t run, size_t max, hvci_run_summary **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st;
	/* Newest first so LIMIT keeps the last `max` runs; reversed below. */
	if (sqlite3_prepare_v2(s->db,
	                       "SELECT id, started_at, status, root, git_commit, git_branch FROM "
	                       "runs WHERE id <= ? AND status <> 'pruned' ORDER BY id DESC LIMIT ?",
	                       -1, &st, NULL) != SQLITE_OK)
		return hvci_store__db_error(s, "cannot read the run history");
	sqlite3_bind_int64(st, 1, run);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)max);
	hvci_run_summary *v = NULL;
	size_t k = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		v = hvci_xrealloc(v, (k + 1) * sizeof *v);
		hvci_run_summary *r = &v[k++];
		memset(r, 0, sizeof *r);
		r->id = sqlite3_column_int64(st, 0);
		r->started_at = col_text(st, 1);
		r->status = col_text(st, 2);
		r->root = col_text(st, 3);
		r->git_commit = col_text(st, 4);
		r->git_branch = col_text(st, 5);
	}
	sqlite3_finalize(st);
	int err =
	    rc != SQLITE_DONE ? hvci_store__db_error(s, "cannot read the run history") : HVCI_OK;
	for (size_t i = 0; i < k && !err; i++)
		err = run_totals(s, &v[i]);
	if (err) {
		hvci_run_summaries_free(v, k);
		return err;
	}
	for (size_t i = 0; i < k / 2; i++) {
		hvci_run_summary t = v[i];
		v[i] = v[k - 1 - i];
		v[k - 1 - i] = t;
	}
	*out = v;
	*n = k;
	return HVCI_OK;
}

void hvci_run_summaries_free(hvci_run_summary *v, size_t n)
{
	for (size_t i = 0; v && i < n; i++) {
		free(v[i].started_at);
		free(v[i].status);
		free(v[i].root);
		free(v[i].git_commit);
		free(v[i].git_branch);
	}
	free(v);
}
