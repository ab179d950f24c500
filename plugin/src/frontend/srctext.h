/*
 * srctext.h - reading the source text around a parse error, for recovery
 * parsing (recover.c).  Internal to the frontend; positions are byte
 * offsets into a file's contents as libclang holds them.
 */
#ifndef HVCI_FRONTEND_SRCTEXT_H
#define HVCI_FRONTEND_SRCTEXT_H

#include <clang-c/Index.h>
#include <stddef.h>

#include "util/util.h"

typedef struct {
	const char *buf;
	size_t len;
	size_t off;
} textpos;

/* How a name the unit never declares is used in one file (hvci_text_uses). */
enum { USE_OBJECT = 1, USE_WIDTH = 2, USE_CASE = 4 };

#define FN_RETURNS_FN "function cannot return function type"

/* The last file whose text hvci_text_at found, for one parse's questions:
 * libclang finds a file's text by searching everything the unit entered,
 * and a parse's errors come in runs about one file.  Zeroed for each
 * parse; NULL asks libclang every time. */
typedef struct {
	CXFile file;
	const char *buf;
	size_t len;
	/* The comments and literals of buf, in order, once hvci_text_uses
	 * has asked (each region from start[i] up to end[i]). */
	size_t *start, *end;
	size_t n_regions;
	int have_regions;
} hvci_textcache;

/* Forgets the cached file (a new parse); the cache stays usable. */
void hvci_textcache_reset(hvci_textcache *c);

int hvci_text_ident_char(int c);
int hvci_text_at(CXTranslationUnit tu, CXSourceLocation loc, hvci_textcache *c, textpos *t);
size_t hvci_text_skip_space(const textpos *t, size_t i);
size_t hvci_text_skip_space_back(const textpos *t, size_t i);
int hvci_text_next_char(const textpos *t, size_t *at);
int hvci_text_prev_char(const textpos *t);
char *hvci_text_ident_before(const textpos *t);
int hvci_text_cast_paren(const textpos *t, size_t close);
char *hvci_text_quoted(const char *msg);
int hvci_text_is_identifier(const char *s);
int hvci_text_char_from(const textpos *t, size_t i, size_t *at);
int hvci_text_uses(const textpos *t, hvci_textcache *cache, const char *name);
void hvci_text_typedef_names(const textpos *t, hvci_strset *declared);
int hvci_text_word_before(textpos *t);
int hvci_text_declares(const textpos *t, const char *type, const char *var);
char *hvci_text_init_type(const textpos *t);
char *hvci_text_at_ident(const textpos *t);
char *hvci_text_decl_type(const textpos *t, const char *var, size_t limit);
char *hvci_text_callee(const textpos *t);

#endif
