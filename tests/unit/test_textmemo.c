/*
 * test_textmemo.c - the worker's memo of whole-file scans answers only for
 * the very text it was made from: the same path with a changed text (an
 * edited file, an editor's unsaved buffer) starts every answer again, an
 * equal text under the same path keeps them (the pragma scan's tokens too),
 * and a text too large to keep is not kept at all.
 */
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"
#include "unit.h"

static int freed;

static void count_free(void *p)
{
	free(p);
	freed++;
}

int main(void)
{
	const char *a = "#pragma section(\"X\")\nint x;\n";
	hvci_textmemo *m = hvci_textmemo_get("/p/h.h", a, strlen(a));
	CHECK(m != NULL);
	CHECK(m->pragma == -1 && m->cov_sig == NULL);
	m->pragma = 1;
	m->cov_sig = strdup("sig");
	m->cov_runs = malloc(sizeof *m->cov_runs);
	m->cov_runs[0] = 3;
	m->n_cov_runs = 1;

	/* The same text from another buffer: the answers stand. */
	char *copy = strdup(a);
	hvci_textmemo *again = hvci_textmemo_get("/p/h.h", copy, strlen(copy));
	CHECK(again == m);
	CHECK(again->pragma == 1 && again->n_cov_runs == 1);
	CHECK_STR(again->cov_sig, "sig");

	/* One byte changed, same length: nothing carries over. */
	copy[1] = 'P';
	hvci_textmemo *edited = hvci_textmemo_get("/p/h.h", copy, strlen(copy));
	CHECK(edited != NULL);
	CHECK(edited->pragma == -1 && edited->cov_sig == NULL && edited->n_cov_runs == 0);
	CHECK(edited->len == strlen(copy) && !memcmp(edited->text, copy, edited->len));

	/* A shorter text under the path, then the first one back: both fresh. */
	hvci_textmemo *shorter = hvci_textmemo_get("/p/h.h", a, 5);
	CHECK(shorter && shorter->pragma == -1 && shorter->len == 5);
	hvci_textmemo *back = hvci_textmemo_get("/p/h.h", a, strlen(a));
	CHECK(back && back->pragma == -1);

	/* The pragma scan's tokens go with the text they were lexed from, and
	 * replacing them frees the ones before. */
	hvci_textmemo_set_lexed(back, strdup("tokens"), strdup("c"), count_free, 100);
	hvci_textmemo_set_lexed(back, strdup("tokens again"), strdup("c++"), count_free, 100);
	CHECK(freed == 1);
	CHECK_STR(back->lexed_sig, "c++");
	CHECK(hvci_textmemo_get("/p/h.h", a, strlen(a)) == back && back->lexed != NULL);
	CHECK(hvci_textmemo_get("/p/h.h", a, 7) == back && back->lexed == NULL);
	CHECK(freed == 2 && back->lexed_sig == NULL && back->lexed_bytes == 0);

	/* Another path with the same text has answers of its own. */
	hvci_textmemo *other = hvci_textmemo_get("/p/g.h", a, strlen(a));
	CHECK(other && other != back && other->pragma == -1);

	/* Nothing for no path or no text; a huge text is not kept. */
	CHECK(hvci_textmemo_get(NULL, a, strlen(a)) == NULL);
	CHECK(hvci_textmemo_get("/p/h.h", NULL, 0) == NULL);
	size_t big = (size_t)64 << 20;
	char *huge = calloc(big, 1);
	CHECK(huge && hvci_textmemo_get("/p/huge.h", huge, big) == NULL);
	free(huge);

	/* Many files: the memo starts again empty rather than grow; answers
	 * asked for afterwards are fresh and still correct. */
	for (int i = 0; i < 5000; i++) {
		char path[32];
		snprintf(path, sizeof path, "/p/f%d.h", i);
		hvci_textmemo *f = hvci_textmemo_get(path, a, strlen(a));
		CHECK(f != NULL);
		if (!f)
			break;
		if (f->pragma == -1)
			f->pragma = i & 1;
	}
	hvci_textmemo *first = hvci_textmemo_get("/p/f0.h", a, strlen(a));
	CHECK(first && (first->pragma == -1 || first->pragma == 0));
	free(copy);
	return unit_failures;
}
