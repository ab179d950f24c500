/*
 * arith.c - the evaluator's arithmetic: folds an operator over two value
 * sets.  Constants fold, "parameter | c" stays symbolic under OR (how
 * wrapper summaries carry flags), a pointer plus or minus an integer keeps
 * the object it points into, and an unknown integer ANDed with a constant
 * keeps the bits known to be clear (HVCI_PROV_BITS), and one XORed with a
 * constant keeps the bits it inverted (HVCI_PROV_FLIPPED: toggling CR0.WP
 * clears it, since the kernel runs with it set).  Everything else is
 * unknown.  Evaluating the operands is eval.c's job.
 */
#include <stdint.h>

#include "engine/engine.h"

int hvci_binop(int op, uint64_t a, uint64_t b, uint64_t *r)
{
	switch (op) {
	case CXBinaryOperator_Or:
	case CXBinaryOperator_OrAssign:
		*r = a | b;
		return 1;
	case CXBinaryOperator_And:
	case CXBinaryOperator_AndAssign:
		*r = a & b;
		return 1;
	case CXBinaryOperator_Xor:
	case CXBinaryOperator_XorAssign:
		*r = a ^ b;
		return 1;
	case CXBinaryOperator_Add:
	case CXBinaryOperator_AddAssign:
		*r = a + b;
		return 1;
	case CXBinaryOperator_Sub:
	case CXBinaryOperator_SubAssign:
		*r = a - b;
		return 1;
	case CXBinaryOperator_Mul:
	case CXBinaryOperator_MulAssign:
		*r = a * b;
		return 1;
	case CXBinaryOperator_Shl:
	case CXBinaryOperator_ShlAssign:
		*r = b < 64 ? a << b : 0;
		return 1;
	case CXBinaryOperator_Shr:
	case CXBinaryOperator_ShrAssign:
		*r = b < 64 ? a >> b : 0;
		return 1;
	case CXBinaryOperator_Div:
	case CXBinaryOperator_DivAssign:
		if (!b)
			return 0;
		*r = a / b;
		return 1;
	default:
		return 0;
	}
}

static int is_or(int op)
{
	return op == CXBinaryOperator_Or || op == CXBinaryOperator_OrAssign;
}

static int is_add(int op)
{
	return op == CXBinaryOperator_Add || op == CXBinaryOperator_AddAssign ||
	       op == CXBinaryOperator_Sub || op == CXBinaryOperator_SubAssign;
}

static int is_and(int op)
{
	return op == CXBinaryOperator_And || op == CXBinaryOperator_AndAssign;
}

static int is_xor(int op)
{
	return op == CXBinaryOperator_Xor || op == CXBinaryOperator_XorAssign;
}

int hvci_is_pointer_prov(int prov)
{
	return prov != HVCI_PROV_NONE && prov != HVCI_PROV_BITS && prov != HVCI_PROV_FLIPPED;
}

/*
 * Combines a value with a provenance and another operand: a pointer plus
 * or minus an integer still points into the same object; known-clear bits
 * grow under AND with a constant and shrink under OR.  Returns 0 when the
 * result is not tracked.  y may be NULL for an unknown integer.
 */
static int combine_prov(int op, const hvci_val *x, const hvci_val *y, int x_left, hvci_val *r)
{
	if (hvci_is_pointer_prov(x->prov) && is_add(op) && (!y || !y->prov) &&
	    (x_left || op == CXBinaryOperator_Add)) {
		*r = *x;
		return 1;
	}
	if (!y || y->prov || y->param >= 0)
		return 0;
	if (x->prov == HVCI_PROV_BITS && is_and(op)) {
		*r = *x;
		r->v |= ~y->v;
		return 1;
	}
	if (x->prov == HVCI_PROV_BITS && is_or(op)) {
		*r = *x;
		r->v &= ~y->v;
		return 1;
	}
	/* Toggled twice is the value read again: no longer tracked.  Bits set
	 * by OR are no longer inverted; AND makes the bits it lacks clear. */
	if (x->prov == HVCI_PROV_FLIPPED && (is_xor(op) || is_or(op))) {
		*r = *x;
		r->v = is_xor(op) ? r->v ^ y->v : r->v & ~y->v;
		return r->v != 0;
	}
	if (x->prov == HVCI_PROV_FLIPPED && is_and(op)) {
		*r = *x;
		r->prov = HVCI_PROV_BITS;
		r->v = ~y->v;
		return 1;
	}
	return 0;
}

/* Combines every pair of values; "param | c" stays symbolic under OR. */
void hvci_combine(int op, const hvci_vs *a, const hvci_vs *b, CXCursor e, hvci_vs *out)
{
	out->n = 0;
	out->unknown = a->unknown || b->unknown;
	/* One side is an unknown integer: pointers keep their object,
	 * `unknown & c` has the bits clear that c lacks, and `unknown ^ c` has
	 * c's bits inverted (only when nothing is known of the unknown side:
	 * a value already toggled once is not toggled from the read again). */
	hvci_val pv;
	for (int i = 0; b->unknown && i < a->n; i++) {
		const hvci_val *x = &a->v[i];
		if (combine_prov(op, x, NULL, 1, &pv))
			hvci_vs_add(out, &pv);
		else if (is_and(op) && !x->prov && x->param < 0)
			hvci_vs_add(out, &(hvci_val){~x->v, -1, 0, e, HVCI_PROV_BITS});
		else if (is_xor(op) && !b->n && !x->prov && x->param < 0 && x->v)
			hvci_vs_add(out, &(hvci_val){x->v, -1, 0, e, HVCI_PROV_FLIPPED});
	}
	for (int j = 0; a->unknown && j < b->n; j++) {
		const hvci_val *y = &b->v[j];
		if (combine_prov(op, y, NULL, 0, &pv))
			hvci_vs_add(out, &pv);
		else if (is_and(op) && !y->prov && y->param < 0)
			hvci_vs_add(out, &(hvci_val){~y->v, -1, 0, e, HVCI_PROV_BITS});
		else if (is_xor(op) && !a->n && !y->prov && y->param < 0 && y->v)
			hvci_vs_add(out, &(hvci_val){y->v, -1, 0, e, HVCI_PROV_FLIPPED});
	}
	for (int i = 0; i < a->n; i++)
		for (int j = 0; j < b->n; j++) {
			const hvci_val *x = &a->v[i], *y = &b->v[j];
			hvci_val v;
			if (x->prov || y->prov) {
				if ((x->prov && combine_prov(op, x, y, 1, &v)) ||
				    (!x->prov && combine_prov(op, y, x, 0, &v)))
					hvci_vs_add(out, &v);
				else
					out->unknown = 1;
				continue;
			}
			v.prov = HVCI_PROV_NONE;
			v.optin = x->optin || y->optin;
			v.param = -1;
			/* Keep the origin the user will recognise: the side that
			 * carries the run-time or parameter value, else the left. */
			v.origin = (y->optin || y->param >= 0) && !(x->optin || x->param >= 0)
			               ? y->origin
			               : x->origin;
			if (x->param < 0 && y->param < 0) {
				if (!hvci_binop(op, x->v, y->v, &v.v)) {
					out->unknown = 1;
					continue;
				}
				v.v = hvci_width_mask(e, v.v);
			} else if (is_or(op) && (x->param < 0 || y->param < 0)) {
				v.param = x->param >= 0 ? x->param : y->param;
				v.v = x->v | y->v;
			} else {
				out->unknown = 1;
				continue;
			}
			hvci_vs_add(out, &v);
		}
}
