/*
 * store_int.h - what the store's source files share beyond the public
 * API: the connection itself, the helpers store.c defines for writing a
 * translation unit and those read.c defines for reading one back.  Not
 * API: only plugin/src/store/ includes it.
 */
#ifndef HVCI_STORE_INT_H
#define HVCI_STORE_INT_H

#include <sqlite3.h>

#include "hvcilint.h"

typedef struct hvci_hash_cache hvci_hash_cache;

struct hvci_store {
	sqlite3 *db;
	char *path;
	char *root;
	int readonly;            /* opened with hvci_store_open_read */
	hvci_hash_cache *hashes; /* content hashes computed during this run */
	/* Looked up once per included file of every unit: prepared once, since
	 * a carried-over run is mostly these lookups. */
	sqlite3_stmt *file_sel;
	/* HVCILINT_STORE_SCANS (scans.c): statements that read a history
	 * table from end to end, kept until the run ends. */
	int watch_scans;
	int scan_limit;
	char **scans;
	size_t n_scans;
};

/* store.c */
int hvci_store__exec(hvci_store *s, const char *sql);
int hvci_store__db_error(hvci_store *s, const char *what);
/* The files row of a path (made relative to the run's root), created on demand. */
int hvci_store__file_id(hvci_store *s, const char *path, int64_t *id);
const char *hvci_store__relative(const hvci_store *s, const char *path);
/* The body of hvci_store_add_tu, inside the caller's transaction; *tu_id gets the row. */
int hvci_store__add_tu_body(hvci_store *s, int64_t run_id, const hvci_tu_result *r, int64_t *tu_id);

/* read.c */
/* A stored path made absolute against the run's root; caller frees. */
char *hvci_store__absolute(const char *root, const char *path);
/* HVCI_OK, or an HVCI_EDB error naming what a result read back lacks. */
int hvci_store__check_result(hvci_store *s, const hvci_tu_result *r);

/* scans.c */
/* Starts the watch when HVCILINT_STORE_SCANS is set. */
void hvci_store__scans_watch(hvci_store *s);
/* Prints each watched statement whose plan scans a history table and
 * returns how many did; forgets them all. */
int hvci_store__scans_report(hvci_store *s);

/* incremental.c */
void hvci_store__free_hashes(hvci_store *s);

#endif
