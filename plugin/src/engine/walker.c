/*
 * walker.c - walks the functions of a unit; the statements of a body are
 * walked in stmt.c with a structured dataflow (no CFG).  At each call
 * it evaluates the arguments, applies the API table or the callee's wrapper
 * summary, and hands each decisive argument to the check registered for
 * its kind; stores and calls through pointers go to the pointer hooks.
 * Each function is walked once; a wrapper's summary is computed
 * on first use, so a call may trigger the walk of a function defined later
 * or in a header.  Constructor initializers, lambdas, default member
 * initializers and the initialisers of globals are walked too.  Templates
 * are skipped: their bodies are not typed.
 */
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"
#include "util/util.h"

void hvci_register_kind(hvci_registry *r, hvci_kind k, hvci_check_fn fn)
{
	r->by_kind[k] = fn;
}

void hvci_register_tu(hvci_registry *r, hvci_tu_check_fn fn)
{
	if (r->n_tu < HVCI_TU_CHECKS_MAX)
		r->tu[r->n_tu++] = fn;
}

void hvci_register_store(hvci_registry *r, hvci_ptr_fn fn)
{
	r->on_store = fn;
}

void hvci_register_icall(hvci_registry *r, hvci_ptr_fn fn)
{
	r->on_icall = fn;
}

void hvci_register_exec(hvci_registry *r, hvci_kind k, hvci_exec_pred pred)
{
	r->exec_by_kind[k] = pred;
}

void hvci_register_words(hvci_registry *r, hvci_kind k, const hvci_words *w)
{
	r->words[k] = w;
}

void hvci_register_tu_end(hvci_registry *r, hvci_tu_check_fn fn)
{
	if (r->n_tu_end < HVCI_TU_CHECKS_MAX)
		r->tu_end[r->n_tu_end++] = fn;
}

static void eval_discard(hvci_ctx *ctx, CXCursor e, hvci_env *env)
{
	hvci_vs tmp;
	hvci_eval(ctx, e, env, &tmp);
}

/* ---- calls ------------------------------------------------------------------- */

char *hvci_callee_name(CXCursor ref)
{
	CXString s = clang_getCursorSpelling(ref);
	char *name = hvci_strdup(clang_getCString(s));
	clang_disposeString(s);
	/* Qualify members and namespace functions so a look-alike
	 * (drv::ExAllocatePoolWithTag) never matches the WDK's. */
	int method = clang_getCursorKind(ref) == CXCursor_CXXMethod;
	for (CXCursor p = clang_getCursorSemanticParent(ref);;
	     p = clang_getCursorSemanticParent(p)) {
		enum CXCursorKind k = clang_getCursorKind(p);
		if (k != CXCursor_Namespace && k != CXCursor_ClassDecl &&
		    k != CXCursor_StructDecl && k != CXCursor_ClassTemplate)
			break;
		CXString ps = clang_getCursorSpelling(p);
		char *q = hvci_asprintf("%s::%s", clang_getCString(ps), name);
		clang_disposeString(ps);
		free(name);
		name = q;
		/* Interfaces are named Class::Method in the table, without namespaces. */
		if (method)
			break;
	}
	return name;
}

static int is_function_kind(enum CXCursorKind k)
{
	return k == CXCursor_FunctionDecl || k == CXCursor_CXXMethod || k == CXCursor_Constructor ||
	       k == CXCursor_Destructor || k == CXCursor_ConversionFunction;
}

hvci_forward *hvci_forward_add(hvci_ctx *ctx, int param, const hvci_api_row *row, uint64_t mask,
                               int alias, const hvci_forward *from)
{
	const char *via = from ? from->via : NULL;
	for (size_t j = 0; j < *ctx->n_fw_out; j++) {
		hvci_forward *f = &(*ctx->fw_out)[j];
		if (f->param == param && f->row == row && f->mask == mask && f->alias == alias) {
			/* Reached on its own too (a recursive wrapper's base case
			 * after its recursive call): a table kept between runs
			 * must not take it for a cycle (xtu.c). */
			if (!via)
				f->via = NULL;
			return NULL;
		}
	}
	*ctx->fw_out = hvci_xrealloc(*ctx->fw_out, (*ctx->n_fw_out + 1) * sizeof **ctx->fw_out);
	hvci_forward *f = &(*ctx->fw_out)[(*ctx->n_fw_out)++];
	memset(f, 0, sizeof *f);
	f->param = param;
	f->row = row;
	f->mask = mask;
	f->alias = alias;
	f->via = via;
	f->via_k = via ? from->via_k : 0;
	return f;
}

/* Records "parameter p reaches row" for the function being walked. */
static void record_forwards(hvci_ctx *ctx, const hvci_site *s)
{
	if (!ctx->fw_out || !s->vs)
		return;
	for (int i = 0; i < s->vs->n; i++) {
		const hvci_val *v = &s->vs->v[i];
		if (v->param < 0)
			continue;
		uint64_t mask = s->mask | v->v;
		int optin = v->optin || (s->fw && s->fw->optin);
		/* Written through a mapping of an MDL over the parameter, or
		 * passed to a helper that does (or forges such an MDL's flags). */
		int alias = s->fw && s->fw->alias           ? s->fw->alias
		            : v->prov == HVCI_PROV_CODE_MAP ? HVCI_ALIAS_WRITE
		                                            : 0;
		hvci_forward *f = hvci_forward_add(ctx, v->param, s->row, mask, alias, s->fw);
		if (!f)
			continue;
		f->inner_call = s->call;
		f->inner_api = hvci_strdup(s->api);
		f->optin = optin;
		if (v->prov == HVCI_PROV_CODE_MAP)
			hvci_code_mdl_event(ctx, v->origin, 1);
	}
}

static void add_optin_use(hvci_ctx *ctx, const hvci_env *env, CXCursor call, CXCursor inner,
                          const char *api)
{
	hvci_summary *cur = ctx->cur;
	cur->uses = hvci_xrealloc(cur->uses, (cur->n_uses + 1) * sizeof *cur->uses);
	hvci_optin_use *u = &cur->uses[cur->n_uses++];
	u->call = call;
	u->inner = inner;
	u->api = hvci_strdup(api);
	u->before_init = !env->optin_init;
}

/* Notes a site whose value is executable only until the opt-in call runs. */
static void note_optin_use(hvci_ctx *ctx, const hvci_site *s, const hvci_env *env)
{
	hvci_exec_pred exec = ctx->reg.exec_by_kind[s->row->kind];
	if (!ctx->optin || !ctx->cur || !env || env->dead || !exec || !s->vs)
		return;
	for (int i = 0; i < s->vs->n; i++) {
		const hvci_val *v = &s->vs->v[i];
		if (v->param < 0 && (v->optin || (s->fw && s->fw->optin)) && exec(v->v | s->mask)) {
			add_optin_use(ctx, env, s->call, clang_getNullCursor(), s->api);
			return;
		}
	}
}

void hvci_dispatch(hvci_ctx *ctx, const hvci_site *s, const hvci_env *env)
{
	record_forwards(ctx, s);
	note_optin_use(ctx, s, env);
	if (hvci_rules_disabled(ctx->rules, hvci_row_rule(s->row) ? hvci_row_rule(s->row) : ""))
		return;
	hvci_check_fn fn = ctx->reg.by_kind[s->row->kind];
	if (fn && hvci_is_user_loc(ctx, clang_getCursorLocation(s->call)))
		fn(s);
}

static int all_equal(const hvci_vs *vs, uint64_t v)
{
	if (!vs || vs->unknown || vs->n == 0)
		return 0;
	for (int i = 0; i < vs->n; i++)
		if (vs->v[i].param >= 0 || vs->v[i].v != v)
			return 0;
	return 1;
}

static void note_runtime_optin(hvci_ctx *ctx, CXCursor call, const char *name, const hvci_vs *args,
                               int nargs, hvci_env *env)
{
	const char *api = NULL;
	uint64_t flag = 0;
	hvci_rules_optin_init(ctx->rules, &api, &flag);
	if (!api || strcmp(name, api) || nargs < 1 || !ctx->optin)
		return;
	int counts = args[0].unknown;
	for (int i = 0; i < args[0].n; i++) {
		if (args[0].v[i].param < 0 && (args[0].v[i].v & flag))
			ctx->res->runtime_optin_called = 1;
		/* A flag the caller passes may be the right one: no finding
		 * should rest on the call being absent. */
		if (args[0].v[i].param >= 0 || (args[0].v[i].v & flag))
			counts = 1;
	}
	if (!counts || !ctx->cur || env->dead)
		return;
	env->optin_init = 1;
	if (hvci_cursor_is_null(ctx->cur->init_direct))
		ctx->cur->init_direct = call;
	if (hvci_cursor_is_null(ctx->cur->init_any))
		ctx->cur->init_any = call;
}

/* What a call to a function defined in this TU means for the opt-in order. */
void hvci_follow_optin(hvci_ctx *ctx, CXCursor call, const char *shown, const hvci_summary *sum,
                       hvci_env *env)
{
	hvci_summary *cur = ctx->cur;
	if (!ctx->optin || !cur || env->dead)
		return;
	int known = 0;
	for (size_t i = 0; i < cur->n_callees; i++)
		known |= clang_equalCursors(cur->callees[i], sum->def);
	if (!known) {
		cur->callees =
		    hvci_xrealloc(cur->callees, (cur->n_callees + 1) * sizeof *cur->callees);
		cur->callees[cur->n_callees++] = sum->def;
	}
	for (size_t i = 0; i < sum->n_uses; i++) {
		const hvci_optin_use *u = &sum->uses[i];
		if (u->before_init)
			add_optin_use(ctx, env, call,
			              hvci_cursor_is_null(u->inner) ? u->call : u->inner, shown);
	}
	/* A callee that makes the call on some path counts: we cannot match its
	 * early error returns with the caller's status checks. */
	if (!hvci_cursor_is_null(sum->init_any)) {
		env->optin_init = 1;
		if (hvci_cursor_is_null(cur->init_any))
			cur->init_any = sum->init_any;
	}
}

/*
 * Test intrinsic: `__hvci_values(expr)` (testcases/include/hvci_debug.h)
 * prints the evaluator's belief about expr as a tool note, so tests can
 * assert the dataflow state and not only the final findings.
 */
static void debug_values(hvci_ctx *ctx, CXCursor call, const hvci_vs *vs)
{
	hvci_buf b;
	hvci_buf_init(&b);
	hvci_buf_puts(&b, "values:");
	for (int i = 0; i < vs->n; i++) {
		const hvci_val *v = &vs->v[i];
		if (v->param >= 0)
			hvci_buf_printf(&b, " param%d|0x%llx", v->param, (unsigned long long)v->v);
		else
			hvci_buf_printf(&b, " 0x%llx", (unsigned long long)v->v);
		if (v->optin)
			hvci_buf_puts(&b, "(optin)");
		static const char *const prov[] = {"",        "(code)",   "(pool)",
		                                   "(local)", "(global)", "(clear bits)"};
		if (v->prov > 0 && v->prov <= HVCI_PROV_BITS)
			hvci_buf_puts(&b, prov[v->prov]);
	}
	if (vs->unknown)
		hvci_buf_puts(&b, " unknown");
	if (!vs->n && !vs->unknown)
		hvci_buf_puts(&b, " none");
	hvci_loc l;
	hvci_loc_from_location(clang_getCursorLocation(call), &l);
	hvci_tu_result_add_diag(ctx->res, HVCI_SEV_NOTE, &l, "%s", b.s);
	hvci_loc_clear(&l);
	hvci_buf_free(&b);
}

/* The result of an allocator whose result is data (returns-data rows),
 * whether or not the call also goes through a wrapper summary. */
static void set_returned_data(hvci_ctx *ctx, CXCursor call, const char *shown, const char *name,
                              hvci_vs *ret)
{
	size_t n = 0;
	const hvci_api_row *rows = hvci_rules_lookup(ctx->rules, shown, &n);
	if (!rows)
		rows = hvci_rules_lookup(ctx->rules, name, &n);
	for (size_t i = 0; i < n; i++)
		if (rows[i].kind == HVCI_K_RETURNS_DATA) {
			ret->n = 1;
			ret->unknown = 0;
			ret->v[0] = (hvci_val){0, -1, 0, call, HVCI_PROV_POOL};
		}
}

/* A call whose callee is an expression: a looked-up API is checked as
 * one; the pointer's values go to the hook. */
static void call_through_pointer(hvci_ctx *ctx, CXCursor call, hvci_env *env, hvci_vs *args_vs,
                                 CXCursor *args, int nargs)
{
	unsigned n;
	CXCursor *ch = hvci_children(call, &n);
	if (n > 0 && clang_isExpression(clang_getCursorKind(ch[0]))) {
		hvci_vs vs;
		hvci_eval(ctx, ch[0], env, &vs);
		if (nargs >= 0)
			hvci_routine_icall(ctx, call, ch[0], &vs, args_vs, args, nargs, env);
		if (ctx->reg.on_icall && hvci_is_user_loc(ctx, clang_getCursorLocation(call))) {
			hvci_ptr_site ps = {ctx, call, ch[0], &vs, NULL};
			ctx->reg.on_icall(&ps);
		}
	}
	free(ch);
}

/*
 * A template forwards one of its value parameters to an affected API: the
 * instantiation called here supplies it (AllocP<NonPagedPool>(n)).  The
 * value is reported at this call; the template's inner call is the note.
 */
static int template_forward(hvci_ctx *ctx, CXCursor call, CXCursor ref, const char *shown,
                            const hvci_forward *f, const hvci_env *env)
{
	int ti = f->param - HVCI_TPARAM;
	if (f->param >= HVCI_CPARAM) {
		/* The class's parameter: Alloc<NonPagedPool>::get(). */
		ti = f->param - HVCI_CPARAM;
		ref = clang_getCursorSemanticParent(ref);
	}
	if (ti >= clang_Cursor_getNumTemplateArguments(ref) ||
	    clang_Cursor_getTemplateArgumentKind(ref, (unsigned)ti) !=
	        CXTemplateArgumentKind_Integral)
		return 0;
	hvci_vs vs;
	memset(&vs, 0, sizeof vs);
	vs.n = 1;
	vs.v[0].v = (uint64_t)clang_Cursor_getTemplateArgumentUnsignedValue(ref, (unsigned)ti);
	vs.v[0].param = -1;
	vs.v[0].origin = clang_getNullCursor(); /* no text of the user's to rewrite */
	vs.v[0].prov = HVCI_PROV_NONE;
	hvci_site s = {ctx, call, shown, f->row, &vs, f->mask, call, f, NULL};
	hvci_dispatch(ctx, &s, env);
	return 1;
}

void hvci_process_call(hvci_ctx *ctx, CXCursor call, hvci_env *env, hvci_vs *ret)
{
	hvci_vs_unknown(ret);
	int nargs = clang_Cursor_getNumArguments(call);
	if (nargs < 0) {
		unsigned n;
		CXCursor *ch = hvci_children(call, &n);
		for (unsigned i = 0; i < n; i++)
			eval_discard(ctx, ch[i], env);
		free(ch);
		hvci_env_kill_indirect(env);
		return;
	}
	hvci_vs *vs = hvci_xcalloc((size_t)nargs + 1, sizeof *vs);
	CXCursor *args = hvci_xcalloc((size_t)nargs + 1, sizeof *args);
	unsigned cuts = ctx->stack_cuts;
	for (int i = 0; i < nargs; i++) {
		args[i] = clang_Cursor_getArgument(call, (unsigned)i);
		hvci_eval(ctx, args[i], env, &vs[i]);
	}
	/* An argument the walk could not follow to its end (stack.c): the
	 * call is left to coverage's check of its tokens. */
	int args_cut = ctx->stack_cuts != cuts;
	CXCursor ref = clang_getCursorReferenced(call);
	if (hvci_cursor_is_null(ref) || !is_function_kind(clang_getCursorKind(ref))) {
		call_through_pointer(ctx, call, env, vs, args, nargs);
		hvci_env_kill_indirect(env);
		goto done;
	}
	char *name = hvci_callee_name(ref);
	if (!strcmp(name, "__hvci_values") && nargs >= 1) {
		debug_values(ctx, call, &vs[0]);
		free(name);
		goto done;
	}
	char *shown = hvci_callee_spelling(ctx, call, name);
	set_returned_data(ctx, call, shown, name, ret);
	/* An affected API, analysed here (even when its inline body is walked). */
	if (!args_cut)
		hvci_cov_note_call(ctx, call, shown);
	if (!args_cut && strcmp(shown, name))
		hvci_cov_note_call(ctx, call, name);
	int used = 0;
	int writes = 0; /* a code-dest API: it writes through its argument */
	const hvci_summary *sum = NULL;
	CXCursor def = clang_getCursorDefinition(ref);
	if (!hvci_cursor_is_null(def) && is_function_kind(clang_getCursorKind(def))) {
		sum = hvci_summary_of(ctx, def);
		if (sum)
			hvci_effects_caller(ctx, (hvci_summary *)sum, call);
		for (size_t i = 0; sum && i < sum->n_fw; i++) {
			const hvci_forward *f = &sum->fw[i];
			if (f->param >= HVCI_TPARAM) {
				used |= template_forward(ctx, call, ref, shown, f, env);
				continue;
			}
			if (f->param >= nargs)
				continue;
			if (f->alias == HVCI_ALIAS_LOCK) {
				hvci_code_mdl_forwarded(ctx, f, &vs[f->param], shown);
				continue;
			}
			hvci_site s = {ctx,     call,           shown, f->row, &vs[f->param],
			               f->mask, args[f->param], f,     NULL};
			hvci_dispatch(ctx, &s, env);
			used = 1;
			writes |= f->row->kind == HVCI_K_CODE_DEST;
		}
		if (sum)
			hvci_follow_optin(ctx, call, shown, sum, env);
	} else {
		if (ctx->cur && hvci_is_user_loc(ctx, clang_getCursorLocation(ref)))
			ctx->cur->calls_elsewhere = 1; /* it may make the opt-in call */
		/* Defined in another file: its summary, when the project has one. */
		size_t n_ext = 0;
		const hvci_forward *ext = hvci_xtu_lookup(ctx, ref, &n_ext);
		for (size_t i = 0; i < n_ext; i++) {
			const hvci_forward *f = &ext[i];
			if (f->param >= nargs)
				continue;
			if (f->alias == HVCI_ALIAS_LOCK) {
				hvci_code_mdl_forwarded(ctx, f, &vs[f->param], shown);
				continue;
			}
			hvci_site s = {ctx,     call,           shown, f->row, &vs[f->param],
			               f->mask, args[f->param], f,     NULL};
			hvci_dispatch(ctx, &s, env);
			used = 1;
			writes |= f->row->kind == HVCI_K_CODE_DEST;
		}
	}
	note_runtime_optin(ctx, call, name, vs, nargs, env);
	if (!used)
		used = hvci_apply_rows(ctx, call, shown, name, vs, args, nargs, env, &writes);
	hvci_alias_call(ctx, call, shown, name, vs, nargs, ret);
	{
		/* A lookup by name gives a pointer the routines module follows. */
		size_t nr = 0;
		const hvci_api_row *rr = hvci_rules_lookup(ctx->rules, name, &nr);
		for (size_t i = 0; rr && i < nr; i++)
			if (rr[i].kind == HVCI_K_ROUTINE_LOOKUP || rr[i].kind == HVCI_K_NAME_INIT)
				hvci_routine_call(ctx, call, &rr[i], args, nargs, ret);
	}
	if (!used || writes)
		hvci_env_kill_indirect(env); /* the callee may write through pointers */
	if (sum)
		hvci_effects_apply(ctx, sum, call, vs, args, nargs, env, ret);
	free(shown);
	free(name);
done:
	free(vs);
	free(args);
}

int hvci_apply_rows(hvci_ctx *ctx, CXCursor call, const char *shown, const char *name, hvci_vs *vs,
                    CXCursor *args, int nargs, hvci_env *env, int *writes)
{
	int used = 0;
	size_t nrows = 0;
	/* A macro alias the user wrote (MmGetSystemAddressForMdl) wins over the
	 * function it expands to. */
	const hvci_api_row *rows = NULL;
	if (strcmp(shown, name))
		rows = hvci_rules_lookup(ctx->rules, shown, &nrows);
	if (!rows)
		rows = hvci_rules_lookup(ctx->rules, name, &nrows);
	for (size_t i = 0; i < nrows; i++) {
		const hvci_api_row *row = &rows[i];
		/* A user row for the same argument overrides the shipped one. */
		if (i > 0 && row->arg == rows[i - 1].arg && rows[i - 1].user)
			continue;
		if (row->kind == HVCI_K_LISTED || row->kind == HVCI_K_RETURNS_DATA ||
		    row->kind == HVCI_K_ROUTINE_LOOKUP || row->kind == HVCI_K_NAME_INIT ||
		    row->kind == HVCI_K_MDL_MAP || row->kind == HVCI_K_MDL_LOCK ||
		    row->kind == HVCI_K_MDL_PROTECT || row->arg >= nargs)
			continue;
		if (row->user_mode_arg >= 0 && row->user_mode_arg < nargs &&
		    all_equal(&vs[row->user_mode_arg], 1))
			continue; /* a UserMode mapping is never executable */
		hvci_site s = {ctx,
		               call,
		               shown,
		               row,
		               row->arg >= 0 ? &vs[row->arg] : NULL,
		               0,
		               row->arg >= 0 ? args[row->arg] : clang_getNullCursor(),
		               NULL,
		               row->allocator_arg >= 0 && row->allocator_arg < nargs
		                   ? &vs[row->allocator_arg]
		                   : NULL};
		hvci_dispatch(ctx, &s, env);
		used = 1;
		*writes |= row->kind == HVCI_K_CODE_DEST;
	}
	return used;
}

/* C++ placement new with a POOL_TYPE: `new (NonPagedPool, 'gaT') T`. */
/* ---- functions and summaries -------------------------------------------------- */

static CXCursor body_of(CXCursor def)
{
	unsigned n;
	CXCursor *ch = hvci_children(def, &n);
	CXCursor b = clang_getNullCursor();
	for (unsigned i = n; i-- > 0;)
		if (clang_getCursorKind(ch[i]) == CXCursor_CompoundStmt) {
			b = ch[i];
			break;
		}
	free(ch);
	return b;
}

const hvci_summary *hvci_summary_of(hvci_ctx *ctx, CXCursor def)
{
	CXCursor canon = clang_getCanonicalCursor(def);
	size_t at;
	if (!ctx->sum_index)
		ctx->sum_index = hvci_cursormap_new();
	if (hvci_cursormap_get(ctx->sum_index, canon, &at)) {
		hvci_summary *s = ctx->sums[at];
		return s->state == 2 ? s : NULL; /* NULL while recursing into itself */
	}
	/* Deep in walks nested this way, the callee is left for the walk from
	 * the top level, which has the whole stack: until then its callers see
	 * no summary, as when a function calls itself. */
	if (hvci_stack_short(ctx, 2, def))
		return NULL;
	hvci_summary *s = hvci_xcalloc(1, sizeof *s);
	s->def = canon;
	s->init_direct = s->init_any = clang_getNullCursor();
	hvci_env_init(&s->exit);
	s->exit.dead = 1; /* no return seen yet */
	if (ctx->n_sums == ctx->cap_sums) {
		ctx->cap_sums = ctx->cap_sums ? ctx->cap_sums * 2 : 64;
		ctx->sums = hvci_xrealloc(ctx->sums, ctx->cap_sums * sizeof *ctx->sums);
	}
	hvci_cursormap_put(ctx->sum_index, canon, ctx->n_sums);
	ctx->sums[ctx->n_sums++] = s;
	CXCursor body = body_of(def);
	if (hvci_cursor_is_null(body)) {
		s->state = 2;
		return s;
	}
	s->state = 1;
	CXCursor saved_func = ctx->func;
	hvci_forward **saved_fw = ctx->fw_out;
	size_t *saved_n = ctx->n_fw_out;
	hvci_summary *saved_cur = ctx->cur;
	ctx->cur = s;
	ctx->func = def;
	ctx->fw_out = &s->fw;
	ctx->n_fw_out = &s->n_fw;
	hvci_env env;
	hvci_env_init(&env);
	/* Parameters start as themselves, so a branch that changes one joins
	 * with the value the caller passed, not with "unknown". */
	int np = clang_Cursor_getNumArguments(def);
	for (int i = 0; i < np; i++) {
		hvci_vs pv = {
		    1, 0, {{0, i, 0, clang_Cursor_getArgument(def, (unsigned)i), HVCI_PROV_NONE}}};
		hvci_env_set(&env, clang_Cursor_getArgument(def, (unsigned)i), "", &pv);
	}
	/* A constructor's member and base initializers run before its body. */
	if (clang_getCursorKind(def) == CXCursor_Constructor) {
		unsigned n;
		CXCursor *ch = hvci_children(def, &n);
		for (unsigned i = 0; i < n; i++)
			if (clang_isExpression(clang_getCursorKind(ch[i])))
				eval_discard(ctx, ch[i], &env);
		free(ch);
	}
	hvci_walk_stmt(ctx, body, &env);
	hvci_effects_finish(ctx, s, &env);
	hvci_code_alias_finish(ctx, s);
	hvci_env_free(&env);
	ctx->func = saved_func;
	ctx->fw_out = saved_fw;
	ctx->n_fw_out = saved_n;
	ctx->cur = saved_cur;
	s->state = 2;
	return s;
}

static enum CXChildVisitResult visit_top(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	hvci_ctx *ctx = d;
	enum CXCursorKind k = clang_getCursorKind(c);
	switch (k) {
	case CXCursor_ClassDecl:
	case CXCursor_StructDecl:
		/* A C structure holds fields only, and a field's one expression
		 * there is a bit-field width, a constant that runs nothing. Real
		 * headers declare thousands of fields per unit. */
		if (!ctx->cl->cxx)
			return CXChildVisit_Continue;
		/* fall through */
	case CXCursor_Namespace:
	case CXCursor_LinkageSpec:
	case CXCursor_UnexposedDecl:
		if (hvci_is_user_loc(ctx, clang_getCursorLocation(c)) ||
		    k == CXCursor_LinkageSpec || k == CXCursor_UnexposedDecl)
			return CXChildVisit_Recurse;
		return CXChildVisit_Continue;
	case CXCursor_FunctionDecl:
	case CXCursor_CXXMethod:
	case CXCursor_Constructor:
	case CXCursor_Destructor:
	case CXCursor_ConversionFunction:
		if (clang_isCursorDefinition(c) &&
		    hvci_is_user_loc(ctx, clang_getCursorLocation(c)))
			hvci_summary_of(ctx, c);
		return CXChildVisit_Continue;
	case CXCursor_VarDecl:
	case CXCursor_FieldDecl:
		if (hvci_is_user_loc(ctx, clang_getCursorLocation(c)))
			hvci_walk_initializer(ctx, c);
		return CXChildVisit_Continue;
	default:
		return CXChildVisit_Continue;
	}
}

static enum CXChildVisitResult visit_optin(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	hvci_ctx *ctx = d;
	/* In C++ the header declares the run-time variables inside extern "C". */
	if (clang_getCursorKind(c) == CXCursor_LinkageSpec)
		return CXChildVisit_Recurse;
	if (clang_getCursorKind(c) == CXCursor_VarDecl) {
		CXString s = clang_getCursorSpelling(c);
		if (hvci_rules_optin_var(ctx->rules, clang_getCString(s)) >= 0)
			ctx->optin = 1;
		clang_disposeString(s);
	} else if (clang_getCursorKind(c) == CXCursor_MacroDefinition) {
		CXString s = clang_getCursorSpelling(c);
		if (!strcmp(clang_getCString(s), "POOL_NX_OPTOUT") &&
		    hvci_is_user_loc(ctx, clang_getCursorLocation(c)))
			ctx->optout_def = c;
		clang_disposeString(s);
	}
	return CXChildVisit_Continue;
}

void hvci_walk_tu(hvci_ctx *ctx)
{
	/* The opt-in state first: it decides what the run-time variables mean. */
	hvci_visit_unit_tops(ctx, visit_optin, ctx);
	/* The variables a partial parse's PCH declares, which that walk does
	 * not see (engine.h, pch_partial). */
	for (size_t i = 0; ctx->pch_partial && i < ctx->pch_partial->vars.n; i++)
		if (hvci_rules_optin_var(ctx->rules, ctx->pch_partial->vars.v[i]) >= 0)
			ctx->optin = 1;
	hvci_globals_scan(ctx);
	/* visit_top acts only on user files; outside them, it enters extern
	 * "C" blocks and unexposed declarations and nothing else. */
	hvci_visit_user_tops(ctx, HVCI_TOPS_LINKAGE | HVCI_TOPS_UNEXPOSED, visit_top, ctx);
	hvci_code_mdls_finish(ctx);
	hvci_routines_finish(ctx);
	hvci_effects_related(ctx);
	hvci_globals_free(ctx);
	hvci_xtu_export(ctx);
	for (size_t i = 0; i < ctx->reg.n_tu_end; i++)
		ctx->reg.tu_end[i](ctx);
	for (size_t i = 0; i < ctx->n_sums; i++) {
		for (size_t j = 0; j < ctx->sums[i]->n_fw; j++)
			free(ctx->sums[i]->fw[j].inner_api);
		free(ctx->sums[i]->fw);
		for (size_t j = 0; j < ctx->sums[i]->n_uses; j++)
			free(ctx->sums[i]->uses[j].api);
		free(ctx->sums[i]->uses);
		free(ctx->sums[i]->callees);
		hvci_effects_free(ctx->sums[i]);
		free(ctx->sums[i]);
	}
	free(ctx->sums);
	ctx->sums = NULL;
	hvci_cursormap_free(ctx->sum_index);
	ctx->sum_index = NULL;
	hvci_cxx_free(ctx);
	ctx->n_sums = ctx->cap_sums = 0;
}
