/*
 * fuzz_baseline.c - libFuzzer target for the SARIF baseline reader of
 * `report --baseline FILE.sarif` (cli/baseline.c).  The file comes from an
 * earlier CI job, another tool or a hand-kept list, so it is untrusted.
 * An input is the file's text.  Besides memory safety the target checks
 * that a refused file leaves one error line naming it and a line, that a
 * read one has sorted keys, and that a finding carrying one of its
 * fingerprints, or the rule, file and line of one of its results, matches.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "baseline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_sorted(char **v, size_t n)
{
	for (size_t i = 1; i < n; i++)
		if (strcmp(v[i - 1], v[i]) > 0)
			abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > (1u << 16))
		return 0;
	cli_baseline b;
	hvci_error_clear();
	if (cli_baseline_load(&b, "base.sarif", (const char *)data, size, "/src")) {
		const char *e = hvci_error_last();
		if (!e || strncmp(e, "base.sarif:", 11) || e[11] < '1' || e[11] > '9' ||
		    strchr(e, '\n'))
			abort();
		return 0;
	}
	check_sorted(b.fps, b.n_fps);
	check_sorted(b.locs, b.n_locs);
	if (b.n_locs > b.results)
		abort();
	hvci_finding f;
	memset(&f, 0, sizeof f);
	for (size_t i = 0; i < b.n_fps; i++) {
		f.fingerprint = b.fps[i];
		if (!cli_baseline_has(&b, &f, "/src"))
			abort();
	}
	/* A location key is "RULE\x1fPATH\x1fLINE": rebuilt as a finding, it matches. */
	for (size_t i = 0; i < b.n_locs; i++) {
		char *k = strdup(b.locs[i]);
		if (!k)
			abort();
		char *p = strchr(k, '\x1f'), *l = p ? strrchr(k, '\x1f') : NULL;
		if (!p || l == p)
			abort();
		*p++ = *l++ = '\0';
		long line = strtol(l, NULL, 10);
		memset(&f, 0, sizeof f);
		f.rule_id = k;
		f.loc.file = p;
		f.loc.line = (unsigned)line;
		if (line >= 0 && line <= (long)UINT32_MAX && !strchr(k, '\x1f') && *p != '/' &&
		    strncmp(p, "./", 2) && !cli_baseline_has(&b, &f, NULL))
			abort();
		free(k);
	}
	cli_baseline_free(&b);
	return 0;
}
