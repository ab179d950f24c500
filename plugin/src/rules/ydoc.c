/*
 * ydoc.c - the YAML helpers every rules file and config is read through:
 * loading a document within the size and alias-expansion limits, and
 * reading scalars, maps, integers and booleans with an error that names
 * the file and line.  libyaml parses; this file only bounds and walks.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

#include "rules/rules.h"
#include "rules/rules_int.h"
#include "util/paths.h"
#include "util/util.h"

int hvci_yerr(const ydoc *d, const yaml_node_t *n, const char *fmt, const char *a, const char *b)
{
	char msg[512];
	snprintf(msg, sizeof msg, fmt, a ? a : "", b ? b : "");
	return hvci_error_set(HVCI_EPARSE, "%s:%lu: %s", d->path,
	                      n ? (unsigned long)n->start_mark.line + 1 : 1UL, msg);
}

/*
 * Limits for a YAML file, which may come from a repository nobody checked:
 * the shipped tables are tens of kilobytes; a config far larger is a
 * mistake or an attack.  libyaml keeps an alias as a reference to its
 * anchor's node, so a document of a few lines can stand for billions of
 * nodes (the "billion laughs"); any walk over it would then run for ever.
 * The expanded size is counted once at load time and a document over the
 * limit, or one whose alias contains itself, is refused.
 */
#define YAML_MAX_BYTES (4L << 20)
#define YAML_MAX_EXPANDED 1000000ULL
#define YAML_MAX_DEPTH 1000

/* Node `id` with every alias expanded, in nodes; memo: 0 unknown, ~0 in progress. */
static unsigned long long yexpanded(yaml_document_t *doc, int id, unsigned long long *memo,
                                    int depth, int *cycle)
{
	yaml_node_t *n = yaml_document_get_node(doc, id);
	if (!n)
		return 1;
	unsigned long long *m = &memo[id - 1];
	if (*m == ~0ULL || depth > YAML_MAX_DEPTH) {
		*cycle = 1;
		return YAML_MAX_EXPANDED + 1;
	}
	if (*m)
		return *m;
	*m = ~0ULL;
	unsigned long long total = 1;
	if (n->type == YAML_SEQUENCE_NODE) {
		for (yaml_node_item_t *it = n->data.sequence.items.start;
		     it < n->data.sequence.items.top && total <= YAML_MAX_EXPANDED && !*cycle; it++)
			total += yexpanded(doc, *it, memo, depth + 1, cycle);
	} else if (n->type == YAML_MAPPING_NODE) {
		for (yaml_node_pair_t *p = n->data.mapping.pairs.start;
		     p < n->data.mapping.pairs.top && total <= YAML_MAX_EXPANDED && !*cycle; p++) {
			total += yexpanded(doc, p->key, memo, depth + 1, cycle);
			total += yexpanded(doc, p->value, memo, depth + 1, cycle);
		}
	}
	*m = total;
	return total;
}

int hvci_ydoc_load(ydoc *d, const char *path)
{
	d->path = path;
	memset(&d->doc, 0, sizeof d->doc);
	FILE *f = fopen(path, "rb");
	if (!f)
		return hvci_error_set(HVCI_ENOTFOUND, "%s:1: cannot open: %s; check the path", path,
		                      strerror(errno));
	struct stat st;
	if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > YAML_MAX_BYTES) {
		int regular = S_ISREG(st.st_mode);
		fclose(f);
		if (!regular)
			return hvci_error_set(HVCI_EPARSE,
			                      "%s:1: not a regular file; pass a YAML file", path);
		return hvci_error_set(HVCI_EPARSE,
		                      "%s:1: YAML file larger than %ld MiB; a config this big "
		                      "is not one, check the path",
		                      path, YAML_MAX_BYTES >> 20);
	}
	yaml_parser_t p;
	yaml_parser_initialize(&p);
	yaml_parser_set_input_file(&p, f);
	int ok = yaml_parser_load(&p, &d->doc);
	int rc = HVCI_OK;
	if (!ok) {
		rc = hvci_error_set(HVCI_EPARSE, "%s:%lu: YAML error: %s; fix the syntax", path,
		                    (unsigned long)p.problem_mark.line + 1,
		                    p.problem ? p.problem : "malformed document");
	}
	yaml_parser_delete(&p);
	fclose(f);
	if (rc)
		return rc;
	size_t nn = (size_t)(d->doc.nodes.top - d->doc.nodes.start);
	if (nn) {
		unsigned long long *memo = hvci_xcalloc(nn, sizeof *memo);
		int cycle = 0;
		unsigned long long total = yexpanded(&d->doc, 1, memo, 0, &cycle);
		free(memo);
		if (cycle || total > YAML_MAX_EXPANDED) {
			yaml_document_delete(&d->doc);
			memset(&d->doc, 0, sizeof d->doc);
			return hvci_error_set(
			    HVCI_EPARSE,
			    "%s:1: YAML aliases %s; write the entries out without '*' aliases",
			    path,
			    cycle ? "nest too deep or refer to themselves"
			          : "expand to more than a million nodes");
		}
	}
	return HVCI_OK;
}

yaml_node_t *hvci_yroot(ydoc *d)
{
	return yaml_document_get_root_node(&d->doc);
}

const char *hvci_yscalar(const yaml_node_t *n)
{
	return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

yaml_node_t *hvci_ymap_get(ydoc *d, yaml_node_t *map, const char *key)
{
	if (!map || map->type != YAML_MAPPING_NODE)
		return NULL;
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
	     p++) {
		const char *k = hvci_yscalar(yaml_document_get_node(&d->doc, p->key));
		if (k && !strcmp(k, key))
			return yaml_document_get_node(&d->doc, p->value);
	}
	return NULL;
}

/* Rejects keys not in `allowed` (NULL-terminated). */
int hvci_ymap_check_keys(ydoc *d, yaml_node_t *map, const char *const *allowed, const char *what)
{
	if (!map || map->type != YAML_MAPPING_NODE)
		return hvci_yerr(d, map, "expected a mapping for %s%s", what, NULL);
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
	     p++) {
		yaml_node_t *kn = yaml_document_get_node(&d->doc, p->key);
		const char *k = hvci_yscalar(kn);
		int ok = 0;
		for (size_t i = 0; k && allowed[i]; i++)
			ok |= !strcmp(k, allowed[i]);
		if (!ok)
			return hvci_yerr(d, kn,
			                 "unknown key '%s' in %s; remove it or fix its spelling",
			                 k ? k : "?", what);
	}
	return HVCI_OK;
}

int hvci_yint(ydoc *d, yaml_node_t *n, long long *out, const char *what)
{
	const char *s = hvci_yscalar(n);
	char *end;
	if (!s || !*s)
		return hvci_yerr(d, n, "'%s' must be an integer%s", what, NULL);
	errno = 0;
	long long v = strtoll(s, &end, 0);
	if (*end || errno) {
		/* Values such as 0x80000000 exceed long long only as unsigned. */
		errno = 0;
		unsigned long long u = strtoull(s, &end, 0);
		if (*end || errno)
			return hvci_yerr(d, n, "'%s' must be an integer, not '%s'", what, s);
		v = (long long)u;
	}
	*out = v;
	return HVCI_OK;
}

int hvci_ybool(ydoc *d, yaml_node_t *n, int *out, const char *what)
{
	const char *s = hvci_yscalar(n);
	if (s && (!strcmp(s, "true") || !strcmp(s, "yes")))
		*out = 1;
	else if (s && (!strcmp(s, "false") || !strcmp(s, "no")))
		*out = 0;
	else
		return hvci_yerr(d, n, "'%s' must be true or false%s", what, NULL);
	return HVCI_OK;
}
