/*
 * pch_names.c - what recovery needs to know of a shared PCH that a partial
 * parse leaves out of its walks (hvci_pch_names in frontend.h): written
 * beside the PCH when it is built, as KEY.names, and read back once per
 * process.  The names are collected by recovery's own walks over the
 * build's parse, so that a plan made with them is the plan a parse of the
 * whole unit would give; the words are every identifier the PCH's headers
 * spell outside comments and literals.  A names file counts only beside
 * the description of the same build (its stamp).
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"
#include "frontend/pch_int.h"
#include "util/util.h"

static json_t *set_json(const hvci_strset *set)
{
	json_t *a = json_array();
	for (size_t i = 0; i < set->cap; i++)
		if (set->slots[i])
			json_array_append_new(a, json_string(set->slots[i]));
	return a;
}

/* base.names: what recovery over a unit that loads the PCH needs to know
 * of it (hvci_pch_names).  1 when written. */
int hvci_pch_write_names(CXTranslationUnit tu, json_t *inputs, const char *base, const char *stamp)
{
	hvci_strset declared, anywhere, defined, words;
	hvci_strset_init(&declared);
	hvci_strset_init(&anywhere);
	hvci_strset_init(&defined);
	hvci_strset_init(&words);
	hvci_recovery_names_of(tu, &declared, &anywhere, &defined);
	size_t i;
	json_t *in;
	int ok = 1;
	json_array_foreach(inputs, i, in)
	{
		size_t len;
		char *text = hvci_read_file(json_string_value(json_array_get(in, 0)), &len);
		if (text)
			hvci_pch_words(text, len, &words);
		else
			ok = 0;
		free(text);
	}
	json_t *m = json_pack("{sssosososo}", "stamp", stamp, "declared", set_json(&declared),
	                      "anywhere", set_json(&anywhere), "defined", set_json(&defined),
	                      "words", set_json(&words));
	char *text = m ? json_dumps(m, JSON_COMPACT) : NULL;
	char *path = hvci_asprintf("%s.names", base);
	ok = ok && text && hvci_pch_write_atomic(path, text, strlen(text));
	free(path);
	free(text);
	json_decref(m);
	hvci_strset_free(&declared);
	hvci_strset_free(&anywhere);
	hvci_strset_free(&defined);
	hvci_strset_free(&words);
	return ok;
}

/* Names files read in this process, by PCH and build (few: a worker meets
 * the same few prefixes again and again). */
#define NAMES_KEPT 8
static struct names_entry {
	char *base, *stamp;
	hvci_pch_names n;
} names_kept[NAMES_KEPT];
static size_t names_next;

static void names_free(struct names_entry *e)
{
	free(e->base);
	free(e->stamp);
	hvci_strset_free(&e->n.declared);
	hvci_strset_free(&e->n.anywhere);
	hvci_strset_free(&e->n.defined);
	hvci_strset_free(&e->n.words);
	hvci_strset_free(&e->n.files);
	memset(e, 0, sizeof *e);
}

static int json_set(json_t *m, const char *field, hvci_strset *out)
{
	json_t *a = json_object_get(m, field), *v;
	size_t i;
	json_array_foreach(a, i, v)
	{
		if (!json_is_string(v))
			return 0;
		hvci_strset_add(out, json_string_value(v));
	}
	return json_is_array(a);
}

const hvci_pch_names *hvci_pch_names_of(const hvci_pch *p, const hvci_cmdline *cl)
{
	if (!p->attached || !p->base || !p->stamp)
		return NULL;
	for (size_t i = 0; i < NAMES_KEPT; i++)
		if (names_kept[i].base && !strcmp(names_kept[i].base, p->base) &&
		    !strcmp(names_kept[i].stamp, p->stamp))
			return &names_kept[i].n;
	char *path = hvci_asprintf("%s.names", p->base);
	json_t *m = hvci_pch_private_file(path) ? json_load_file(path, 0, NULL) : NULL;
	free(path);
	struct names_entry *e = &names_kept[names_next];
	names_free(e);
	hvci_strset_init(&e->n.declared);
	hvci_strset_init(&e->n.anywhere);
	hvci_strset_init(&e->n.defined);
	hvci_strset_init(&e->n.words);
	hvci_strset_init(&e->n.files);
	const char *stamp = json_string_value(json_object_get(m, "stamp"));
	int ok = stamp && !strcmp(stamp, p->stamp) && json_set(m, "declared", &e->n.declared) &&
	         json_set(m, "anywhere", &e->n.anywhere) && json_set(m, "defined", &e->n.defined) &&
	         json_set(m, "words", &e->n.words);
	json_decref(m);
	for (size_t i = 0; i < cl->pch_inputs.n; i++)
		hvci_strset_add(&e->n.files, cl->pch_inputs.v[i]);
	if (!ok || !cl->pch_inputs.n) {
		names_free(e);
		return NULL;
	}
	e->base = hvci_strdup(p->base);
	e->stamp = hvci_strdup(p->stamp);
	names_next = (names_next + 1) % NAMES_KEPT;
	return &e->n;
}
