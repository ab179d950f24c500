/*
 * stmt.c - the statement half of the walker: walks a function body in
 * statement order with a structured dataflow (no CFG).  if/else joins both
 * arms, switch joins every case with the fall-through, loops join the body
 * with the entry, break carries its state to the loop's exit, return and
 * goto end a path, and a label forgets everything (we cannot see what jumps
 * there).  Expressions go to the evaluator (eval.c); calls, summaries and
 * the traversal of the unit stay in walker.c.
 */
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"
#include "util/util.h"

/* ---- statements ------------------------------------------------------------ */

typedef struct {
	hvci_env exit; /* state at the statement after the loop or switch */
} brk_ctx;

static void walk(hvci_ctx *ctx, CXCursor s, hvci_env *env, brk_ctx *brk);

static void eval_discard(hvci_ctx *ctx, CXCursor e, hvci_env *env)
{
	hvci_vs tmp;
	hvci_eval(ctx, e, env, &tmp);
}

static void walk_any(hvci_ctx *ctx, CXCursor c, hvci_env *env, brk_ctx *brk)
{
	if (clang_isExpression(clang_getCursorKind(c)))
		eval_discard(ctx, c, env);
	else
		walk(ctx, c, env, brk);
}

static void walk_decl_stmt(hvci_ctx *ctx, CXCursor s, hvci_env *env)
{
	unsigned n;
	CXCursor *ch = hvci_children(s, &n);
	for (unsigned i = 0; i < n; i++) {
		if (clang_getCursorKind(ch[i]) != CXCursor_VarDecl)
			continue;
		unsigned m;
		CXCursor *vc = hvci_children(ch[i], &m);
		CXCursor init = clang_getNullCursor();
		for (unsigned j = m; j-- > 0;)
			if (clang_isExpression(clang_getCursorKind(vc[j]))) {
				init = vc[j];
				break;
			}
		free(vc);
		if (clang_Cursor_isNull(init)) {
			hvci_env_kill(env, ch[i]);
			continue;
		}
		hvci_vs vs;
		hvci_eval(ctx, init, env, &vs);
		hvci_env_set(env, ch[i], "", &vs);
	}
	free(ch);
}

static void walk_if(hvci_ctx *ctx, CXCursor *ch, unsigned n, hvci_env *env, brk_ctx *brk)
{
	unsigned i = 0;
	/* [init] [condition variable] cond then [else]: the children before
	 * the branches are walked first, as they run first.  Two children are
	 * the condition and the branch: `if (Map(...) == NULL) return;`. */
	unsigned body;
	if (n <= 2 || clang_isExpression(clang_getCursorKind(ch[0])))
		body = 1;
	else if (n == 3)
		body = 2;
	else
		body = n - 2;
	for (; i < body && i + 1 < n; i++)
		walk_any(ctx, ch[i], env, brk);
	hvci_env other;
	hvci_env_copy(&other, env);
	if (i < n)
		walk(ctx, ch[i], env, brk);
	if (i + 1 < n)
		walk(ctx, ch[i + 1], &other, brk);
	hvci_env_join(env, &other);
	hvci_env_free(&other);
}

static void walk_loop(hvci_ctx *ctx, CXCursor *ch, unsigned n, hvci_env *env, int is_do)
{
	if (n == 0)
		return;
	brk_ctx inner;
	hvci_env_init(&inner.exit);
	inner.exit.dead = 1;
	if (!is_do)
		for (unsigned i = 0; i + 1 < n; i++)
			walk_any(ctx, ch[i], env, &inner);
	hvci_env body;
	hvci_env_copy(&body, env);
	walk(ctx, is_do ? ch[0] : ch[n - 1], &body, &inner);
	if (is_do)
		for (unsigned i = 1; i < n; i++)
			walk_any(ctx, ch[i], &body, &inner);
	if (is_do) {
		hvci_env_free(env);
		*env = body;
	} else {
		hvci_env_join(env, &body);
		hvci_env_free(&body);
	}
	hvci_env_join(env, &inner.exit);
	hvci_env_free(&inner.exit);
}

/* The statement a chain of case/default labels finally labels. */
static void walk_switch_body(hvci_ctx *ctx, CXCursor s, hvci_env *env, const hvci_env *entry,
                             brk_ctx *brk, int *has_default)
{
	enum CXCursorKind k = clang_getCursorKind(s);
	if (k == CXCursor_CaseStmt || k == CXCursor_DefaultStmt) {
		if (k == CXCursor_DefaultStmt)
			*has_default = 1;
		hvci_env_join(env, entry);
		env->dead = 0;
		unsigned n;
		CXCursor *ch = hvci_children(s, &n);
		if (n)
			walk_switch_body(ctx, ch[n - 1], env, entry, brk, has_default);
		free(ch);
		return;
	}
	if (k == CXCursor_CompoundStmt) {
		unsigned n;
		CXCursor *ch = hvci_children(s, &n);
		for (unsigned i = 0; i < n; i++)
			walk_switch_body(ctx, ch[i], env, entry, brk, has_default);
		free(ch);
		return;
	}
	walk_any(ctx, s, env, brk);
}

static void walk_switch(hvci_ctx *ctx, CXCursor *ch, unsigned n, hvci_env *env)
{
	if (n < 2)
		return;
	for (unsigned i = 0; i + 1 < n; i++)
		walk_any(ctx, ch[i], env, NULL);
	hvci_env entry;
	hvci_env_copy(&entry, env);
	brk_ctx inner;
	hvci_env_init(&inner.exit);
	inner.exit.dead = 1;
	env->dead = 1; /* code before the first label is unreachable */
	int has_default = 0;
	walk_switch_body(ctx, ch[n - 1], env, &entry, &inner, &has_default);
	hvci_env_join(env, &inner.exit);
	if (!has_default)
		hvci_env_join(env, &entry);
	hvci_env_free(&inner.exit);
	hvci_env_free(&entry);
}

static void walk(hvci_ctx *ctx, CXCursor s, hvci_env *env, brk_ctx *brk)
{
	enum CXCursorKind k = clang_getCursorKind(s);
	if (clang_isExpression(k)) {
		eval_discard(ctx, s, env);
		return;
	}
	unsigned n;
	CXCursor *ch;
	switch (k) {
	case CXCursor_DeclStmt:
		walk_decl_stmt(ctx, s, env);
		return;
	case CXCursor_ReturnStmt: {
		ch = hvci_children(s, &n);
		hvci_vs rv;
		int has_value = 0;
		for (unsigned i = 0; i < n; i++)
			if (clang_isExpression(clang_getCursorKind(ch[i]))) {
				hvci_eval(ctx, ch[i], env, &rv);
				has_value = 1;
			} else {
				walk(ctx, ch[i], env, brk);
			}
		free(ch);
		hvci_effects_return(ctx, has_value ? &rv : NULL, env);
		env->dead = 1;
		return;
	}
	case CXCursor_BreakStmt:
		if (brk)
			hvci_env_join(&brk->exit, env);
		env->dead = 1;
		return;
	case CXCursor_GotoStmt:
	case CXCursor_IndirectGotoStmt:
		if (!env->dead && !env->optin_init && ctx->cur)
			ctx->cur->goto_uninit = 1;
		env->dead = 1;
		return;
	case CXCursor_ContinueStmt:
		env->dead = 1;
		return;
	case CXCursor_LabelStmt: {
		/* Anything may jump here: forget what we knew.  The opt-in call
		 * has run here if it ran on the way in and before every goto seen
		 * so far (a goto further down that jumps back is not seen). */
		int init = (env->dead || env->optin_init) && !(ctx->cur && ctx->cur->goto_uninit);
		hvci_env_free(env);
		env->optin_init = init;
		ch = hvci_children(s, &n);
		for (unsigned i = 0; i < n; i++)
			walk_any(ctx, ch[i], env, brk);
		free(ch);
		return;
	}
	case CXCursor_IfStmt:
		ch = hvci_children(s, &n);
		walk_if(ctx, ch, n, env, brk);
		free(ch);
		return;
	case CXCursor_WhileStmt:
	case CXCursor_ForStmt:
	case CXCursor_CXXForRangeStmt:
	case CXCursor_DoStmt:
		ch = hvci_children(s, &n);
		walk_loop(ctx, ch, n, env, k == CXCursor_DoStmt);
		free(ch);
		return;
	case CXCursor_SwitchStmt:
		ch = hvci_children(s, &n);
		walk_switch(ctx, ch, n, env);
		free(ch);
		return;
	case CXCursor_SEHTryStmt:
	case CXCursor_CXXTryStmt: {
		/* The handler may run from any point of the body. */
		ch = hvci_children(s, &n);
		hvci_env entry;
		hvci_env_copy(&entry, env);
		if (n)
			walk(ctx, ch[0], env, brk);
		for (unsigned i = 1; i < n; i++) {
			hvci_env h;
			hvci_env_copy(&h, &entry);
			hvci_env_join(&h, env);
			walk(ctx, ch[i], &h, brk);
			hvci_env_join(env, &h);
			hvci_env_free(&h);
		}
		hvci_env_free(&entry);
		free(ch);
		return;
	}
	default:
		ch = hvci_children(s, &n);
		for (unsigned i = 0; i < n; i++) {
			enum CXCursorKind ck = clang_getCursorKind(ch[i]);
			if (clang_isExpression(ck) || clang_isStatement(ck))
				walk_any(ctx, ch[i], env, brk);
		}
		free(ch);
		return;
	}
}

void hvci_walk_stmt(hvci_ctx *ctx, CXCursor s, hvci_env *env)
{
	walk(ctx, s, env, NULL);
}
