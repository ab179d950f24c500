/*
 * test_rules.c - the rule-table loader: the shipped tables load and answer
 * lookups, and every kind of bad row or config is a located one-line error
 * whose text is pinned here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "hvcilint.h"
#include "rules/rules.h"
#include "unit.h"

static char *write_tmp(const char *text)
{
	static int n;
	char *path = malloc(64);
	snprintf(path, 64, "/tmp/hvci-unit-%d-%d.yaml", (int)getpid(), n++);
	FILE *f = fopen(path, "w");
	fputs(text, f);
	fclose(f);
	return path;
}

static void expect_error(const char *config, const char *message_fmt)
{
	char *p = write_tmp(config);
	const char *cfg[] = {p};
	hvci_rules *r = NULL;
	int rc = hvci_rules_load(&r, HVCI_SOURCE_DIR "/rules", cfg, 1);
	CHECK(rc == HVCI_EPARSE);
	CHECK(r == NULL);
	char want[512];
	snprintf(want, sizeof want, message_fmt, p);
	CHECK_STR(hvci_error_last(), want);
	unlink(p);
	free(p);
}

int main(void)
{
	hvci_rules *r = NULL;
	CHECK(hvci_rules_load(&r, HVCI_SOURCE_DIR "/rules", NULL, 0) == HVCI_OK);
	if (!r) {
		fprintf(stderr, "cannot load rules: %s\n", hvci_error_last());
		return 1;
	}
	CHECK(hvci_rules_row_count(r) >= 100);
	size_t n;
	const hvci_api_row *row = hvci_rules_lookup(r, "ExAllocatePoolWithTag", &n);
	/* The data-allocator row (arg -1) sorts before the pool-type row. */
	CHECK(row && n == 2 && row[0].kind == HVCI_K_RETURNS_DATA && row[1].arg == 0 &&
	      row[1].kind == HVCI_K_POOL_TYPE);
	row = hvci_rules_lookup(r, "ZwCreateSection", &n);
	CHECK(row && n == 2);
	CHECK(hvci_rules_lookup(r, "NoSuchApi", &n) == NULL && n == 0);
	CHECK(hvci_rules_exec_only_api(r, "MmMapIoSpace") != NULL);
	CHECK(hvci_rules_exec_only_api(r, "ExAllocatePoolWithTag") == NULL);
	CHECK_STR(hvci_rules_value_fix(r, HVCI_K_POOL_TYPE, "NonPagedPool"), "NonPagedPoolNx");
	CHECK_STR(hvci_rules_value_fix(r, HVCI_K_PAGE_PROTECT, "PAGE_EXECUTE_READ"),
	          "PAGE_READONLY");
	CHECK(hvci_rules_value_fix(r, HVCI_K_POOL_TYPE, "NonPagedPoolNx") == NULL);
	CHECK(hvci_rules_optin_var(r, "ExDefaultNonPagedPoolType") == HVCI_K_POOL_TYPE);
	const char *const *ids = hvci_rules_for_ca(r, 30030);
	int has_pool = 0;
	for (size_t i = 0; ids && ids[i]; i++)
		has_pool |= !strcmp(ids[i], "hvci-exec-pool");
	CHECK(has_pool);
	CHECK(hvci_rules_known_id(r, "hvci-exec-*"));
	CHECK(!hvci_rules_known_id(r, "hvci-nope"));
	CHECK(hvci_rules_find(r, "hvci-exec-mdl") != NULL);
	hvci_rules_free(r);

	/* A user's wrapper row is added and overrides nothing else. */
	char *p =
	    write_tmp("apis:\n  - api: DrvAllocate\n    arg: 1\n    params: 3\n"
	              "    kind: pool-type\n    replacement: \"DrvAllocate with NonPagedPoolNx\"\n"
	              "disable: [hvci-exec-api]\n");
	const char *cfg[] = {p};
	CHECK(hvci_rules_load(&r, HVCI_SOURCE_DIR "/rules", cfg, 1) == HVCI_OK);
	if (r) {
		row = hvci_rules_lookup(r, "DrvAllocate", &n);
		CHECK(row && n == 1 && row->user && row->arg == 1);
		CHECK(hvci_rules_disabled(r, "hvci-exec-api"));
		CHECK(!hvci_rules_disabled(r, "hvci-exec-pool"));
		hvci_rules_free(r);
	}
	unlink(p);
	free(p);

	expect_error("apis:\n  - api: Foo\n    arg: 5\n    params: 2\n    kind: pool-type\n",
	             "%s:3: 'arg' 5 is out of range for 'Foo'; use a 0-based index below 'params'");
	expect_error(
	    "apis:\n  - api: Foo\n    arg: 0\n    kind: pool-kind\n",
	    "%s:4: bad 'kind' 'pool-kind' for 'Foo'; use pool-type, pool-flags, "
	    "page-protect, mdl-priority, lookaside-flags, cache-type, section-attr, "
	    "heap-flags, always-exec, listed, code-dest, mdl-base, cr0-write, returns-data, "
	    "routine-lookup, name-init, mdl-map, mdl-lock or mdl-protect");
	expect_error("apis:\n  - api: Foo\n    arg: 0\n    kind: pool-type\n    colour: red\n",
	             "%s:5: unknown key 'colour' in an API row; remove it or fix its spelling");
	expect_error("apis:\n  - api: Foo\n    arg: x\n    kind: pool-type\n",
	             "%s:3: 'arg' must be an integer, not 'x'");
	expect_error("disable: [hvci-exec-nothing]\n",
	             "%s:1: unknown rule 'hvci-exec-nothing' in 'disable'; run 'hvcilint rules' "
	             "for the list");
	expect_error("apis:\n  - api: Z\n    kind: returns-data\n    allocator-arg: 99999999999\n",
	             "%s:4: 'allocator-arg' is out of range for 'Z'; use a 0-based index up to 64, "
	             "or -1 for none");
	expect_error("apis: [\n", "%s:2: YAML error: did not find expected node content; fix the "
	                          "syntax");

	CHECK(hvci_rules_load(&r, "/nonexistent/rules", NULL, 0) == HVCI_ENOTFOUND);
	UNIT_DONE();
}
