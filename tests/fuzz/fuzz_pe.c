/*
 * fuzz_pe.c - libFuzzer target for the image checks: the PE reader
 * (plugin/src/image/pe.c) and the checks over what it returns
 * (check_image.c).  An input is an image, optionally followed by the
 * marker "\n--map--\n" and the text of a linker map, so the map reader is
 * fuzzed against the same image.  The target is built on its own with
 * clang, not with the library: the few engine functions the image code
 * calls are defined here, minimally, and hvci_rules_exec_only_api()
 * treats every import whose name starts with "Mm" as executable-only so
 * that path runs too.  It checks memory safety and the one-line located
 * error promise, not the findings themselves (tests/image does that).
 */
#include "image/check_image.h"
#include "image/pe.h"

#include "hvcilint.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char last_error[2048];

int hvci_error_set(int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(last_error, sizeof last_error, fmt, ap);
	va_end(ap);
	/* The CLI promises a one-line error naming the offset; hold the parser to it. */
	if (code == HVCI_EIMAGE && (strchr(last_error, '\n') || !strstr(last_error, "offset")))
		__builtin_trap();
	return code;
}

char *hvci_strdup(const char *s)
{
	if (!s)
		return NULL;
	size_t n = strlen(s) + 1;
	char *d = malloc(n);
	if (d)
		memcpy(d, s, n);
	return d;
}

static void loc_clear(hvci_loc *l)
{
	free(l->file);
	free(l->logical);
}

void hvci_finding_clear(hvci_finding *f)
{
	free(f->rule_id);
	loc_clear(&f->loc);
	free(f->message);
	for (size_t i = 0; i < f->n_notes; i++) {
		loc_clear(&f->notes[i].loc);
		free(f->notes[i].message);
	}
	free(f->notes);
	memset(f, 0, sizeof *f);
}

int hvci_tu_result_add(hvci_tu_result *r, hvci_finding *f)
{
	hvci_finding *n = realloc(r->findings, (r->n_findings + 1) * sizeof *n);
	if (!n)
		return HVCI_ERROR;
	r->findings = n;
	n[r->n_findings++] = *f;
	return HVCI_OK;
}

void hvci_tu_result_free(hvci_tu_result *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n_findings; i++)
		hvci_finding_clear(&r->findings[i]);
	free(r->findings);
	free(r->file);
	free(r);
}

const char *hvci_rules_exec_only_api(const hvci_rules *r, const char *api)
{
	(void)r;
	return strncmp(api, "Mm", 2) == 0 ? "a replacement" : NULL;
}

static const char map_marker[] = "\n--map--\n";

static int printable_line(const char *s)
{
	if (!s)
		return 0;
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || (unsigned char)*s >= 0x7f)
			return 0;
	return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t image_size = size;
	FILE *map = NULL;
	const size_t mlen = sizeof map_marker - 1;
	for (size_t i = 0; size >= mlen && i <= size - mlen; i++) {
		if (memcmp(data + i, map_marker, mlen) == 0) {
			image_size = i;
			map = tmpfile();
			if (map) {
				fwrite(data + i + mlen, 1, size - i - mlen, map);
				rewind(map);
			}
			break;
		}
	}
	hvci_tu_result *res = NULL;
	/* Any non-null rules pointer: the stub above ignores it. */
	const hvci_rules *rules = (const hvci_rules *)map_marker;
	if (image_check_buffer(&res, rules, "fuzz.sys", data, image_size, map, "fuzz.map") ==
	    HVCI_OK) {
		for (size_t i = 0; i < res->n_findings; i++) {
			const hvci_finding *f = &res->findings[i];
			/*
			 * Messages are one line of printable ASCII: writers and the
			 * store rely on it, and names from the image are escaped.
			 */
			if (!printable_line(f->message) || !printable_line(f->loc.logical))
				__builtin_trap();
			for (size_t k = 0; k < f->n_notes; k++)
				if (!printable_line(f->notes[k].message) ||
				    (f->notes[k].loc.logical &&
				     !printable_line(f->notes[k].loc.logical)))
					__builtin_trap();
		}
		hvci_tu_result_free(res);
	}
	if (map)
		fclose(map);
	return 0;
}
