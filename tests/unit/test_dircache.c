/*
 * test_dircache.c - the folder-listing cache gives the answers of
 * hvci_file_exists and hvci_resolve_case, which it stands in for when a
 * unit's includes are resolved: on a small tree with names in other cases,
 * missing folders, a folder where a file is asked for, symbolic links and
 * paths it hands back to the plain functions ("..", relative); and, over
 * rounds, the changes made between them: a header added, renamed to
 * another case or removed, a folder made, a link pointed elsewhere.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "unit.h"
#include "util/util.h"

static void touch(const char *root, const char *rel)
{
	char *p = hvci_asprintf("%s/%s", root, rel);
	FILE *f = fopen(p, "w");
	if (f)
		fclose(f);
	free(p);
}

static void dir(const char *root, const char *rel)
{
	char *p = hvci_asprintf("%s/%s", root, rel);
	mkdir(p, 0755);
	free(p);
}

int main(void)
{
	char root[] = "/tmp/hvci-dircache-XXXXXX";
	if (!mkdtemp(root)) {
		perror("mkdtemp");
		return 1;
	}
	dir(root, "Inc");
	dir(root, "Inc/Sub");
	touch(root, "Inc/FatData.h");
	touch(root, "Inc/Sub/Deep.H");
	touch(root, "Inc/upper.h");
	touch(root, "Inc/UPPER.h");
	char *target = hvci_asprintf("%s/Inc/FatData.h", root);
	char *link = hvci_asprintf("%s/Inc/Linked.h", root);
	CHECK(symlink(target, link) == 0);
	const char *rel[] = {
	    "Inc/FatData.h",
	    "inc/fatdata.h",
	    "INC/FATDATA.H",
	    "Inc/Sub/Deep.H",
	    "inc/sub/deep.h",
	    "Inc/Sub",
	    "inc/sub",
	    "Inc/missing.h",
	    "Nope/FatData.h",
	    "nope/x/y.h",
	    "Inc/upper.h",
	    "Inc/Upper.h",
	    "Inc/linked.h",
	    "Inc/Linked.h",
	    "Inc/FatData.h/x",
	    "Inc//FatData.h",
	    "Inc/Sub/../FatData.h",
	    "Inc/./FatData.h",
	    "",
	};
	hvci_dircache *dc = hvci_dircache_new();
	for (size_t i = 0; i < sizeof rel / sizeof *rel; i++) {
		char *abs = hvci_asprintf("%s/%s", root, rel[i]);
		/* Twice: the second answer comes from the listings read by the first. */
		for (int pass = 0; pass < 2; pass++) {
			if (hvci_dircache_file_exists(dc, abs) != hvci_file_exists(abs))
				fprintf(stderr, "file_exists differs for %s\n", rel[i]);
			CHECK(hvci_dircache_file_exists(dc, abs) == hvci_file_exists(abs));
			char *a = hvci_dircache_resolve_case(dc, abs);
			char *b = hvci_resolve_case(abs);
			CHECK_STR(a, b);
			free(a);
			free(b);
		}
		free(abs);
	}
	/* Relative paths are the plain functions' business. */
	CHECK(hvci_dircache_file_exists(dc, "no/such/relative.h") == 0);
	char *r = hvci_dircache_resolve_case(dc, "relative.h");
	CHECK_STR(r, "/relative.h");
	free(r);
	r = hvci_resolve_case("relative.h");
	CHECK_STR(r, "/relative.h");
	free(r);
	/* And a cache that is not there answers as the plain functions do. */
	CHECK(hvci_dircache_file_exists(NULL, target) == 1);

	/* Rounds: what changes between two is seen by the second, at once
	 * (each folder here changed within two seconds of its listing) and
	 * when the folder's times say so. */
	char *added = hvci_asprintf("%s/Inc/Added.h", root);
	char *added_lc = hvci_asprintf("%s/Inc/added.h", root);
	char *made = hvci_asprintf("%s/Made/In.h", root);
	CHECK(hvci_dircache_file_exists(dc, added) == 0);
	CHECK(hvci_dircache_file_exists(dc, made) == 0);
	touch(root, "Inc/Added.h");
	dir(root, "Made");
	touch(root, "Made/In.h");
	CHECK(hvci_dircache_file_exists(dc, added) == 0); /* the same round: as listed */
	hvci_dircache_next_round(dc);
	CHECK(hvci_dircache_file_exists(dc, added) == 1);
	CHECK(hvci_dircache_file_exists(dc, made) == 1);
	char *rc = hvci_dircache_resolve_case(dc, added_lc);
	CHECK_STR(rc, added);
	free(rc);
	char *renamed = hvci_asprintf("%s/Inc/ADDED.H", root);
	CHECK(rename(added, renamed) == 0);
	hvci_dircache_next_round(dc);
	CHECK(hvci_dircache_file_exists(dc, added) == 0);
	rc = hvci_dircache_resolve_case(dc, added_lc);
	CHECK_STR(rc, renamed);
	free(rc);
	/* A folder listed more than two seconds after its last change is
	 * trusted by its times; a change after that still shows. */
	char *stamp = hvci_asprintf("%s/Made", root);
	struct timespec old[2] = {{time(NULL) - 60, 0}, {time(NULL) - 60, 0}};
	CHECK(utimensat(AT_FDCWD, stamp, old, 0) == 0);
	hvci_dircache_next_round(dc);
	CHECK(hvci_dircache_file_exists(dc, made) == 1); /* listed again, now settled */
	hvci_dircache_next_round(dc);
	CHECK(hvci_dircache_file_exists(dc, made) == 1); /* kept */
	remove(made);
	hvci_dircache_next_round(dc);
	CHECK(hvci_dircache_file_exists(dc, made) == 0);
	/* A link pointed elsewhere: the answers are not kept across rounds. */
	CHECK(hvci_dircache_file_exists(dc, link) == 1);
	remove(link);
	char *nowhere = hvci_asprintf("%s/Inc/Nowhere.h", root);
	CHECK(symlink(nowhere, link) == 0);
	hvci_dircache_next_round(dc);
	CHECK(hvci_dircache_file_exists(dc, link) == hvci_file_exists(link));
	CHECK(hvci_dircache_file_exists(dc, link) == 0);
	rmdir(stamp);
	remove(renamed);
	free(nowhere);
	free(stamp);
	free(renamed);
	free(made);
	free(added_lc);
	free(added);
	hvci_dircache_next_round(NULL);
	hvci_dircache_free(dc);
	hvci_dircache_free(NULL);

	remove(link);
	char *p;
	const char *rm[] = {"Inc/Sub/Deep.H", "Inc/FatData.h", "Inc/upper.h",
	                    "Inc/UPPER.h",    "Inc/Sub",       "Inc"};
	for (size_t i = 0; i < sizeof rm / sizeof *rm; i++) {
		p = hvci_asprintf("%s/%s", root, rm[i]);
		remove(p);
		free(p);
	}
	rmdir(root);
	free(target);
	free(link);
	return unit_failures;
}
