/*
 * lsp_text.c - an open document's text kept up to date from the
 * contentChanges of textDocument/didChange: each change replaces a range
 * (LSP positions: 0-based line and UTF-16 code units) or, without a
 * range, the whole text.  Positions past a line's end or the text's end
 * are clamped, as the specification asks; a change that is not an object
 * with a string "text" (and, when it has a range, integer positions) is
 * refused.  What the document is and when it is analysed is lsp_docs.c's
 * business.
 */
#include <stdlib.h>
#include <string.h>

#include "lsp.h"
#include "util/util.h"

/* Byte offset of an LSP position (line, UTF-16 character) in text, clamped. */
static size_t offset_of(const char *t, size_t len, json_int_t line, json_int_t ch)
{
	size_t o = 0;
	for (json_int_t l = 0; l < line && o < len; o++)
		if (t[o] == '\n')
			l++;
	if (o >= len)
		return len;
	json_int_t units = 0;
	while (o < len && t[o] != '\n' && !(t[o] == '\r' && o + 1 < len && t[o + 1] == '\n') &&
	       units < ch) {
		unsigned char c = (unsigned char)t[o];
		size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
		units += n == 4 ? 2 : 1;
		o += n;
		/* A truncated sequence at the end of the text. */
		if (o > len)
			o = len;
	}
	return o;
}

int lsp_text_change(char **doc, size_t *len, json_t *changes)
{
	if (!json_is_array(changes))
		return -1;
	size_t i;
	json_t *c;
	json_array_foreach(changes, i, c)
	{
		json_t *text = json_object_get(c, "text");
		if (!json_is_string(text))
			return -1;
		const char *nt = json_string_value(text);
		size_t nl = json_string_length(text);
		json_t *range = json_object_get(c, "range");
		size_t a = 0, b = *len;
		if (range) {
			json_t *s = json_object_get(range, "start"),
			       *e = json_object_get(range, "end");
			json_t *sl = json_object_get(s, "line"),
			       *sc = json_object_get(s, "character");
			json_t *el = json_object_get(e, "line"),
			       *ec = json_object_get(e, "character");
			if (!json_is_integer(sl) || !json_is_integer(sc) || !json_is_integer(el) ||
			    !json_is_integer(ec))
				return -1;
			a = offset_of(*doc, *len, json_integer_value(sl), json_integer_value(sc));
			b = offset_of(*doc, *len, json_integer_value(el), json_integer_value(ec));
			if (b < a)
				b = a;
		}
		char *t = hvci_xmalloc(*len - (b - a) + nl + 1);
		memcpy(t, *doc, a);
		memcpy(t + a, nt, nl);
		memcpy(t + a + nl, *doc + b, *len - b);
		*len = *len - (b - a) + nl;
		t[*len] = '\0';
		free(*doc);
		*doc = t;
	}
	return 0;
}
