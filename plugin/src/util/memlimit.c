/*
 * memlimit.c - whether this process is at its address-space limit
 * (RLIMIT_AS), as a worker given --memory-limit is.  libclang reports a
 * failed allocation as a crash of the parse; these say when such a crash
 * was the limit, not the input.  It sets no limit itself (cli/limits.c
 * does).
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#include "util/util.h"

unsigned long long hvci_vm_peak(void)
{
	int fd = open("/proc/self/status", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	char b[4096];
	ssize_t n = read(fd, b, sizeof b - 1);
	close(fd);
	if (n <= 0)
		return 0;
	b[n] = '\0';
	for (char *p = b; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL) {
		if (strncmp(p, "VmPeak:", 7))
			continue;
		unsigned long long kb = 0;
		for (p += 7; *p == ' ' || *p == '\t'; p++)
			;
		for (; *p >= '0' && *p <= '9'; p++)
			kb = kb * 10 + (unsigned long long)(*p - '0');
		return kb * 1024;
	}
	return 0;
}

int hvci_near_memory_limit(unsigned long long limit)
{
	if (!limit)
		return 0;
	/* Within a sixteenth of it at its peak, or no room for that much now:
	 * the allocation that failed may have been far larger than what is
	 * left. */
	unsigned long long slack = limit / 16;
	if (hvci_vm_peak() + slack >= limit)
		return 1;
	void *m = mmap(NULL, (size_t)slack, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
	               -1, 0);
	if (m == MAP_FAILED)
		return errno == ENOMEM;
	munmap(m, (size_t)slack);
	return 0;
}

int hvci_near_address_limit(void)
{
	struct rlimit rl;
	if (getrlimit(RLIMIT_AS, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
		return 0;
	return hvci_near_memory_limit((unsigned long long)rl.rlim_cur);
}
