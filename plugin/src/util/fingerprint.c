/*
 * fingerprint.c - FNV-1a over what identifies a finding (see the header).
 *
 * The source line enters as its tokens: comments dropped and whitespace
 * dropped except one space where two words would otherwise run together,
 * while string and character literals are kept as written.  A trailing
 * comment, a NOLINT added to the line or a re-indent therefore leaves the
 * finding the same; an edit to its code does not.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/fingerprint.h"
#include "util/util.h"

static uint64_t fnv(uint64_t h, const char *s)
{
	for (; s && *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	h ^= 0xff; /* field separator */
	h *= 1099511628211ULL;
	return h;
}

static int word(int c)
{
	return isalnum(c) || c == '_';
}

void hvci_fingerprint_tokens(const char *line, hvci_buf *b)
{
	const char *p = line;
	int gap = 0; /* whitespace or a comment since the last token */
	while (p && *p) {
		unsigned char c = (unsigned char)*p;
		if (isspace(c)) {
			gap = 1;
			p++;
		} else if (p[0] == '/' && p[1] == '/') {
			break; /* the rest of the line is a comment */
		} else if (p[0] == '/' && p[1] == '*') {
			const char *e = strstr(p + 2, "*/");
			p = e ? e + 2 : p + strlen(p);
			gap = 1;
		} else if (c == '"' || c == '\'') {
			/* A literal as written: its spaces and slashes are code. */
			if (gap && b->len && word((unsigned char)b->s[b->len - 1]))
				hvci_buf_putc(b, ' ');
			hvci_buf_putc(b, (char)c);
			p++;
			while (*p && (unsigned char)*p != c) {
				if (*p == '\\' && p[1])
					hvci_buf_putc(b, *p++);
				hvci_buf_putc(b, *p++);
			}
			if (*p)
				hvci_buf_putc(b, *p++);
			gap = 0;
		} else {
			/* "unsigned int" and "unsignedint" stay apart; "a + b" is "a+b". */
			if (gap && b->len && word((unsigned char)b->s[b->len - 1]) && word(c))
				hvci_buf_putc(b, ' ');
			hvci_buf_putc(b, (char)c);
			gap = 0;
			p++;
		}
	}
}

uint64_t hvci_finding_hash(const hvci_finding *f)
{
	uint64_t h = 14695981039346656037ULL;
	h = fnv(h, f->rule_id);
	h = fnv(h, f->function);
	hvci_buf b;
	hvci_buf_init(&b);
	if (f->source_line)
		hvci_fingerprint_tokens(f->source_line, &b);
	else
		hvci_fingerprint_tokens(f->message, &b);
	h = fnv(h, b.s ? b.s : "");
	hvci_buf_free(&b);
	return fnv(h, f->loc.logical);
}

char *hvci_finding_fingerprint(const hvci_finding *f, size_t occurrence)
{
	char fp[48];
	snprintf(fp, sizeof fp, HVCI_FINGERPRINT_PREFIX "%016llx:%zu",
	         (unsigned long long)hvci_finding_hash(f), occurrence);
	return hvci_strdup(fp);
}

int hvci_fingerprint_version(const char *fp)
{
	if (!fp)
		return 0;
	if (!strncmp(fp, HVCI_FINGERPRINT_PREFIX, strlen(HVCI_FINGERPRINT_PREFIX)))
		return HVCI_FINGERPRINT_VERSION;
	return 1; /* "%016llx:N", before comments stopped counting */
}
