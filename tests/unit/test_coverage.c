/*
 * test_coverage.c - coverage as every writer shows it, from results built
 * by hand: the text warning per unanalysed call and the run summary; the JSON run totals; SARIF
 * notifications, run properties and executionSuccessful; the JUnit <error> (or <system-out> when
 * partial coverage is accepted) and <skipped>; the HTML figure and file marker. Coverage lines are
 * never findings, and results without coverage (read from a store that keeps none) say nothing
 * about it.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "hvcilint.h"
#include "unit.h"

static void site(hvci_coverage *c, const char *file, unsigned line, unsigned col, const char *api,
                 hvci_cov_how how, const char *reason)
{
	c->sites = realloc(c->sites, (c->n_sites + 1) * sizeof *c->sites);
	hvci_cov_call *k = &c->sites[c->n_sites++];
	memset(k, 0, sizeof *k);
	k->loc.file = hvci_strdup(file);
	k->loc.line = line;
	k->loc.col = col;
	k->api = hvci_strdup(api);
	k->how = how;
	k->reason = reason ? hvci_strdup(reason) : NULL;
}

static hvci_tu_result *unit(const char *file)
{
	hvci_tu_result *r = calloc(1, sizeof *r);
	r->file = hvci_strdup(file);
	return r;
}

/* drv.c: 2 of 4 calls on the AST, 1 from tokens, 1 not analysed, a stand-in
 * header and one finding. */
static hvci_tu_result *partial_unit(void)
{
	hvci_tu_result *r = unit("/src/drv.c");
	r->status = HVCI_TU_PARSE_ERRORS;
	r->parse_errors = 2;
	hvci_coverage *c = &r->coverage;
	c->functions = 5;
	c->functions_analysed = 3;
	c->calls = 4;
	c->calls_ast = 2;
	c->calls_tokens = 1;
	c->calls_unanalysed = 1;
	c->recovery_passes = 1;
	c->stand_in_headers = calloc(1, sizeof *c->stand_in_headers);
	c->stand_in_headers[0] = hvci_strdup("foo.h");
	c->n_stand_in_headers = 1;
	site(c, "/src/drv.c", 12, 9, "ExAllocatePoolWithTag", HVCI_COV_UNANALYSED,
	     "unknown type name 'FOO_UNKNOWN_T'");
	site(c, "/src/drv.c", 20, 5, "MmMapIoSpace", HVCI_COV_TOKENS,
	     "use of undeclared identifier 'Bar'");
	hvci_finding f;
	memset(&f, 0, sizeof f);
	f.rule_id = hvci_strdup("hvci-exec-pool");
	f.severity = HVCI_SEV_WARNING;
	f.loc.file = hvci_strdup("/src/drv.c");
	f.loc.line = 30;
	f.loc.col = 7;
	f.message = hvci_strdup("'ExAllocatePoolWithTag' allocates executable memory");
	hvci_tu_result_add(r, &f);
	return r;
}

/* ok.c: fully analysed. */
static hvci_tu_result *full_unit(void)
{
	hvci_tu_result *r = unit("/src/ok.c");
	r->coverage.functions = 2;
	r->coverage.functions_analysed = 2;
	r->coverage.calls = 3;
	r->coverage.calls_ast = 3;
	return r;
}

static hvci_tu_result *skipped_unit(void)
{
	hvci_tu_result *r = unit("/src/tool/user.c");
	r->status = HVCI_TU_SKIPPED;
	hvci_loc l = {r->file, 1, 1, 0, 0, NULL};
	hvci_tu_result_add_diag(r, HVCI_SEV_NOTE, &l, "user-mode code: not analysed");
	return r;
}

static char *render(hvci_format fmt, hvci_tu_result *const *rs, size_t n, int allow_partial)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	hvci_write_options wo;
	memset(&wo, 0, sizeof wo);
	wo.root = "/src";
	wo.allow_partial = allow_partial;
	CHECK(hvci_write(f, fmt, NULL, rs, n, &wo) == HVCI_OK);
	fclose(f);
	return buf;
}

static int count(const char *hay, const char *needle)
{
	int k = 0;
	for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
		k++;
	return k;
}

static void test_summary(void)
{
	hvci_coverage_totals t;
	memset(&t, 0, sizeof t);
	t.units = 40;
	t.calls = 215;
	t.calls_ast = 209;
	t.calls_tokens = 3;
	t.calls_unanalysed = 3;
	t.files_unanalysed = 2;
	t.functions = 1902;
	t.functions_analysed = 1840;
	t.units_skipped = 4;
	char *s = hvci_coverage_summary(&t);
	CHECK_STR(s, "212 of 215 affected calls analysed (209 on the AST, 3 from tokens), 3 not "
	             "analysed in 2 files; 1840 of 1902 functions parsed; 4 user-mode units "
	             "skipped");
	free(s);
	memset(&t, 0, sizeof t);
	CHECK(hvci_coverage_summary(&t) == NULL);
	CHECK(!hvci_coverage_partial(&t));
	t.units = 1;
	t.calls = t.calls_ast = 1;
	t.functions = t.functions_analysed = 1;
	CHECK(!hvci_coverage_partial(&t));
	s = hvci_coverage_summary(&t);
	CHECK_STR(s, "1 of 1 affected call analysed; 1 of 1 function parsed");
	free(s);
}

static void test_text(hvci_tu_result **rs, size_t n)
{
	char *out = render(HVCI_FORMAT_TEXT, rs, n, 0);
	CHECK(strstr(out, "/src/drv.c:12:9: warning: call of 'ExAllocatePoolWithTag' was not "
	                  "analysed: unknown type name 'FOO_UNKNOWN_T' [hvci-coverage]\n"));
	/* Stand-in headers are the engine's notes at each #include, not the writer's. */
	CHECK(!strstr(out, "was not found"));
	/* Calls checked from tokens are in the counts, not a warning each. */
	CHECK(!strstr(out, "MmMapIoSpace"));
	CHECK(count(out, "[hvci-exec-pool]") == 1);
	const char *last = strrchr(out, '\n');
	while (last > out && last[-1] != '\n')
		last--;
	CHECK_STR(last, "hvcilint: 6 of 7 affected calls analysed (5 on the AST, 1 from tokens), 1 "
	                "not analysed in 1 file; 5 of 7 functions parsed; 1 missing header "
	                "replaced by an empty stand-in; 1 user-mode unit skipped\n");
	free(out);
	/* Fully analysed: nothing about coverage. */
	hvci_tu_result *ok = full_unit();
	out = render(HVCI_FORMAT_TEXT, &ok, 1, 0);
	CHECK_STR(out, "");
	free(out);
	hvci_tu_result_free(ok);
	/* The coverage lines are not findings. */
	CHECK(rs[0]->n_findings == 1);
}

static void test_json(hvci_tu_result **rs, size_t n)
{
	char *out = render(HVCI_FORMAT_JSON, rs, n, 0);
	json_t *doc = json_loads(out, 0, NULL);
	CHECK(doc != NULL);
	json_t *cov = json_object_get(doc, "coverage");
	CHECK(json_integer_value(json_object_get(cov, "calls")) == 7);
	CHECK(json_integer_value(json_object_get(cov, "calls_unanalysed")) == 1);
	CHECK(json_integer_value(json_object_get(cov, "files_unanalysed")) == 1);
	CHECK(json_integer_value(json_object_get(cov, "units_skipped")) == 1);
	json_t *f0 = json_array_get(json_object_get(doc, "files"), 0);
	CHECK(json_array_size(json_object_get(json_object_get(f0, "coverage"), "sites")) == 2);
	json_decref(doc);
	free(out);
	/* A result without coverage (as the store gives it back): no "coverage". */
	hvci_tu_result *bare = unit("/src/old.c");
	out = render(HVCI_FORMAT_JSON, &bare, 1, 0);
	CHECK(!strstr(out, "coverage"));
	free(out);
	hvci_tu_result_free(bare);
}

static json_t *sarif_of(hvci_tu_result **rs, size_t n, int allow_partial)
{
	char *out = render(HVCI_FORMAT_SARIF, rs, n, allow_partial);
	json_t *doc = json_loads(out, 0, NULL);
	free(out);
	CHECK(doc != NULL);
	return doc;
}

static void test_sarif(hvci_tu_result **rs, size_t n)
{
	json_t *doc = sarif_of(rs, n, 0);
	json_t *run = json_array_get(json_object_get(doc, "runs"), 0);
	json_t *inv = json_array_get(json_object_get(run, "invocations"), 0);
	CHECK(json_is_false(json_object_get(inv, "executionSuccessful")));
	json_t *notes = json_object_get(inv, "toolExecutionNotifications");
	size_t i;
	json_t *x;
	int warnings = 0, others = 0;
	json_array_foreach(notes, i, x)
	{
		json_t *d = json_object_get(x, "descriptor");
		if (!d || strcmp(json_string_value(json_object_get(d, "id")), "hvci-coverage"))
			continue;
		const char *lvl = json_string_value(json_object_get(x, "level"));
		const char *text =
		    json_string_value(json_object_get(json_object_get(x, "message"), "text"));
		json_t *pl = json_object_get(json_array_get(json_object_get(x, "locations"), 0),
		                             "physicalLocation");
		const char *uri = json_string_value(
		    json_object_get(json_object_get(pl, "artifactLocation"), "uri"));
		json_int_t line =
		    json_integer_value(json_object_get(json_object_get(pl, "region"), "startLine"));
		if (!strcmp(lvl, "warning")) {
			warnings++;
			CHECK_STR(text,
			          "call of 'ExAllocatePoolWithTag' was not analysed: unknown type "
			          "name 'FOO_UNKNOWN_T'");
			CHECK_STR(uri, "drv.c");
			CHECK(line == 12);
		} else {
			others++;
		}
	}
	CHECK(warnings == 1);
	CHECK(others == 0);
	/* Coverage is not a result. */
	CHECK(json_array_size(json_object_get(run, "results")) == 1);
	json_t *cov = json_object_get(json_object_get(run, "properties"), "coverage");
	CHECK(json_integer_value(json_object_get(cov, "calls_ast")) == 5);
	CHECK(json_integer_value(json_object_get(cov, "calls_tokens")) == 1);
	CHECK(json_integer_value(json_object_get(cov, "calls_unanalysed")) == 1);
	CHECK(json_integer_value(json_object_get(cov, "functions")) == 7);
	size_t n_notes = json_array_size(notes);
	json_decref(doc);
	/* Accepted partial coverage: a successful execution, the same notifications. */
	doc = sarif_of(rs, n, 1);
	run = json_array_get(json_object_get(doc, "runs"), 0);
	inv = json_array_get(json_object_get(run, "invocations"), 0);
	CHECK(json_is_true(json_object_get(inv, "executionSuccessful")));
	CHECK(json_array_size(json_object_get(inv, "toolExecutionNotifications")) == n_notes);
	json_decref(doc);
	/* Nothing known about coverage: no properties, successful. */
	hvci_tu_result *bare = unit("/src/old.c");
	doc = sarif_of(&bare, 1, 0);
	run = json_array_get(json_object_get(doc, "runs"), 0);
	CHECK(json_object_get(run, "properties") == NULL);
	inv = json_array_get(json_object_get(run, "invocations"), 0);
	CHECK(json_is_true(json_object_get(inv, "executionSuccessful")));
	json_decref(doc);
	hvci_tu_result_free(bare);
}

static void test_junit(hvci_tu_result **rs, size_t n)
{
	char *out = render(HVCI_FORMAT_JUNIT, rs, n, 0);
	CHECK(strstr(out, "<error type=\"coverage\" message=\"1 affected call not analysed: "
	                  "unknown type name &#39;FOO_UNKNOWN_T&#39;\">") ||
	      strstr(out, "<error type=\"coverage\" message=\"1 affected call not analysed: "
	                  "unknown type name 'FOO_UNKNOWN_T'\">"));
	CHECK(strstr(out, "drv.c:12:9: warning: call of"));
	CHECK(strstr(out, "errors=\"1\" skipped=\"1\""));
	CHECK(strstr(out, "<skipped message=\"user-mode code: not analysed\">"));
	CHECK(count(out, "<failure ") == 1);
	free(out);
	out = render(HVCI_FORMAT_JUNIT, rs, n, 1);
	CHECK(!strstr(out, "type=\"coverage\""));
	CHECK(strstr(out, "errors=\"0\""));
	CHECK(strstr(out, "<system-out>drv.c:12:9: warning: call of"));
	free(out);
}

static void test_html(hvci_tu_result **rs, size_t n)
{
	char *out = render(HVCI_FORMAT_HTML, rs, n, 0);
	CHECK(strstr(out, "<span id=\"coverage-figure\">6 of 7 affected calls analysed"));
	CHECK(strstr(out, "1 not analysed in 1 file"));
	CHECK(strstr(out, "<section id=\"coverage\">"));
	CHECK(strstr(out, "data-file=\"drv.c\""));
	CHECK(strstr(out, "<span class=\"tag partial\">calls not analysed</span>"));
	CHECK(strstr(out, "<span class=\"tag standin\">stand-in headers</span>"));
	CHECK(!strstr(out, "data-file=\"ok.c\""));
	free(out);
	hvci_tu_result *ok = full_unit();
	out = render(HVCI_FORMAT_HTML, &ok, 1, 0);
	CHECK(strstr(out, "coverage-figure\">3 of 3 affected calls analysed</span>"));
	CHECK(!strstr(out, "<section id=\"coverage\">"));
	free(out);
	hvci_tu_result_free(ok);
}

int main(void)
{
	test_summary();
	hvci_tu_result *rs[3] = {partial_unit(), full_unit(), skipped_unit()};
	test_text(rs, 3);
	test_json(rs, 3);
	test_sarif(rs, 3);
	test_junit(rs, 3);
	test_html(rs, 3);
	/* The worker transport keeps what the writers read. */
	char *j = hvci_tu_result_to_json(rs[0]);
	hvci_tu_result *back = NULL;
	CHECK(hvci_tu_result_from_json(&back, j) == HVCI_OK);
	CHECK(back && back->coverage.n_sites == 2 && back->coverage.calls_unanalysed == 1);
	hvci_tu_result_free(back);
	free(j);
	/* A result lacking what the writers read is refused, in one line. */
	back = NULL;
	CHECK(hvci_tu_result_from_json(&back, "{\"file\":\"a.c\",\"findings\":[{}]}") ==
	      HVCI_EPARSE);
	CHECK(back == NULL);
	CHECK_STR(hvci_error_last(),
	          "worker output:1: a finding without a rule; this is a bug in hvcilint");
	for (size_t i = 0; i < 3; i++)
		hvci_tu_result_free(rs[i]);
	UNIT_DONE();
}
