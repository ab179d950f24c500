/*
 * scans.c - a watch for statements that read a history table from end to
 * end, for the tests that keep the store's cost independent of its age.
 *
 * With HVCILINT_STORE_SCANS=N in the environment, every statement that
 * steps more than N rows of a full scan (SQLite's FULLSCAN_STEP counter,
 * read when the statement finishes) is remembered.  When the run ends its
 * query plans are read, and a plan that scans findings, translation_units,
 * tu_inputs or tu_deps (the tables that grow with every run) fails the run
 * with one line per statement.  Scans of runs and files are allowed: they
 * grow with the tree or the number of runs, not with the findings.  This
 * is a test aid: without the variable nothing is watched and nothing
 * costs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_int.h"
#include "util/util.h"

static const char *const history_tables[] = {"findings", "translation_units", "tu_inputs",
                                             "tu_deps"};

static int on_profile(unsigned type, void *ud, void *p, void *x)
{
	(void)x;
	hvci_store *s = ud;
	if (type != SQLITE_TRACE_PROFILE)
		return 0;
	sqlite3_stmt *st = p;
	int steps = sqlite3_stmt_status(st, SQLITE_STMTSTATUS_FULLSCAN_STEP, 1);
	const char *sql = sqlite3_sql(st);
	if (steps <= s->scan_limit || !sql || !strncmp(sql, "EXPLAIN", 7))
		return 0;
	for (size_t i = 0; i < s->n_scans; i++)
		if (!strcmp(s->scans[i], sql))
			return 0;
	s->scans = hvci_xrealloc(s->scans, (s->n_scans + 1) * sizeof *s->scans);
	s->scans[s->n_scans++] = hvci_strdup(sql);
	return 0;
}

void hvci_store__scans_watch(hvci_store *s)
{
	const char *v = getenv("HVCILINT_STORE_SCANS");
	if (!v || !*v)
		return;
	s->scan_limit = atoi(v);
	if (s->scan_limit < 0)
		s->scan_limit = 0;
	s->watch_scans = 1;
	sqlite3_trace_v2(s->db, SQLITE_TRACE_PROFILE, on_profile, s);
}

static int word_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_';
}

/* 1 when sql names table under the alias ("findings fi", "findings AS fi"). */
static int aliased(const char *sql, const char *table, const char *alias, size_t alen)
{
	size_t tl = strlen(table);
	for (const char *p = sql; (p = strstr(p, table)) != NULL; p += tl) {
		if ((p > sql && word_char(p[-1])) || word_char(p[tl]))
			continue;
		const char *q = p + tl;
		while (*q == ' ')
			q++;
		if (!strncmp(q, "AS ", 3))
			for (q += 3; *q == ' ';)
				q++;
		if (!strncmp(q, alias, alen) && !word_char(q[alen]))
			return 1;
	}
	return 0;
}

/* The history table a plan line scans ("SCAN findings USING INDEX ...",
 * or "SCAN fi" for an alias of it), or NULL. */
static const char *scanned_table(const char *sql, const char *detail)
{
	if (strncmp(detail, "SCAN ", 5))
		return NULL;
	const char *t = detail + 5;
	size_t n = 0;
	while (word_char(t[n]))
		n++;
	for (size_t i = 0; i < sizeof history_tables / sizeof *history_tables; i++) {
		const char *h = history_tables[i];
		if ((strlen(h) == n && !strncmp(t, h, n)) || aliased(sql, h, t, n))
			return h;
	}
	return NULL;
}

int hvci_store__scans_report(hvci_store *s)
{
	int bad = 0;
	for (size_t i = 0; i < s->n_scans; i++) {
		char *q = hvci_asprintf("EXPLAIN QUERY PLAN %s", s->scans[i]);
		sqlite3_stmt *st;
		if (sqlite3_prepare_v2(s->db, q, -1, &st, NULL) == SQLITE_OK) {
			while (sqlite3_step(st) == SQLITE_ROW) {
				const char *d = (const char *)sqlite3_column_text(st, 3);
				const char *t = d ? scanned_table(s->scans[i], d) : NULL;
				if (!t)
					continue;
				fprintf(stderr,
				        "hvcilint: %s:1: a statement reads all of %s (%s): %s\n",
				        s->path, t, d, s->scans[i]);
				bad++;
				break;
			}
			sqlite3_finalize(st);
		}
		free(q);
		free(s->scans[i]);
	}
	free(s->scans);
	s->scans = NULL;
	s->n_scans = 0;
	return bad;
}
