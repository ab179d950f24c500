/*
 * limits.c - the memory limit of a worker process, and the stack libclang
 * parses on.
 *
 * A source file from a repository nobody checked can make the parser grow
 * without end (a macro expanding to itself many times over, a header that
 * is a gigabyte of tokens).  Each worker therefore runs under RLIMIT_AS:
 * 4 GiB unless --memory-limit MB or HVCILINT_MEMORY_LIMIT says otherwise
 * (0: none).  A worker that reaches it fails an allocation and aborts,
 * inside libclang (whose crash recovery turns that into "crashed") or
 * outside; either way it tells the parent before it dies, by a marker on
 * its result pipe, so the unit is reported as stopped by the limit rather
 * than as a libclang crash.  "Reached" means the peak address space came
 * within a sixteenth of the limit, or not even that much more can be
 * mapped now.
 *
 * AddressSanitizer reserves terabytes of shadow address space, so under it
 * no limit is set (the option is still parsed and checked).
 *
 * libclang runs each parse on a thread it starts for it, with an 8 MiB
 * stack, unless LIBCLANG_NOTHREADS is set.  A thread per parse costs a
 * worker about an eighth of its CPU time on a real driver tree: the new
 * stack's pages are faulted in each time, and the parse allocates from a
 * malloc arena of that thread, away from the memory the worker reuses.  So
 * hvcilint parses on the calling thread whenever its stack may grow as far
 * as libclang's own would (cli_parse_on_own_stack).
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#include "cli.h"
#include "util/util.h"

#if defined(__SANITIZE_ADDRESS__)
#define HVCI_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HVCI_ASAN 1
#endif
#endif

#define DEFAULT_MB 4096ULL
#define MARKER "\001hvcilint: memory limit\n"

static long long option_mb = -1; /* -1: not given */
static int limit_fd = -1;
static unsigned long long limit_bytes;

/* MB from "N"; -1 when malformed. */
static long long parse_mb(const char *s)
{
	if (!s || !*s)
		return -1;
	char *end;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (errno || *end || v < 0 || v > (1LL << 40))
		return -1;
	return v;
}

int cli_set_memory_limit(const char *v)
{
	long long mb = parse_mb(v);
	if (mb < 0) {
		cli_error("bad --memory-limit '%s'; use megabytes per worker, e.g. 4096 (0: none)",
		          v);
		return -1;
	}
	option_mb = mb;
	return 0;
}

unsigned long long cli_memory_limit_mb(void)
{
	if (option_mb >= 0)
		return (unsigned long long)option_mb;
	const char *e = getenv("HVCILINT_MEMORY_LIMIT");
	if (e && *e) {
		long long mb = parse_mb(e);
		if (mb >= 0)
			return (unsigned long long)mb;
		static int warned;
		if (!warned++)
			cli_warning("HVCILINT_MEMORY_LIMIT='%s' is not a number of megabytes; "
			            "using %llu",
			            e, DEFAULT_MB);
	}
	return DEFAULT_MB;
}

int cli_worker_near_limit(void)
{
	return hvci_near_memory_limit(limit_bytes);
}

int cli_worker_should_retire(void)
{
	/* The peak never comes down: a worker past half the limit has a heap
	 * that would make the next big unit fail for want of room. */
	return limit_bytes && hvci_vm_peak() > limit_bytes / 2;
}

static void on_fatal(int sig)
{
	if (limit_fd >= 0 && cli_worker_near_limit()) {
		ssize_t w = write(limit_fd, MARKER, sizeof MARKER - 1);
		(void)w;
	}
	signal(sig, SIG_DFL);
	raise(sig);
}

void cli_worker_limit_apply(int result_fd)
{
	unsigned long long mb = cli_memory_limit_mb();
#ifdef HVCI_ASAN
	mb = 0;
#endif
	if (!mb)
		return;
	limit_bytes = mb << 20;
	struct rlimit rl;
	if (getrlimit(RLIMIT_AS, &rl) == 0 && rl.rlim_max != RLIM_INFINITY &&
	    rl.rlim_max < limit_bytes)
		limit_bytes = rl.rlim_max; /* a lower hard limit stays */
	rl.rlim_cur = (rlim_t)limit_bytes;
	if (setrlimit(RLIMIT_AS, &rl) != 0)
		return;
	limit_fd = result_fd;
	signal(SIGABRT, on_fatal);
	signal(SIGSEGV, on_fatal);
	signal(SIGBUS, on_fatal);
}

int cli_worker_hit_limit(const char *buf, size_t len)
{
	return len >= sizeof MARKER - 1 && !memcmp(buf, MARKER, sizeof MARKER - 1);
}

char *cli_worker_limit_message(void)
{
	char *m = malloc(320);
	if (m)
		snprintf(m, 320,
		         "analysis needed more than the worker memory limit (%llu MB) and was "
		         "stopped; other files were analysed, raise --memory-limit MB (or "
		         "HVCILINT_MEMORY_LIMIT) for this one",
		         cli_memory_limit_mb());
	return m;
}

/* HVCILINT_DEBUG: where the parses run, and why. */
static void debug_parse_thread(const char *where)
{
	if (getenv("HVCILINT_DEBUG"))
		fprintf(stderr, "hvcilint: debug: parses run %s\n", where);
}

void cli_parse_on_own_stack(void)
{
	/* libclang's stack for a parse: DesiredStackSize in CIndex.cpp. */
	const rlim_t want = (rlim_t)8 << 20;
	if (getenv("LIBCLANG_NOTHREADS")) {
		debug_parse_thread("on the calling thread (LIBCLANG_NOTHREADS is set)");
		return; /* the user's choice, whatever it says */
	}
	struct rlimit rl;
	if (getrlimit(RLIMIT_STACK, &rl) != 0)
		return;
	if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < want) {
		/* The main thread's stack grows up to the soft limit in force
		 * when it grows, so raising it now is enough. */
		int raised = rl.rlim_max == RLIM_INFINITY || rl.rlim_max >= want;
		if (raised) {
			rl.rlim_cur = want;
			raised = setrlimit(RLIMIT_STACK, &rl) == 0;
		}
		if (!raised) {
			debug_parse_thread(
			    "on a thread libclang starts for each: the stack may not "
			    "grow to 8 MiB (ulimit -s)");
			return;
		}
	}
	setenv("LIBCLANG_NOTHREADS", "1", 1);
	debug_parse_thread("on the calling thread");
}
