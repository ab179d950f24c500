/*
 * baseline.c - reads the SARIF log given to `report --baseline FILE.sarif`
 * (written by any version of hvcilint, another tool or kept by hand) into
 * sorted keys, and matches current findings against them: by fingerprint
 * (partialFingerprints or fingerprints; an older log's line fingerprints
 * are made again for the match), else by rule, file and line.
 * Results already absent in that log do not count.  It does not check
 * that the log is valid SARIF: members it does not find are skipped.
 */
#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "baseline.h"
#include "util/util.h"

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int in_keys(char **keys, size_t n, const char *k)
{
	return n && bsearch(&k, keys, n, sizeof *keys, cmp_str) != NULL;
}

/* A location key: rule, path relative to the project root, line. */
static char *loc_key(const char *rule, const char *path, long line, const char *root)
{
	size_t rl = root ? strlen(root) : 0;
	if (rl && !strncmp(path, root, rl) && path[rl] == '/')
		path += rl + 1;
	while (path[0] == '.' && path[1] == '/')
		path += 2;
	char *k = hvci_xmalloc(strlen(rule) + strlen(path) + 32);
	if (k)
		sprintf(k, "%s\x1f%s\x1f%ld", rule, path, line);
	return k;
}

/* A SARIF artifact URI back to a path: file:// dropped, %XX decoded. */
static char *uri_path(const char *uri)
{
	if (!strncmp(uri, "file://", 7))
		uri += 7;
	char *p = hvci_xmalloc(strlen(uri) + 1), *o = p;
	if (!p)
		return NULL;
	for (; *uri; uri++) {
		if (uri[0] == '%' && isxdigit((unsigned char)uri[1]) &&
		    isxdigit((unsigned char)uri[2])) {
			char hex[3] = {uri[1], uri[2], 0};
			*o++ = (char)strtol(hex, NULL, 16);
			uri += 2;
		} else {
			*o++ = *uri;
		}
	}
	*o = 0;
	return p;
}

void cli_baseline_free(cli_baseline *b)
{
	for (size_t i = 0; i < b->n_fps; i++)
		free(b->fps[i]);
	for (size_t i = 0; i < b->n_locs; i++)
		free(b->locs[i]);
	free(b->fps);
	free(b->locs);
}

static void push(char ***v, size_t *n, char *s)
{
	if (!s)
		return;
	char **nv = hvci_xrealloc(*v, (*n + 1) * sizeof **v);
	if (!nv) {
		free(s);
		return;
	}
	*v = nv;
	(*v)[(*n)++] = s;
}

/* Collects the keys of every run's results in `doc`, a parsed SARIF log. */
static int from_doc(cli_baseline *b, json_t *doc, const char *file, const char *root)
{
	json_t *runs = json_object_get(doc, "runs");
	if (!json_is_array(runs))
		return hvci_error_set(HVCI_EPARSE,
		                      "%s:1: not a SARIF log (no \"runs\" array); pass a SARIF "
		                      "2.1.0 file or a run id",
		                      file);
	size_t i, j;
	json_t *run, *res;
	json_array_foreach(runs, i, run)
	{
		json_array_foreach(json_object_get(run, "results"), j, res)
		{
			const char *state =
			    json_string_value(json_object_get(res, "baselineState"));
			if (state && !strcmp(state, "absent"))
				continue; /* already gone when the baseline was taken */
			b->results++;
			const char *key;
			json_t *v;
			json_object_foreach(json_object_get(res, "partialFingerprints"), key, v)
			{
				if (json_is_string(v))
					push(&b->fps, &b->n_fps, hvci_strdup(json_string_value(v)));
			}
			json_object_foreach(json_object_get(res, "fingerprints"), key, v)
			{
				if (json_is_string(v))
					push(&b->fps, &b->n_fps, hvci_strdup(json_string_value(v)));
			}
			const char *rule = json_string_value(json_object_get(res, "ruleId"));
			json_t *pl =
			    json_object_get(json_array_get(json_object_get(res, "locations"), 0),
			                    "physicalLocation");
			const char *uri = json_string_value(
			    json_object_get(json_object_get(pl, "artifactLocation"), "uri"));
			json_t *line = json_object_get(json_object_get(pl, "region"), "startLine");
			if (rule && uri) {
				char *path = uri_path(uri);
				if (path)
					push(&b->locs, &b->n_locs,
					     loc_key(rule, path, (long)json_integer_value(line),
					             root));
				free(path);
			}
		}
	}
	return HVCI_OK;
}

int cli_baseline_load(cli_baseline *b, const char *file, const char *text, size_t len,
                      const char *root)
{
	memset(b, 0, sizeof *b);
	json_error_t e;
	json_t *doc = text ? json_loadb(text, len, 0, &e) : json_load_file(file, 0, &e);
	if (!doc) {
		hvci_error_set(HVCI_EPARSE,
		               "%s:%d: cannot read the SARIF baseline: %s; pass a SARIF 2.1.0 file "
		               "or a run id",
		               file, e.line > 0 ? e.line : 1, e.text);
		return -1;
	}
	int rc = from_doc(b, doc, file, root);
	json_decref(doc);
	if (rc) {
		cli_baseline_free(b);
		memset(b, 0, sizeof *b);
		return -1;
	}
	if (b->n_fps)
		qsort(b->fps, b->n_fps, sizeof *b->fps, cmp_str);
	if (b->n_locs)
		qsort(b->locs, b->n_locs, sizeof *b->locs, cmp_str);
	return 0;
}

int cli_baseline_has(const cli_baseline *b, const hvci_finding *f, const char *root)
{
	if (f->fingerprint && in_keys(b->fps, b->n_fps, f->fingerprint))
		return 1;
	/* A log written before statement fingerprints holds "v2:" line ones. */
	const char *occ = f->fingerprint ? strrchr(f->fingerprint, ':') : NULL;
	if (occ && hvci_fingerprint_version(f->fingerprint) > 2) {
		char *v2 = hvci_finding_fingerprint_v(f, strtoul(occ + 1, NULL, 10), 2);
		int hit = in_keys(b->fps, b->n_fps, v2);
		free(v2);
		if (hit)
			return 1;
	}
	if (!f->rule_id || !f->loc.file)
		return 0;
	char *k = loc_key(f->rule_id, f->loc.file, (long)f->loc.line, root);
	int hit = k && in_keys(b->locs, b->n_locs, k);
	free(k);
	return hit;
}
