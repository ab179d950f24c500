/*
 * fuzz_prefix.c - libFuzzer target for the scan of a unit's shared-PCH
 * prefix and the word list of a PCH's headers
 * (plugin/src/frontend/pch_prefix.c).  An input is a flags byte, then a
 * main file and headers separated by NUL bytes: the k-th part after the
 * main file is written as hK.h beside it, iK.h in an include folder of the
 * user's or wK.h in a WDK include folder (k modulo 3), so that quoted and
 * <> names, guards, #pragma once and nesting are all reached.  The flags
 * byte turns on a case overlay (bit 0), an -iquote option (bit 1), C++
 * (bit 2, where `extern "C"` blocks are read) and the user's include
 * folder as an -I one (bit 3, searched first).
 *
 * Besides memory safety it holds the scan to what the PCH build relies on:
 * at most HVCI_PCH_MAX_PREFIX lines, each one line ending in a newline,
 * each an #include of a name with no quote, closing bracket, backslash or
 * newline, a `#pragma warning` line, a `#define` line with no backslash or
 * block comment, a guard comment naming an identifier, a list of names of
 * declarations read after the PCH (identifiers), or an `extern "C" {`
 * line closed by a `}` line later (blocks not nested); the last line an
 * #include or a `}`; and every entry of the word list is an identifier.
 */
#include "frontend/pch_int.h"
#include "util/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_PARTS 9

static char dir[64], inc[80], wdk[80];

/* The folder goes when the run ends: every file the inputs may leave. */
static void cleanup(void)
{
	char path[128];
	for (size_t k = 1; k < MAX_PARTS; k++) {
		const char *where = k % 3 == 1 ? dir : k % 3 == 2 ? inc : wdk;
		snprintf(path, sizeof path, "%s/%c%zu.h", where, "hiw"[(k - 1) % 3], k);
		unlink(path);
	}
	rmdir(inc);
	rmdir(wdk);
	rmdir(dir);
}

static void setup(void)
{
	if (dir[0])
		return;
	snprintf(dir, sizeof dir, "/tmp/hvcilint-fuzz-prefix-XXXXXX");
	if (!mkdtemp(dir))
		abort();
	snprintf(inc, sizeof inc, "%s/inc", dir);
	snprintf(wdk, sizeof wdk, "%s/wdk", dir);
	mkdir(inc, 0700);
	mkdir(wdk, 0700);
	atexit(cleanup);
}

static void put(const char *path, const uint8_t *p, size_t n)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		abort();
	fwrite(p, 1, n, f);
	fclose(f);
}

static int ident(const char *s)
{
	if (!*s || (*s >= '0' && *s <= '9'))
		return 0;
	for (; *s; s++)
		if (!(*s == '_' || *s == '$' || (*s >= 'a' && *s <= 'z') ||
		      (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9')))
			return 0;
	return 1;
}

static void check_line(const char *l)
{
	size_t n = strlen(l);
	if (n == 0 || l[n - 1] != '\n' || memchr(l, '\n', n - 1))
		abort(); /* one line each: the build cuts prefixes by line */
	size_t g = strlen(HVCI_PCH_GUARD);
	if (!strncmp(l, HVCI_PCH_GUARD, g)) {
		char *name = hvci_xstrndup(l + g, n - g - 1);
		if (!ident(name))
			abort();
		free(name);
	} else if (!strncmp(l, HVCI_PCH_LATER, strlen(HVCI_PCH_LATER))) {
		/* the names of declarations read after the PCH: identifiers */
		char *names =
		    hvci_xstrndup(l + strlen(HVCI_PCH_LATER), n - strlen(HVCI_PCH_LATER) - 1);
		char *save = NULL, *w = strtok_r(names, " ", &save);
		if (!w)
			abort();
		for (; w; w = strtok_r(NULL, " ", &save))
			if (!ident(w))
				abort();
		free(names);
	} else if (!strncmp(l, "#include <", 10) || !strncmp(l, "#include \"", 10)) {
		char close = l[9] == '<' ? '>' : '"';
		if (n < 13 || l[n - 2] != close)
			abort();
		for (size_t i = 10; i < n - 2; i++)
			if (l[i] == '"' || l[i] == close || l[i] == '\\' || l[i] == '\n')
				abort();
	} else if (!strcmp(l, "extern \"C\" {\n") || !strcmp(l, "}\n")) {
		/* checked as a pair below */
	} else if (!strcmp(l, "#endif\n") || !strcmp(l, HVCI_PCH_COND_PROBE "\n")) {
		/* the blocks and conditionals the scan writes */
	} else if (!strncmp(l, "#ifdef ", 7) || !strncmp(l, "#ifndef ", 8) ||
	           !strncmp(l, "#undef ", 7)) {
		size_t at = l[3] == 'n' ? 8 : 7;
		char *name = hvci_xstrndup(l + at, n - at - 1);
		if (!ident(name))
			abort();
		free(name);
	} else if (l[0] == '#' && !strncmp(l + 1 + strspn(l + 1, " \t"), "define", 6)) {
		const char *d = l + 1 + strspn(l + 1, " \t");
		if ((d[6] != ' ' && d[6] != '\t') || (n >= 2 && l[n - 2] == '\\') ||
		    strstr(l, "/*") || strstr(l, "?\?/"))
			abort(); /* continued or commented, it could run past its line */
	} else if (l[0] != '#' || !strstr(l, "pragma") || !strstr(l, "warning")) {
		abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	setup();
	uint8_t flags = data[0];
	const uint8_t *p = data + 1, *end = data + size;
	const uint8_t *part[MAX_PARTS];
	size_t len[MAX_PARTS], n = 0;
	while (n < MAX_PARTS) {
		const uint8_t *z = memchr(p, 0, (size_t)(end - p));
		part[n] = p;
		len[n++] = z ? (size_t)(z - p) : (size_t)(end - p);
		if (!z)
			break;
		p = z + 1;
	}
	char path[128];
	for (size_t k = 1; k < MAX_PARTS; k++) {
		const char *where = k % 3 == 1 ? dir : k % 3 == 2 ? inc : wdk;
		snprintf(path, sizeof path, "%s/%c%zu.h", where, "hiw"[(k - 1) % 3], k);
		if (k < n)
			put(path, part[k], len[k]);
		else
			unlink(path);
	}
	char *incs[] = {inc, wdk}, *wdks[] = {wdk};
	unsigned char plain[] = {(flags & 8) != 0, 0};
	char *argv[] = {"clang", "-iquote/nowhere", NULL};
	hvci_cmdline cl;
	memset(&cl, 0, sizeof cl);
	cl.include_dirs = incs;
	cl.n_include_dirs = 2;
	cl.include_plain = plain;
	cl.wdk_dirs = wdks;
	cl.n_wdk_dirs = 1;
	cl.overlay_path = flags & 1 ? "/nowhere/overlay.yaml" : NULL;
	cl.argv = argv;
	cl.argc = flags & 2 ? 2 : 1;
	cl.cxx = (flags & 4) != 0;
	hvci_pch_prefix pre;
	hvci_pch_scan_prefix(&pre, (const char *)part[0], len[0], dir, &cl);
	if (pre.n > HVCI_PCH_MAX_PREFIX)
		abort();
	for (size_t i = 0; i < pre.n; i++)
		check_line(pre.lines[i]);
	if (pre.n && strncmp(pre.lines[pre.n - 1], "#include ", 9) &&
	    strcmp(pre.lines[pre.n - 1], "}\n"))
		abort(); /* lines after the last #include are trimmed */
	int open = 0;
	for (size_t i = 0; i < pre.n; i++) {
		if (!strcmp(pre.lines[i], "}\n") && !open--)
			abort();
		if (!strncmp(pre.lines[i], "extern", 6) && open++)
			abort();
	}
	if (open)
		abort(); /* a block is in the prefix whole or not at all */
	hvci_pch_prefix_free(&pre);
	hvci_strset words;
	hvci_strset_init(&words);
	hvci_pch_words((const char *)part[0], len[0], &words);
	for (size_t i = 0; i < words.cap; i++)
		if (words.slots[i] && !ident(words.slots[i]))
			abort();
	hvci_strset_free(&words);
	return 0;
}
