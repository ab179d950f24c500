/*
 * main.c - the hvcilint command: a table of subcommands and the dispatcher.
 * Cross-cutting behaviour lives here: --help/--version, and turning a
 * failed write to stdout into a tool error so a full disk or a closed pipe
 * never looks like a clean run.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

typedef struct {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *desc;
} command;

static const command commands[] = {
    {"check", cmd_check, "analyse driver sources from a compile database or a command line"},
    {"compdb", cmd_compdb, "write compile_commands.json for an MSBuild solution or project"},
    {"report", cmd_report, "print a stored run, compared with an earlier one"},
    {"rules", cmd_rules, "print the rule catalog and the effective affected-API table"},
    {"image", cmd_image, "check a built driver image (.sys) for HVCI problems"},
    {"merge", cmd_merge, "join the stores of check --shard runs into one run"},
    {"store", cmd_store, "look after the run store: gc old runs, vacuum the file"},
    {"lsp", cmd_lsp, "language server for editors (stdin/stdout)"},
    {"clangd", cmd_clangd, "run clangd with hvcilint's diagnostics and quick fixes merged in"},
};

static void usage(FILE *out)
{
	fprintf(out, "usage: hvcilint <command> [options]\n\n"
	             "hvcilint finds Windows kernel-driver code that breaks under HVCI "
	             "(Memory integrity).\n\ncommands:\n");
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
		fprintf(out, "  %-8s %s\n", commands[i].name, commands[i].desc);
	fprintf(out, "\nRun 'hvcilint <command> --help' for a command's options.\n"
	             "Exit codes: 0 no findings, 1 findings, 2 tool or usage error.\n");
}

int main(int argc, char **argv)
{
	if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") ||
	    !strcmp(argv[1], "help")) {
		usage(argc < 2 ? stderr : stdout);
		return argc < 2 ? HVCI_EXIT_ERROR : HVCI_EXIT_OK;
	}
	if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "version")) {
		printf("hvcilint %s\n", HVCI_VERSION);
		return HVCI_EXIT_OK;
	}
	cli_parse_on_own_stack();
	int rc = -1;
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
		if (!strcmp(argv[1], commands[i].name))
			rc = commands[i].fn(argc - 1, argv + 1);
	if (rc < 0 && argv[1][0] == '-') {
		cli_error("unknown option '%s'; options follow the command (hvcilint check -p "
		          "DIR); run 'hvcilint --help'",
		          argv[1]);
		return HVCI_EXIT_ERROR;
	}
	if (rc < 0) {
		cli_error("unknown command '%s'; run 'hvcilint --help' for the list", argv[1]);
		return HVCI_EXIT_ERROR;
	}
	if (fflush(stdout) != 0 || ferror(stdout)) {
		cli_error("write failure on standard output");
		return HVCI_EXIT_ERROR;
	}
	return rc;
}
