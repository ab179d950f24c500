/*
 * kept_harness.c - a real PCH folder for the fuzz targets of what hvcilint
 * keeps there: a temporary folder of the user's own, closed to others, with
 * each input written as the one kept file, so that the product's own checks
 * of the folder (pch_folder.c, linked as it is) pass and every input
 * reaches the reader.
 */
#include "kept_harness.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[64], sub_dir[128], file[256];

static void cleanup(void)
{
	unlink(file);
	rmdir(sub_dir);
	rmdir(dir);
}

const char *fuzz_kept_file(const char *sub, const char *key, const uint8_t *data, size_t size)
{
	if (!dir[0]) {
		snprintf(dir, sizeof dir, "/tmp/hvcilint-fuzz-kept-XXXXXX");
		if (!mkdtemp(dir))
			abort();
		snprintf(sub_dir, sizeof sub_dir, "%s/%s", dir, sub);
		snprintf(file, sizeof file, "%s/%s", sub_dir, key);
		atexit(cleanup);
	}
	mkdir(sub_dir, 0700);
	int fd = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	/* Closed to others whatever the umask. */
	if (fd < 0 || fchmod(fd, 0600) != 0 || (size && write(fd, data, size) != (ssize_t)size))
		abort();
	close(fd);
	return dir;
}
