/*
 * test_pathmap.c - mapping the paths of compile databases written on
 * Windows: prefixes compared without regard to case and slash kind at a
 * folder boundary, the longest winning; drive defaults; Windows command
 * line splitting; which arguments are paths.
 */
#include <stdlib.h>

#include "hvcilint.h"
#include "unit.h"

static void check_map(const hvci_pathmap *m, const char *in, const char *want)
{
	char *got = hvci_pathmap_path(m, in);
	if (want)
		CHECK_STR(got, want);
	else
		CHECK(got == NULL);
	free(got);
}

int main(void)
{
	CHECK(hvci_path_is_windows("C:\\src"));
	CHECK(hvci_path_is_windows("c:/src"));
	CHECK(hvci_path_is_windows("D:"));
	CHECK(hvci_path_is_windows("\\\\server\\share\\x"));
	CHECK(!hvci_path_is_windows("/home/u"));
	CHECK(!hvci_path_is_windows("src\\a.c"));
	CHECK(!hvci_path_is_windows("C:rel"));

	hvci_pathmap *m = hvci_pathmap_new();
	CHECK(hvci_pathmap_add(m, "C:\\src=/home/u/src") == HVCI_OK);
	CHECK(hvci_pathmap_add(m, "c:/src/drv/=/work/drv/") == HVCI_OK);
	CHECK(hvci_pathmap_add(m, "\\\\build\\share=/mnt/share") == HVCI_OK);
	CHECK(hvci_pathmap_add(m, "nothing") == HVCI_EINVALID);
	CHECK(hvci_pathmap_add(m, "C:\\x=relative") == HVCI_EINVALID);
	CHECK(hvci_pathmap_add(m, "/unix=/x") == HVCI_EINVALID);
	CHECK(hvci_pathmap_add(m, "C:\\x=") == HVCI_EINVALID);

	check_map(m, "C:\\src\\lib\\a.c", "/home/u/src/lib/a.c");
	check_map(m, "c:\\SRC\\Lib\\A.c", "/home/u/src/Lib/A.c"); /* the rest keeps its case */
	check_map(m, "C:\\src", "/home/u/src");
	check_map(m, "C:\\src\\", "/home/u/src");
	check_map(m, "C:\\Src\\Drv\\inc", "/work/drv/inc"); /* the longest prefix */
	check_map(m, "C:\\srcother\\a.c", NULL);            /* a folder boundary */
	check_map(m, "D:\\src\\a.c", NULL);
	check_map(m, "\\\\BUILD\\share\\x\\y.h", "/mnt/share/x/y.h");
	check_map(m, "inc\\sub", "inc/sub"); /* relative: slashes only */
	check_map(m, "/already/local", "/already/local");

	/* Drive defaults come after the user's prefixes. */
	hvci_pathmap_add_drives(m, "/mnt");
	check_map(m, "D:\\src\\a.c", "/mnt/d/src/a.c");
	check_map(m, "C:\\src\\a.c", "/home/u/src/a.c");
	check_map(m, "C:\\other", "/mnt/c/other");

	size_t n;
	char **v = hvci_split_windows_command(
	    "\"C:\\Program Files\\cl.exe\" /nologo -DA=\\\"x\\\" /I C:\\src\\inc "
	    "\"/IC:\\src\\with space\" a\\\\\\\\\"b c\" \"q\"\"q\" C:\\src\\a.c",
	    &n);
	CHECK(n == 9);
	if (n == 9) {
		CHECK_STR(v[0], "C:\\Program Files\\cl.exe");
		CHECK_STR(v[1], "/nologo");
		CHECK_STR(v[2], "-DA=\"x\"");
		CHECK_STR(v[3], "/I");
		CHECK_STR(v[4], "C:\\src\\inc");
		CHECK_STR(v[5], "/IC:\\src\\with space");
		CHECK_STR(v[6], "a\\\\b c");
		CHECK_STR(v[7], "q\"q");
		CHECK_STR(v[8], "C:\\src\\a.c");
	}
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);

	hvci_pathmap *only = hvci_pathmap_new();
	CHECK(hvci_pathmap_add(only, "C:\\src=/s") == HVCI_OK);
	char *args[] = {"C:\\vs\\cl.exe",
	                "/IC:\\src\\inc",
	                "-I",
	                "C:\\src\\inc2",
	                "-isystem",
	                "inc\\rel",
	                "/DPATH=\"C:\\\\keep\"",
	                "-D",
	                "X=C:\\keep",
	                "/FIC:\\src\\force.h",
	                "/IC:\\Program Files\\Windows Kits\\km",
	                "/FoC:\\src\\obj\\a.obj",
	                "C:\\src\\a.c"};
	size_t na = sizeof args / sizeof *args;
	char **a = calloc(na, sizeof *a);
	for (size_t i = 0; i < na; i++)
		a[i] = strdup(args[i]);
	char *miss = NULL;
	CHECK(hvci_pathmap_args(only, a, na, &miss) == 1);
	CHECK_STR(miss, "C:\\Program Files\\Windows Kits\\km");
	CHECK_STR(a[0], "C:\\vs\\cl.exe");
	CHECK_STR(a[1], "/I/s/inc");
	CHECK_STR(a[3], "/s/inc2");
	CHECK_STR(a[5], "inc/rel");
	CHECK_STR(a[6], "/DPATH=\"C:\\\\keep\"");
	CHECK_STR(a[8], "X=C:\\keep");
	CHECK_STR(a[9], "/FI/s/force.h");
	CHECK_STR(a[10], "/IC:/Program Files/Windows Kits/km");
	CHECK_STR(a[11], "/Fo/s/obj/a.obj");
	CHECK_STR(a[12], "/s/a.c");
	free(miss);
	for (size_t i = 0; i < na; i++)
		free(a[i]);
	free(a);
	hvci_pathmap_free(only);
	hvci_pathmap_free(m);
	hvci_pathmap_free(NULL);
	UNIT_DONE();
}
