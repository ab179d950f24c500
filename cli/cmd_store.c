/*
 * cmd_store.c - `hvcilint store`: looking after the run store itself.
 *
 *   hvcilint store gc [--db FILE] --keep N [--keep-days D]
 *   hvcilint store vacuum [--db FILE]
 *
 * gc removes old runs and everything only they use (the store keeps the
 * rows a kept run still shows); vacuum then gives the freed pages back to
 * the disk.  Neither analyses anything.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: hvcilint store gc [--db FILE] --keep N [--keep-days D]\n"
	        "       hvcilint store vacuum [--db FILE]\n\n"
	        "  gc       remove the runs that are neither among the newest N nor started\n"
	        "           within the last D days, with every unit, finding and file only\n"
	        "           they use (running runs are kept)\n"
	        "  vacuum   give the space freed by gc back to the disk (rewrites the file)\n\n"
	        "  --db FILE      the store (default: hvcilint.db)\n"
	        "exit: 0 done, 2 tool or usage error\n");
}

/* A whole non-negative number, else -1. */
static double number(const char *v, int whole)
{
	char *end;
	double d = strtod(v, &end);
	if (!*v || *end || d < 0 || (whole && d != (double)(unsigned)d))
		return -1;
	return d;
}

int cmd_store(int argc, char **argv)
{
	if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		usage(argc < 2 ? stderr : stdout);
		return argc < 2 ? HVCI_EXIT_ERROR : HVCI_EXIT_OK;
	}
	const char *what = argv[1];
	int gc = !strcmp(what, "gc");
	if (!gc && strcmp(what, "vacuum")) {
		cli_error("unknown 'store' command '%s'; use gc or vacuum", what);
		return HVCI_EXIT_ERROR;
	}
	const char *db = "hvcilint.db", *v;
	double keep = -1, days = -1;
	for (int i = 2; i < argc; i++) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			usage(stdout);
			return HVCI_EXIT_OK;
		} else if ((v = cli_optval(argc, argv, &i, "--db"))) {
			db = v;
		} else if (gc && (v = cli_optval(argc, argv, &i, "--keep"))) {
			if ((keep = number(v, 1)) < 1) {
				cli_error(
				    "bad --keep '%s'; give the number of runs to keep, 1 or more",
				    v);
				return HVCI_EXIT_ERROR;
			}
		} else if (gc && (v = cli_optval(argc, argv, &i, "--keep-days"))) {
			if ((days = number(v, 0)) <= 0) {
				cli_error("bad --keep-days '%s'; give a number of days above 0", v);
				return HVCI_EXIT_ERROR;
			}
		} else {
			cli_error("unknown option '%s' for 'store %s'; run 'hvcilint store --help'",
			          argv[i], what);
			return HVCI_EXIT_ERROR;
		}
	}
	if (gc && keep < 0 && days < 0) {
		cli_error("store gc needs --keep N or --keep-days D (or both: a run stays when "
		          "either keeps it)");
		return HVCI_EXIT_ERROR;
	}
	struct stat st;
	if (lstat(db, &st) != 0) {
		cli_error("%s:1: no store here; pass --db with the store's path", db);
		return HVCI_EXIT_ERROR;
	}
	hvci_store *s;
	if (hvci_store_open(&s, db)) {
		cli_error("%s", hvci_error_last());
		return HVCI_EXIT_ERROR;
	}
	int rc;
	if (gc) {
		hvci_gc_stats g;
		rc = hvci_store_gc(s, keep > 0 ? (unsigned)keep : 0, days > 0 ? days : 0, &g);
		if (!rc)
			printf("%s: removed %zu runs, %zu units, %zu findings and %zu files; "
			       "'hvcilint store vacuum' gives the space back to the disk\n",
			       db, g.runs, g.units, g.findings, g.files);
	} else {
		off_t before = st.st_size;
		rc = hvci_store_vacuum(s);
		if (!rc && stat(db, &st) == 0)
			printf("%s: %lld bytes, was %lld\n", db, (long long)st.st_size,
			       (long long)before);
	}
	if (rc)
		cli_error("%s", hvci_error_last());
	hvci_store_close(s);
	return rc ? HVCI_EXIT_ERROR : HVCI_EXIT_OK;
}
