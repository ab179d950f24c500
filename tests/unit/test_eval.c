/*
 * test_eval.c - the argument evaluator, one case per evaluation strength.
 * Each case is a small driver function calling the __hvci_values test
 * intrinsic; the engine answers with a note "values: ..." that is compared
 * here.  The sources are analysed from memory (libclang unsaved files).
 */
#include <stdlib.h>

#include "hvcilint.h"
#include "unit.h"

static const char *prelude =
    "typedef enum _POOL_TYPE { NonPagedPool, PagedPool, NonPagedPoolCacheAligned = 4,\n"
    "  NonPagedPoolNx = 512 } POOL_TYPE;\n"
    "void __hvci_values(unsigned long long v);\n"
    "int Cond(void); POOL_TYPE GetPool(void); void Touch(POOL_TYPE *p);\n"
    "struct CFG { POOL_TYPE Pool; int Other; };\n"
    "#define DRV_POOL (NonPagedPoolNx | 0)\n";

static void check_values(hvci_rules *rules, const char *body, const char *want)
{
	char *src = malloc(strlen(prelude) + strlen(body) + 2);
	strcpy(src, prelude);
	strcat(src, body);
	const char *argv[] = {"clang", "-x", "c"};
	hvci_analyze_options o;
	memset(&o, 0, sizeof o);
	o.version = HVCI_ANALYZE_OPTIONS_VERSION;
	o.file = "/tmp/hvci-unit-eval.c";
	o.directory = "/tmp";
	o.argv = argv;
	o.argc = 3;
	o.unsaved_text = src;
	o.unsaved_len = strlen(src);
	hvci_tu_result *r = NULL;
	CHECK(hvci_analyze_tu(&r, rules, &o) == HVCI_OK);
	const char *got = NULL;
	for (size_t i = 0; r && i < r->n_diags; i++)
		if (!strncmp(r->diags[i].message, "values:", 7))
			got = r->diags[i].message;
	if (!got || strcmp(got, want))
		fprintf(stderr, "case:\n%s\n", body);
	CHECK_STR(got, want);
	hvci_tu_result_free(r);
	free(src);
}

int main(void)
{
	hvci_rules *rules = NULL;
	if (hvci_rules_load(&rules, HVCI_SOURCE_DIR "/rules", NULL, 0)) {
		fprintf(stderr, "%s\n", hvci_error_last());
		return 1;
	}
	/* constants, macros, flag arithmetic */
	check_values(rules, "void f(void) { __hvci_values(NonPagedPoolNx | 4); }", "values: 0x204");
	check_values(rules, "void f(void) { __hvci_values(DRV_POOL); }", "values: 0x200");
	check_values(rules, "void f(void) { __hvci_values((POOL_TYPE)(NonPagedPool + 4)); }",
	             "values: 0x4");
	check_values(rules, "void f(void) { __hvci_values(~0x200u & 0x3ff); }", "values: 0x1ff");
	/* straight-line assignments, the last one wins */
	check_values(rules,
	             "void f(void) { POOL_TYPE t = NonPagedPool; t = NonPagedPoolNx; "
	             "__hvci_values(t); }",
	             "values: 0x200");
	check_values(rules, "void f(void) { POOL_TYPE t = 0; t |= 512; __hvci_values(t); }",
	             "values: 0x200");
	/* joins across branches, switch and ?: */
	check_values(
	    rules,
	    "void f(void) { POOL_TYPE t; if (Cond()) t = NonPagedPool; else t = PagedPool; "
	    "__hvci_values(t); }",
	    "values: 0x0 0x1");
	check_values(rules,
	             "void f(void) { POOL_TYPE t = NonPagedPoolNx; if (Cond()) t = NonPagedPool; "
	             "__hvci_values(t); }",
	             "values: 0x0 0x200");
	check_values(rules,
	             "void f(void) { POOL_TYPE t = Cond() ? NonPagedPool : NonPagedPoolNx; "
	             "__hvci_values(t); }",
	             "values: 0x0 0x200");
	check_values(rules,
	             "void f(int k) { POOL_TYPE t = PagedPool; switch (k) { case 1: t = "
	             "NonPagedPool; break; case 2: t = NonPagedPoolNx; } __hvci_values(t); }",
	             "values: 0x200 0x0 0x1");
	check_values(rules,
	             "void f(void) { POOL_TYPE t = NonPagedPoolNx; while (Cond()) { t = "
	             "NonPagedPool; } __hvci_values(t); }",
	             "values: 0x200 0x0");
	check_values(rules,
	             "void f(void) { POOL_TYPE t = NonPagedPoolNx; if (Cond()) { t = NonPagedPool; "
	             "return; } __hvci_values(t); }",
	             "values: 0x200");
	/* fields */
	check_values(rules,
	             "void f(void) { struct CFG c; c.Pool = NonPagedPool; c.Other = 1; "
	             "__hvci_values(c.Pool); }",
	             "values: 0x0");
	check_values(rules,
	             "void f(struct CFG *c) { c->Pool = NonPagedPoolCacheAligned; "
	             "__hvci_values(c->Pool); }",
	             "values: 0x4");
	check_values(rules,
	             "void f(struct CFG *c) { c->Pool = NonPagedPool; GetPool(); "
	             "__hvci_values(c->Pool); }",
	             "values: unknown");
	/* static const globals yes, mutable globals no */
	check_values(rules,
	             "static const POOL_TYPE g = NonPagedPool; void f(void) { __hvci_values(g); }",
	             "values: 0x0");
	check_values(rules, "POOL_TYPE g = NonPagedPool; void f(void) { __hvci_values(g); }",
	             "values: unknown");
	/* unknown sources and escapes */
	check_values(rules, "void f(void) { POOL_TYPE t = GetPool(); __hvci_values(t); }",
	             "values: unknown");
	check_values(rules,
	             "void f(void) { POOL_TYPE t = NonPagedPool; Touch(&t); __hvci_values(t); }",
	             "values: unknown");
	/* parameters become symbolic: the basis of wrapper summaries */
	check_values(rules, "void f(POOL_TYPE a, POOL_TYPE t) { __hvci_values(t | 512); }",
	             "values: param1|0x200");
	hvci_rules_free(rules);
	UNIT_DONE();
}
