/*
 * store.c - the SQLite store of runs, files, translation units and
 * findings.  The schema lives in store/schema/NNN_*.sql, applied forward
 * only and counted in PRAGMA user_version; PRAGMA application_id marks the
 * file as ours so another program's database is never touched.  WAL mode
 * and a busy timeout let two runs write the same file at once; each
 * translation unit is one transaction.  Reports read this store through
 * read.c; this file only writes it.
 */
#include <errno.h>
#include <jansson.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "hvci_schema.h"
#include "store/store_int.h"
#include "util/fingerprint.h"
#include "util/util.h"

#define HVCI_APPLICATION_ID 0x48564349 /* "HVCI" */

/*
 * One line naming the store, what failed and what to do, from an SQLite
 * result code: a locked store, a read-only one, a full disk and a corrupt
 * file each call for something else.
 */
static int store_error(hvci_store *s, int code, const char *what, const char *detail)
{
	const char *p = s->path;
	switch (code & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return hvci_error_set(HVCI_EDB,
		                      "%s:1: the store is locked by another process (%s: %s); "
		                      "wait for it to finish (HVCILINT_STORE_WAIT=SECONDS waits "
		                      "longer) or pass --db with another file",
		                      p, what, detail);
	case SQLITE_READONLY:
		return hvci_error_set(
		    HVCI_EDB,
		    "%s:1: the store is read-only (%s: %s); make the file and its "
		    "folder writable or pass --db with another file",
		    p, what, detail);
	case SQLITE_FULL:
		return hvci_error_set(
		    HVCI_EDB,
		    "%s:1: the disk holding the store is full (%s: %s); free space "
		    "there (hvcilint store gc, then vacuum) and run again",
		    p, what, detail);
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		return hvci_error_set(HVCI_EDB,
		                      "%s:1: not a SQLite database, or corrupt (%s: %s); move the "
		                      "file away or restore a backup, then run again",
		                      p, what, detail);
	case SQLITE_IOERR:
	case SQLITE_CANTOPEN:
		return hvci_error_set(HVCI_EDB,
		                      "%s:1: cannot read or write the store (%s: %s); check the "
		                      "disk and the permissions of the file and its folder",
		                      p, what, detail);
	case SQLITE_ERROR:
	case SQLITE_MISUSE:
	case SQLITE_RANGE:
		return hvci_error_set(
		    HVCI_EDB,
		    "%s:1: SQL failed (%s: %s); this is a bug in hvcilint, please "
		    "report it",
		    p, what, detail);
	default:
		return hvci_error_set(HVCI_EDB, "%s:1: %s: %s; check the file or pass --no-db", p,
		                      what, detail);
	}
}

static int db_error(hvci_store *s, const char *what)
{
	return store_error(s, sqlite3_errcode(s->db), what, sqlite3_errmsg(s->db));
}

static int exec(hvci_store *s, const char *sql)
{
	char *msg = NULL;
	int rc = sqlite3_exec(s->db, sql, NULL, NULL, &msg);
	if (rc != SQLITE_OK) {
		rc = store_error(s, sqlite3_errcode(s->db), "cannot update the store",
		                 msg ? msg : sqlite3_errstr(rc));
		sqlite3_free(msg);
		return rc;
	}
	return HVCI_OK;
}

static int pragma_int(hvci_store *s, const char *sql, int *out)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : -1;
}

/* Whether the file is ours and which schema it has; 0 or an error set. */
static int read_header(hvci_store *s, int *version)
{
	int app = 0, tables = 0;
	*version = 0;
	if (pragma_int(s, "PRAGMA application_id", &app) ||
	    pragma_int(s, "SELECT count(*) FROM sqlite_master", &tables) ||
	    pragma_int(s, "PRAGMA user_version", version))
		return db_error(s, "cannot read the store");
	if (tables && app != HVCI_APPLICATION_ID)
		return hvci_error_set(HVCI_EDB,
		                      "%s:1: this SQLite database is not an hvcilint store; pass "
		                      "another --db",
		                      s->path);
	int steps = (int)(sizeof hvci_schema_steps / sizeof *hvci_schema_steps);
	if (*version > steps)
		return hvci_error_set(
		    HVCI_EDB,
		    "%s:1: the store has schema %d, newer than this hvcilint (%d); "
		    "upgrade hvcilint",
		    s->path, *version, steps);
	return HVCI_OK;
}

static int migrate(hvci_store *s)
{
	int version;
	int rc = read_header(s, &version);
	if (rc)
		return rc;
	int steps = (int)(sizeof hvci_schema_steps / sizeof *hvci_schema_steps);
	for (int v = version; v < steps; v++) {
		char pragma[96];
		snprintf(pragma, sizeof pragma,
		         "PRAGMA user_version = %d; PRAGMA application_id = %d;", v + 1,
		         HVCI_APPLICATION_ID);
		if ((rc = exec(s, "BEGIN IMMEDIATE")))
			return rc;
		/* Another process may have migrated it while this one waited. */
		int now = v;
		if (pragma_int(s, "PRAGMA user_version", &now) == 0 && now > v) {
			exec(s, "ROLLBACK");
			v = now - 1;
			continue;
		}
		if ((rc = exec(s, hvci_schema_steps[v])) || (rc = exec(s, pragma)) ||
		    (rc = exec(s, "COMMIT"))) {
			int keep = rc;
			sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
			return keep;
		}
	}
	return HVCI_OK;
}

/* How long a locked store is waited for: HVCILINT_STORE_WAIT seconds, else 30. */
static int busy_ms(void)
{
	const char *e = getenv("HVCILINT_STORE_WAIT");
	char *end;
	double sec = e && *e ? strtod(e, &end) : 30;
	if (e && *e && (*end || sec < 0))
		sec = 30;
	return sec * 1000 > 3600000 ? 3600000 : (int)(sec * 1000);
}

/*
 * The checks made before SQLite sees the path: a symbolic link is not
 * written through (it may point anywhere), only regular files are stores,
 * and a file without write permission is read-only for root too, whom
 * access() and SQLite would let write.
 */
static int check_path(const char *path, int write, int *exists)
{
	struct stat st;
	*exists = lstat(path, &st) == 0;
	if (!*exists)
		return HVCI_OK;
	if (S_ISLNK(st.st_mode))
		return hvci_error_set(HVCI_EDB,
		                      "%s:1: the store is a symbolic link; pass the file it "
		                      "points to with --db",
		                      path);
	if (!S_ISREG(st.st_mode))
		return hvci_error_set(HVCI_EDB,
		                      "%s:1: the store is not a regular file; pass --db with a "
		                      "file",
		                      path);
	if (write && (!(st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) || access(path, W_OK) != 0))
		return hvci_error_set(HVCI_EDB,
		                      "%s:1: the store is read-only; make it writable or "
		                      "pass --db with another file",
		                      path);
	return HVCI_OK;
}

static int connect(hvci_store **out, const char *path, int flags)
{
	hvci_store *s = hvci_xcalloc(1, sizeof *s);
	s->path = hvci_strdup(path);
	s->readonly = !(flags & SQLITE_OPEN_READWRITE);
	int rc = sqlite3_open_v2(path, &s->db, flags | SQLITE_OPEN_NOFOLLOW, NULL);
	if (rc != SQLITE_OK) {
		rc = s->db ? db_error(s, "cannot open the store")
		           : store_error(s, rc, "cannot open the store", sqlite3_errstr(rc));
		hvci_store_close(s);
		return rc;
	}
	sqlite3_extended_result_codes(s->db, 0);
	sqlite3_busy_timeout(s->db, busy_ms());
	hvci_store__scans_watch(s);
	*out = s;
	return HVCI_OK;
}

int hvci_store_open(hvci_store **out, const char *path)
{
	*out = NULL;
	int exists;
	int rc = check_path(path, 1, &exists);
	if (rc)
		return rc;
	hvci_store *s;
	if ((rc = connect(&s, path, SQLITE_OPEN_READWRITE | (exists ? 0 : SQLITE_OPEN_CREATE))))
		return rc;
	/* A cap on the store's size in pages; the tests use it to fill the
	 * "disk" without filling one. */
	const char *cap = getenv("HVCILINT_STORE_MAX_PAGES");
	if (cap && *cap) {
		char sql[64];
		snprintf(sql, sizeof sql, "PRAGMA max_page_count = %lld", atoll(cap));
		sqlite3_exec(s->db, sql, NULL, NULL, NULL);
	}
	rc = migrate(s);
	if (!rc) {
		/* WAL lets concurrent runs write; set after the ownership check. */
		rc = exec(s, "PRAGMA journal_mode = WAL");
		/* In WAL mode this still survives a killed process; only a power
		 * loss can drop the newest units.  Syncing every unit's commit
		 * would dominate a re-run where nothing changed. */
		if (!rc)
			rc = exec(s, "PRAGMA synchronous = NORMAL");
		if (!rc)
			rc = exec(s, "PRAGMA foreign_keys = ON");
	}
	if (rc) {
		hvci_store_close(s);
		return rc;
	}
	*out = s;
	return HVCI_OK;
}

int hvci_store_open_read(hvci_store **out, const char *path)
{
	*out = NULL;
	int exists;
	int rc = check_path(path, 0, &exists);
	if (rc)
		return rc;
	if (!exists)
		return hvci_error_set(HVCI_ENOTFOUND,
		                      "%s:1: no store here; run 'hvcilint check -p DIR' first or "
		                      "pass --db",
		                      path);
	hvci_store *s;
	if ((rc = connect(&s, path, SQLITE_OPEN_READONLY)))
		return rc;
	int version;
	rc = read_header(s, &version);
	int steps = (int)(sizeof hvci_schema_steps / sizeof *hvci_schema_steps);
	if (!rc && version < steps) {
		/* An older store is upgraded once, which needs a writable file. */
		hvci_store_close(s);
		s = NULL;
		if (check_path(path, 1, &exists))
			return hvci_error_set(HVCI_EDB,
			                      "%s:1: the store has schema %d, older than this "
			                      "hvcilint (%d), and is read-only; make it writable "
			                      "once so it can be upgraded",
			                      path, version, steps);
		if ((rc = hvci_store_open(&s, path)))
			return rc;
		hvci_store_close(s);
		s = NULL;
		if ((rc = connect(&s, path, SQLITE_OPEN_READONLY)))
			return rc;
	}
	if (rc) {
		hvci_store_close(s);
		return rc;
	}
	*out = s;
	return HVCI_OK;
}

void hvci_store_close(hvci_store *s)
{
	if (!s)
		return;
	sqlite3_finalize(s->file_sel);
	if (s->watch_scans)
		hvci_store__scans_report(s);
	sqlite3_close(s->db);
	hvci_store__free_hashes(s);
	free(s->path);
	free(s->root);
	free(s);
}

static void now_iso(char *buf, size_t n)
{
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/*
 * Runs of this machine still marked running whose process is gone were
 * killed before they could say so: mark them incomplete.  Their finished
 * units stay, each committed on its own.  Runs of other machines are left
 * alone, since their processes cannot be asked.
 */
static int close_orphan_runs(hvci_store *s, const char *host)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db,
	                       "SELECT id, pid FROM runs WHERE status = 'running' AND host = ? "
	                       "AND pid IS NOT NULL",
	                       -1, &st, NULL) != SQLITE_OK)
		return db_error(s, "cannot read the runs");
	sqlite3_bind_text(st, 1, host, -1, SQLITE_TRANSIENT);
	int64_t dead[64];
	size_t n = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && n < sizeof dead / sizeof *dead) {
		pid_t pid = (pid_t)sqlite3_column_int64(st, 1);
		if (pid > 0 && kill(pid, 0) != 0 && errno == ESRCH)
			dead[n++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_error(s, "cannot read the runs");
	for (size_t i = 0; i < n; i++) {
		if (sqlite3_prepare_v2(s->db,
		                       "UPDATE runs SET status = 'incomplete' WHERE id = ? AND "
		                       "status = 'running'",
		                       -1, &st, NULL) != SQLITE_OK)
			return db_error(s, "cannot update a run");
		sqlite3_bind_int64(st, 1, dead[i]);
		rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			return db_error(s, "cannot update a run");
	}
	return HVCI_OK;
}

int hvci_store_run_begin(hvci_store *s, const hvci_run_info *info, int64_t *run_id)
{
	char now[32];
	now_iso(now, sizeof now);
	char host[256] = "";
	if (gethostname(host, sizeof host - 1) != 0)
		host[0] = '\0';
	int orc = close_orphan_runs(s, host);
	if (orc)
		return orc;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db,
	                       "INSERT INTO runs (started_at, tool_version, rules_version, "
	                       "command_line, root, git_commit, git_branch, status, pid, host, "
	                       "shard_k, shard_n) "
	                       "VALUES (?, ?, ?, ?, ?, ?, ?, 'running', ?, ?, ?, ?)",
	                       -1, &st, NULL) != SQLITE_OK)
		return db_error(s, "cannot record the run");
	sqlite3_bind_int64(st, 8, (sqlite3_int64)getpid());
	sqlite3_bind_text(st, 9, host, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 1, now, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, HVCI_VERSION, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, info->rules_version, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, info->command_line, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 5, info->root, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 6, info->git_commit, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 7, info->git_branch, -1, SQLITE_TRANSIENT);
	if (info->shard_n) {
		sqlite3_bind_int64(st, 10, info->shard_k);
		sqlite3_bind_int64(st, 11, info->shard_n);
	}
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_error(s, "cannot record the run");
	*run_id = sqlite3_last_insert_rowid(s->db);
	free(s->root);
	s->root = hvci_strdup(info->root);
	return HVCI_OK;
}

static const char *relative(const hvci_store *s, const char *path)
{
	size_t l = s->root ? strlen(s->root) : 0;
	if (l && path && !strncmp(path, s->root, l) && path[l] == '/')
		return path + l + 1;
	return path ? path : "";
}

static int file_id(hvci_store *s, const char *path, int64_t *id)
{
	const char *rel = relative(s, path);
	/* Most paths are known already: a read needs no write transaction. */
	if (!s->file_sel && sqlite3_prepare_v2(s->db, "SELECT id FROM files WHERE path = ?", -1,
	                                       &s->file_sel, NULL) != SQLITE_OK)
		return db_error(s, "cannot read the files");
	sqlite3_reset(s->file_sel);
	sqlite3_bind_text(s->file_sel, 1, rel, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(s->file_sel);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(s->file_sel, 0);
	else if (rc != SQLITE_DONE)
		rc = db_error(s, "cannot read the files");
	sqlite3_reset(s->file_sel);
	if (rc == SQLITE_ROW)
		return HVCI_OK;
	if (rc != SQLITE_DONE)
		return rc;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db,
	                       "INSERT INTO files (path) VALUES (?) ON CONFLICT(path) DO "
	                       "UPDATE SET path = excluded.path RETURNING id",
	                       -1, &st, NULL) != SQLITE_OK)
		return db_error(s, "cannot record a file");
	sqlite3_bind_text(st, 1, rel, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? HVCI_OK : db_error(s, "cannot record a file");
}

/* Notes' and fix-its' files are relative to the run's root like the files
 * table, so a shard built in another checkout carries no machine's paths;
 * hvci_store_load_run puts the root back in front. */
static char *notes_json(const hvci_store *s, const hvci_finding *f)
{
	json_t *a = json_array();
	for (size_t i = 0; i < f->n_notes; i++)
		json_array_append_new(
		    a, json_pack("{s:s?,s:i,s:i,s:s}", "file",
		                 f->notes[i].loc.file ? relative(s, f->notes[i].loc.file) : NULL,
		                 "line", f->notes[i].loc.line, "column", f->notes[i].loc.col,
		                 "message", f->notes[i].message));
	char *t = json_dumps(a, JSON_COMPACT);
	json_decref(a);
	return t;
}

static char *fixits_json(const hvci_store *s, const hvci_finding *f)
{
	json_t *a = json_array();
	for (size_t i = 0; i < f->n_fixits; i++) {
		const hvci_fixit *x = &f->fixits[i];
		json_array_append_new(a,
		                      json_pack("{s:s?,s:i,s:i,s:i,s:i,s:s}", "file",
		                                x->range.file ? relative(s, x->range.file) : NULL,
		                                "line", x->range.line, "column", x->range.col,
		                                "end_line", x->range.end_line, "end_column",
		                                x->range.end_col, "text", x->text));
	}
	char *t = json_dumps(a, JSON_COMPACT);
	json_decref(a);
	return t;
}

/* The earliest run that had this fingerprint, or this run, in *out. */
static int first_seen(hvci_store *s, const char *fp, int64_t run_id, int64_t *out)
{
	sqlite3_stmt *st;
	*out = run_id;
	/* Walks the (fingerprint, first_seen_run) index in order: the first
	 * row of an earlier run is the answer. */
	if (sqlite3_prepare_v2(s->db,
	                       "SELECT first_seen_run FROM findings WHERE fingerprint = ? AND "
	                       "run_id < ? ORDER BY first_seen_run LIMIT 1",
	                       -1, &st, NULL) != SQLITE_OK)
		return db_error(s, "cannot read the findings");
	sqlite3_bind_text(st, 1, fp, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, run_id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? HVCI_OK
	                                             : db_error(s, "cannot read the findings");
}

static int add_tu_body(hvci_store *s, int64_t run_id, const hvci_tu_result *r, int64_t *tu_out)
{
	int64_t fid, tuid;
	int rc = file_id(s, r->file, &fid);
	if (rc)
		return rc;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db,
	                       "INSERT OR REPLACE INTO translation_units (run_id, file_id, status, "
	                       "parse_errors, seconds, image, runtime_optin) VALUES (?, ?, ?, ?, "
	                       "?, ?, ?)",
	                       -1, &st, NULL) != SQLITE_OK)
		return db_error(s, "cannot record a translation unit");
	sqlite3_bind_int64(st, 1, run_id);
	sqlite3_bind_int64(st, 2, fid);
	sqlite3_bind_int(st, 3, (int)r->status);
	sqlite3_bind_int(st, 4, (int)r->parse_errors);
	sqlite3_bind_double(st, 5, r->seconds);
	sqlite3_bind_text(st, 6, r->image, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 7, r->runtime_optin_called ? 1 : 0);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_error(s, "cannot record a translation unit");
	tuid = sqlite3_last_insert_rowid(s->db);
	if (tu_out)
		*tu_out = tuid;
	/* Analysed here: the unit shows its own findings (schema 004). */
	if (sqlite3_prepare_v2(s->db, "UPDATE translation_units SET result_tu = id WHERE id = ?",
	                       -1, &st, NULL) != SQLITE_OK)
		return db_error(s, "cannot record a translation unit");
	sqlite3_bind_int64(st, 1, tuid);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_error(s, "cannot record a translation unit");
	rc = HVCI_OK;
	if (sqlite3_prepare_v2(
	        s->db,
	        "INSERT INTO findings (run_id, tu_id, rule, severity, file_id, line, "
	        "col, end_line, end_col, logical, message, function, source_line, "
	        "notes, fixits, suppressed, suppression, justification, fingerprint, "
	        "first_seen_run, needs_runtime_optin) VALUES "
	        "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
	        -1, &st, NULL) != SQLITE_OK)
		return db_error(s, "cannot record findings");
	uint64_t *seen = NULL;
	char **seen_file = NULL;
	size_t n_seen = 0;
	for (size_t i = 0; i < r->n_findings && !rc; i++) {
		const hvci_finding *f = &r->findings[i];
		int64_t ffid;
		if ((rc = file_id(s, f->loc.file, &ffid)))
			break;
		uint64_t h = hvci_finding_hash(f);
		size_t occ = 1;
		for (size_t k = 0; k < n_seen; k++)
			occ += seen[k] == h && !strcmp(seen_file[k], f->loc.file);
		seen = hvci_xrealloc(seen, (n_seen + 1) * sizeof *seen);
		seen_file = hvci_xrealloc(seen_file, (n_seen + 1) * sizeof *seen_file);
		seen[n_seen] = h;
		seen_file[n_seen++] = f->loc.file;
		char fp[48];
		snprintf(fp, sizeof fp, HVCI_FINGERPRINT_PREFIX "%016llx:%zu",
		         (unsigned long long)h, occ);
		int64_t first;
		if ((rc = first_seen(s, fp, run_id, &first)))
			break;
		char *notes = notes_json(s, f), *fixes = fixits_json(s, f);
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, run_id);
		sqlite3_bind_int64(st, 2, tuid);
		sqlite3_bind_text(st, 3, f->rule_id, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(st, 4, (int)f->severity);
		sqlite3_bind_int64(st, 5, ffid);
		sqlite3_bind_int(st, 6, (int)f->loc.line);
		sqlite3_bind_int(st, 7, (int)f->loc.col);
		sqlite3_bind_int(st, 8, (int)f->loc.end_line);
		sqlite3_bind_int(st, 9, (int)f->loc.end_col);
		sqlite3_bind_text(st, 10, f->loc.logical, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 11, f->message, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 12, f->function, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 13, f->source_line, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 14, notes, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 15, fixes, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(st, 16, f->suppressed);
		sqlite3_bind_text(st, 17, f->suppression, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 18, f->justification, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 19, fp, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 20, first);
		sqlite3_bind_int(st, 21, f->needs_runtime_optin);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = db_error(s, "cannot record a finding");
		free(notes);
		free(fixes);
	}
	free(seen);
	free(seen_file);
	sqlite3_finalize(st);
	return rc;
}

/* For incremental.c and read.c (store_int.h). */
int hvci_store__exec(hvci_store *s, const char *sql)
{
	return exec(s, sql);
}
int hvci_store__db_error(hvci_store *s, const char *what)
{
	return db_error(s, what);
}
int hvci_store__file_id(hvci_store *s, const char *path, int64_t *id)
{
	return file_id(s, path, id);
}
const char *hvci_store__relative(const hvci_store *s, const char *path)
{
	return relative(s, path);
}
int hvci_store__add_tu_body(hvci_store *s, int64_t run_id, const hvci_tu_result *r, int64_t *tu_id)
{
	return add_tu_body(s, run_id, r, tu_id);
}

int hvci_store_add_tu(hvci_store *s, int64_t run_id, const hvci_tu_result *r)
{
	int rc = exec(s, "BEGIN IMMEDIATE");
	if (rc)
		return rc;
	rc = add_tu_body(s, run_id, r, NULL);
	if (!rc)
		rc = exec(s, "COMMIT");
	if (rc)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

int hvci_store_run_end(hvci_store *s, int64_t run_id, const char *status)
{
	/* What only the whole run knows (a unit of an image made the opt-in
	 * call, so that image's run-time pool type is NX; a header seen by
	 * several files reported once) is applied when the run is read
	 * (run_findings, from each unit's image and runtime_optin), so the
	 * units' findings stay as analysed and later runs can share them. */
	char now[32];
	now_iso(now, sizeof now);
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "UPDATE runs SET ended_at = ?, status = ? WHERE id = ?", -1,
	                       &st, NULL) != SQLITE_OK)
		return db_error(s, "cannot finish the run");
	sqlite3_bind_text(st, 1, now, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, status, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 3, run_id);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_error(s, "cannot finish the run");
	int scans = s->watch_scans ? hvci_store__scans_report(s) : 0;
	if (scans)
		return hvci_error_set(HVCI_EDB,
		                      "%s:1: %d statement%s of this run read a whole history table "
		                      "(HVCILINT_STORE_SCANS is set)",
		                      s->path, scans, scans == 1 ? "" : "s");
	return HVCI_OK;
}

/* ------------------------------------------------------------------ */
/* Keeping the store small: gc and vacuum.                             */

static int changes_after(hvci_store *s, const char *sql, size_t *count)
{
	int rc = exec(s, sql);
	if (!rc && count)
		*count += (size_t)sqlite3_changes(s->db);
	return rc;
}

int hvci_store_gc(hvci_store *s, unsigned keep, double keep_days, hvci_gc_stats *out)
{
	hvci_gc_stats st;
	memset(&st, 0, sizeof st);
	if (out)
		*out = st;
	char runs[512];
	/* Kept: the newest `keep` runs (records of pruned runs aside), the
	 * runs of the last `keep_days` days, and every running run. */
	snprintf(runs, sizeof runs,
	         "CREATE TEMP TABLE gc_runs AS SELECT id FROM runs WHERE status <> 'running' "
	         "AND id NOT IN (SELECT id FROM runs WHERE status <> 'pruned' ORDER BY id DESC "
	         "LIMIT %u) AND (%d OR started_at < strftime('%%Y-%%m-%%dT%%H:%%M:%%SZ', 'now', "
	         "'-%.0f seconds'))",
	         keep, keep_days > 0 ? 0 : 1, keep_days > 0 ? keep_days * 86400 : 0);
	int rc = exec(s, "DROP TABLE IF EXISTS temp.gc_runs; DROP TABLE IF EXISTS temp.gc_units");
	if (!rc)
		rc = exec(s, "BEGIN IMMEDIATE");
	if (rc)
		return rc;
	/* A unit of a removed run stays while a kept run shows it. */
	if ((rc = exec(s, runs)) ||
	    (rc = exec(s, "CREATE TEMP TABLE gc_units AS SELECT t.id FROM translation_units t "
	                  "WHERE t.run_id IN temp.gc_runs AND NOT EXISTS (SELECT 1 FROM "
	                  "translation_units k WHERE k.result_tu = t.id AND k.run_id NOT IN "
	                  "temp.gc_runs)")) ||
	    (rc = changes_after(s, "DELETE FROM findings WHERE tu_id IN temp.gc_units",
	                        &st.findings)) ||
	    (rc = exec(s, "DELETE FROM tu_deps WHERE tu_id IN temp.gc_units")) ||
	    (rc = exec(s, "DELETE FROM tu_inputs WHERE tu_id IN temp.gc_units")) ||
	    (rc = changes_after(s, "DELETE FROM translation_units WHERE id IN temp.gc_units",
	                        &st.units)) ||
	    /* A run still named by what stays keeps its record. */
	    (rc = changes_after(s,
	                        "DELETE FROM runs WHERE id IN temp.gc_runs AND NOT EXISTS (SELECT "
	                        "1 FROM translation_units t WHERE t.run_id = runs.id) AND NOT "
	                        "EXISTS (SELECT 1 FROM findings f WHERE f.run_id = runs.id) AND "
	                        "NOT EXISTS (SELECT 1 FROM findings f WHERE f.first_seen_run = "
	                        "runs.id)",
	                        &st.runs)) ||
	    (rc = changes_after(s,
	                        "UPDATE runs SET status = 'pruned' WHERE id IN temp.gc_runs AND "
	                        "status <> 'pruned'",
	                        &st.runs)) ||
	    (rc = changes_after(s,
	                        "DELETE FROM files WHERE NOT EXISTS (SELECT 1 FROM "
	                        "translation_units t WHERE t.file_id = files.id) AND NOT EXISTS "
	                        "(SELECT 1 FROM findings f WHERE f.file_id = files.id) AND NOT "
	                        "EXISTS (SELECT 1 FROM tu_deps d WHERE d.file_id = files.id)",
	                        &st.files)) ||
	    (rc = exec(s, "DROP TABLE temp.gc_runs; DROP TABLE temp.gc_units")) ||
	    (rc = exec(s, "COMMIT"))) {
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return rc;
	}
	if (out)
		*out = st;
	return HVCI_OK;
}

int hvci_store_vacuum(hvci_store *s)
{
	int rc = exec(s, "PRAGMA wal_checkpoint(TRUNCATE)");
	if (!rc)
		rc = exec(s, "VACUUM");
	if (!rc)
		rc = exec(s, "PRAGMA wal_checkpoint(TRUNCATE)");
	if (!rc)
		rc = exec(s, "PRAGMA optimize");
	return rc;
}
