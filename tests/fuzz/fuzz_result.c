/*
 * fuzz_result.c - libFuzzer target for the worker-result readers
 * (hvci_tu_result_from_json in plugin/src/report/json.c, and
 * hvci_tu_result_unpack in pack.c, which also gets each input's raw bytes
 * and must bring what the JSON trip brings) and every report writer after
 * them.  Results come from worker processes, from the
 * incremental cache and from the editor server's forked analyses, so
 * their JSON is treated as untrusted.  An input is up to eight results,
 * one compact JSON object per line as the workers send them.  Each result
 * that reads is written in every hvci_format with the shipped rules; the
 * target checks memory safety and that the JSON and SARIF reports parse
 * back, the JUnit report is well-formed XML, and a result read back from
 * its own JSON reads again.  It does not check what the reports say
 * (tests/report does that).
 */
#include <jansson.h>
#include <libxml/parser.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hvcilint.h"

#define MAX_RESULTS 8

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

static hvci_rules *rules;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (hvci_rules_load(&rules, HVCI_SOURCE_DIR "/rules", NULL, 0) != HVCI_OK) {
		fprintf(stderr, "fuzz_result: cannot load rules: %s\n", hvci_error_last());
		exit(1);
	}
	xmlInitParser();
	return 0;
}

/* Writes the results in `fmt` to memory; the caller frees the text. */
static char *write_mem(hvci_format fmt, hvci_tu_result *const *res, size_t n,
                       const hvci_write_options *wo, size_t *len)
{
	char *buf = NULL;
	FILE *f = open_memstream(&buf, len);
	if (!f)
		abort();
	(void)hvci_write(f, fmt, rules, res, n, wo);
	if (fclose(f) != 0)
		abort();
	return buf;
}

static void check_json(const char *text)
{
	json_error_t err;
	json_t *o = json_loads(text, 0, &err);
	if (!o) {
		fprintf(stderr, "report is not JSON: %d: %s\n", err.line, err.text);
		abort();
	}
	json_decref(o);
}

static void check_xml(const char *text, size_t len)
{
	xmlDocPtr doc = xmlReadMemory(text, (int)len, "junit.xml", NULL,
	                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!doc) {
		fprintf(stderr, "JUnit report is not well-formed XML\n");
		abort();
	}
	xmlFreeDoc(doc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > (1u << 16))
		return 0;
	/* The same bytes as a packed result: an error or a result, never a
	 * read past them. */
	hvci_tu_result *raw = NULL;
	if (hvci_tu_result_unpack(&raw, data, size) == HVCI_OK)
		hvci_tu_result_free(raw);
	else if (raw)
		abort();
	char *text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	hvci_tu_result *res[MAX_RESULTS];
	size_t n = 0;
	for (char *line = text, *next; line && n < MAX_RESULTS; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		if (!*line)
			continue;
		hvci_tu_result *r = NULL;
		if (hvci_tu_result_from_json(&r, line) != HVCI_OK) {
			const char *e = hvci_error_last();
			if (r || !e || strchr(e, '\n'))
				abort();
			continue;
		}
		/* What a worker sent must survive the trip again, and the packed
		 * trip (report/pack.c) must bring the same. */
		char *again = hvci_tu_result_to_json(r);
		hvci_tu_result *r2 = NULL;
		if (!again || hvci_tu_result_from_json(&r2, again) != HVCI_OK)
			abort();
		size_t plen = 0;
		char *packed = hvci_tu_result_pack(r, &plen);
		hvci_tu_result *r3 = NULL;
		if (hvci_tu_result_unpack(&r3, packed, plen) != HVCI_OK)
			abort();
		char *j2 = hvci_tu_result_to_json(r2), *j3 = hvci_tu_result_to_json(r3);
		if (!j2 || !j3 || strcmp(j2, j3))
			abort();
		free(j2);
		free(j3);
		free(packed);
		free(again);
		hvci_tu_result_free(r2);
		hvci_tu_result_free(r3);
		res[n++] = r;
	}
	free(text);
	if (!n)
		return 0;
	hvci_write_options wo;
	memset(&wo, 0, sizeof wo);
	wo.root = "/src";
	wo.command_line = "hvcilint check -p build";
	wo.show_suppressed = (int)(size & 1);
	wo.color = (int)(size >> 1 & 1);
	wo.allow_partial = (int)(size >> 2 & 1);
	static const hvci_format fmts[] = {HVCI_FORMAT_TEXT, HVCI_FORMAT_JSON, HVCI_FORMAT_SARIF,
	                                   HVCI_FORMAT_HTML, HVCI_FORMAT_JUNIT};
	for (size_t i = 0; i < sizeof fmts / sizeof *fmts; i++) {
		size_t len = 0;
		char *out = write_mem(fmts[i], res, n, &wo, &len);
		if (fmts[i] == HVCI_FORMAT_JSON || fmts[i] == HVCI_FORMAT_SARIF)
			check_json(out);
		else if (fmts[i] == HVCI_FORMAT_JUNIT)
			check_xml(out, len);
		free(out);
	}
	for (size_t i = 0; i < n; i++)
		hvci_tu_result_free(res[i]);
	return 0;
}
