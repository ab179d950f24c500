/*
 * cmd_rules.c - `hvcilint rules`: prints the rule catalog and the effective
 * affected-API table (shipped rows plus the user's config), like
 * clang-tidy's -dump-config.  Also where a broken table or config shows up
 * first, with its file and line.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

int cmd_rules(int argc, char **argv)
{
	cli_output_opts o;
	memset(&o, 0, sizeof o);
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			printf("usage: hvcilint rules [--rules-dir DIR] [--config FILE]\n"
			       "Prints the rule catalog and the effective affected-API table.\n");
			return HVCI_EXIT_OK;
		} else if (!strcmp(a, "--rules-dir") && i + 1 < argc) {
			o.rules_dir = argv[++i];
		} else if (!strncmp(a, "--rules-dir=", 12)) {
			o.rules_dir = a + 12;
		} else if (!strcmp(a, "--config") && i + 1 < argc) {
			o.config = argv[++i];
		} else if (!strncmp(a, "--config=", 9)) {
			o.config = a + 9;
		} else {
			cli_error("unknown option '%s' for 'rules'; run 'hvcilint rules --help'",
			          a);
			return HVCI_EXIT_ERROR;
		}
	}
	hvci_rules *r;
	if (cli_load_rules(&r, &o))
		return HVCI_EXIT_ERROR;
	hvci_rules_dump(r, stdout);
	hvci_rules_free(r);
	return HVCI_EXIT_OK;
}
