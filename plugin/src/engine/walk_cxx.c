/*
 * walk_cxx.c - the C++ constructs the statement walker hands over:
 * new-expressions, whose placement arguments mean what the operator new
 * the user defined makes of them (a wrapper summary) and otherwise what
 * the API table says of the kernel's placement operator new; and the code
 * that runs outside function bodies (the dynamic initialisers of globals
 * and static members, default member initializers).  Constructor
 * initializers and lambdas are walked with the function that holds them
 * (walker.c, eval.c).  Template instantiations are not enumerated here:
 * they are reached through their calls.
 */
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"
#include "util/util.h"

static int is_operator_new(CXCursor c, int *array)
{
	CXString s = clang_getCursorSpelling(c);
	const char *n = clang_getCString(s);
	int yes = !strcmp(n, "operator new") || !strcmp(n, "operator new[]");
	*array = yes && n[12] == '[';
	clang_disposeString(s);
	return yes;
}

static enum CXChildVisitResult visit_news(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	hvci_ctx *ctx = d;
	enum CXCursorKind k = clang_getCursorKind(c);
	int array;
	if (k == CXCursor_LinkageSpec)
		return CXChildVisit_Recurse;
	if (!hvci_is_user_loc(ctx, clang_getCursorLocation(c)))
		return CXChildVisit_Continue;
	if (k == CXCursor_Namespace || k == CXCursor_ClassDecl || k == CXCursor_StructDecl)
		return CXChildVisit_Recurse;
	if ((k == CXCursor_FunctionDecl || k == CXCursor_CXXMethod) &&
	    clang_isCursorDefinition(c) && is_operator_new(c, &array)) {
		ctx->news = hvci_xrealloc(ctx->news, (ctx->n_news + 1) * sizeof *ctx->news);
		ctx->news[ctx->n_news++] = c;
	}
	return CXChildVisit_Continue;
}

/* 1 when the new-expression allocates an array: a '[' after its placement. */
static int new_is_array(hvci_ctx *ctx, CXCursor ne)
{
	CXToken *tok;
	unsigned nt;
	clang_tokenize(ctx->tu, clang_getCursorExtent(ne), &tok, &nt);
	int depth = 0, array = 0, seen_type = 0;
	for (unsigned i = 1; i < nt && !array; i++) {
		CXString s = clang_getTokenSpelling(ctx->tu, tok[i]);
		const char *t = clang_getCString(s);
		if (!strcmp(t, "(") && !seen_type)
			depth++;
		else if (!strcmp(t, ")") && depth > 0)
			depth--;
		else if (depth == 0 && !strcmp(t, "("))
			seen_type = 2; /* an initializer: no array bound after it */
		else if (depth == 0 && seen_type != 2 && !strcmp(t, "["))
			array = 1;
		if (depth == 0 && clang_getTokenKind(tok[i]) == CXToken_Identifier)
			seen_type = seen_type ? seen_type : 1;
		clang_disposeString(s);
	}
	clang_disposeTokens(ctx->tu, tok, nt);
	return array;
}

/*
 * The user-defined operator new a new-expression calls (libclang does not
 * say): a class's own for its type, else a global one, whose parameters
 * after the size have the placement arguments' types.  Null when none or
 * when more than one fits.
 */
static CXCursor find_operator_new(hvci_ctx *ctx, CXCursor ne, const CXCursor *place, int nplace)
{
	if (!ctx->news_found) {
		ctx->news_found = 1;
		hvci_visit_unit_tops(ctx, visit_news, ctx);
	}
	CXCursor none = clang_getNullCursor();
	if (!ctx->n_news)
		return none;
	int want_array = new_is_array(ctx, ne);
	CXType obj = clang_getPointeeType(clang_getCursorType(ne));
	CXCursor rec = clang_getCanonicalCursor(clang_getTypeDeclaration(obj));
	CXCursor best = none;
	int best_member = -1, ties = 0;
	for (size_t i = 0; i < ctx->n_news; i++) {
		CXCursor c = ctx->news[i];
		int array;
		is_operator_new(c, &array);
		if (array != want_array || clang_Cursor_getNumArguments(c) != nplace + 1)
			continue;
		int member = clang_getCursorKind(c) == CXCursor_CXXMethod;
		if (member && !clang_equalCursors(
		                  clang_getCanonicalCursor(clang_getCursorSemanticParent(c)), rec))
			continue;
		int fits = 1;
		for (int p = 0; p < nplace && fits; p++) {
			CXType pt = clang_getCanonicalType(
			    clang_getCursorType(clang_Cursor_getArgument(c, (unsigned)p + 1)));
			CXType at =
			    clang_getCanonicalType(clang_getCursorType(hvci_strip(place[p])));
			fits = clang_equalTypes(pt, at);
		}
		if (!fits || member < best_member)
			continue;
		ties = member == best_member ? ties + 1 : 0;
		best = c;
		best_member = member;
	}
	return ties ? none : best;
}

/*
 * A new-expression whose operator new the unit defines: the operator is a
 * wrapper like any other, its parameter #p being placement argument #p
 * (#0 is the size).  1 when its summary decided the placement arguments.
 */
static int new_through_definition(hvci_ctx *ctx, CXCursor ne, const CXCursor *place,
                                  const hvci_vs *vs, int nplace, hvci_env *env)
{
	if (!nplace)
		return 0;
	CXCursor def = find_operator_new(ctx, ne, place, nplace);
	if (hvci_cursor_is_null(def))
		return 0;
	const hvci_summary *sum = hvci_summary_of(ctx, def);
	char *name = hvci_callee_name(def);
	for (size_t i = 0; sum && i < sum->n_fw; i++) {
		const hvci_forward *f = &sum->fw[i];
		if (f->param < 1 || f->param > nplace)
			continue;
		hvci_site s = {
		    ctx, ne,  name, f->row, &vs[f->param - 1], f->mask, place[f->param - 1],
		    f,   NULL};
		hvci_dispatch(ctx, &s, env);
	}
	if (sum)
		hvci_follow_optin(ctx, ne, name, sum, env);
	free(name);
	return 1;
}

void hvci_process_new(hvci_ctx *ctx, CXCursor ne, hvci_env *env)
{
	unsigned n;
	CXCursor *ch = hvci_children(ne, &n);
	size_t nrows;
	const hvci_api_row *rows = hvci_rules_lookup(ctx->rules, "operator new", &nrows);
	CXCursor *place = hvci_xcalloc((size_t)n + 1, sizeof *place);
	hvci_vs *pvs = hvci_xcalloc((size_t)n + 1, sizeof *pvs);
	int nplace = 0, after_type = 0;
	for (unsigned i = 0; i < n; i++) {
		enum CXCursorKind k = clang_getCursorKind(ch[i]);
		if (!clang_isExpression(k)) {
			after_type = 1; /* the type comes after the placement arguments */
			continue;
		}
		hvci_vs vs;
		hvci_eval(ctx, ch[i], env, &vs);
		if (!after_type) {
			place[nplace] = ch[i];
			pvs[nplace++] = vs;
		}
	}
	if (new_through_definition(ctx, ne, place, pvs, nplace, env))
		nrows = 0;
	for (int placement = 1; placement <= nplace; placement++) {
		CXCursor arg = place[placement - 1];
		hvci_vs vs = pvs[placement - 1];
		/* Placement argument i is argument i+1 of operator new (size is 0). */
		for (size_t r = 0; r < nrows; r++) {
			if (rows[r].arg != placement || rows[r].kind == HVCI_K_LISTED)
				continue;
			CXType t = clang_getCanonicalType(clang_getCursorType(hvci_strip(arg)));
			if (t.kind != CXType_Enum && t.kind != CXType_Int && t.kind != CXType_UInt)
				continue;
			/* The driver's own enum (`enum class BDD_POOL_TYPE { Paged,
			 * NonPaged }`) means what its operator new makes of it, not
			 * a POOL_TYPE: Paged is 0 there, NonPagedPool's value. */
			if (t.kind == CXType_Enum &&
			    hvci_is_user_loc(ctx,
			                     clang_getCursorLocation(clang_getTypeDeclaration(t))))
				continue;
			hvci_site s = {ctx, ne, "operator new", &rows[r], &vs, 0, arg, NULL, NULL};
			hvci_dispatch(ctx, &s, env);
		}
	}
	free(place);
	free(pvs);
	free(ch);
}

/* The initializer of a variable or field: its last expression child. */
static CXCursor initializer_of(CXCursor decl)
{
	unsigned n;
	CXCursor *ch = hvci_children(decl, &n);
	CXCursor init = clang_getNullCursor();
	for (unsigned i = n; i-- > 0;)
		if (clang_isExpression(clang_getCursorKind(ch[i]))) {
			init = ch[i];
			break;
		}
	free(ch);
	return init;
}

/*
 * Code that runs outside any function body we walk: the dynamic
 * initialiser of a global or static member (before DriverEntry) and a
 * default member initializer (in each constructor).  It is walked once,
 * with a summary of its own that no caller sees, so nothing it does is
 * taken for a function's behaviour.
 */
void hvci_walk_initializer(hvci_ctx *ctx, CXCursor decl)
{
	CXCursor init = initializer_of(decl);
	if (hvci_cursor_is_null(init))
		return;
	hvci_summary own;
	memset(&own, 0, sizeof own);
	own.def = decl;
	own.init_direct = own.init_any = clang_getNullCursor();
	own.state = 1;
	CXCursor saved_func = ctx->func;
	hvci_forward **saved_fw = ctx->fw_out;
	size_t *saved_n = ctx->n_fw_out;
	hvci_summary *saved_cur = ctx->cur;
	ctx->func = clang_getNullCursor();
	ctx->cur = &own;
	ctx->fw_out = &own.fw;
	ctx->n_fw_out = &own.n_fw;
	hvci_env env;
	hvci_env_init(&env);
	hvci_vs ignored;
	hvci_eval(ctx, init, &env, &ignored);
	hvci_env_free(&env);
	ctx->func = saved_func;
	ctx->fw_out = saved_fw;
	ctx->n_fw_out = saved_n;
	ctx->cur = saved_cur;
	for (size_t j = 0; j < own.n_fw; j++)
		free(own.fw[j].inner_api);
	free(own.fw);
	for (size_t j = 0; j < own.n_uses; j++)
		free(own.uses[j].api);
	free(own.uses);
	free(own.callees);
	hvci_effects_free(&own);
}

void hvci_cxx_free(hvci_ctx *ctx)
{
	free(ctx->news);
	ctx->news = NULL;
	ctx->n_news = 0;
	ctx->news_found = 0;
}
