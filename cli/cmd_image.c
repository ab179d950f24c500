/*
 * cmd_image.c - `hvcilint image`: runs the HVCI image checks on built
 * driver files (.sys, PE32 or PE32+) and prints the findings through the
 * same writers as `hvcilint check`.  It only parses options and loops over
 * the files; the PE reader and the checks live in plugin/src/image/, and
 * output, --fail-on and the rule table come from the shared CLI helpers.
 * A malformed image is reported on stderr and makes the exit code 2, but
 * the remaining files are still checked so one bad file does not hide the
 * findings of the others.
 */
#include "cli.h"
#include "util/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: hvcilint image [options] FILE...\n"
    "\n"
    "Checks built Windows driver images (.sys; PE32 and PE32+, x86, x64, ARM64)\n"
    "for what breaks under HVCI (Memory integrity): writable+executable sections,\n"
    "section alignment, the IAT in an executable section, base relocations that\n"
    "straddle a page, and imports of APIs that only give executable memory.\n"
    "\n"
    "options:\n"
    "  --map FILE          linker map (/MAP) of the image, to name the symbols behind\n"
    "                      straddling relocations; only with a single FILE\n"
    "  --format FORMAT     text (default), json, sarif, html, junit or codeclimate\n"
    "  -o, --output FILE   write the report to FILE instead of stdout\n"
    "  --sarif-category NAME  SARIF: the analysis category for code scanning\n"
    "                      (default hvcilint/image, apart from source runs)\n"
    "  --help-uri-base URL rule help links under URL (URL/ID.md, or {id} in URL)\n"
    "  --fail-on LEVEL     exit 1 when a finding reaches LEVEL: note, warning\n"
    "                      (default), error or none\n"
    "  --rules-dir DIR     load the rule table from DIR\n"
    "  --config FILE       user configuration file\n"
    "  --db FILE           also record the run in this store (the one\n"
    "                      'hvcilint check' writes, so reports show both)\n"
    "  --color, --no-color colour in text output (default: when stdout is a terminal)\n"
    "  -h, --help          print this help\n"
    "\n"
    "exit status: 0 no findings at --fail-on, 1 findings, 2 a file could not be\n"
    "checked (its one-line error names the file offset) or a usage error\n";

enum { OPT_MAP = 1, OPT_DB };

static const cli_opt image_opts[] = {
    CLI_OPT_HELP, CLI_OPTS_OUTPUT, CLI_OPTS_RULES, {"map", 0, 1, OPT_MAP}, {"db", 0, 1, OPT_DB},
};

/* The command line as one string, for the SARIF invocation record. */
static char *join_command_line(int argc, char **argv)
{
	size_t len = strlen("hvcilint") + 1;
	for (int i = 0; i < argc; i++)
		len += strlen(argv[i]) + 1;
	char *s = hvci_xmalloc(len);
	if (!s)
		return NULL;
	strcpy(s, "hvcilint");
	for (int i = 0; i < argc; i++) {
		strcat(s, " ");
		strcat(s, argv[i]);
	}
	return s;
}

/*
 * Records a file that could not be checked as a failed result with the
 * error as a tool diagnostic, so JSON/SARIF reports and the store show it
 * next to the findings of the other files.
 */
static hvci_tu_result *failed_result(const char *path, const char *msg)
{
	hvci_tu_result *r = hvci_xcalloc(1, sizeof *r);
	if (!r)
		return NULL;
	r->file = hvci_strdup(path);
	r->status = HVCI_TU_FAILED;
	hvci_loc loc;
	memset(&loc, 0, sizeof loc);
	loc.file = r->file;
	/* The location already names the file: do not repeat it in the text. */
	size_t plen = strlen(path);
	if (strncmp(msg, path, plen) == 0 && strncmp(msg + plen, ": ", 2) == 0)
		msg += plen + 2;
	if (!r->file || hvci_tu_result_add_diag(r, HVCI_SEV_ERROR, &loc, "%s", msg) != HVCI_OK) {
		hvci_tu_result_free(r);
		return NULL;
	}
	return r;
}

/* argv[0] is the subcommand name ("image"), as the dispatcher passes it. */
int cmd_image(int argc, char **argv)
{
	cli_output_opts o;
	memset(&o, 0, sizeof o);
	o.format = HVCI_FORMAT_TEXT;
	o.fail_on = HVCI_SEV_WARNING;
	o.color = -1;
	const char *map_path = NULL;
	const char *db_path = NULL;
	const char **files = hvci_xcalloc((size_t)(argc > 0 ? argc : 1), sizeof *files);
	size_t n_files = 0;
	int rc = HVCI_EXIT_ERROR;
	hvci_rules *rules = NULL;
	hvci_tu_result **results = NULL;
	size_t n_results = 0;
	char *cmdline = NULL;
	if (!files) {
		cli_error("out of memory");
		return HVCI_EXIT_ERROR;
	}

	cli_opts op;
	if (cli_opts_init(&op, "image", argc, argv, image_opts,
	                  sizeof image_opts / sizeof *image_opts))
		goto out;
	int id, bad = 0;
	while (!bad && (id = cli_opts_next(&op)) != CLI_OPT_END) {
		const char *v = op.value;
		int c = cli_common_opt(id, v, &o, NULL, NULL);
		if (c) {
			bad = c < 0;
			continue;
		}
		switch (id) {
		case CLI_OPT_OPERAND:
			files[n_files++] = v;
			break;
		case OPT_MAP:
			map_path = v;
			break;
		case OPT_DB:
			db_path = v;
			break;
		case CLI_O_HELP:
			fputs(usage, stdout);
			rc = HVCI_EXIT_OK;
			bad = 1;
			break;
		default:
			bad = 1;
			break;
		}
	}
	/* After "--" every argument is an image, even one starting with '-'. */
	for (int i = op.rest; !bad && op.dashdash && i < argc; i++)
		files[n_files++] = argv[i];
	cli_opts_free(&op);
	if (bad)
		goto out;
	if (n_files == 0) {
		cli_error("no image given; usage: hvcilint image [options] FILE...");
		goto out;
	}
	/* One map describes one link: applying it to other images would name wrong symbols. */
	if (map_path && n_files > 1) {
		cli_error("--map describes one image, but %zu were given", n_files);
		goto out;
	}
	if (cli_load_rules(&rules, &o) != HVCI_OK)
		goto out;
	/* Apart from the source runs, even when an image could not be read. */
	if (!o.sarif_category)
		o.sarif_category = "hvcilint/image";

	results = hvci_xcalloc(n_files, sizeof *results);
	cmdline = join_command_line(argc, argv);
	if (!results || !cmdline) {
		cli_error("out of memory");
		goto out;
	}
	int had_error = 0;
	for (size_t i = 0; i < n_files; i++) {
		hvci_tu_result *r = NULL;
		if (hvci_analyze_image(&r, rules, files[i], map_path) != HVCI_OK) {
			const char *last = hvci_error_last();
			/* Copied: recording the diagnostic may reuse the error buffer. */
			char *msg = hvci_strdup(last ? last : "cannot check the image");
			cli_error("%s", msg ? msg : "cannot check the image");
			had_error = 1;
			r = msg ? failed_result(files[i], msg) : NULL;
			free(msg);
		}
		if (r)
			results[n_results++] = r;
	}
	rc = cli_emit(&o, rules, results, n_results, cmdline);
	if (db_path && cli_store_results(db_path, argc, argv, results, n_results))
		rc = HVCI_EXIT_ERROR;
	if (had_error && rc < HVCI_EXIT_ERROR)
		rc = HVCI_EXIT_ERROR;
out:
	for (size_t i = 0; i < n_results; i++)
		hvci_tu_result_free(results[i]);
	free(results);
	free(cmdline);
	free(files);
	hvci_rules_free(rules);
	return rc;
}
