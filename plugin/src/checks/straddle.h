/*
 * straddle.h - where a static object's initializer stores addresses, for
 * check_straddle.c: straddle_slots.c places each initializer in the
 * object's layout and lists the pointer-sized slots that receive an
 * address (and so a base relocation).  Not API: those two files include it.
 */
#ifndef HVCI_STRADDLE_H
#define HVCI_STRADDLE_H

#include <stdint.h>

#include "engine/engine.h"

typedef struct {
	uint64_t off;   /* byte offset of the pointer inside the object */
	CXCursor value; /* the initializer expression that stores it */
} slot;

typedef struct {
	hvci_ctx *ctx;
	slot *s;
	size_t n, cap;
	unsigned psize; /* pointer size of the target, from the slot's type */
	int bail;       /* a construct this file does not place: give up */
} walk;

/* Fills w (its ctx set) with the address slots of an object of type t
 * initialised by `init`; w->bail when the initializer holds a construct
 * that is not placed.  The caller frees w->s. */
void hvci_straddle_slots(walk *w, CXType t, CXCursor init);

#endif
