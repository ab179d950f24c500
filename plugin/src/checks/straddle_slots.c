/*
 * straddle_slots.c - the address slots of a static object's initializer,
 * for hvci-straddle-reloc (check_straddle.c).  libclang shows initializer
 * lists in their written (syntactic) form, so this file places each
 * initializer itself, following C's rules for designators (.f, [i], GNU
 * [a ... b]) and brace elision, over the layout libclang gives (field
 * offsets, sizes, alignments: #pragma pack and __declspec(align) included).
 * A slot is a pointer-sized place that receives an address that needs a
 * base relocation: a string literal, &x, a function or an array, or an
 * address derived from one; a constant built on a null pointer is not one.
 * What it cannot place (an aggregate with base classes, a designator it
 * cannot evaluate, an element of unknown size) makes the walk bail out, so
 * the check says nothing rather than guess.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "checks/straddle.h"
#include "util/util.h"

/* One entry of a written initializer list, with its designators. */
enum { D_FIELD, D_INDEX };
typedef struct {
	int kind;
	CXCursor field;   /* D_FIELD: the FieldDecl */
	long long lo, hi; /* D_INDEX: [lo] or GNU [lo ... hi] */
} desig;

typedef struct {
	CXCursor *items;
	unsigned n;
	unsigned i;    /* current item */
	unsigned dpos; /* designators of the current item already used */
	/* Designators of the current item (parsed once per item). */
	desig *d;
	unsigned nd;
	unsigned parsed; /* item index d/nd belong to, +1 (0: none) */
	CXCursor value;
} ilist;

/* ---- types ----------------------------------------------------------------- */

static CXType canon(CXType t)
{
	return clang_getCanonicalType(t);
}

static int is_record(CXType t)
{
	return canon(t).kind == CXType_Record;
}

static int is_array(CXType t)
{
	return canon(t).kind == CXType_ConstantArray || canon(t).kind == CXType_IncompleteArray;
}

static int is_char(CXType t)
{
	switch (canon(t).kind) {
	case CXType_Char_S:
	case CXType_Char_U:
	case CXType_SChar:
	case CXType_UChar:
	case CXType_WChar:
	case CXType_Char16:
	case CXType_Char32:
	case CXType_UShort: /* WCHAR in C */
		return 1;
	default:
		return 0;
	}
}

typedef struct {
	CXCursor *f;
	unsigned n;
} fields;

static enum CXVisitorResult add_field(CXCursor c, CXClientData d)
{
	fields *fs = d;
	/* Unnamed bit-fields take no initializer. */
	if (clang_Cursor_isBitField(c)) {
		CXString s = clang_getCursorSpelling(c);
		int unnamed = !*clang_getCString(s);
		clang_disposeString(s);
		if (unnamed && !clang_Cursor_isAnonymousRecordDecl(c))
			return CXVisit_Continue;
	}
	fs->f = hvci_xrealloc(fs->f, (fs->n + 1) * sizeof *fs->f);
	fs->f[fs->n++] = c;
	return CXVisit_Continue;
}

static enum CXChildVisitResult find_base(CXCursor c, CXCursor p, CXClientData d)
{
	(void)p;
	if (clang_getCursorKind(c) == CXCursor_CXXBaseSpecifier) {
		*(int *)d = 1;
		return CXChildVisit_Break;
	}
	return CXChildVisit_Continue;
}

static int is_union(CXType t)
{
	return clang_getCursorKind(clang_getTypeDeclaration(canon(t))) == CXCursor_UnionDecl;
}

/* ---- addresses ------------------------------------------------------------- */

/* 1 when the object an lvalue names is reached from a constant integer
 * such as ((T *)0)->f[2]. */
static int null_based(CXCursor e, int depth)
{
	if (depth > 32)
		return 0;
	enum CXCursorKind k = clang_getCursorKind(e);
	if (k == CXCursor_IntegerLiteral || k == CXCursor_CXXNullPtrLiteralExpr)
		return 1;
	if (k != CXCursor_UnaryOperator && k != CXCursor_MemberRefExpr &&
	    k != CXCursor_ArraySubscriptExpr && k != CXCursor_ParenExpr &&
	    k != CXCursor_UnexposedExpr && k != CXCursor_CStyleCastExpr)
		return 0;
	if (k == CXCursor_UnaryOperator) {
		enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(e);
		if (op != CXUnaryOperator_AddrOf && op != CXUnaryOperator_Deref)
			return 0;
	}
	unsigned n;
	CXCursor *ch = hvci_children(e, &n);
	int hit = 0;
	/* The base comes first; a cast's operand is its last child. */
	for (unsigned i = 0; i < n && !hit; i++) {
		if (!clang_isExpression(clang_getCursorKind(ch[i])))
			continue;
		hit = null_based(ch[i], depth + 1);
		if (k == CXCursor_MemberRefExpr || k == CXCursor_ArraySubscriptExpr)
			break;
	}
	free(ch);
	return hit;
}

/* 1 when the constant expression is (or is derived from) an address that
 * needs a base relocation: string literals, &x, functions, arrays. */
static int is_address(CXCursor e, int depth)
{
	if (depth > 32)
		return 0;
	enum CXCursorKind k = clang_getCursorKind(e);
	CXType t = canon(clang_getCursorType(e));
	switch (k) {
	case CXCursor_StringLiteral:
	case CXCursor_ObjCStringLiteral:
	case CXCursor_AddrLabelExpr:
		return 1;
	case CXCursor_CXXNullPtrLiteralExpr:
	case CXCursor_IntegerLiteral:
	case CXCursor_CharacterLiteral:
	case CXCursor_FloatingLiteral:
		return 0;
	case CXCursor_DeclRefExpr:
	case CXCursor_MemberRefExpr: {
		/* A function designator or an array decays to an address. */
		if (t.kind == CXType_FunctionProto || t.kind == CXType_FunctionNoProto ||
		    t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray)
			return 1;
		CXCursor r = clang_getCursorReferenced(e);
		enum CXCursorKind rk = clang_getCursorKind(r);
		return rk == CXCursor_FunctionDecl || rk == CXCursor_CXXMethod;
	}
	case CXCursor_UnaryOperator: {
		enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(e);
		if (op == CXUnaryOperator_AddrOf)
			return !null_based(e, 0); /* &((T *)0)->f is offsetof, an integer */
		break;
	}
	default:
		break;
	}
	unsigned n;
	CXCursor *ch = hvci_children(e, &n);
	int hit = 0;
	if (k == CXCursor_BinaryOperator) {
		enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(e);
		/* p + n, n + p, p - n keep the address; p - q is an integer. */
		if (n == 2 && (op == CXBinaryOperator_Add || op == CXBinaryOperator_Sub)) {
			int a = is_address(ch[0], depth + 1), b = is_address(ch[1], depth + 1);
			hit = op == CXBinaryOperator_Sub ? a && !b : a || b;
		}
	} else if (k == CXCursor_ConditionalOperator) {
		for (unsigned i = 1; i < n; i++)
			hit |= is_address(ch[i], depth + 1);
	} else if (k == CXCursor_ParenExpr || k == CXCursor_UnexposedExpr ||
	           k == CXCursor_CStyleCastExpr || k == CXCursor_CXXStaticCastExpr ||
	           k == CXCursor_CXXReinterpretCastExpr || k == CXCursor_CXXConstCastExpr ||
	           k == CXCursor_CXXFunctionalCastExpr || k == CXCursor_ArraySubscriptExpr) {
		/* Casts keep the address; the last child is the operand. */
		for (unsigned i = 0; i < n && !hit; i++)
			if (clang_isExpression(clang_getCursorKind(ch[i])))
				hit = is_address(ch[i], depth + 1);
	}
	free(ch);
	return hit;
}

/* ---- initializer lists ----------------------------------------------------- */

static int is_designated(CXCursor c)
{
	/* DesignatedInitExpr: an unexposed expression of type void whose
	 * children are the designators followed by the value. */
	if (clang_getCursorKind(c) != CXCursor_UnexposedExpr ||
	    clang_getCursorType(c).kind != CXType_Void)
		return 0;
	unsigned n;
	CXCursor *ch = hvci_children(c, &n);
	free(ch);
	return n >= 2;
}

static long long eval_int(CXCursor e, int *ok)
{
	CXEvalResult r = clang_Cursor_Evaluate(e);
	long long v = 0;
	if (r && clang_EvalResult_getKind(r) == CXEval_Int)
		v = clang_EvalResult_getAsLongLong(r);
	else
		*ok = 0;
	if (r)
		clang_EvalResult_dispose(r);
	return v;
}

/*
 * Reads the designators of item `c`.  Field designators are MemberRef
 * children; index designators are expressions, one for [i] and two for the
 * GNU range [a ... b], which only the tokens tell apart.
 */
static void parse_item(walk *w, ilist *l)
{
	if (l->parsed == l->i + 1)
		return;
	free(l->d);
	l->d = NULL;
	l->nd = 0;
	l->parsed = l->i + 1;
	CXCursor c = l->items[l->i];
	l->value = c;
	if (!is_designated(c))
		return;
	unsigned n;
	CXCursor *ch = hvci_children(c, &n);
	l->value = ch[n - 1];
	/* Bracket groups in the written designators: 1 = range. */
	int ranges[64];
	unsigned ngroups = 0;
	CXToken *toks = NULL;
	unsigned nt = 0;
	clang_tokenize(w->ctx->tu, clang_getCursorExtent(c), &toks, &nt);
	int depth = 0;
	for (unsigned i = 0; i < nt; i++) {
		CXString s = clang_getTokenSpelling(w->ctx->tu, toks[i]);
		const char *t = clang_getCString(s);
		int stop = 0;
		if (!strcmp(t, "[")) {
			if (depth++ == 0 && ngroups < 64)
				ranges[ngroups++] = 0;
		} else if (!strcmp(t, "]")) {
			depth--;
		} else if (!strcmp(t, "...") && depth == 1 && ngroups) {
			ranges[ngroups - 1] = 1;
		} else if (!strcmp(t, "=") && depth == 0) {
			stop = 1;
		}
		clang_disposeString(s);
		if (stop)
			break;
	}
	if (toks)
		clang_disposeTokens(w->ctx->tu, toks, nt);
	unsigned n_expr = 0;
	for (unsigned i = 0; i + 1 < n; i++)
		n_expr += clang_getCursorKind(ch[i]) != CXCursor_MemberRef;
	unsigned want = 0;
	for (unsigned g = 0; g < ngroups; g++)
		want += 1 + ranges[g];
	int use_groups = want == n_expr;
	l->d = hvci_xcalloc(n, sizeof *l->d);
	unsigned g = 0;
	int ok = 1;
	for (unsigned i = 0; i + 1 < n; i++) {
		desig *d = &l->d[l->nd++];
		if (clang_getCursorKind(ch[i]) == CXCursor_MemberRef) {
			d->kind = D_FIELD;
			d->field = clang_getCursorReferenced(ch[i]);
			continue;
		}
		d->kind = D_INDEX;
		d->lo = d->hi = eval_int(ch[i], &ok);
		if (use_groups && g < ngroups && ranges[g++] && i + 2 < n)
			d->hi = eval_int(ch[++i], &ok);
	}
	if (!ok)
		w->bail = 1;
	free(ch);
}

static void next_item(ilist *l)
{
	l->i++;
	l->dpos = 0;
}

static void init_at(walk *w, CXType t, uint64_t off, ilist *l);

/* Whether the expression initialises the whole aggregate (no elision). */
static int whole_value(CXType t, CXCursor v)
{
	CXType vt = canon(clang_getCursorType(v));
	if (is_record(t))
		return clang_equalTypes(clang_getUnqualifiedType(vt),
		                        clang_getUnqualifiedType(canon(t)));
	CXCursor s = hvci_strip(v);
	return clang_getCursorKind(s) == CXCursor_StringLiteral &&
	       is_char(clang_getArrayElementType(canon(t)));
}

static void record_slot(walk *w, CXType t, uint64_t off, CXCursor v)
{
	CXType ct = canon(t);
	if (ct.kind != CXType_Pointer && ct.kind != CXType_BlockPointer)
		return;
	if (!is_address(v, 0))
		return;
	long long ps = clang_Type_getSizeOf(ct);
	if (ps <= 0)
		return;
	w->psize = (unsigned)ps;
	if (w->n == w->cap) {
		w->cap = w->cap ? w->cap * 2 : 16;
		w->s = hvci_xrealloc(w->s, w->cap * sizeof *w->s);
	}
	w->s[w->n].off = off;
	w->s[w->n].value = v;
	w->n++;
}

/* Position of field `f` among `fs`, or -1; *anon: index of the anonymous
 * member that holds it. */
static int field_pos(const fields *fs, CXCursor f, int *anon)
{
	*anon = -1;
	for (unsigned i = 0; i < fs->n; i++)
		if (clang_equalCursors(fs->f[i], f))
			return (int)i;
	CXCursor parent = clang_getCursorSemanticParent(f);
	for (unsigned i = 0; i < fs->n; i++) {
		if (!clang_Cursor_isAnonymousRecordDecl(
		        clang_getTypeDeclaration(canon(clang_getCursorType(fs->f[i])))))
			continue;
		CXCursor rec = clang_getTypeDeclaration(canon(clang_getCursorType(fs->f[i])));
		/* The field sits in this anonymous record, or deeper. */
		for (CXCursor p = parent;
		     !clang_Cursor_isNull(p) && clang_getCursorKind(p) != CXCursor_TranslationUnit;
		     p = clang_getCursorSemanticParent(p)) {
			if (clang_equalCursors(p, rec)) {
				*anon = (int)i;
				return (int)i;
			}
		}
	}
	return -1;
}

/*
 * Initialises the aggregate of type t at `off` from the items of l.  When
 * `braced` the list is t's own; otherwise t's braces were elided and it
 * ends when t is full or a new designator appears.
 */
static void fill(walk *w, CXType t, uint64_t off, ilist *l, int braced, int pending)
{
	CXType ct = canon(t);
	int rec = ct.kind == CXType_Record;
	fields fs = {NULL, 0};
	long long count;
	CXType elem = ct;
	uint64_t esize = 0;
	if (rec) {
		int has_base = 0;
		clang_visitChildren(clang_getTypeDeclaration(ct), find_base, &has_base);
		if (has_base) {
			w->bail = 1;
			return;
		}
		clang_Type_visitFields(ct, add_field, &fs);
		count = (long long)fs.n;
	} else {
		elem = clang_getArrayElementType(ct);
		long long es = clang_Type_getSizeOf(elem);
		count = ct.kind == CXType_ConstantArray ? clang_getArraySize(ct) : 0;
		if (es <= 0) {
			w->bail = 1;
			return;
		}
		esize = (uint64_t)es;
	}
	int uni = rec && is_union(ct);
	long long pos = 0;
	while (l->i < l->n && !w->bail) {
		parse_item(w, l);
		long long hi = -1;
		int anon_descend = 0;
		if (l->dpos < l->nd) {
			if (!braced && !pending && l->dpos == 0)
				break; /* a new designator restarts at the braced level */
			const desig *d = &l->d[l->dpos];
			if (rec && d->kind == D_FIELD) {
				int anon;
				int p = field_pos(&fs, d->field, &anon);
				if (p < 0) {
					w->bail = 1;
					break;
				}
				pos = p;
				if (anon < 0)
					l->dpos++;
				else
					anon_descend = 1; /* the anonymous member takes it */
			} else if (!rec && d->kind == D_INDEX) {
				pos = d->lo;
				hi = d->hi;
				l->dpos++;
			} else {
				w->bail = 1;
				break;
			}
		} else if (pos >= count || (uni && pos > 0)) {
			if (!braced)
				break;
			next_item(l); /* excess initializer: clang already said so */
			continue;
		}
		pending = 0;
		(void)anon_descend;
		if (pos < 0 || pos >= count) {
			w->bail = 1;
			break;
		}
		if (rec) {
			long long bits = clang_Cursor_getOffsetOfField(fs.f[pos]);
			if (bits < 0) {
				w->bail = 1;
				break;
			}
			init_at(w, clang_getCursorType(fs.f[pos]), off + (uint64_t)bits / 8, l);
			pos++;
		} else if (hi > pos) {
			/* GNU range: every element gets the same initializer. */
			if (hi >= count) {
				w->bail = 1;
				break;
			}
			unsigned si = l->i, sd = l->dpos;
			for (long long e = pos; e <= hi && !w->bail; e++) {
				l->i = si;
				l->dpos = sd;
				l->parsed = 0;
				init_at(w, elem, off + (uint64_t)e * esize, l);
			}
			pos = hi + 1;
		} else {
			init_at(w, elem, off + (uint64_t)pos * esize, l);
			pos++;
		}
	}
	free(fs.f);
}

/* Initialises the sub-object of type t at `off` from the current item. */
static void init_at(walk *w, CXType t, uint64_t off, ilist *l)
{
	parse_item(w, l);
	int aggr = is_record(t) || is_array(t);
	if (l->dpos < l->nd) {
		/* More designators: they select inside t. */
		if (aggr)
			fill(w, t, off, l, 0, 1);
		else
			w->bail = 1;
		return;
	}
	CXCursor v = l->value;
	if (clang_getCursorKind(v) == CXCursor_InitListExpr) {
		ilist sub;
		memset(&sub, 0, sizeof sub);
		sub.items = hvci_children(v, &sub.n);
		if (aggr) {
			fill(w, t, off, &sub, 1, 0);
		} else if (sub.n > 0) {
			/* A scalar in braces: int x = { 1 }; */
			parse_item(w, &sub);
			record_slot(w, t, off, sub.value);
		}
		free(sub.items);
		free(sub.d);
		next_item(l);
		return;
	}
	if (aggr && !whole_value(t, v)) {
		fill(w, t, off, l, 0, 0); /* brace elision */
		return;
	}
	record_slot(w, t, off, v);
	next_item(l);
}

void hvci_straddle_slots(walk *w, CXType t, CXCursor init)
{
	ilist top;
	memset(&top, 0, sizeof top);
	top.items = &init;
	top.n = 1;
	init_at(w, t, 0, &top);
	free(top.d);
}
