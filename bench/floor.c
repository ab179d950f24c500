/*
 * floor.c - the parse floor for bench/run.sh: libclang parsing each unit
 * with exactly the arguments hvcilint used for it, and nothing else (no
 * checks, no results, no recovery passes).
 *
 *   hvcilint_floor fork|warm [-j N] [--no-dpr] [--threads] ARGV_LOG
 *
 * ARGV_LOG holds one JSON line per unit ({"argv": [...]}), as hvcilint
 * writes it under HVCILINT_ARGV_LOG=FILE.  Modes:
 *   fork  one freshly forked process per unit, N at a time (what hvcilint
 *         did before its workers lived for many units);
 *   warm  N processes forked once, each parsing its share of the units in
 *         sequence (hvcilint's worker pool without the analysis).
 * --no-dpr parses without the detailed preprocessing record, to measure
 * what the record costs.  Like hvcilint, the floor parses on the calling
 * thread (LIBCLANG_NOTHREADS); --threads gives libclang's default, a new
 * thread per parse, to measure what that costs.  Prints one line: units,
 * parse errors (clang errors summed over the units), wall seconds and the
 * largest child's peak RSS.  It is a benchmark tool: it is built, never
 * installed.
 */
#include <clang-c/Index.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

typedef struct {
	char **argv;
	int argc;
} unit;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Units from the log; argv without the preprocessing record when no_dpr. */
static unit *load(const char *path, int no_dpr, size_t *n)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		perror(path);
		exit(2);
	}
	unit *v = NULL;
	size_t cap = 0;
	*n = 0;
	char *line = NULL;
	size_t lcap = 0;
	while (getline(&line, &lcap, f) > 0) {
		json_t *o = json_loads(line, 0, NULL);
		json_t *a = o ? json_object_get(o, "argv") : NULL;
		if (!json_is_array(a)) {
			fprintf(stderr, "hvcilint_floor: %s: not an argv log line\n", path);
			exit(2);
		}
		if (*n == cap) {
			cap = cap ? cap * 2 : 256;
			v = realloc(v, cap * sizeof *v);
		}
		unit *u = &v[(*n)++];
		u->argv = calloc(json_array_size(a) + 1, sizeof *u->argv);
		u->argc = 0;
		for (size_t i = 0; i < json_array_size(a); i++) {
			const char *s = json_string_value(json_array_get(a, i));
			/* "-Xclang -detailed-preprocessing-record": both go. */
			if (no_dpr && i + 1 < json_array_size(a) && !strcmp(s, "-Xclang") &&
			    !strcmp(json_string_value(json_array_get(a, i + 1)),
			            "-detailed-preprocessing-record")) {
				i++;
				continue;
			}
			u->argv[u->argc++] = strdup(s ? s : "");
		}
		json_decref(o);
	}
	free(line);
	fclose(f);
	return v;
}

/* Parses one unit; its clang error count, or -1 when libclang gave up. */
static int parse(CXIndex idx, const unit *u, int no_dpr)
{
	unsigned flags = CXTranslationUnit_KeepGoing;
	if (!no_dpr)
		flags |= CXTranslationUnit_DetailedPreprocessingRecord;
	CXTranslationUnit tu = NULL;
	if (clang_parseTranslationUnit2FullArgv(idx, NULL, (const char *const *)u->argv, u->argc,
	                                        NULL, 0, flags, &tu) != CXError_Success ||
	    !tu)
		return -1;
	int errors = 0;
	unsigned nd = clang_getNumDiagnostics(tu);
	for (unsigned i = 0; i < nd; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		errors += clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error;
		clang_disposeDiagnostic(d);
	}
	clang_disposeTranslationUnit(tu);
	return errors;
}

int main(int argc, char **argv)
{
	int jobs = 1, no_dpr = 0, warm = -1, threads = 0;
	const char *log = NULL;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "fork"))
			warm = 0;
		else if (!strcmp(argv[i], "warm"))
			warm = 1;
		else if (!strcmp(argv[i], "-j") && i + 1 < argc)
			jobs = atoi(argv[++i]);
		else if (!strcmp(argv[i], "--no-dpr"))
			no_dpr = 1;
		else if (!strcmp(argv[i], "--threads"))
			threads = 1;
		else
			log = argv[i];
	}
	if (warm < 0 || !log || jobs < 1) {
		fprintf(stderr,
		        "usage: hvcilint_floor fork|warm [-j N] [--no-dpr] [--threads] ARGV_LOG\n");
		return 2;
	}
	/* hvcilint's own choice, which it makes when the stack may grow to
	 * 8 MiB, as it may on a machine with the usual limits. */
	if (threads)
		unsetenv("LIBCLANG_NOTHREADS");
	else
		setenv("LIBCLANG_NOTHREADS", "1", 1);
	size_t n;
	unit *u = load(log, no_dpr, &n);
	/* Each unit's error count, written by the child that parsed it into
	 * memory the parent shares (an exit status holds only 0..255, and a
	 * real unit can have thousands); -1: the parse failed or never ran. */
	long *count = mmap(NULL, (n ? n : 1) * sizeof *count, PROT_READ | PROT_WRITE,
	                   MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (count == MAP_FAILED) {
		perror("hvcilint_floor: mmap");
		return 2;
	}
	for (size_t k = 0; k < n; k++)
		count[k] = -1;
	double t0 = now();
	if (warm) {
		/* Unit k goes to process k % jobs: shares of equal size. */
		for (int p = 0; p < jobs; p++) {
			if (fork() == 0) {
				CXIndex idx = clang_createIndex(0, 0);
				for (size_t k = (size_t)p; k < n; k += (size_t)jobs)
					count[k] = parse(idx, &u[k], no_dpr);
				clang_disposeIndex(idx);
				_exit(0);
			}
		}
		while (wait(NULL) > 0)
			;
	} else {
		size_t next = 0;
		int active = 0;
		while (next < n || active) {
			while (active < jobs && next < n) {
				size_t k = next++;
				if (fork() == 0) {
					CXIndex idx = clang_createIndex(0, 0);
					count[k] = parse(idx, &u[k], no_dpr);
					clang_disposeIndex(idx);
					_exit(0);
				}
				active++;
			}
			if (wait(NULL) <= 0)
				break;
			active--;
		}
	}
	double secs = now() - t0;
	long errors = 0, failed = 0;
	for (size_t k = 0; k < n; k++) {
		if (count[k] < 0)
			failed++;
		else
			errors += count[k];
	}
	munmap(count, (n ? n : 1) * sizeof *count);
	struct rusage ru;
	getrusage(RUSAGE_CHILDREN, &ru);
	printf("units %zu errors %ld failed %ld seconds %.3f maxrss_kb %ld\n", n, errors, failed,
	       secs, ru.ru_maxrss);
	for (size_t k = 0; k < n; k++) {
		for (int i = 0; i < u[k].argc; i++)
			free(u[k].argv[i]);
		free(u[k].argv);
	}
	free(u);
	return failed ? 1 : 0;
}
