/*
 * cmd_compdb.c - `hvcilint compdb --msbuild FILE.sln|FILE.vcxproj` or
 * `--sources DIR`: writes the compile_commands.json equivalent of an
 * MSBuild solution or project, or of a WDK sources tree (the commands
 * `check --msbuild`/`--sources` analyses), so clangd and other tools
 * get the same flags.  Written atomically to -o FILE, or to stdout.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "util/util.h"

static void usage(FILE *out)
{
	fprintf(out, "usage: hvcilint compdb --msbuild FILE.sln|FILE.vcxproj [options]\n"
	             "       hvcilint compdb --sources DIR [options]\n\n"
	             "options:\n"
	             "  --msbuild FILE        the solution or project to read\n"
	             "  --sources DIR         a WDK build.exe tree: the folder of a dirs or\n"
	             "                        sources file (or the file)\n"
	             "  --configuration NAME  e.g. Debug (default: Release when declared; free\n"
	             "                        or checked for --sources, default free)\n"
	             "  --platform NAME       e.g. x64, Win32, ARM64 (default: x64 when declared)\n"
	             "  --wdk DIR             a Windows Kits 10 folder (default: $WDKContentRoot;\n"
	             "                        none: the shipped fallback headers serve)\n"
	             "  --root DIR            imports may not leave DIR (default: the repository)\n"
	             "  -o, --output FILE     write to FILE (default: standard output)\n");
}

enum { OPT_OUT = 1 };

static const cli_opt compdb_opts[] = {
    CLI_OPT_HELP,
    CLI_OPTS_PROJECT,
    {"output", 'o', 1, OPT_OUT},
};

int cmd_compdb(int argc, char **argv)
{
	cli_project_opts po;
	memset(&po, 0, sizeof po);
	const char *out = NULL;
	cli_opts op;
	if (cli_opts_init(&op, "compdb", argc, argv, compdb_opts,
	                  sizeof compdb_opts / sizeof *compdb_opts))
		return HVCI_EXIT_ERROR;
	int id, bad = 0;
	while (!bad && (id = cli_opts_next(&op)) != CLI_OPT_END) {
		if (cli_project_opt(id, op.value, &po))
			continue;
		switch (id) {
		case CLI_O_HELP:
			usage(stdout);
			cli_opts_free(&op);
			return HVCI_EXIT_OK;
		case OPT_OUT:
			out = op.value;
			break;
		case CLI_OPT_OPERAND:
			cli_error(
			    "unexpected argument '%s' for 'compdb'; run 'hvcilint compdb --help'",
			    op.value);
			bad = 1;
			break;
		default:
			bad = 1;
			break;
		}
	}
	cli_opts_free(&op);
	if (bad)
		return HVCI_EXIT_ERROR;
	if (!po.msbuild && !po.sources) {
		cli_error(
		    "nothing to read: pass --msbuild FILE.sln or FILE.vcxproj, or --sources DIR");
		return HVCI_EXIT_ERROR;
	}
	hvci_project *p = cli_project_load(&po);
	if (!p)
		return HVCI_EXIT_ERROR;
	char *json = hvci_project_to_compdb(p);
	hvci_project_free(p);
	if (!json) {
		cli_error("cannot write the compile database (a path is not valid UTF-8)");
		return HVCI_EXIT_ERROR;
	}
	int rc = HVCI_EXIT_OK;
	if (!out) {
		fputs(json, stdout);
	} else {
		size_t l = strlen(out) + 16;
		char *tmp = hvci_xmalloc(l);
		snprintf(tmp, l, "%s.tmp%d", out, (int)getpid());
		FILE *f = fopen(tmp, "w");
		int ok = f && fputs(json, f) >= 0;
		if (f && fclose(f) != 0)
			ok = 0;
		if (!ok || rename(tmp, out) != 0) {
			cli_error(
			    "%s:1: cannot write the compile database; check the folder exists "
			    "and is writable",
			    out);
			unlink(tmp);
			rc = HVCI_EXIT_ERROR;
		}
		free(tmp);
	}
	free(json);
	return rc;
}
