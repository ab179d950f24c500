/*
 * fuzz_summaries.c - libFuzzer target for the reader of summary tables kept
 * between runs (plugin/src/frontend/summaries_kept.c, hvci_summaries_kept)
 * and what a run then does with one (plugin/src/engine/summaries.c): fill a
 * table from it, hash a unit's calls against it, check it is grounded, and
 * write it back.  An input is a kept table's file as it lies in the PCH
 * folder (JSON).
 *
 * Besides memory safety it holds the reader to what the rounds rely on: a
 * table that comes back is well formed (a forward's parameter is never
 * negative), writes back as text that reads back, and a check of it leaves
 * it as it was.  The folder is a real one (kept_harness.c), checked by
 * the product's own pch_folder.c, so that every input reaches the parse.
 */
#include "hvcilint.h"
#include "kept_harness.h"
#include "util/util.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* ---- the target ------------------------------------------------------------------ */

#define KEY "0123456789abcdef"

/* A unit's index that calls every function the table has, and one more. */
static char *index_calling(const char *table_text)
{
	json_t *t = json_loads(table_text, 0, NULL);
	json_t *calls = json_array();
	const char *usr;
	json_t *v;
	json_object_foreach(t, usr, v)
	{
		(void)v;
		json_array_append_new(calls, json_string(usr));
	}
	json_array_append_new(calls, json_string("c:@F@NotThere"));
	json_t *ix = json_pack("{s:o}", "calls", calls);
	char *text = json_dumps(ix, JSON_COMPACT);
	json_decref(ix);
	json_decref(t);
	return text;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *dir = fuzz_kept_file("summaries", KEY, data, size);
	hvci_summaries *s = hvci_summaries_kept(dir, KEY);
	if (!s)
		return 0;
	char *before = hvci_summaries_to_json(s);
	(void)hvci_summaries_grounded(s);
	char *after = hvci_summaries_to_json(s);
	/* The check takes its marks off again. */
	if (!before || !after || strcmp(before, after))
		abort();
	hvci_summaries *back = hvci_summaries_from_json(after, strlen(after));
	if (!back)
		abort();
	hvci_summaries *filled = hvci_summaries_new();
	hvci_summaries_fill(filled, s);
	char *ix = index_calling(after);
	char *h1 = hvci_summaries_hash_for(s, ix);
	char *h2 = hvci_summaries_hash_for(filled, ix);
	/* A table filled from another into an empty one resolves the same. */
	if (strcmp(h1, h2))
		abort();
	free(h1);
	free(h2);
	free(ix);
	free(before);
	free(after);
	hvci_summaries_free(filled);
	hvci_summaries_free(back);
	hvci_summaries_free(s);
	return 0;
}
