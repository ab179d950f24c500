/*
 * tops.c - the top-level cursors of a unit that may hold the user's code.
 *
 * Several passes walk the whole unit from its root: the walker looking
 * for function definitions, the section check for variables a pragma
 * places, the straddle check for initialised globals, the globals scan
 * and coverage's count of functions.  Each looked at every top-level
 * cursor, and a unit's top level is mostly the WDK: tens of thousands of
 * declarations, and with the detailed preprocessing record every macro
 * definition and expansion too, each asked where it is.  That question
 * is now asked once per unit, here, and the passes start from the
 * cursors that survive it.
 *
 * Kept: declarations written in a user file (by their expansion
 * location, as hvci_is_user_loc answers).  A container outside the
 * user's files (an extern "C" block, an unexposed declaration) is not
 * kept but looked into, and what it holds is kept, marked with the kinds
 * of container it sits in: a pass that would have entered such a
 * container (the walker enters every extern "C" block) is offered its
 * content, and one that would not is not.  (A header that clang counts as
 * a system header makes what it includes one too, so such content is
 * rare; the rule keeps the passes' answers unchanged when there is some.)
 * Left out: every preprocessing cursor, and declarations in WDK and
 * system headers.  A pass may use this list only when it does nothing
 * with what is left out, beyond entering the containers it names; each
 * caller's comment says why that holds.
 */
#include <stdlib.h>

#include "engine/engine.h"
#include "util/util.h"

static unsigned container_bit(enum CXCursorKind k)
{
	/* No pass enters a namespace outside the user's files. */
	return k == CXCursor_LinkageSpec     ? HVCI_TOPS_LINKAGE
	       : k == CXCursor_UnexposedDecl ? HVCI_TOPS_UNEXPOSED
	                                     : 0;
}

typedef struct {
	hvci_ctx *ctx;
	unsigned via; /* the containers outside user files this one is in */
} keep_state;

static enum CXChildVisitResult keep_top(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	keep_state *ks = d;
	hvci_ctx *ctx = ks->ctx;
	enum CXCursorKind k = clang_getCursorKind(c);
	if (k >= CXCursor_FirstPreprocessing && k <= CXCursor_LastPreprocessing)
		return CXChildVisit_Continue;
	int user = hvci_is_user_loc(ctx, clang_getCursorLocation(c));
	unsigned bit = container_bit(k);
	if (!user && bit) {
		/* Not offered itself: its content is, to the passes that would
		 * enter it. */
		keep_state inner = {ctx, ks->via | bit};
		clang_visitChildren(c, keep_top, &inner);
		return CXChildVisit_Continue;
	}
	if (!user)
		return CXChildVisit_Continue;
	if (ctx->n_tops == ctx->cap_tops) {
		ctx->cap_tops = ctx->cap_tops ? ctx->cap_tops * 2 : 64;
		ctx->tops = hvci_xrealloc(ctx->tops, ctx->cap_tops * sizeof *ctx->tops);
	}
	ctx->tops[ctx->n_tops++] = (hvci_top){c, ks->via};
	return CXChildVisit_Continue;
}

static enum CXChildVisitResult list_top(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	hvci_ctx *ctx = d;
	if (ctx->n_all_tops == ctx->cap_all_tops) {
		ctx->cap_all_tops = ctx->cap_all_tops ? ctx->cap_all_tops * 2 : 1024;
		ctx->all_tops =
		    hvci_xrealloc(ctx->all_tops, ctx->cap_all_tops * sizeof *ctx->all_tops);
	}
	ctx->all_tops[ctx->n_all_tops++] = c;
	return CXChildVisit_Continue;
}

/* Offers one kept top-level cursor as clang_visitChildren on the root
 * would: 1 when the visit is to stop (Break, here or below). */
static int offer(CXCursor c, CXCursor root, CXCursorVisitor visit, CXClientData d)
{
	enum CXChildVisitResult r = visit(c, root, d);
	return r == CXChildVisit_Break ||
	       (r == CXChildVisit_Recurse && clang_visitChildren(c, visit, d));
}

/* Offers the unit's top-level cursors, or only those of kind *only. */
static void visit_listed(hvci_ctx *ctx, const enum CXCursorKind *only, CXCursorVisitor visit,
                         CXClientData d)
{
	if (!ctx->all_tops_ready) {
		hvci_visit_top(ctx->tu, list_top, ctx);
		ctx->all_tops_ready = 1;
	}
	CXCursor root = clang_getTranslationUnitCursor(ctx->tu);
	for (size_t i = 0; i < ctx->n_all_tops; i++)
		if ((!only || ctx->all_tops[i].kind == *only) &&
		    offer(ctx->all_tops[i], root, visit, d))
			return;
}

void hvci_visit_unit_tops(hvci_ctx *ctx, CXCursorVisitor visit, CXClientData d)
{
	visit_listed(ctx, NULL, visit, d);
}

void hvci_visit_unit_tops_of(hvci_ctx *ctx, enum CXCursorKind kind, CXCursorVisitor visit,
                             CXClientData d)
{
	visit_listed(ctx, &kind, visit, d);
}

void hvci_visit_user_tops(hvci_ctx *ctx, unsigned enters, CXCursorVisitor visit, CXClientData d)
{
	if (!ctx->tops_ready) {
		keep_state ks = {ctx, 0};
		hvci_visit_unit_tops(ctx, keep_top, &ks);
		ctx->tops_ready = 1;
	}
	CXCursor root = clang_getTranslationUnitCursor(ctx->tu);
	for (size_t i = 0; i < ctx->n_tops; i++) {
		const hvci_top *t = &ctx->tops[i];
		if (t->via & ~enters)
			continue; /* inside a container this pass does not enter */
		if (offer(t->c, root, visit, d))
			return;
	}
}

int hvci_c_decl_without_vars(const hvci_ctx *ctx, CXCursor c, enum CXCursorKind k)
{
	if (ctx->cl->cxx)
		return 0;
	switch (k) {
	case CXCursor_StructDecl:
	case CXCursor_UnionDecl:
	case CXCursor_EnumDecl:
	case CXCursor_TypedefDecl:
	case CXCursor_FieldDecl:
	case CXCursor_EnumConstantDecl:
	case CXCursor_ParmDecl:
		return 1;
	case CXCursor_FunctionDecl:
		return !clang_isCursorDefinition(c);
	default:
		return 0;
	}
}

void hvci_tops_free(hvci_ctx *ctx)
{
	free(ctx->tops);
	ctx->tops = NULL;
	ctx->n_tops = ctx->cap_tops = 0;
	ctx->tops_ready = 0;
	free(ctx->all_tops);
	ctx->all_tops = NULL;
	ctx->n_all_tops = ctx->cap_all_tops = 0;
	ctx->all_tops_ready = 0;
}
