/*
 * fuzz_config.c - libFuzzer target for the `.hvcilint.yaml` loader: each
 * input is written to a temporary file and loaded with hvci_rules_load()
 * after the shipped rule data, as `check --config` and the config found in
 * a repository are.  To keep a run at hundreds of loads a second the
 * rules folder is a temporary one linking the shipped catalog, values,
 * sections and two of the API tables (so user rows meet shipped ones)
 * rather than all of them.  A config comes from whatever repository is being
 * checked, so besides memory safety the target holds the loader to its
 * promises: a refused config leaves one error line naming the file and a
 * line ("FILE:N: ..."), and a loaded one can be printed and queried (the
 * rows it added are found by name, the images it names match their own
 * globs).  It does not check what the rows mean (tests/unit/test_rules.c
 * does that).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hvcilint.h"
#include "rules/rules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

static const char *const shipped[] = {"catalog.yaml", "values.yaml", "sections.yaml",
                                      "ntddk.api.yaml", "misc.api.yaml"};
#define N_SHIPPED (sizeof shipped / sizeof *shipped)

static char dir[] = "/tmp/hvci-fuzz-config-XXXXXX";
static char rules_dir[sizeof dir + 16];
static char path[sizeof dir + 32];

static void cleanup(void)
{
	char link[sizeof rules_dir + 32];
	for (size_t i = 0; i < N_SHIPPED; i++) {
		snprintf(link, sizeof link, "%s/%s", rules_dir, shipped[i]);
		unlink(link);
	}
	rmdir(rules_dir);
	unlink(path);
	rmdir(dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (!mkdtemp(dir))
		abort();
	snprintf(rules_dir, sizeof rules_dir, "%s/rules", dir);
	snprintf(path, sizeof path, "%s/.hvcilint.yaml", dir);
	atexit(cleanup);
	if (mkdir(rules_dir, 0700) != 0)
		abort();
	for (size_t i = 0; i < N_SHIPPED; i++) {
		char from[4096], link[sizeof rules_dir + 32];
		snprintf(from, sizeof from, "%s/rules/%s", HVCI_SOURCE_DIR, shipped[i]);
		snprintf(link, sizeof link, "%s/%s", rules_dir, shipped[i]);
		if (symlink(from, link) != 0)
			abort();
	}
	return 0;
}

/* "PATH:N: " followed by text, on one line. */
static int located_line(const char *e)
{
	size_t n = strlen(path);
	if (!e || strncmp(e, path, n) || e[n] != ':')
		return 0;
	const char *p = e + n + 1;
	if (*p < '1' || *p > '9')
		return 0;
	while (*p >= '0' && *p <= '9')
		p++;
	return p[0] == ':' && p[1] == ' ' && !strchr(e, '\n');
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > (1u << 16))
		return 0;
	FILE *f = fopen(path, "wb");
	if (!f)
		abort();
	if (fwrite(data, 1, size, f) != size || fclose(f) != 0)
		abort();
	const char *cfg[] = {path};
	hvci_rules *r = NULL;
	hvci_error_clear();
	int rc = hvci_rules_load(&r, rules_dir, cfg, 1);
	if (rc != HVCI_OK) {
		if (r || !located_line(hvci_error_last())) {
			fprintf(stderr, "bad error: %s\n", hvci_error_last());
			abort();
		}
		return 0;
	}
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	if (!out)
		abort();
	hvci_rules_dump(r, out);
	fclose(out);
	free(buf);
	for (size_t i = 0; i < hvci_rules_row_count(r); i++) {
		const hvci_api_row *row = hvci_rules_row(r, i);
		size_t n = 0;
		if (!row->user)
			continue;
		if (!hvci_rules_lookup(r, row->api, &n) || n == 0)
			abort();
		(void)hvci_rules_kind(r, row->kind);
		(void)hvci_row_rule(row);
		(void)hvci_rules_exec_only_api(r, row->api);
	}
	for (size_t i = 0; i < hvci_rules_disabled_count(r); i++)
		if (!hvci_rules_disabled(r, hvci_rules_disabled_id(r, i)))
			abort();
	(void)hvci_rules_image_for(r, "/src/drv/a.c");
	(void)hvci_rules_image_for(r, path);
	hvci_rules_free(r);
	return 0;
}
