/*
 * test_pack.c - a worker's result crosses to its parent as packed bytes
 * (report/pack.c) and must arrive as the JSON form would have brought it:
 * the same JSON report for a result with every member set, NULL strings,
 * a unit with nothing to say in its coverage, an end column without an end
 * line. Every cut of the bytes, and bytes added after them, is an error
 * with a message and no result. A string that is not UTF-8, which JSON
 * cannot carry, arrives as its bytes.
 */
#include <stdlib.h>
#include <string.h>

#include "hvcilint.h"
#include "unit.h"
#include "util/util.h"

static hvci_loc loc(const char *file, unsigned line, unsigned end_line, unsigned end_col)
{
	hvci_loc l;
	memset(&l, 0, sizeof l);
	l.file = file ? strdup(file) : NULL;
	l.line = line;
	l.col = 3;
	l.end_line = end_line;
	l.end_col = end_col;
	return l;
}

static hvci_tu_result *full(void)
{
	hvci_tu_result *r = calloc(1, sizeof *r);
	r->file = strdup("/p/drv.c");
	r->image = strdup("drv");
	r->status = HVCI_TU_PARSE_ERRORS;
	r->parse_errors = 7;
	r->runtime_optin_called = 5; /* any nonzero: crosses as 1 */
	r->seconds = 0.1 + 0.2;
	hvci_coverage *c = &r->coverage;
	c->functions = 4;
	c->functions_analysed = 3;
	c->calls = 9;
	c->calls_ast = 6;
	c->calls_tokens = 2;
	c->calls_unanalysed = 1;
	c->recovery_passes = 2;
	c->n_stand_in_headers = 1;
	c->stand_in_headers = calloc(1, sizeof *c->stand_in_headers);
	c->stand_in_headers[0] = strdup("foo.h");
	c->n_stand_in_names = 2;
	c->stand_in_names = calloc(2, sizeof *c->stand_in_names);
	c->stand_in_names[0] = strdup("FOO_T");
	c->stand_in_names[1] = strdup("BAR");
	c->n_sites = 2;
	c->sites = calloc(2, sizeof *c->sites);
	c->sites[0].loc = loc("/p/drv.c", 12, 0, 9); /* an end column alone is dropped */
	c->sites[0].api = strdup("ExAllocatePoolWithTag");
	c->sites[0].how = HVCI_COV_TOKENS;
	c->sites[0].reason = strdup("the code around it did not parse");
	c->sites[1].loc = loc("/p/drv.c", 14, 14, 20);
	c->sites[1].how = HVCI_COV_UNANALYSED; /* no api, no reason */
	for (int k = 0; k < 2; k++) {
		hvci_finding f;
		memset(&f, 0, sizeof f);
		f.rule_id = strdup(k ? "hvci-exec-mdl" : "hvci-exec-pool");
		f.severity = k ? HVCI_SEV_ERROR : HVCI_SEV_WARNING;
		f.loc = loc("/p/drv.c", 20 + k, 20 + k, 30);
		f.loc.logical = k ? strdup("section .text, RVA 0x1040") : NULL;
		f.message = strdup("'ExAllocatePoolWithTag' allocates executable memory");
		f.function = k ? NULL : strdup("DriverEntry");
		f.source_line = strdup("\tp = ExAllocatePoolWithTag(NonPagedPool, 8, 'x');");
		f.statement_key = k ? NULL : strdup("p=ExAllocatePoolWithTag(NonPagedPool,8,'x');");
		f.n_notes = (size_t)k + 1;
		f.notes = calloc(f.n_notes, sizeof *f.notes);
		for (size_t i = 0; i < f.n_notes; i++) {
			f.notes[i].loc = loc("/p/h.h", 5 + (unsigned)i, 0, 0);
			f.notes[i].message = strdup("passes it here");
		}
		f.n_fixits = (size_t)(1 - k);
		f.fixits = f.n_fixits ? calloc(1, sizeof *f.fixits) : NULL;
		if (f.n_fixits) {
			f.fixits[0].range = loc("/p/drv.c", 20, 20, 42);
			f.fixits[0].text = strdup("NonPagedPoolNx");
		}
		f.suppressed = k * 3;
		f.suppression = k ? strdup("NOLINT") : NULL;
		f.justification = k ? strdup("checked by hand") : NULL;
		f.needs_runtime_optin = 1 - k;
		hvci_tu_result_add(r, &f);
	}
	hvci_loc dl = loc("/p/drv.c", 2, 0, 0);
	hvci_tu_result_add_diag(r, HVCI_SEV_NOTE, &dl, "%s", "1 parse error");
	hvci_loc_clear(&dl);
	r->index = strdup("{\"calls\":[],\"defs\":[],\"deps\":[]}");
	return r;
}

static hvci_rules *rules;

/* One result as a report in every format, one after another. */
static char *reports(hvci_tu_result *r)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	hvci_write_options wo;
	memset(&wo, 0, sizeof wo);
	wo.root = "/p";
	static const hvci_format fmts[] = {HVCI_FORMAT_TEXT, HVCI_FORMAT_JSON, HVCI_FORMAT_SARIF,
	                                   HVCI_FORMAT_HTML, HVCI_FORMAT_JUNIT};
	for (size_t i = 0; f && i < sizeof fmts / sizeof *fmts; i++)
		(void)hvci_write(f, fmts[i], rules, &r, 1, &wo);
	if (f)
		fclose(f);
	return buf;
}

/* The JSON form's trip, and the packed one, as every report prints them. */
static void same_trip(hvci_tu_result *r, const char *what)
{
	char *json = hvci_tu_result_to_json(r);
	hvci_tu_result *via_json = NULL;
	CHECK(hvci_tu_result_from_json(&via_json, json) == HVCI_OK);
	size_t len = 0;
	char *bytes = hvci_tu_result_pack(r, &len);
	hvci_tu_result *via_pack = NULL;
	CHECK(hvci_tu_result_unpack(&via_pack, bytes, len) == HVCI_OK);
	char *a = via_json ? reports(via_json) : NULL;
	char *b = via_pack ? reports(via_pack) : NULL;
	if (!a || !b || strcmp(a, b)) {
		fprintf(stderr, "%s: JSON trip\n%s\npacked trip\n%s\n", what, a ? a : "-",
		        b ? b : "-");
		unit_failures++;
	}
	/* Every cut, and a byte more, is an error with a message. */
	for (size_t cut = 0; cut < len; cut++) {
		hvci_tu_result *t = (hvci_tu_result *)1;
		int rc = hvci_tu_result_unpack(&t, bytes, cut);
		CHECK(rc != HVCI_OK && t == NULL && strstr(hvci_error_last(), "worker output"));
		if (rc == HVCI_OK)
			hvci_tu_result_free(t);
	}
	char *more = malloc(len + 1);
	memcpy(more, bytes, len);
	more[len] = 'x';
	hvci_tu_result *t = NULL;
	CHECK(hvci_tu_result_unpack(&t, more, len + 1) != HVCI_OK && t == NULL);
	free(more);
	free(a);
	free(b);
	free(bytes);
	free(json);
	hvci_tu_result_free(via_json);
	hvci_tu_result_free(via_pack);
}

int main(void)
{
	if (hvci_rules_load(&rules, HVCI_SOURCE_DIR "/rules", NULL, 0) != HVCI_OK) {
		fprintf(stderr, "cannot load rules: %s\n", hvci_error_last());
		return 1;
	}
	hvci_tu_result *r = full();
	same_trip(r, "every member");

	/* Nothing to say in the coverage: names alone do not cross in JSON. */
	hvci_coverage_clear(&r->coverage);
	r->coverage.n_stand_in_names = 1;
	r->coverage.stand_in_names = calloc(1, sizeof *r->coverage.stand_in_names);
	r->coverage.stand_in_names[0] = strdup("LONELY");
	same_trip(r, "coverage with nothing to say");
	hvci_tu_result_free(r);

	/* The least a worker sends. */
	hvci_tu_result *m = calloc(1, sizeof *m);
	m->file = strdup("/p/empty.c");
	same_trip(m, "no findings");

	/* A source line that is not UTF-8 arrives as its bytes. */
	hvci_finding f;
	memset(&f, 0, sizeof f);
	f.rule_id = strdup("hvci-exec-pool");
	f.severity = HVCI_SEV_WARNING;
	f.loc = loc("/p/empty.c", 1, 0, 0);
	f.message = strdup("m");
	f.source_line = strdup("\t/* caf\xe9 */ p = Alloc();");
	hvci_tu_result_add(m, &f);
	size_t len;
	char *bytes = hvci_tu_result_pack(m, &len);
	hvci_tu_result *back = NULL;
	CHECK(hvci_tu_result_unpack(&back, bytes, len) == HVCI_OK);
	CHECK(back && back->n_findings == 1);
	if (back && back->n_findings == 1)
		CHECK_STR(back->findings[0].source_line, "\t/* caf\xe9 */ p = Alloc();");
	free(bytes);
	hvci_tu_result_free(back);
	hvci_tu_result_free(m);

	/* A worker's result without its file is malformed, as in JSON. */
	hvci_tu_result *nofile = calloc(1, sizeof *nofile);
	bytes = hvci_tu_result_pack(nofile, &len);
	back = NULL;
	CHECK(hvci_tu_result_unpack(&back, bytes, len) != HVCI_OK && back == NULL);
	free(bytes);
	hvci_tu_result_free(nofile);
	hvci_rules_free(rules);
	return unit_failures;
}
