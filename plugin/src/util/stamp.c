/*
 * stamp.c - how a file or folder stood when it was read, so that what was
 * made of it can be kept and used again while it stands the same way: its
 * device, inode, size, and change and modification times.  A path changed
 * within two seconds of its reading is never trusted by them, since a
 * second change within the file system's clock tick keeps the same times
 * (git's "racily clean" entries).  It reads nothing itself.
 */
#include <time.h>

#include "util/util.h"

static int same_time(const struct timespec *a, const struct timespec *b)
{
	return a->tv_sec == b->tv_sec && a->tv_nsec == b->tv_nsec;
}

int hvci_stamp_take(hvci_stamp *s, const char *path)
{
	s->seen = stat(path, &s->st) == 0;
	struct timespec now;
	clock_gettime(CLOCK_REALTIME, &now);
	s->racy = s->seen && (s->st.st_mtim.tv_sec + 2 >= now.tv_sec ||
	                      s->st.st_ctim.tv_sec + 2 >= now.tv_sec);
	return s->seen;
}

int hvci_stamp_holds(const hvci_stamp *s, const struct stat *st)
{
	return s->seen && !s->racy && st->st_dev == s->st.st_dev && st->st_ino == s->st.st_ino &&
	       st->st_size == s->st.st_size && same_time(&st->st_mtim, &s->st.st_mtim) &&
	       same_time(&st->st_ctim, &s->st.st_ctim);
}
