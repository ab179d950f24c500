/*
 * test_index.c - the index a unit hands to the store: with want_index it
 * lists the files the unit read with their hashes ("deps"), unless
 * index_no_deps says nothing will store or fix the results; the exported
 * summaries ("defs") are there either way, for the cross-file rounds.
 */
#include <stdlib.h>
#include <unistd.h>

#include "hvcilint.h"
#include "unit.h"

static char *index_of(hvci_rules *rules, const char *file, int no_deps)
{
	const char *argv[] = {"clang", "-x", "c", "-c", file};
	hvci_analyze_options o;
	memset(&o, 0, sizeof o);
	o.version = HVCI_ANALYZE_OPTIONS_VERSION;
	o.file = file;
	o.directory = "/tmp";
	o.argv = argv;
	o.argc = 5;
	o.want_index = 1;
	o.index_no_deps = no_deps;
	hvci_tu_result *r = NULL;
	CHECK(hvci_analyze_tu(&r, rules, &o) == HVCI_OK);
	char *idx = r && r->index ? strdup(r->index) : NULL;
	hvci_tu_result_free(r);
	return idx;
}

int main(void)
{
	hvci_rules *rules = NULL;
	if (hvci_rules_load(&rules, HVCI_SOURCE_DIR "/rules", NULL, 0)) {
		fprintf(stderr, "%s\n", hvci_error_last());
		return 1;
	}
	char dir[] = "/tmp/hvci-unit-index.XXXXXX";
	CHECK(mkdtemp(dir) != NULL);
	char h[64], c[64];
	snprintf(h, sizeof h, "%s/wrap.h", dir);
	snprintf(c, sizeof c, "%s/wrap.c", dir);
	FILE *f = fopen(h, "w");
	fputs("int Helper(int pool);\n", f);
	fclose(f);
	f = fopen(c, "w");
	fputs("#include \"wrap.h\"\nint Wrap(int p) { return Helper(p); }\n", f);
	fclose(f);

	char *with = index_of(rules, c, 0);
	char *without = index_of(rules, c, 1);
	CHECK(with && strstr(with, "wrap.h\""));
	CHECK(with && strstr(with, "\"deps\":{\""));
	CHECK(without && !strstr(without, "wrap.h"));
	CHECK(without && strstr(without, "\"deps\":{}"));
	CHECK(without && strstr(without, "\"calls\":[\""));
	free(with);
	free(without);
	unlink(h);
	unlink(c);
	rmdir(dir);
	hvci_rules_free(rules);
	UNIT_DONE();
}
