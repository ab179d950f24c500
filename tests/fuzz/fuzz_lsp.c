/*
 * fuzz_lsp.c - libFuzzer target for what `hvcilint lsp` and `hvcilint
 * clangd` read from the editor before any analysis: the base-protocol
 * framing (cli/lsp_proto.c), file URIs, and the didOpen/didChange edits of
 * a document's text (cli/lsp_text.c).  The first input byte picks how
 * many bytes reach the reader at a time (1 to 256, through a pipe, so
 * frames arrive split anywhere); the rest is the stream.  Each frame whose
 * body is a didOpen or didChange notification is applied to a small table
 * of documents; every request gets a response written to /dev/null.
 * Besides memory safety it checks that a dropped frame says why, a frame
 * is its header plus Content-Length bytes, a document's length matches its
 * text, and a file URI's path survives the trip back through a URI.
 * Analyses and the message loops (lsp.c, lsp_docs.c) are not run.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lsp.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_DOCS 4

typedef struct {
	char *uri, *text;
	size_t len;
} doc;

static int devnull = -1;

static void check_uri(const char *uri)
{
	char *p = lsp_uri_to_path(uri);
	if (!p)
		return;
	char *u = lsp_path_to_uri(p);
	char *back = lsp_uri_to_path(u);
	if (!back || strcmp(back, p))
		abort();
	free(back);
	free(u);
	free(p);
}

static doc *find(doc *docs, size_t *n, const char *uri, int create)
{
	for (size_t i = 0; i < *n; i++)
		if (!strcmp(docs[i].uri, uri))
			return &docs[i];
	if (!create || *n == MAX_DOCS)
		return NULL;
	doc *d = &docs[(*n)++];
	d->uri = strdup(uri);
	d->text = strdup("");
	d->len = 0;
	return d;
}

static void handle(doc *docs, size_t *n, const char *body, size_t len)
{
	json_t *msg = json_loadb(body, len, 0, NULL);
	if (!json_is_object(msg)) {
		json_decref(msg);
		return;
	}
	const char *method = json_string_value(json_object_get(msg, "method"));
	json_t *params = json_object_get(msg, "params");
	json_t *td = json_object_get(params, "textDocument");
	const char *uri = json_string_value(json_object_get(td, "uri"));
	if (uri)
		check_uri(uri);
	if (method && uri && !strcmp(method, "textDocument/didOpen")) {
		json_t *text = json_object_get(td, "text");
		doc *d = find(docs, n, uri, 1);
		if (d && json_is_string(text)) {
			free(d->text);
			d->len = json_string_length(text);
			d->text = malloc(d->len + 1);
			if (!d->text)
				abort();
			memcpy(d->text, json_string_value(text), d->len + 1);
		}
	} else if (method && uri && !strcmp(method, "textDocument/didChange")) {
		doc *d = find(docs, n, uri, 0);
		if (d)
			(void)lsp_text_change(&d->text, &d->len,
			                      json_object_get(params, "contentChanges"));
		if (d && (strlen(d->text) != d->len))
			abort();
	}
	json_t *id = json_object_get(msg, "id");
	if (id)
		lsp_send(devnull, method ? lsp_response(id, json_null())
		                         : lsp_error(id, LSP_INVALID_REQUEST, "no method"));
	json_decref(msg);
}

static void drain(lsp_reader *r, doc *docs, size_t *n)
{
	for (;;) {
		lsp_frame f;
		const char *why;
		lsp_next_status st = lsp_reader_next(r, &f, &why);
		if (st == LSP_NEED_MORE)
			return;
		if (st == LSP_BAD_FRAME) {
			if (!why || f.raw)
				abort();
			continue;
		}
		if (!f.raw || f.body < f.raw || f.body + f.body_len != f.raw + f.raw_len ||
		    memcmp(f.body - 4, "\r\n\r\n", 4))
			abort();
		handle(docs, n, f.body, f.body_len);
		free(f.raw);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* The whole stream fits in the pipe, so writes never block. */
	if (size < 1 || size > 60000)
		return 0;
	if (devnull < 0 && (devnull = open("/dev/null", O_WRONLY)) < 0)
		abort();
	size_t chunk = (size_t)data[0] + 1;
	data++;
	size--;
	int fds[2];
	if (pipe(fds))
		abort();
	lsp_reader r;
	lsp_reader_init(&r, fds[0]);
	doc docs[MAX_DOCS];
	size_t n = 0;
	for (size_t off = 0; off < size; off += chunk) {
		size_t k = size - off < chunk ? size - off : chunk;
		if (write(fds[1], data + off, k) != (ssize_t)k)
			abort();
		lsp_reader_fill(&r);
		drain(&r, docs, &n);
	}
	close(fds[1]);
	while (!r.eof) {
		lsp_reader_fill(&r);
		drain(&r, docs, &n);
	}
	lsp_reader_free(&r);
	close(fds[0]);
	for (size_t i = 0; i < n; i++) {
		free(docs[i].uri);
		free(docs[i].text);
	}
	return 0;
}
