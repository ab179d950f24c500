/*
 * routines.c - routines the driver looked up by name, and code reached
 * through aliases.  Affected APIs called through pointers the driver looked up
 * by name: `p = MmGetSystemRoutineAddress(&name)` where the name is
 * "ExAllocatePool2" (a literal, RTL_CONSTANT_STRING, or a string that
 * RtlInitUnicodeString set), then `p(...)`.  The lookup gives a value of
 * provenance HVCI_PROV_ROUTINE naming the API; a call through a local that
 * holds it is checked at once with the API's rows, and a pointer kept in a
 * global or a struct field is matched by that variable or field at the end
 * of the unit, wherever it was assigned, since drivers fill such tables in
 * one routine and call through them in others.  Which APIs look routines up
 * and which set names is table data (rules/routines.api.yaml).  Not done
 * here: names built at run time, and pointers that travel between files.
 *
 * An allocation kept in a global or a field and called through it in
 * another routine is data run as code: the call goes to hvci-dynamic-code
 * at the end of the unit (a trampoline built at init, called from a hook).
 *
 * A looked-up routine is code, like a function designator: an MDL built
 * over either describes code (mdl-base rows), and a mapping of such an MDL
 * (mdl-map rows) is a writable alias of that code, which hvci-code-write
 * follows to the writes through it.
 */
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"
#include "util/util.h"

typedef struct {
	char *api;   /* the routine looked up */
	hvci_loc at; /* the lookup */
} routine;

typedef struct {
	char *key; /* "V:usr" for a variable (with its field path), "F:usr" for a field */
	int idx;   /* routine index, -1 when two different routines were stored */
} binding;

/* A data pointer (an allocation) kept in a global or field. */
typedef struct {
	char *key;
	hvci_val val;
	int mixed; /* two different allocations: decided by neither */
} data_slot;

typedef struct {
	CXCursor call;
	CXCursor callee;
	char *key;
	hvci_vs *vs;
	CXCursor *args;
	int nargs;
} pending;

struct hvci_routines {
	routine *r;
	size_t n_r;
	binding *names; /* string variables holding a routine name: idx into r */
	size_t n_names;
	binding *pnames; /* string variables set from a parameter: idx is the parameter */
	size_t n_pnames;
	binding *slots; /* globals and fields holding a looked-up pointer */
	size_t n_slots;
	data_slot *data; /* globals and fields holding an allocation */
	size_t n_data;
	pending *p;
	size_t n_p;
};

static struct hvci_routines *state(hvci_ctx *ctx)
{
	if (!ctx->routines)
		ctx->routines = hvci_xcalloc(1, sizeof *ctx->routines);
	return ctx->routines;
}

/* One entry per lookup, so each finding points at the lookup it came from. */
static int routine_index(hvci_ctx *ctx, const char *api, CXCursor at)
{
	struct hvci_routines *st = state(ctx);
	hvci_loc l;
	hvci_loc_from_cursor(ctx, at, &l);
	for (size_t i = 0; i < st->n_r; i++)
		if (!strcmp(st->r[i].api, api) && st->r[i].at.line == l.line &&
		    st->r[i].at.col == l.col && l.file && st->r[i].at.file &&
		    !strcmp(st->r[i].at.file, l.file)) {
			hvci_loc_clear(&l);
			return (int)i;
		}
	st->r = hvci_xrealloc(st->r, (st->n_r + 1) * sizeof *st->r);
	routine *r = &st->r[st->n_r];
	r->api = hvci_strdup(api);
	r->at = l;
	return (int)st->n_r++;
}

static void bind(hvci_ctx *ctx, binding **v, size_t *n, const char *key, int idx)
{
	const routine *r = ctx->routines->r;
	for (size_t i = 0; i < *n; i++)
		if (!strcmp((*v)[i].key, key)) {
			/* Two different routines: it names neither for sure. */
			if ((*v)[i].idx >= 0 && strcmp(r[(*v)[i].idx].api, r[idx].api))
				(*v)[i].idx = -1;
			return;
		}
	*v = hvci_xrealloc(*v, (*n + 1) * sizeof **v);
	(*v)[*n].key = hvci_strdup(key);
	(*v)[(*n)++].idx = idx;
}

/* Strings set from a parameter of their function: key -> parameter. */
static void bind_param(binding **v, size_t *n, const char *key, int p)
{
	for (size_t i = 0; i < *n; i++)
		if (!strcmp((*v)[i].key, key)) {
			if ((*v)[i].idx != p)
				(*v)[i].idx = -1;
			return;
		}
	*v = hvci_xrealloc(*v, (*n + 1) * sizeof **v);
	(*v)[*n].key = hvci_strdup(key);
	(*v)[(*n)++].idx = p;
}

static int bound(const binding *v, size_t n, const char *key)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(v[i].key, key))
			return v[i].idx;
	return -1;
}

/* The key of what an lvalue names: a field by its declaration, whatever
 * object it is in; a variable with its field path.  NULL when untracked. */
static char *slot_key(CXCursor e, int globals_only)
{
	e = hvci_strip(e);
	while (clang_getCursorKind(e) == CXCursor_UnaryOperator ||
	       clang_getCursorKind(e) == CXCursor_ParenExpr ||
	       clang_getCursorKind(e) == CXCursor_CStyleCastExpr ||
	       clang_getCursorKind(e) == CXCursor_CXXReinterpretCastExpr ||
	       clang_getCursorKind(e) == CXCursor_CXXStaticCastExpr) {
		/* (*p)(...) and ((PFN)p)(...) call what p holds. */
		if (clang_getCursorKind(e) == CXCursor_UnaryOperator &&
		    clang_getCursorUnaryOperatorKind(e) != CXUnaryOperator_Deref)
			return NULL;
		unsigned n;
		CXCursor *ch = hvci_children(e, &n);
		CXCursor in = n ? ch[n - 1] : clang_getNullCursor(); /* after a cast's TypeRef */
		free(ch);
		if (hvci_cursor_is_null(in))
			return NULL;
		e = hvci_strip(in);
	}
	CXCursor ref = clang_getCursorReferenced(e);
	enum CXCursorKind rk = clang_getCursorKind(ref);
	char *key = NULL;
	CXString usr = clang_getCursorUSR(ref);
	const char *u = clang_getCString(usr);
	if (u && *u) {
		if (clang_getCursorKind(e) == CXCursor_MemberRefExpr && rk == CXCursor_FieldDecl)
			key = hvci_asprintf("F:%s", u);
		else if (clang_getCursorKind(e) == CXCursor_DeclRefExpr && rk == CXCursor_VarDecl) {
			CXCursor sp = clang_getCursorSemanticParent(ref);
			enum CXCursorKind pk = clang_getCursorKind(sp);
			int local = pk == CXCursor_FunctionDecl || pk == CXCursor_CXXMethod ||
			            pk == CXCursor_Constructor || pk == CXCursor_Destructor;
			if (!local || clang_Cursor_getStorageClass(ref) == CX_SC_Static ||
			    !globals_only)
				key = hvci_asprintf("V:%s", u);
		}
	}
	clang_disposeString(usr);
	return key;
}

/* The first string literal in an expression, its characters only. */
static enum CXChildVisitResult find_literal(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	CXCursor *out = d;
	if (clang_getCursorKind(c) == CXCursor_StringLiteral) {
		*out = c;
		return CXChildVisit_Break;
	}
	return CXChildVisit_Recurse;
}

static char *literal_in(CXCursor e)
{
	CXCursor lit = clang_getNullCursor();
	if (clang_getCursorKind(e) == CXCursor_StringLiteral)
		lit = e;
	else
		clang_visitChildren(e, find_literal, &lit);
	if (hvci_cursor_is_null(lit))
		return NULL;
	CXString s = clang_getCursorSpelling(lit);
	const char *t = strchr(clang_getCString(s), '"');
	char *r = NULL;
	if (t) {
		const char *end = strchr(t + 1, '"');
		if (end && end > t + 1 && !memchr(t + 1, '\\', (size_t)(end - t - 1)))
			r = hvci_xstrndup(t + 1, (size_t)(end - t - 1));
	}
	clang_disposeString(s);
	return r;
}

/* The variable an `&name` argument points to, with its key. */
static CXCursor addressed_var(CXCursor arg, char **key)
{
	*key = NULL;
	CXCursor e = hvci_strip(arg);
	if (clang_getCursorKind(e) == CXCursor_UnaryOperator &&
	    clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_AddrOf) {
		unsigned n;
		CXCursor *ch = hvci_children(e, &n);
		e = n ? hvci_strip(ch[0]) : clang_getNullCursor();
		free(ch);
	}
	if (hvci_cursor_is_null(e))
		return e;
	*key = slot_key(e, 0);
	return clang_getCursorReferenced(e);
}

/* The routine name an argument gives: a literal in it, else what the
 * string variable it points to was set to (by its initializer, such as
 * RTL_CONSTANT_STRING, or by a name-init call seen earlier). */
static char *name_of(hvci_ctx *ctx, CXCursor arg)
{
	char *lit = literal_in(arg);
	if (lit)
		return lit;
	char *key;
	CXCursor var = addressed_var(arg, &key);
	if (!key)
		return NULL;
	int idx = bound(state(ctx)->names, state(ctx)->n_names, key);
	free(key);
	if (idx >= 0)
		return hvci_strdup(state(ctx)->r[idx].api);
	if (clang_getCursorKind(var) == CXCursor_VarDecl)
		return literal_in(var);
	return NULL;
}

/* The parameter of the function walked that an argument names, else -1. */
static int param_named(hvci_ctx *ctx, CXCursor arg)
{
	CXCursor e = hvci_strip(arg);
	if (hvci_cursor_is_null(ctx->func) || clang_getCursorKind(e) != CXCursor_DeclRefExpr)
		return -1;
	CXCursor d = clang_getCursorReferenced(e);
	int n = clang_Cursor_getNumArguments(ctx->func);
	for (int i = 0; i < n; i++)
		if (clang_equalCursors(clang_Cursor_getArgument(ctx->func, (unsigned)i), d))
			return i;
	return -1;
}

/*
 * A lookup wrapper: `Lookup(PCWSTR name) { RtlInitUnicodeString(&u, name);
 * return MmGetSystemRoutineAddress(&u); }`.  The string set from a
 * parameter is remembered as that parameter, and the lookup returns "the
 * routine parameter p names", which each call of the wrapper resolves
 * from its literal argument (hvci_routine_of_param).
 */
static void param_name_call(hvci_ctx *ctx, CXCursor call, const hvci_api_row *row,
                            const CXCursor *args, int nargs, hvci_vs *ret)
{
	struct hvci_routines *st = state(ctx);
	if (row->kind == HVCI_K_NAME_INIT && nargs > 0) {
		int p = param_named(ctx, args[row->arg]);
		char *key;
		addressed_var(args[0], &key);
		if (key && p >= 0)
			bind_param(&st->pnames, &st->n_pnames, key, p);
		free(key);
		return;
	}
	int p = param_named(ctx, args[row->arg]);
	if (p < 0) {
		char *key;
		addressed_var(args[row->arg], &key);
		p = key ? bound(st->pnames, st->n_pnames, key) : -1;
		free(key);
	}
	if (p >= 0) {
		ret->n = 1;
		ret->unknown = 0;
		ret->v[0] = (hvci_val){0, p, 0, call, HVCI_PROV_ROUTINE};
	}
}

int hvci_routine_of_param(hvci_ctx *ctx, CXCursor call, CXCursor arg, hvci_val *out)
{
	char *name = literal_in(arg);
	if (!name)
		return 0;
	*out = (hvci_val){(uint64_t)routine_index(ctx, name, call), -1, 0, call, HVCI_PROV_ROUTINE};
	free(name);
	return 1;
}

void hvci_routine_call(hvci_ctx *ctx, CXCursor call, const hvci_api_row *row, const CXCursor *args,
                       int nargs, hvci_vs *ret)
{
	if (row->arg < 0 || row->arg >= nargs)
		return;
	char *name = name_of(ctx, args[row->arg]);
	if (!name) {
		param_name_call(ctx, call, row, args, nargs, ret);
		return;
	}
	if (row->kind == HVCI_K_NAME_INIT && nargs > 0) {
		char *key;
		addressed_var(args[0], &key);
		if (key) {
			struct hvci_routines *st = state(ctx);
			bind(ctx, &st->names, &st->n_names, key, routine_index(ctx, name, call));
		}
		free(key);
	} else if (row->kind == HVCI_K_ROUTINE_LOOKUP) {
		/* Any routine: a call through it is checked when it is an affected
		 * API, and a write through it writes to its code. */
		ret->n = 1;
		ret->unknown = 0;
		ret->v[0] = (hvci_val){(uint64_t)routine_index(ctx, name, call), -1, 0, call,
		                       HVCI_PROV_ROUTINE};
	}
	free(name);
}

static void keep_data(hvci_ctx *ctx, const char *key, const hvci_val *v)
{
	struct hvci_routines *st = state(ctx);
	for (size_t i = 0; i < st->n_data; i++)
		if (!strcmp(st->data[i].key, key)) {
			st->data[i].mixed |= !clang_equalCursors(st->data[i].val.origin, v->origin);
			return;
		}
	st->data = hvci_xrealloc(st->data, (st->n_data + 1) * sizeof *st->data);
	data_slot *d = &st->data[st->n_data++];
	d->key = hvci_strdup(key);
	d->val = *v;
	d->mixed = 0;
}

void hvci_routine_store(hvci_ctx *ctx, CXCursor lhs, const hvci_vs *vs)
{
	for (int i = 0; i < vs->n; i++) {
		if (vs->v[i].prov == HVCI_PROV_POOL && vs->v[i].param < 0) {
			/* An allocation kept for later: a trampoline is called elsewhere. */
			char *key = slot_key(lhs, 1);
			if (key)
				keep_data(ctx, key, &vs->v[i]);
			free(key);
		}
		if (vs->v[i].prov != HVCI_PROV_ROUTINE || vs->v[i].param >= 0)
			continue;
		char *key = slot_key(lhs, 1);
		if (key) {
			struct hvci_routines *st = state(ctx);
			bind(ctx, &st->slots, &st->n_slots, key, (int)vs->v[i].v);
		}
		free(key);
	}
}

/* Checks the call as a call of routine idx, and says how the pointer came. */
static void check_as(hvci_ctx *ctx, CXCursor call, int idx, hvci_vs *vs, CXCursor *args, int nargs,
                     hvci_env *env)
{
	const routine *r = &state(ctx)->r[idx];
	size_t before = ctx->res->n_findings;
	int writes = 0;
	hvci_apply_rows(ctx, call, r->api, r->api, vs, args, nargs, env, &writes);
	for (size_t i = before; i < ctx->res->n_findings; i++) {
		hvci_finding *f = &ctx->res->findings[i];
		f->notes = hvci_xrealloc(f->notes, (f->n_notes + 1) * sizeof *f->notes);
		hvci_note *n = &f->notes[f->n_notes++];
		memset(n, 0, sizeof *n);
		n->loc = r->at;
		n->loc.file = hvci_strdup(r->at.file);
		n->loc.logical = NULL;
		n->message = hvci_asprintf(
		    "called through a pointer to '%s', looked up by name here", r->api);
	}
}

int hvci_routine_icall(hvci_ctx *ctx, CXCursor call, CXCursor callee, const hvci_vs *callee_vs,
                       hvci_vs *vs, CXCursor *args, int nargs, hvci_env *env)
{
	int done = 0;
	for (int i = 0; i < callee_vs->n; i++)
		if (callee_vs->v[i].prov == HVCI_PROV_ROUTINE && callee_vs->v[i].param < 0) {
			check_as(ctx, call, (int)callee_vs->v[i].v, vs, args, nargs, env);
			done = 1;
		}
	if (done)
		return done;
	/* Kept in a global or a field: decided when the whole unit is seen. */
	char *key = slot_key(callee, 1);
	if (!key)
		return 0;
	struct hvci_routines *st = state(ctx);
	st->p = hvci_xrealloc(st->p, (st->n_p + 1) * sizeof *st->p);
	pending *p = &st->p[st->n_p++];
	p->call = call;
	p->callee = callee;
	p->key = key;
	p->nargs = nargs;
	p->vs = hvci_xcalloc((size_t)nargs + 1, sizeof *p->vs);
	p->args = hvci_xcalloc((size_t)nargs + 1, sizeof *p->args);
	if (nargs > 0) {
		memcpy(p->vs, vs, (size_t)nargs * sizeof *vs);
		memcpy(p->args, args, (size_t)nargs * sizeof *args);
	}
	return 0;
}

void hvci_routines_finish(hvci_ctx *ctx)
{
	struct hvci_routines *st = ctx->routines;
	if (!st)
		return;
	for (size_t i = 0; i < st->n_p; i++) {
		pending *p = &st->p[i];
		int idx = bound(st->slots, st->n_slots, p->key);
		if (idx >= 0)
			check_as(ctx, p->call, idx, p->vs, p->args, p->nargs, NULL);
		for (size_t j = 0; j < st->n_data; j++) {
			/* A call through where an allocation was kept runs data. */
			if (st->data[j].mixed || strcmp(st->data[j].key, p->key) ||
			    !ctx->reg.on_icall ||
			    !hvci_is_user_loc(ctx, clang_getCursorLocation(p->call)))
				continue;
			hvci_vs dv;
			memset(&dv, 0, sizeof dv);
			hvci_vs_add(&dv, &st->data[j].val);
			hvci_ptr_site ps = {ctx, p->call, p->callee, &dv, NULL};
			ctx->reg.on_icall(&ps);
		}
		free(p->key);
		free(p->vs);
		free(p->args);
	}
	free(st->p);
	for (size_t i = 0; i < st->n_r; i++) {
		free(st->r[i].api);
		hvci_loc_clear(&st->r[i].at);
	}
	free(st->r);
	for (size_t i = 0; i < st->n_names; i++)
		free(st->names[i].key);
	free(st->names);
	for (size_t i = 0; i < st->n_pnames; i++)
		free(st->pnames[i].key);
	free(st->pnames);
	for (size_t i = 0; i < st->n_slots; i++)
		free(st->slots[i].key);
	free(st->slots);
	for (size_t i = 0; i < st->n_data; i++)
		free(st->data[i].key);
	free(st->data);
	free(st);
	ctx->routines = NULL;
}

const char *hvci_routine_name(hvci_ctx *ctx, uint64_t idx)
{
	if (!ctx->routines || idx >= ctx->routines->n_r)
		return NULL;
	return ctx->routines->r[idx].api;
}

/* 1 when vs holds an address in code (a designator, a looked-up routine,
 * a module base or another code address, codeaddr.c). */
static int holds_code(const hvci_vs *vs)
{
	for (int i = 0; i < vs->n; i++)
		if (vs->v[i].param < 0 &&
		    (vs->v[i].prov == HVCI_PROV_CODE || vs->v[i].prov == HVCI_PROV_ROUTINE ||
		     vs->v[i].prov == HVCI_PROV_CODE_ADDR))
			return 1;
	return 0;
}

/* An MDL over code, or over a parameter of the function walked (param set). */
static const hvci_val *code_mdl(const hvci_vs *vs)
{
	for (int i = 0; i < vs->n; i++)
		if (vs->v[i].prov == HVCI_PROV_CODE_MDL)
			return &vs->v[i];
	return NULL;
}

/* The parameter vs is (a plain pointer parameter, no offset), or -1. */
static int plain_param(const hvci_vs *vs)
{
	for (int i = 0; i < vs->n; i++)
		if (vs->v[i].param >= 0 && vs->v[i].param < HVCI_TPARAM && !vs->v[i].prov &&
		    !vs->v[i].v)
			return vs->v[i].param;
	return -1;
}

void hvci_alias_call(hvci_ctx *ctx, CXCursor call, const char *shown, const char *name,
                     const hvci_vs *vs, int nargs, hvci_vs *ret)
{
	const char *names[2] = {shown, name};
	for (int k = 0; k < 2; k++) {
		if (k == 1 && !strcmp(shown, name))
			break;
		size_t n = 0;
		const hvci_api_row *rows = hvci_rules_lookup(ctx->rules, names[k], &n);
		for (size_t i = 0; rows && i < n; i++) {
			const hvci_api_row *row = &rows[i];
			if (row->arg < 0 || row->arg >= nargs)
				continue;
			const hvci_val *m;
			if (row->kind == HVCI_K_MDL_BASE && holds_code(&vs[row->arg])) {
				*ret = (hvci_vs){0};
				hvci_vs_add(ret, &(hvci_val){0, -1, 0, call, HVCI_PROV_CODE_MDL});
				return;
			}
			int p;
			if (row->kind == HVCI_K_MDL_BASE && (p = plain_param(&vs[row->arg])) >= 0) {
				/* Over whatever the caller passes: a helper's alias of it. */
				*ret = (hvci_vs){0};
				hvci_vs_add(ret, &(hvci_val){0, p, 0, call, HVCI_PROV_CODE_MDL});
				return;
			}
			if (row->kind == HVCI_K_MDL_LOCK || row->kind == HVCI_K_MDL_PROTECT) {
				hvci_code_mdl_call(ctx, row, vs, nargs);
				continue;
			}
			if (row->kind == HVCI_K_MDL_MAP && (m = code_mdl(&vs[row->arg]))) {
				*ret = (hvci_vs){0};
				hvci_vs_add(ret, &(hvci_val){0, m->param, 0, m->origin,
				                             HVCI_PROV_CODE_MAP});
				return;
			}
		}
	}
}
