/*
 * cmd_store.c - `hvcilint store`: looking after the run store itself.
 *
 *   hvcilint store gc [-p BUILD_DIR | --db FILE] --keep N [--keep-days D] [--vacuum]
 *   hvcilint store vacuum [-p BUILD_DIR | --db FILE]
 *
 * gc removes old runs and everything only they use (the store keeps the
 * rows a kept run still shows); vacuum then gives the freed pages back to
 * the disk (gc --vacuum does both).  gc is one transaction: a gc that is
 * killed leaves the store as it was.  Neither analyses anything.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: hvcilint store gc [-p BUILD_DIR | --db FILE] --keep N [--keep-days D]\n"
	        "                         [--vacuum]\n"
	        "       hvcilint store vacuum [-p BUILD_DIR | --db FILE]\n\n"
	        "  gc       remove the runs that are neither among the newest N nor started\n"
	        "           within the last D days, with every unit, finding and file only\n"
	        "           they use (running runs are kept); --vacuum then vacuums\n"
	        "  vacuum   give the space freed by gc back to the disk (rewrites the file)\n\n"
	        "  --db FILE      the store (default: found as 'hvcilint report' finds it:\n"
	        "                 BUILD_DIR/hvcilint.db for -p BUILD_DIR, else ./hvcilint.db\n"
	        "                 or the store beside the nearest compile database)\n"
	        "exit: 0 done, 2 tool or usage error\n");
}

enum { OPT_DB = 1, OPT_P, OPT_KEEP, OPT_KEEP_DAYS, OPT_VACUUM };

static const cli_opt store_opts[] = {
    CLI_OPT_HELP,
    {"db", 0, 1, OPT_DB},
    {"build-dir", 'p', 1, OPT_P},
    {"keep", 0, 1, OPT_KEEP},
    {"keep-days", 0, 1, OPT_KEEP_DAYS},
    {"vacuum", 0, 0, OPT_VACUUM},
};

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
	const char *db = NULL;
	char *pdir = NULL, found[4096];
	long keep = -1;
	double days = -1;
	int vacuum = 0;
	char cmd[32];
	snprintf(cmd, sizeof cmd, "store %s", what);
	cli_opts op;
	if (cli_opts_init(&op, "store", argc - 1, argv + 1, store_opts,
	                  sizeof store_opts / sizeof *store_opts))
		return HVCI_EXIT_ERROR;
	int id, bad = 0;
	while (!bad && (id = cli_opts_next(&op)) != CLI_OPT_END) {
		const char *v = op.value;
		switch (id) {
		case CLI_O_HELP:
			usage(stdout);
			cli_opts_free(&op);
			return HVCI_EXIT_OK;
		case OPT_DB:
			db = v;
			break;
		case OPT_P:
			free(pdir);
			bad = !(pdir = cli_compdb_dir(v));
			break;
		case OPT_KEEP:
		case OPT_KEEP_DAYS:
		case OPT_VACUUM:
			if (!gc) {
				cli_error("option '%s' is for 'store gc' only; run 'hvcilint store "
				          "--help'",
				          id == OPT_KEEP        ? "--keep"
				          : id == OPT_KEEP_DAYS ? "--keep-days"
				                                : "--vacuum");
				bad = 1;
			} else if (id == OPT_VACUUM) {
				vacuum = 1;
			} else if (id == OPT_KEEP) {
				bad = cli_num_long("--keep", v, 1, 1000000000L, &keep) != 0;
			} else if (cli_num_double("--keep-days", v, 0, 1e6, &days)) {
				bad = 1;
			} else if (days <= 0) {
				cli_error("bad --keep-days '%s'; give a number of days above 0", v);
				bad = 1;
			}
			break;
		case CLI_OPT_OPERAND:
			cli_error("unexpected argument '%s' for '%s'; run 'hvcilint store --help'",
			          v, cmd);
			bad = 1;
			break;
		default:
			bad = 1;
			break;
		}
	}
	cli_opts_free(&op);
	if (!bad && gc && keep < 0 && days < 0) {
		cli_error("store gc needs --keep N or --keep-days D (or both: a run stays when "
		          "either keeps it)");
		bad = 1;
	}
	if (!bad && !db) {
		char *f = cli_find_store(pdir, "store");
		if (f) {
			snprintf(found, sizeof found, "%s", f);
			db = found;
		}
		bad = !f;
		free(f);
	}
	free(pdir);
	if (bad)
		return HVCI_EXIT_ERROR;
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
			printf("%s: removed %zu runs, %zu units, %zu findings and %zu files%s\n",
			       db, g.runs, g.units, g.findings, g.files,
			       vacuum
			           ? ""
			           : "; 'hvcilint store vacuum' gives the space back to the disk");
	}
	if (!gc || (vacuum && !rc)) {
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
