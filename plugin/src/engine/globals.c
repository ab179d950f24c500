/*
 * globals.c - the values a file-static variable can hold, flow-
 * insensitively: `static POOL_TYPE g_Pool;` set once in DriverEntry and
 * read in another routine.  Before the walk, every assignment to a static
 * variable in the unit's own code is read; when each one stores a
 * constant, a read anywhere gives their union (and the initializer only
 * when nothing assigns it, since the initial value is usually replaced
 * before use).  A variable whose address is taken, that is incremented,
 * or that gets a value we cannot fold is unknown.  Variables with external
 * linkage are left alone: another file may assign them.
 */
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"
#include "util/util.h"

typedef struct {
	char *usr;
	int poisoned;
	int assigned; /* an assignment was seen (the initializer then does not count) */
	hvci_vs vs;
} gvar;

struct hvci_globals {
	gvar *v;
	size_t n;
};

/* The variable's record, or with `path` (".Field") the record of that field. */
static gvar *slot_path(struct hvci_globals *g, CXCursor decl, const char *path)
{
	CXString u = clang_getCursorUSR(decl);
	char *usr = hvci_asprintf("%s%s", clang_getCString(u), path ? path : "");
	clang_disposeString(u);
	gvar *hit = NULL;
	for (size_t i = 0; i < g->n && !hit; i++)
		if (!strcmp(g->v[i].usr, usr))
			hit = &g->v[i];
	if (!hit) {
		g->v = hvci_xrealloc(g->v, (g->n + 1) * sizeof *g->v);
		hit = &g->v[g->n++];
		memset(hit, 0, sizeof *hit);
		hit->usr = usr;
	} else {
		free(usr);
	}
	return hit;
}

static gvar *slot(struct hvci_globals *g, CXCursor decl)
{
	return slot_path(g, decl, NULL);
}

/* The static variable an expression names directly, else a null cursor. */
static CXCursor named_static(CXCursor e)
{
	e = hvci_strip(e);
	if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
		return clang_getNullCursor();
	CXCursor d = clang_getCursorReferenced(e);
	return hvci_is_file_static(d) ? d : clang_getNullCursor();
}

static int constant(hvci_ctx *ctx, CXCursor e, hvci_val *out)
{
	/* clang folds recovery's stand-in constants; their values are not
	 * the WDK's. */
	if (hvci_expr_uses_standin(ctx, e))
		return 0;
	CXEvalResult r = clang_Cursor_Evaluate(e);
	if (!r)
		return 0;
	int ok = clang_EvalResult_getKind(r) == CXEval_Int;
	if (ok) {
		memset(out, 0, sizeof *out);
		out->v = clang_EvalResult_isUnsignedInt(r)
		             ? clang_EvalResult_getAsUnsigned(r)
		             : (uint64_t)clang_EvalResult_getAsLongLong(r);
		out->param = -1;
		out->origin = e;
		out->prov = HVCI_PROV_NONE;
	}
	clang_EvalResult_dispose(r);
	return ok;
}

/* A field of a file-static structure written directly (`g_Cfg.Pool`), with
 * its path; a null cursor for anything else (through pointers included). */
static CXCursor static_field(CXCursor e, hvci_buf *path)
{
	e = hvci_strip(e);
	CXCursor decl;
	if (clang_getCursorKind(e) != CXCursor_MemberRefExpr || !hvci_lvalue(e, &decl, path) ||
	    !path->s || strstr(path->s, "->") || !hvci_is_file_static(decl))
		return clang_getNullCursor();
	return decl;
}

static enum CXChildVisitResult scan(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	hvci_ctx *ctx = d;
	struct hvci_globals *g = ctx->globals;
	enum CXCursorKind k = clang_getCursorKind(c);
	/* Only stores and compound stores write a variable; `x * 3` is read. */
	if (k == CXCursor_CompoundAssignOperator ||
	    (k == CXCursor_BinaryOperator &&
	     clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_Assign)) {
		unsigned n;
		CXCursor *ch = hvci_children(c, &n);
		CXCursor var = n == 2 ? named_static(ch[0]) : clang_getNullCursor();
		int op = clang_getCursorBinaryOperatorKind(c);
		hvci_buf path;
		hvci_buf_init(&path);
		CXCursor fvar = n == 2 ? static_field(ch[0], &path) : clang_getNullCursor();
		if (!hvci_cursor_is_null(fvar) &&
		    (op == CXBinaryOperator_Assign || k == CXCursor_CompoundAssignOperator)) {
			gvar *v = slot_path(g, fvar, path.s);
			hvci_val x;
			v->assigned = 1;
			if (op != CXBinaryOperator_Assign || !constant(ctx, ch[1], &x))
				v->poisoned = 1;
			else
				hvci_vs_add(&v->vs, &x);
		}
		hvci_buf_free(&path);
		if (!hvci_cursor_is_null(var) &&
		    (op == CXBinaryOperator_Assign || k == CXCursor_CompoundAssignOperator)) {
			gvar *v = slot(g, var);
			hvci_val x;
			v->assigned = 1;
			if (op != CXBinaryOperator_Assign || !constant(ctx, ch[1], &x))
				v->poisoned = 1;
			else
				hvci_vs_add(&v->vs, &x);
		}
		free(ch);
	} else if (k == CXCursor_UnaryOperator) {
		int op = clang_getCursorUnaryOperatorKind(c);
		if (op != CXUnaryOperator_Deref && op != CXUnaryOperator_Plus &&
		    op != CXUnaryOperator_Minus && op != CXUnaryOperator_Not &&
		    op != CXUnaryOperator_LNot) {
			/* &g, ++g, g--: written in ways we do not follow. */
			unsigned n;
			CXCursor *ch = hvci_children(c, &n);
			CXCursor var = n ? named_static(ch[0]) : clang_getNullCursor();
			if (!hvci_cursor_is_null(var))
				slot(g, var)->poisoned = 1;
			free(ch);
		}
	}
	return CXChildVisit_Recurse;
}

static enum CXChildVisitResult scan_top(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	hvci_ctx *ctx = d;
	enum CXCursorKind k = clang_getCursorKind(c);
	/* Entered wherever it is; of the rest only these matter, and only in
	 * a user file (asked last: most of a unit's declarations are none). */
	if (k == CXCursor_LinkageSpec)
		return CXChildVisit_Recurse;
	/* A C structure holds fields only: nothing there to enter. */
	int container = k == CXCursor_Namespace ||
	                ((k == CXCursor_ClassDecl || k == CXCursor_StructDecl) && ctx->cl->cxx);
	int function = k == CXCursor_FunctionDecl || k == CXCursor_CXXMethod ||
	               k == CXCursor_Constructor || k == CXCursor_Destructor ||
	               k == CXCursor_FunctionTemplate;
	if ((!container && !function) || !hvci_is_user_loc(ctx, clang_getCursorLocation(c)))
		return CXChildVisit_Continue;
	if (container)
		return CXChildVisit_Recurse;
	clang_visitChildren(c, scan, ctx);
	return CXChildVisit_Continue;
}

void hvci_globals_scan(hvci_ctx *ctx)
{
	ctx->globals = hvci_xcalloc(1, sizeof *ctx->globals);
	/* A unit with no file-static variable has nothing to learn here; the
	 * body-by-body scan is a good part of a large file's walk. */
	int found = 0;
	/* A partial parse hides its PCH's variables from the look, so a PCH
	 * that may declare one (its build says) means scanning; scanning
	 * without need finds what a unit without any would (nothing). */
	if (ctx->pch_partial && ctx->pch_partial->statics)
		found = 1;
	else
		hvci_visit_unit_tops(ctx, hvci_find_file_static, &found);
	if (found) /* scan_top acts on user files, and enters extern "C" */
		hvci_visit_user_tops(ctx, HVCI_TOPS_LINKAGE, scan_top, ctx);
}

int hvci_globals_field_value(hvci_ctx *ctx, CXCursor decl, const char *path, hvci_vs *out)
{
	if (!ctx->globals || !hvci_is_file_static(decl) || !path || strstr(path, "->"))
		return 0;
	/* The whole structure escaping or being assigned makes its fields unknown. */
	gvar *whole = slot(ctx->globals, decl);
	if (whole->poisoned || whole->assigned)
		return 0;
	gvar *v = slot_path(ctx->globals, decl, path);
	if (v->poisoned || !v->assigned || v->vs.n == 0)
		return 0; /* an initializer list is not read: unknown, never guessed */
	*out = v->vs;
	return 1;
}

int hvci_globals_value(hvci_ctx *ctx, CXCursor decl, hvci_vs *out)
{
	if (!ctx->globals || !hvci_is_file_static(decl))
		return 0;
	gvar *v = slot(ctx->globals, decl);
	if (v->poisoned)
		return 0;
	if (v->assigned) {
		if (v->vs.n == 0)
			return 0;
		*out = v->vs;
		return 1;
	}
	/* Never assigned: the initializer (or zero) holds throughout. */
	unsigned n;
	CXCursor *ch = hvci_children(decl, &n);
	hvci_val x;
	int ok = 0;
	for (unsigned i = n; i-- > 0 && !ok;)
		if (clang_isExpression(clang_getCursorKind(ch[i])))
			ok = constant(ctx, ch[i], &x);
	free(ch);
	if (!ok)
		return 0; /* no initializer: zero, but nothing the user wrote to point at */
	memset(out, 0, sizeof *out);
	hvci_vs_add(out, &x);
	return 1;
}

void hvci_globals_free(hvci_ctx *ctx)
{
	struct hvci_globals *g = ctx->globals;
	if (!g)
		return;
	for (size_t i = 0; i < g->n; i++)
		free(g->v[i].usr);
	free(g->v);
	free(g);
	ctx->globals = NULL;
}
