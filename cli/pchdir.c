/*
 * pchdir.c - whether and where shared precompiled headers are kept (--pch,
 * --pch-dir, --no-pch).  The analysis itself is in plugin/src/frontend/pch.c.
 *
 * On unless --no-pch (or HVCILINT_PCH=0) says otherwise: they change no
 * report and save time (docs/speed.md has the figures).  They are kept in
 * the user's own cache folder, $XDG_CACHE_HOME/hvcilint/pch or
 * ~/.cache/hvcilint/pch, as clangd and ccache keep theirs; --pch-dir DIR
 * keeps them in DIR.  Not in the store's
 * folder: a store may come from somebody else, and a PCH is loaded into the
 * parser as it is, so a planted one could change what the analysis sees.
 * For the same reason a folder that is not the user's, or that others may
 * write to, is never used: the run goes on without PCHs, after a warning
 * when --pch or --pch-dir asked for them.
 * The folder is resolved once, in the parent, before workers start.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "util/util.h"

static char *option_dir;   /* --pch-dir */
static int option_on = -1; /* --pch or --pch-dir: 1, --no-pch: 0, neither: -1 */
static char *resolved;
static int resolved_once;

void cli_set_pch_dir(const char *dir)
{
	free(option_dir);
	option_dir = hvci_strdup(dir);
	option_on = 1;
}

void cli_set_pch(int on)
{
	option_on = on;
}

const char *cli_pch_dir(void)
{
	if (resolved_once)
		return resolved;
	resolved_once = 1;
	/* HVCILINT_PCH=0 stands for --no-pch and HVCILINT_PCH=1 for --pch when
	 * no option says: the test suite runs once each way, to show that
	 * PCHs change nothing. */
	const char *env = getenv("HVCILINT_PCH");
	int asked = option_on == 1 || (option_on < 0 && env && !strcmp(env, "1"));
	if (option_on == 0 || (option_on < 0 && env && !strcmp(env, "0")))
		return NULL;
	char *dir = NULL;
	const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
	if (option_dir)
		dir = hvci_strdup(option_dir);
	else if (xdg && xdg[0] == '/')
		dir = hvci_asprintf("%s/hvcilint/pch", xdg);
	else if (home && home[0] == '/')
		dir = hvci_asprintf("%s/.cache/hvcilint/pch", home);
	else
		return NULL;
	struct stat st;
	if (hvci_mkdirs(dir, 0, 1) || lstat(dir, &st) != 0 || !S_ISDIR(st.st_mode) ||
	    st.st_uid != geteuid() || (st.st_mode & 022)) {
		if (asked)
			cli_warning(
			    "%s: not a folder of yours alone, so not used for precompiled headers; "
			    "analysing without them (give --pch-dir DIR, or --no-pch)",
			    dir);
		free(dir);
		return NULL;
	}
	resolved = dir;
	return resolved;
}
