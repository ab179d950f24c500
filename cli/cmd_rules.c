/*
 * cmd_rules.c - `hvcilint rules`: prints the rule catalog and the effective
 * affected-API table (shipped rows plus the user's config), like
 * clang-tidy's -dump-config.  Also where a broken table or config shows up
 * first, with its file and line.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const cli_opt rules_opts[] = {CLI_OPT_HELP, CLI_OPTS_RULES};

int cmd_rules(int argc, char **argv)
{
	cli_output_opts o;
	memset(&o, 0, sizeof o);
	cli_opts op;
	if (cli_opts_init(&op, "rules", argc, argv, rules_opts,
	                  sizeof rules_opts / sizeof *rules_opts))
		return HVCI_EXIT_ERROR;
	int id, bad = 0;
	while (!bad && (id = cli_opts_next(&op)) != CLI_OPT_END) {
		switch (id) {
		case CLI_O_HELP:
			printf("usage: hvcilint rules [--rules-dir DIR] [--config FILE] [--checks "
			       "GLOBS]\n"
			       "Prints the rule catalog and the effective affected-API table;\n"
			       "rules the config or --checks turn off are marked.\n");
			cli_opts_free(&op);
			return HVCI_EXIT_OK;
		case CLI_OPT_OPERAND:
			cli_error("'rules' takes no file ('%s'); run 'hvcilint rules --help'",
			          op.value);
			bad = 1;
			break;
		default:
			bad = id == CLI_OPT_ERROR ||
			      cli_common_opt(id, op.value, &o, NULL, NULL) <= 0;
			break;
		}
	}
	if (!bad && op.dashdash && op.rest < argc) {
		cli_error("'rules' takes no file ('%s'); run 'hvcilint rules --help'",
		          argv[op.rest]);
		bad = 1;
	}
	cli_opts_free(&op);
	if (bad)
		return HVCI_EXIT_ERROR;
	hvci_rules *r;
	if (cli_load_rules(&r, &o))
		return HVCI_EXIT_ERROR;
	hvci_rules_dump(r, stdout);
	hvci_rules_free(r);
	return HVCI_EXIT_OK;
}
