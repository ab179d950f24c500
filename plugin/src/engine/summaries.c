/*
 * summaries.c - the project table of wrapper summaries: every unit's
 * exported forwarding summaries by USR (xtu.c writes them into the unit's
 * index), the hash of what one unit's calls resolve to, the table as JSON
 * for the workers and the PCH folder, and the check that a table's
 * summaries rest on functions that reach the API themselves.
 *
 * A table from the PCH folder is a stranger's text: hvci_summaries_from_json
 * takes only well-formed tables, and nothing here trusts one beyond that
 * (cli/scale.c analyses again every unit whose calls resolve differently
 * under the run's own table).  What this does not do: decide which units
 * to analyse again, or keep tables (frontend/summaries_kept.c).
 */
#include <jansson.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"
#include "util/util.h"

struct hvci_summaries {
	json_t *by_usr; /* usr -> summary */
};

json_t *hvci_summaries_get(const hvci_summaries *s, const char *usr)
{
	return json_object_get(s->by_usr, usr);
}

hvci_summaries *hvci_summaries_new(void)
{
	hvci_summaries *s = hvci_xcalloc(1, sizeof *s);
	s->by_usr = json_object();
	return s;
}

void hvci_summaries_free(hvci_summaries *s)
{
	if (!s)
		return;
	json_decref(s->by_usr);
	free(s);
}

int hvci_summaries_add(hvci_summaries *s, const char *index_json)
{
	json_t *ix = index_json ? json_loads(index_json, 0, NULL) : NULL;
	if (!ix)
		return index_json ? hvci_error_set(HVCI_EPARSE, "malformed unit index") : HVCI_OK;
	const char *usr;
	json_t *sum;
	json_object_foreach(json_object_get(ix, "defs"), usr, sum)
	{
		json_t *have = json_object_get(s->by_usr, usr);
		if (have) {
			/* Defined twice (two configurations of one file): keep the
			 * smaller text, so the choice never depends on order. */
			char *a = json_dumps(have, JSON_COMPACT | JSON_SORT_KEYS);
			char *b = json_dumps(sum, JSON_COMPACT | JSON_SORT_KEYS);
			int keep = strcmp(a, b) <= 0;
			free(a);
			free(b);
			if (keep)
				continue;
		}
		json_object_set(s->by_usr, usr, sum);
	}
	json_decref(ix);
	return HVCI_OK;
}

void hvci_summaries_fill(hvci_summaries *s, const hvci_summaries *from)
{
	const char *usr;
	json_t *sum;
	json_object_foreach(from->by_usr, usr, sum)
	{
		if (!json_object_get(s->by_usr, usr))
			json_object_set_new(s->by_usr, usr, json_deep_copy(sum));
	}
}

char *hvci_summaries_to_json(const hvci_summaries *s)
{
	return json_dumps(s->by_usr, JSON_COMPACT);
}

/* What a call site relies on: a forward's parameter indexes the call's
 * arguments.  (A table may come from the PCH folder: hvci_summaries_kept.) */
static int well_formed(json_t *o)
{
	const char *usr;
	json_t *sum, *f;
	size_t i;
	if (!json_is_object(o))
		return 0;
	json_object_foreach(o, usr, sum)
	{
		json_t *fw = json_object_get(sum, "fw");
		if (!json_is_object(sum) || !json_is_array(fw))
			return 0;
		json_array_foreach(fw, i, f)
		{
			json_t *p = json_object_get(f, "param");
			if (!json_is_object(f) || !json_is_integer(p) ||
			    json_integer_value(p) < 0 || json_integer_value(p) > INT_MAX)
				return 0;
		}
	}
	return 1;
}

hvci_summaries *hvci_summaries_from_json(const char *text, size_t len)
{
	json_t *o = json_loadb(text, len, 0, NULL);
	if (!well_formed(o)) {
		json_decref(o);
		hvci_error_set(HVCI_EPARSE, "malformed summaries table");
		return NULL;
	}
	hvci_summaries *s = hvci_xcalloc(1, sizeof *s);
	s->by_usr = o;
	return s;
}

/* The forward `via` names ([usr, k]) when the table holds it, else NULL. */
static json_t *via_target(const hvci_summaries *s, json_t *via)
{
	const char *usr = json_string_value(json_array_get(via, 0));
	json_t *k = json_array_get(via, 1);
	json_t *sum = usr ? json_object_get(s->by_usr, usr) : NULL;
	if (!sum || !json_is_integer(k) || json_integer_value(k) < 0)
		return NULL;
	return json_array_get(json_object_get(sum, "fw"), (size_t)json_integer_value(k));
}

static char *forward_key(const char *usr, json_int_t k)
{
	return hvci_asprintf("%lld %s", (long long)k, usr);
}

/* 1 when `via` names a forward of the table that is in `grounded`. */
static int rests_on(const hvci_summaries *s, json_t *via, const hvci_strset *grounded)
{
	if (!via_target(s, via))
		return 0;
	char *key = forward_key(json_string_value(json_array_get(via, 0)),
	                        json_integer_value(json_array_get(via, 1)));
	int r = hvci_strset_has(grounded, key);
	free(key);
	return r;
}

int hvci_summaries_grounded(const hvci_summaries *s)
{
	hvci_strset grounded;
	hvci_strset_init(&grounded);
	const char *usr;
	json_t *sum, *f;
	size_t i, n = 0;
	/* A forward that names none rests on its own function; one that rests
	 * on a grounded forward is grounded; what is left rests on a cycle, or
	 * on a function no unit defines. */
	for (int changed = 1; changed;) {
		changed = 0;
		json_object_foreach(s->by_usr, usr, sum)
		{
			json_array_foreach(json_object_get(sum, "fw"), i, f)
			{
				if (!json_is_object(f))
					continue;
				char *key = forward_key(usr, (json_int_t)i);
				json_t *via = json_object_get(f, "via");
				if (!hvci_strset_has(&grounded, key) &&
				    (!via || rests_on(s, via, &grounded))) {
					hvci_strset_add(&grounded, key);
					changed = 1;
					n++;
				}
				free(key);
			}
		}
	}
	/* Every forward, one that is not an object included (never grounded). */
	size_t total = 0;
	json_object_foreach(s->by_usr, usr, sum) total +=
	    json_array_size(json_object_get(sum, "fw"));
	hvci_strset_free(&grounded);
	return n == total;
}

char *hvci_summaries_hash_for(const hvci_summaries *s, const char *index_json)
{
	json_t *ix = index_json ? json_loads(index_json, 0, NULL) : NULL;
	uint64_t h = HVCI_HASH_INIT;
	int any = 0;
	size_t i;
	json_t *c;
	/* "calls" is sorted: the index is written with sorted keys. */
	json_array_foreach(json_object_get(ix, "calls"), i, c)
	{
		const char *usr = json_string_value(c);
		json_t *sum = usr && s ? json_object_get(s->by_usr, usr) : NULL;
		if (!sum)
			continue;
		char *t = json_dumps(sum, JSON_COMPACT | JSON_SORT_KEYS);
		h = hvci_hash_bytes(h, usr, strlen(usr) + 1);
		h = hvci_hash_bytes(h, t, strlen(t) + 1);
		free(t);
		any = 1;
	}
	json_decref(ix);
	return any ? hvci_asprintf("%016llx", (unsigned long long)h) : hvci_strdup("0");
}
