/*
 * fuzz_sources.c - libFuzzer target for the WDK sources/dirs reader
 * (plugin/src/project/sources*.c).  The first byte chooses what the rest
 * is: a dirs file (odd) or a sources file (even), read from memory as a
 * file of a folder that does not exist, so !include, exist() and DIRS
 * name nothing on disk.  Besides memory safety it holds the reader to its
 * promises: a failure leaves one error line (FILE:LINE: ...), a success
 * gives commands whose argv starts with clang-cl and ends with /c and the
 * file, and the result converts to a compile database.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "project/project.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1 || size > (1u << 20))
		return 0;
	const char *path =
	    (data[0] & 1) ? "/nonexistent-hvci-fuzz/dirs" : "/nonexistent-hvci-fuzz/sources";
	hvci_project_options o = {(data[0] & 2) ? "checked" : NULL, NULL, "",
	                          "/nonexistent-hvci-fuzz"};
	hvci_project *p = NULL;
	hvci_error_clear();
	int rc = hvci_sources_load_buffer(&p, (const char *)data + 1, size - 1, path, &o);
	if (rc) {
		const char *e = hvci_error_last();
		if (!e || !strstr(e, ": ") || strchr(e, '\n'))
			abort();
		if (p)
			abort();
		return 0;
	}
	for (size_t i = 0; i < p->n; i++) {
		const hvci_compile_cmd *c = &p->cmds[i];
		if (c->argc < 3 || strcmp(c->argv[0], "clang-cl") ||
		    strcmp(c->argv[c->argc - 2], "/c") || strcmp(c->argv[c->argc - 1], c->file))
			abort();
	}
	free(hvci_project_to_compdb(p));
	hvci_project_free(p);
	return 0;
}
