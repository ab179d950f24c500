/*
 * test_caseinc.c - the case overlay's scan of #include lines, as a worker
 * runs it for unit after unit: a header's lines are kept between units,
 * and a header that changed (its size, its time, or a new file renamed
 * over it with the same size and modification time) is read again; where
 * a name led is kept too, until a folder it was looked up in changes.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "frontend/frontend.h"
#include "unit.h"
#include "util/util.h"

static char dir[] = "/tmp/hvci-caseinc-XXXXXX";

static void put(const char *name, const char *text)
{
	char *p = hvci_asprintf("%s/%s", dir, name);
	FILE *f = fopen(p, "w");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
	free(p);
}

/* The file's time, set to `sec` seconds past the epoch. */
static void stamp(const char *name, long sec)
{
	char *p = hvci_asprintf("%s/%s", dir, name);
	struct timespec t[2] = {{sec, 0}, {sec, 0}};
	utimensat(AT_FDCWD, p, t, 0);
	free(p);
}

/* The case overlay's pairs for a.c, as "virtual>real" lines with the
 * folder left out, in the order the scan made them. */
static char *overlay(void)
{
	const char *argv[] = {"clang", "-c", "a.c", NULL};
	hvci_analyze_options o;
	memset(&o, 0, sizeof o);
	o.version = HVCI_ANALYZE_OPTIONS_VERSION;
	o.file = "a.c";
	o.directory = dir;
	o.argv = argv;
	o.argc = 3;
	o.resource_dir = "/resource";
	hvci_cmdline c;
	if (hvci_cmdline_build(&c, &o) != HVCI_OK)
		return hvci_strdup("(no command)");
	hvci_caseinc_prepare(&c, NULL, 0);
	hvci_buf b;
	hvci_buf_init(&b);
	hvci_buf_puts(&b, "");
	size_t skip = strlen(dir) + 1;
	for (size_t i = 0; i < c.case_virt.n; i++)
		hvci_buf_printf(&b, "%s>%s;", c.case_virt.v[i] + skip, c.case_real.v[i] + skip);
	hvci_cmdline_free(&c);
	return hvci_buf_take(&b);
}

int main(void)
{
	if (!mkdtemp(dir))
		return 1;
	put("a.c", "#include \"SUB.h\"\n");
	put("sub.h", "#include \"Inner.h\"\n");
	put("inner.h", "");
	put("other.h", "");
	stamp("sub.h", 1000000000);
	/* Files changed in the last two seconds are always read again: past
	 * that, the second scan below reads sub.h's lines from those kept. */
	sleep(3);
	char *got = overlay();
	CHECK_STR(got, "SUB.h>sub.h;Inner.h>inner.h;");
	free(got);
	/* The same again, from the kept lines. */
	got = overlay();
	CHECK_STR(got, "SUB.h>sub.h;Inner.h>inner.h;");
	free(got);

	/* Same size, another time. */
	put("sub.h", "#include \"Other.H\"\n");
	stamp("sub.h", 1000000100);
	got = overlay();
	CHECK_STR(got, "SUB.h>sub.h;Other.H>other.h;");
	free(got);

	/* Same size and time, another file renamed over it. */
	put("sub2.h", "#include \"INNER.h\"\n");
	stamp("sub2.h", 1000000100);
	char *from = hvci_asprintf("%s/sub2.h", dir), *to = hvci_asprintf("%s/sub.h", dir);
	CHECK(rename(from, to) == 0);
	got = overlay();
	CHECK_STR(got, "SUB.h>sub.h;INNER.h>inner.h;");
	free(got);

	/* Another size; and a header that has gone is passed over. */
	put("sub.h", "#include \"Gone.h\"\n#include \"OTHER.h\"\n");
	got = overlay();
	CHECK_STR(got, "SUB.h>sub.h;OTHER.h>other.h;");
	free(got);

	/* Where a name led is kept between units while the folders stand as
	 * they were: a file with the exact name appears, then goes, then the
	 * file the name was mapped to goes. */
	sleep(3); /* past the two seconds in which a folder is always listed again */
	got = overlay();
	CHECK_STR(got, "SUB.h>sub.h;OTHER.h>other.h;");
	free(got);
	got = overlay(); /* from the outcomes kept */
	CHECK_STR(got, "SUB.h>sub.h;OTHER.h>other.h;");
	free(got);
	put("OTHER.h", "");
	got = overlay();
	CHECK_STR(got, "SUB.h>sub.h;");
	free(got);
	char *exact = hvci_asprintf("%s/OTHER.h", dir), *mapped = hvci_asprintf("%s/other.h", dir);
	CHECK(unlink(exact) == 0);
	got = overlay();
	CHECK_STR(got, "SUB.h>sub.h;OTHER.h>other.h;");
	free(got);
	CHECK(unlink(mapped) == 0);
	got = overlay();
	CHECK_STR(got, "SUB.h>sub.h;");
	free(got);
	put("other.h", "");
	got = overlay();
	CHECK_STR(got, "SUB.h>sub.h;OTHER.h>other.h;");
	free(got);
	free(exact);
	free(mapped);

	const char *names[] = {"a.c", "sub.h", "inner.h", "other.h"};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		char *p = hvci_asprintf("%s/%s", dir, names[i]);
		unlink(p);
		free(p);
	}
	free(from);
	free(to);
	rmdir(dir);
	UNIT_DONE();
}
