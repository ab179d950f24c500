/*
 * fingerprint.c - FNV-1a over what identifies a finding (see the header),
 * and the statement key that enters it.
 *
 * The finding's statement (version 3; its line in version 2) enters as its
 * tokens: comments dropped and whitespace dropped except one space where
 * two words would otherwise run together, while string and character
 * literals are kept as written.  A trailing comment, a NOLINT, a re-indent
 * or a call re-wrapped over more lines therefore leaves the finding the
 * same; an edit to its code, on any line of the statement, does not.  The
 * statement is found in the text alone (from the last ';', '{', '}' or
 * preprocessor line before the finding to the next ';', '{' or '}'), not
 * from the syntax tree, so reports that only have the file can make it too.
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
			p += strcspn(p, "\n"); /* the rest of the line is a comment */
			gap = 1;
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

/* Past the comment or literal at p (p + 1 when there is none). */
static const char *skip_one(const char *p, const char *end)
{
	if (p + 1 < end && p[0] == '/' && p[1] == '/') {
		while (p < end && *p != '\n')
			p++;
		return p;
	}
	if (p + 1 < end && p[0] == '/' && p[1] == '*') {
		for (p += 2; p + 1 < end && !(p[0] == '*' && p[1] == '/'); p++)
			;
		return p + 1 < end ? p + 2 : end;
	}
	if (*p == '"' || *p == '\'') {
		char q = *p++;
		while (p < end && *p != q && *p != '\n')
			p += *p == '\\' && p + 1 < end ? 2 : 1;
		return p < end ? p + 1 : end;
	}
	return p + 1;
}

/* Longer statements (a big initialiser table) key on their line alone. */
#define STATEMENT_MAX_LINES 12

/*
 * Where statements begin and end in a file, found in one pass so that a
 * file with many findings is lexed once (a scan per finding made a large
 * file quadratic).  The pass skips comments, literals and directive lines
 * as the statement key reads them, and keeps one sorted list of marks,
 * each an offset shifted left by one with the low bit saying what is there:
 * - a stop (bit 1): a ';', '{' or '}' of the code, where a statement ends
 *   and past which the next may begin;
 * - a directive's end (bit 0), where a statement may begin.
 * One list where there were three (stops, and where each mark is and where
 * its statement begins) keeps a large file's index small: every page it
 * fills is one more the process touches.  It also has the offset of each
 * line's start, borrowed when the caller has them.
 */
typedef struct {
	size_t *v;
	size_t n, cap;
} offsets;

struct hvci_stmt_index {
	const char *text;
	size_t len;
	const size_t *line_at; /* own_lines, or the caller's */
	size_t n_lines;
	size_t *own_lines;
	offsets marks;
};

static void offsets_reserve(offsets *o, size_t cap)
{
	o->v = hvci_xmalloc(cap * sizeof *o->v);
	o->cap = cap;
}

static void offsets_add(offsets *o, size_t x)
{
	if (o->n == o->cap) {
		o->cap = o->cap ? o->cap * 2 : 64;
		o->v = hvci_xrealloc(o->v, o->cap * sizeof *o->v);
	}
	o->v[o->n++] = x;
}

/* What the pass below must look at: blanks keep a line's start, and the
 * other marked characters may open a comment, a literal or a directive,
 * or end a statement.  Everything else is code it steps over. */
enum { LEX_CODE, LEX_BLANK, LEX_SPECIAL };
static const unsigned char lex_class[256] = {
    [' '] = LEX_BLANK,   ['\t'] = LEX_BLANK,  ['\r'] = LEX_BLANK,  ['\n'] = LEX_SPECIAL,
    ['#'] = LEX_SPECIAL, ['/'] = LEX_SPECIAL, ['"'] = LEX_SPECIAL, ['\''] = LEX_SPECIAL,
    [';'] = LEX_SPECIAL, ['{'] = LEX_SPECIAL, ['}'] = LEX_SPECIAL,
};

hvci_stmt_index *hvci_stmt_index_new_lines(const char *text, size_t len, const size_t *line_at,
                                           size_t n_lines)
{
	hvci_stmt_index *ix = hvci_xcalloc(1, sizeof *ix);
	ix->text = text;
	ix->len = len;
	const char *end = text + len, *p = text;
	if (!line_at)
		line_at = ix->own_lines = hvci_line_starts(text, len, &n_lines);
	ix->line_at = line_at;
	ix->n_lines = n_lines;
	/* Sized before it fills: doubling copied the list about once more.
	 * Code has about a statement a line, so the line count sizes it; it
	 * still grows past that. */
	offsets_reserve(&ix->marks, n_lines + 64);
	int bol = 1; /* only blanks since the line began */
	while (p < end) {
		unsigned char c = (unsigned char)*p;
		if (!lex_class[c]) {
			/* Most of a file is code between the characters the table
			 * marks, stepped over here in a tight loop. */
			do
				p++;
			while (p < end && !lex_class[(unsigned char)*p]);
			bol = 0;
			continue;
		}
		if (lex_class[c] == LEX_BLANK) {
			p++;
			continue;
		}
		if (c == '\n') {
			bol = 1;
			p++;
			continue;
		}
		if (bol && c == '#') {
			/* A directive ends at an unescaped newline and bounds a statement. */
			while (p < end && !(*p == '\n' && p[-1] != '\\'))
				p++;
			offsets_add(&ix->marks, (size_t)(p - text) << 1);
			continue;
		}
		bol = 0;
		const char *q = skip_one(p, end);
		if (c == ';' || c == '{' || c == '}')
			offsets_add(&ix->marks, (size_t)(p - text) << 1 | 1);
		p = q;
	}
	return ix;
}

hvci_stmt_index *hvci_stmt_index_new(const char *text, size_t len)
{
	return hvci_stmt_index_new_lines(text, len, NULL, 0);
}

void hvci_stmt_index_free(hvci_stmt_index *ix)
{
	if (!ix)
		return;
	free(ix->own_lines);
	free(ix->marks.v);
	free(ix);
}

char *hvci_statement_key_at(const hvci_stmt_index *ix, unsigned line, unsigned col)
{
	if (!ix || !ix->text || !line || line > ix->n_lines)
		return NULL;
	const char *text = ix->text, *end = text + ix->len;
	size_t at = ix->line_at[line - 1];
	const char *eolp = memchr(text + at, '\n', ix->len - at);
	size_t eol = eolp ? (size_t)(eolp - text) : ix->len;
	at += col ? col - 1 : 0;
	if (at > eol)
		at = eol;
	/* The statement ends at the first stop at or after the finding... */
	size_t mi = hvci_lower_bound(ix->marks.v, ix->marks.n, at << 1);
	size_t si = mi;
	while (si < ix->marks.n && !(ix->marks.v[si] & 1))
		si++;
	size_t stop = si < ix->marks.n ? ix->marks.v[si] >> 1 : ix->len;
	if (stop < ix->len && text[stop] == ';')
		stop++;
	/* ...and begins at the last mark before it: past a stop, or where a
	 * directive ends. */
	size_t start = mi ? (ix->marks.v[mi - 1] >> 1) + (ix->marks.v[mi - 1] & 1) : 0;
	unsigned lines = 1;
	for (const char *c = text + start; c < text + stop && c < end; c++)
		lines += *c == '\n';
	if (lines > STATEMENT_MAX_LINES)
		return NULL;
	char *raw = hvci_xstrndup(text + start, stop - start);
	hvci_buf b;
	hvci_buf_init(&b);
	hvci_fingerprint_tokens(raw, &b);
	free(raw);
	char *key = hvci_strdup(b.s ? b.s : "");
	hvci_buf_free(&b);
	return key;
}

char *hvci_statement_key(const char *text, size_t len, unsigned line, unsigned col)
{
	if (!text || !line)
		return NULL;
	hvci_stmt_index *ix = hvci_stmt_index_new(text, len);
	char *key = hvci_statement_key_at(ix, line, col);
	hvci_stmt_index_free(ix);
	return key;
}

static uint64_t hash_v(const hvci_finding *f, int version)
{
	uint64_t h = 14695981039346656037ULL;
	h = fnv(h, f->rule_id);
	h = fnv(h, f->function);
	if (version >= 3 && f->statement_key) {
		h = fnv(h, "stmt"); /* never equal to a line-keyed hash */
		h = fnv(h, f->statement_key);
	} else {
		hvci_buf b;
		hvci_buf_init(&b);
		if (f->source_line)
			hvci_fingerprint_tokens(f->source_line, &b);
		else
			hvci_fingerprint_tokens(f->message, &b);
		h = fnv(h, b.s ? b.s : "");
		hvci_buf_free(&b);
	}
	return fnv(h, f->loc.logical);
}

uint64_t hvci_finding_hash(const hvci_finding *f)
{
	return hash_v(f, HVCI_FINGERPRINT_VERSION);
}

char *hvci_finding_fingerprint_v(const hvci_finding *f, size_t occurrence, int version)
{
	char fp[48];
	snprintf(fp, sizeof fp, "v%d:%016llx:%zu", version < 2 ? 2 : version,
	         (unsigned long long)hash_v(f, version), occurrence);
	return hvci_strdup(fp);
}

char *hvci_finding_fingerprint(const hvci_finding *f, size_t occurrence)
{
	return hvci_finding_fingerprint_v(f, occurrence, HVCI_FINGERPRINT_VERSION);
}

int hvci_fingerprint_version(const char *fp)
{
	if (!fp)
		return 0;
	if (fp[0] == 'v' && fp[1] >= '2' && fp[1] <= '9' && fp[2] == ':')
		return fp[1] - '0';
	return 1; /* "%016llx:N", before comments stopped counting */
}
