/*
 * pragmas.h - the pragmas of a translation unit's user files, as
 * check_section.c reads them: where each one is written (#pragma,
 * __pragma, _Pragma, or a user macro that expands to one), the user
 * macros that stand for strings, __declspec(code_seg) placements, and a
 * small lexer for a pragma's body (pragma_lex.c), and a user file's tokens
 * (pragma_tokens.c).  Not API: pragmas.c, pragma_lex.c, pragma_tokens.c
 * and check_section.c include it.
 */
#ifndef HVCI_PRAGMAS_H
#define HVCI_PRAGMAS_H

#include "engine/engine.h"

/* ---- a pragma body, lexed -------------------------------------------------- */

enum { T_IDENT = 'i', T_STRING = 's', T_NUMBER = 'n', T_PUNCT = 'p' };

typedef struct {
	int kind;
	char *text; /* identifiers and punctuation as written; strings decoded */
} ptok;

typedef struct {
	ptok *v;
	size_t n;
} ptoks;

void hvci_pragma_lex(const char *s, ptoks *out);
void hvci_pragma_toks_free(ptoks *t);
/*
 * The arguments of `name ( a , b , ... )` starting at t->v[0]: for each
 * argument, its first token index.  Returns the count; -1 when there are
 * no parentheses.
 */
int hvci_pragma_split_args(const ptoks *t, size_t *first, int max);
/* Adjacent string literals from index i, concatenated; NULL if none. */
char *hvci_pragma_strings_at(const ptoks *t, size_t i);
/* The text of a string literal's spelling ("a\tb" -> a<TAB>b). */
char *hvci_pragma_destringize(const char *lit);
/* Whether the `pragma` at text[at] begins `#pragma W` for a W that the
 * check never reads and that brings no other pragma (`#pragma once`). */
int hvci_pragma_inert_at(const char *text, size_t size, size_t at);

/* ---- a user file's tokens (pragma_tokens.c) ------------------------------- */

/* The tokens of a user file that the preprocessor did not skip, comments
 * left out, in order; of a file that spells no `__pragma`, `_Pragma` or
 * `code_seg`, those of its directive lines only.  The spellings are
 * borrowed from the worker's memo of the file (or from `own`): valid until
 * hvci_pragma_ftoks_free, and while no other file's tokens are asked for. */
typedef struct {
	char **sp;             /* spellings */
	unsigned *off;         /* start offsets */
	unsigned *end;         /* end offsets */
	unsigned *line;        /* lines */
	unsigned char *is_str; /* string literal */
	size_t n;
	void *own; /* the lexed file, when no memo keeps it */
} hvci_ftoks;

/* The tokens of file f of ctx's unit, whose text libclang parsed is
 * text[0..size). */
void hvci_pragma_file_tokens(const hvci_ctx *ctx, CXFile f, const char *text, size_t size,
                             hvci_ftoks *out);
void hvci_pragma_ftoks_free(hvci_ftoks *t);

/* A stretch of a text: [b, e). */
typedef struct {
	size_t b, e;
} hvci_span;

/*
 * The directive lines of text[0..size) as clang's raw lexer reads it, as
 * pragmas.c tells a directive (a `#` token with a line break between it
 * and the token before, or first; to the next line break no backslash
 * continues), merged where only blanks and comments lie between.  0 when
 * the text holds what this reading does not follow (a trigraph, a raw
 * string, a digit separator, `#@`, a splice with blanks before its line
 * break, a lone carriage return): then the whole text must be lexed.
 * `//` starts a comment (the caller knows the unit is not C89).
 */
int hvci_pragma_directive_spans(const char *text, size_t size, hvci_span **out, size_t *n_out);
/* 1 when the line break at text[i] ends a directive: no backslash (with a
 * carriage return between, or not) continues it.  pragmas.c's scan and
 * hvci_pragma_directive_spans end a directive by this one rule. */
int hvci_pragma_line_ends(const char *text, size_t i);

/* ---- where the pragmas are ------------------------------------------------- */

/* One pragma, wherever it was written. */
typedef struct {
	char *text;       /* the pragma's body: "section(\".x\", read)" */
	hvci_loc loc;     /* where findings about it go */
	size_t file;      /* index into the user files, for ordering */
	unsigned offset;  /* position in that file */
	const char *form; /* "#pragma", "__pragma", "_Pragma" or a macro name */
} occ;

/* A user #define, kept for macros that carry __pragma/_Pragma. */
typedef struct {
	char *name;
	char **params;
	size_t n_params;
	int function_like;
	char **body; /* token spellings */
	size_t n_body;
	size_t fi;       /* the user file it is written in (index into files) */
	unsigned offset; /* of the macro name */
	int carries;     /* has a pragma, itself or through a macro: 0 unknown, 1, -1 */
} macro;

typedef struct {
	hvci_ctx *ctx;
	/* The main file first, then the user headers in inclusion order. */
	CXFile *files;
	size_t n_files;
	/* Their text, asked of libclang once: finding a file's text searches
	 * everything the unit entered, and the check reads each file in up to
	 * four places. */
	const char **text;
	size_t *text_len;
	/* The answers of hvci_pragmas_file by handle (open addressing): it is
	 * asked about every declaration and macro use of the unit, which come
	 * from hundreds of files, and a unit can have a hundred user files. */
	hvci_ptrmap seen;
	/* Every pragma, sorted by file and offset. */
	occ *occs;
	size_t n_occs;
	macro *macros;
	size_t n_macros;
	/* Indices into macros, sorted by name (then definition order) and by
	 * place (file, offset): a unit can define thousands of macros and
	 * expand them tens of thousands of times. */
	size_t *by_name, *by_place;
	/* __declspec(code_seg("NAME")), in the order written. */
	struct pragma_code_seg {
		char *name;
		hvci_loc loc;
	} * code_segs;
	size_t n_code_segs;
	/* Argument lists of user function-like macro uses: a __pragma written
	 * there is the macro's to use (or to stringize). */
	struct pragma_arg_span {
		size_t file;
		unsigned from, to;
	} * arg_spans;
	size_t n_arg_spans;
	/* Which user files were lexed (not all are: hvci_pragmas_collect), and
	 * the names hvci_pragma_arg_string has looked for in the others. */
	char *lexed;
	hvci_strset asked;
} hvci_pragmas;

void hvci_pragmas_collect(hvci_pragmas *p, hvci_ctx *ctx);
void hvci_pragmas_free(hvci_pragmas *p);
/* The index of file `f` among p->files, or p->n_files when it is not a user file. */
size_t hvci_pragmas_file(hvci_pragmas *p, CXFile f);
/*
 * A pragma argument as a string, as the preprocessor hands it over:
 * adjacent string literals and user macros that stand for strings,
 * concatenated.  NULL when it starts with anything else.
 */
char *hvci_pragma_arg_string(hvci_pragmas *p, const ptoks *t, size_t i);

#endif
