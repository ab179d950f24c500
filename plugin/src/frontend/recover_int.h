/*
 * recover_int.h - the stand-ins recovery parsing plans (recover.c) and
 * writes into the prelude it force-includes (recover_prelude.c).  Internal
 * to the frontend.
 */
#ifndef HVCI_FRONTEND_RECOVER_INT_H
#define HVCI_FRONTEND_RECOVER_INT_H

#include "frontend/frontend.h"
#include "util/util.h"

typedef enum { SI_TYPE, SI_VALUE, SI_CONST, SI_MACRO, SI_FMACRO, SI_ROLE, SI_TAG } standin_kind;

typedef struct {
	char *name;
	standin_kind kind;
	char *ret;      /* SI_ROLE: the return type its functions are defined with */
	int small;      /* SI_CONST: a bit-field width or shift count, so 1 */
	char **members; /* SI_TYPE: members read from it ("(name" when called) */
	size_t n_members;
	int dot;         /* SI_TYPE: a member read with `.`: no pointer */
	int subscripted; /* SI_TYPE: indexed with [] (a typedef'd array) */
	int braced;      /* SI_TYPE: initialized from a braced list in C++ */
	int arrow;       /* SI_TYPE: a member read with `->` */
	int nested;      /* SI_TYPE: the type of a member of one of ours */
	int constant;    /* SI_CONST: a constant in C++ too */
} standin;

struct hvci_recovery {
	char *dir;     /* temporary folder holding everything below */
	char *inc;     /* stand-in include root: dir/r/r/r/r */
	char *prelude; /* dir/hvcilint-standins.h */
	standin *si;   /* the prelude's declarations, in order */
	size_t n_si;
	size_t n_named;    /* the entries of si the unit names (not member types) */
	hvci_loc first_at; /* where the first stood-in name was used (file NULL: unknown) */
	hvci_strset done;
	char **headers;      /* missing #include names, as written */
	hvci_loc *header_at; /* where each was included (file NULL: unknown) */
	size_t n_headers;
	int passes;
	int applied; /* the command line carries the prelude and the folder */
};

#endif
