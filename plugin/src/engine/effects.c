/*
 * effects.c - what a call gives back to its caller, beyond the arguments
 * it forwards: the values the function returns (`PoolTypeFor(x)` returns
 * NonPagedPool on some path) and the fields it sets through a pointer
 * parameter (an init routine that presets `Config->PoolType`).  Both are
 * taken where the function returns, joined over its return points, with
 * the function's own parameters substituted by the caller's arguments.
 * A returned pointer's provenance is left to the API table's returns-data
 * rows; globals the callee writes are not followed.  It also keeps each
 * function's callers, so a finding inside a helper (a literal executable
 * value it always passes) lists where the helper is called.
 */
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"
#include "util/util.h"

void hvci_effects_return(hvci_ctx *ctx, const hvci_vs *value, const hvci_env *env)
{
	hvci_summary *s = ctx->cur;
	if (!s || ctx->in_lambda || env->dead)
		return;
	if (value) {
		if (s->ret) {
			hvci_vs_union(s->ret, value);
		} else if (value->n > 0) {
			s->ret = hvci_xmalloc(sizeof *s->ret);
			if (s->returns) { /* after returns of nothing known */
				s->ret->n = 0;
				s->ret->unknown = s->ret_unknown;
				hvci_vs_union(s->ret, value);
			} else {
				*s->ret = *value;
			}
		} else {
			s->ret_unknown |= value->unknown; /* 0 until a return */
		}
		s->returns = 1;
	}
	hvci_env_join(&s->exit, env);
}

static int param_of(CXCursor fn, CXCursor decl)
{
	int n = clang_Cursor_getNumArguments(fn);
	for (int i = 0; i < n; i++)
		if (clang_equalCursors(clang_Cursor_getArgument(fn, (unsigned)i), decl))
			return i;
	return -1;
}

void hvci_effects_finish(hvci_ctx *ctx, hvci_summary *s, const hvci_env *end)
{
	(void)ctx;
	hvci_env_join(&s->exit, end);
	if (s->exit.dead)
		return;
	for (size_t i = 0; i < s->exit.n; i++) {
		const hvci_binding *b = &s->exit.b[i];
		if (strncmp(b->path, "->", 2) || b->vs.n == 0)
			continue;
		int p = param_of(s->def, b->decl);
		if (p < 0)
			continue;
		s->outs = hvci_xrealloc(s->outs, (s->n_outs + 1) * sizeof *s->outs);
		hvci_out_store *o = &s->outs[s->n_outs++];
		o->param = p;
		o->path = hvci_strdup(b->path);
		o->vs = b->vs;
	}
	hvci_env_free(&s->exit);
}

/* Values of the callee seen from the call: "parameter p | mask" becomes
 * the caller's argument p with the mask ORed in. */
static void substitute(hvci_ctx *ctx, CXCursor call, const hvci_vs *in, const hvci_vs *vs,
                       const CXCursor *args, int nargs, hvci_vs *out)
{
	memset(out, 0, sizeof *out);
	out->unknown = in->unknown;
	for (int i = 0; i < in->n; i++) {
		const hvci_val *v = &in->v[i];
		if (v->param < 0) {
			hvci_vs_add(out, v);
			continue;
		}
		if (v->prov == HVCI_PROV_ROUTINE) {
			/* A lookup wrapper: the routine the argument names. */
			hvci_val r;
			if (v->param < nargs &&
			    hvci_routine_of_param(ctx, call, args[v->param], &r))
				hvci_vs_add(out, &r);
			else
				out->unknown = 1;
			continue;
		}
		if (v->param >= nargs || v->param >= HVCI_TPARAM) {
			out->unknown = 1;
			continue;
		}
		const hvci_vs *a = &vs[v->param];
		out->unknown |= a->unknown;
		for (int j = 0; j < a->n; j++) {
			hvci_val x = a->v[j];
			if (x.param < 0 && !x.prov)
				x.v |= v->v;
			else if (x.param >= 0)
				x.v |= v->v;
			x.optin |= v->optin;
			hvci_vs_add(out, &x);
		}
	}
}

void hvci_effects_apply(hvci_ctx *ctx, const hvci_summary *s, CXCursor call, const hvci_vs *vs,
                        const CXCursor *args, int nargs, hvci_env *env, hvci_vs *ret)
{
	/* What the API table says a call returns (returns-data) comes first. */
	if (s->returns && s->ret && s->ret->n > 0 && ret->n == 0) {
		hvci_vs r;
		substitute(ctx, call, s->ret, vs, args, nargs, &r);
		if (r.n > 0)
			*ret = r;
	}
	for (size_t i = 0; i < s->n_outs; i++) {
		const hvci_out_store *o = &s->outs[i];
		if (o->param >= nargs)
			continue;
		CXCursor a = hvci_strip(args[o->param]);
		CXCursor decl;
		hvci_buf path;
		hvci_buf_init(&path);
		const char *field = o->path + 2; /* after "->" */
		if (clang_getCursorKind(a) == CXCursor_UnaryOperator &&
		    clang_getCursorUnaryOperatorKind(a) == CXUnaryOperator_AddrOf) {
			/* &local: the callee's p->F is local.F */
			unsigned n;
			CXCursor *ch = hvci_children(a, &n);
			if (n && hvci_lvalue(ch[0], &decl, &path)) {
				char *full = hvci_asprintf("%s.%s", path.s ? path.s : "", field);
				hvci_vs v;
				substitute(ctx, call, &o->vs, vs, args, nargs, &v);
				hvci_env_set(env, decl, full, &v);
				free(full);
			}
			free(ch);
		} else if (hvci_lvalue(a, &decl, &path)) {
			/* a pointer variable: the callee's p->F is ptr->F */
			char *full = hvci_asprintf("%s->%s", path.s ? path.s : "", field);
			hvci_vs v;
			substitute(ctx, call, &o->vs, vs, args, nargs, &v);
			hvci_env_set(env, decl, full, &v);
			free(full);
		}
		hvci_buf_free(&path);
	}
}

#define MAX_CALLERS 5

void hvci_effects_caller(hvci_ctx *ctx, hvci_summary *s, CXCursor call)
{
	if (s->n_callers >= MAX_CALLERS || !hvci_is_user_loc(ctx, clang_getCursorLocation(call)))
		return;
	hvci_loc l;
	hvci_loc_from_location(clang_getCursorLocation(call), &l);
	for (size_t i = 0; i < s->n_callers; i++)
		if (s->callers[i].line == l.line && s->callers[i].col == l.col && l.file &&
		    s->callers[i].file && !strcmp(s->callers[i].file, l.file)) {
			hvci_loc_clear(&l);
			return;
		}
	s->callers = hvci_xrealloc(s->callers, (s->n_callers + 1) * sizeof *s->callers);
	s->callers[s->n_callers++] = l;
}

static int line_cmp(const void *x, const void *y)
{
	const hvci_finding *a = *(const hvci_finding *const *)x;
	const hvci_finding *b = *(const hvci_finding *const *)y;
	int c = strcmp(a->loc.file, b->loc.file);
	if (c)
		return c;
	return (a->loc.line > b->loc.line) - (a->loc.line < b->loc.line);
}

/* The first of the n sorted findings at or after (file, line). */
static size_t lower_bound(hvci_finding **v, size_t n, const char *file, unsigned line)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(v[mid]->loc.file, file);
		if (c < 0 || (c == 0 && v[mid]->loc.line < line))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void hvci_effects_related(hvci_ctx *ctx)
{
	/* Each function with callers looks up the findings inside it: sorted
	 * once, so a unit of thousands of functions and findings does not
	 * compare every pair.  Notes still go on in the order of functions,
	 * then callers, as a finding inside two functions expects. */
	hvci_finding **v = hvci_xmalloc((ctx->res->n_findings + 1) * sizeof *v);
	size_t n = 0;
	for (size_t j = 0; j < ctx->res->n_findings; j++)
		if (ctx->res->findings[j].loc.file)
			v[n++] = &ctx->res->findings[j];
	qsort(v, n, sizeof *v, line_cmp);
	for (size_t i = 0; n && i < ctx->n_sums; i++) {
		hvci_summary *s = ctx->sums[i];
		if (!s->n_callers)
			continue;
		CXCursor def = clang_getCursorDefinition(s->def);
		if (hvci_cursor_is_null(def))
			continue;
		hvci_loc ext;
		hvci_loc_from_cursor(ctx, def, &ext);
		CXSourceRange r = clang_getCursorExtent(def);
		unsigned first, last;
		clang_getSpellingLocation(clang_getRangeStart(r), NULL, &first, NULL, NULL);
		clang_getSpellingLocation(clang_getRangeEnd(r), NULL, &last, NULL, NULL);
		char *fn = NULL; /* the function's name, once one finding is inside */
		for (size_t j = ext.file ? lower_bound(v, n, ext.file, first) : n;
		     j < n && !strcmp(v[j]->loc.file, ext.file) && v[j]->loc.line <= last; j++) {
			hvci_finding *f = v[j];
			if (!fn)
				fn = hvci_function_name(def);
			for (size_t k = 0; k < s->n_callers; k++) {
				hvci_loc l = s->callers[k];
				l.file = hvci_strdup(l.file);
				l.logical = NULL;
				hvci_finding_note(
				    f, &l, hvci_asprintf("'%s' is called here", fn ? fn : "?"));
			}
		}
		free(fn);
		hvci_loc_clear(&ext);
	}
	free(v);
}

void hvci_effects_free(hvci_summary *s)
{
	free(s->ret);
	s->ret = NULL;
	for (size_t i = 0; i < s->n_callers; i++)
		hvci_loc_clear(&s->callers[i]);
	free(s->callers);
	s->callers = NULL;
	s->n_callers = 0;
	for (size_t i = 0; i < s->n_outs; i++)
		free(s->outs[i].path);
	free(s->outs);
	s->outs = NULL;
	s->n_outs = 0;
	hvci_env_free(&s->exit);
}
