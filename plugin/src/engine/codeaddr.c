/*
 * codeaddr.c - addresses of code that are neither a function designator nor
 * a routine looked up by name: a field values.yaml lists under
 * `code-fields:` (a module's DllBase, a saved Rip, the service table base)
 * and a pointer read out of code (`*(PULONG_PTR)((PUCHAR)Fn + 2)`, the
 * target of a jump being patched).  It also watches writes to an MDL's
 * flags field, which hvci-code-write reports on an MDL over code.  The
 * evaluator calls in here; the decisions about what to report stay in
 * check_code.c.  Last, it keeps what happens to each MDL over the driver's
 * own code, so one that is only locked for reading (a driver reading its
 * own code) is not reported.
 */
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"

void hvci_register_mdl_flags(hvci_registry *r, hvci_ptr_fn fn)
{
	r->on_mdl_flags = fn;
}

/* Spelling of the record `field` belongs to and of the base's type, so a
 * typedef (PRTL_PROCESS_MODULES) and a tag (_LDR_DATA_TABLE_ENTRY) both count. */
static char *record_names(CXCursor member)
{
	CXCursor field = clang_getCursorReferenced(member);
	CXCursor rec = clang_getCursorSemanticParent(field);
	CXString a = clang_getTypeSpelling(clang_getCursorType(rec));
	CXString b = clang_getCursorSpelling(rec);
	char *names = hvci_asprintf("%s %s", clang_getCString(a), clang_getCString(b));
	clang_disposeString(a);
	clang_disposeString(b);
	unsigned n;
	CXCursor *ch = hvci_children(member, &n);
	if (n > 0) {
		CXString t = clang_getTypeSpelling(clang_getCursorType(hvci_strip(ch[0])));
		char *more = hvci_asprintf("%s %s", names, clang_getCString(t));
		clang_disposeString(t);
		free(names);
		names = more;
	}
	free(ch);
	return names;
}

int hvci_code_field_value(hvci_ctx *ctx, CXCursor member, hvci_vs *out)
{
	CXString f = clang_getCursorSpelling(member);
	char *rec = record_names(member);
	int row = hvci_rules_code_field(ctx->rules, clang_getCString(f), rec);
	clang_disposeString(f);
	free(rec);
	if (row < 0 || hvci_expr_uses_standin(ctx, member))
		return 0;
	*out = (hvci_vs){0};
	hvci_vs_add(out, &(hvci_val){(uint64_t)row, -1, 0, member, HVCI_PROV_CODE_ADDR});
	return 1;
}

struct offset_walk {
	hvci_ctx *ctx;
	int data;
};

static enum CXChildVisitResult visit_offset(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	struct offset_walk *w = d;
	if (clang_getCursorKind(c) == CXCursor_MemberRefExpr) {
		CXString f = clang_getCursorSpelling(c);
		char *rec = record_names(c);
		w->data = hvci_rules_data_offset(w->ctx->rules, clang_getCString(f), rec);
		clang_disposeString(f);
		free(rec);
	}
	return w->data ? CXChildVisit_Break : CXChildVisit_Recurse;
}

/* 1 when e reads a header field that holds the RVA of data (an import
 * descriptor's FirstThunk, a data directory's VirtualAddress). */
static int names_data_offset(hvci_ctx *ctx, CXCursor e)
{
	struct offset_walk w = {ctx, 0};
	if (visit_offset(e, clang_getNullCursor(), &w) == CXChildVisit_Break)
		return 1;
	clang_visitChildren(e, visit_offset, &w);
	return w.data;
}

void hvci_code_offset(hvci_ctx *ctx, int op, CXCursor lhs, CXCursor rhs, hvci_vs *out)
{
	if (op != CXBinaryOperator_Add && op != CXBinaryOperator_AddAssign &&
	    op != CXBinaryOperator_Sub && op != CXBinaryOperator_SubAssign)
		return;
	int i, k = 0, any = 0;
	for (i = 0; i < out->n; i++)
		any |= out->v[i].prov == HVCI_PROV_CODE_ADDR;
	if (!any || !(names_data_offset(ctx, lhs) || names_data_offset(ctx, rhs)))
		return;
	/* A module base plus the RVA of an import or export table points at
	 * the image's data: what is written there is not code. */
	for (i = 0; i < out->n; i++)
		if (out->v[i].prov != HVCI_PROV_CODE_ADDR)
			out->v[k++] = out->v[i];
	out->n = k;
	out->unknown = 1;
}

/* 1 for a value that holds an address inside code. */
static int is_code_prov(const hvci_val *v)
{
	return v->param < 0 && (v->prov == HVCI_PROV_CODE || v->prov == HVCI_PROV_ROUTINE ||
	                        v->prov == HVCI_PROV_CODE_ADDR);
}

void hvci_code_read(hvci_ctx *ctx, CXCursor deref, const hvci_vs *ptr, hvci_vs *out)
{
	(void)ctx;
	/* Only a pointer-sized load is an address; a 32-bit read out of code
	 * is a displacement or an opcode, not a place to write. */
	CXType t = clang_getCanonicalType(clang_getCursorType(deref));
	if (t.kind != CXType_Pointer && clang_Type_getSizeOf(t) != 8)
		return;
	for (int i = 0; i < ptr->n; i++)
		if (is_code_prov(&ptr->v[i])) {
			*out = (hvci_vs){0};
			hvci_vs_add(out,
			            &(hvci_val){HVCI_CODE_READ, -1, 0, deref, HVCI_PROV_CODE_ADDR});
			return;
		}
}

/* The bits a compound assignment with value c changes. */
static uint64_t changed_bits(int op, uint64_t c)
{
	switch (op) {
	case CXBinaryOperator_AndAssign:
		return ~c;
	case CXBinaryOperator_OrAssign:
	case CXBinaryOperator_XorAssign:
	case CXBinaryOperator_Assign:
		return c;
	default:
		return 0;
	}
}

/* `f = f | c` and `f = f & c` are `f |= c` and `f &= c`: returns the
 * compound operator and sets *c (the constant side) when `e` is written so. */
static int as_compound(hvci_ctx *ctx, CXCursor e, hvci_env *env, hvci_vs *c)
{
	e = hvci_strip(e);
	if (clang_getCursorKind(e) != CXCursor_BinaryOperator)
		return 0;
	int op = clang_getCursorBinaryOperatorKind(e);
	int cop = op == CXBinaryOperator_Or    ? CXBinaryOperator_OrAssign
	          : op == CXBinaryOperator_And ? CXBinaryOperator_AndAssign
	          : op == CXBinaryOperator_Xor ? CXBinaryOperator_XorAssign
	                                       : 0;
	unsigned n;
	CXCursor *ch = hvci_children(e, &n);
	int found = 0;
	for (unsigned i = 0; cop && n == 2 && i < 2 && !found; i++)
		if (clang_getCursorKind(hvci_strip(ch[i])) == CXCursor_MemberRefExpr) {
			hvci_eval(ctx, ch[1 - i], env, c);
			found = 1;
		}
	free(ch);
	return found ? cop : 0;
}

/* The flags of an MDL built over a parameter: the function forges an MDL
 * over whatever its caller passes, which the caller's check judges. */
static void forge_forward(hvci_ctx *ctx, CXCursor at, const hvci_vs *mdl, const char *flag)
{
	for (int i = 0; ctx->fw_out && i < mdl->n; i++) {
		const hvci_val *v = &mdl->v[i];
		if (v->param < 0 || v->prov != HVCI_PROV_CODE_MDL)
			continue;
		hvci_forward *f =
		    hvci_forward_add(ctx, v->param, hvci_store_row(), 0, HVCI_ALIAS_FLAGS, NULL);
		if (!f)
			continue;
		f->inner_call = at;
		f->inner_api = hvci_strdup(flag);
	}
}

void hvci_mdl_flags_write(hvci_ctx *ctx, CXCursor at, int op, CXCursor lhs, const hvci_vs *rhs,
                          hvci_env *env)
{
	const char *field = hvci_rules_mdl_flags_field(ctx->rules);
	lhs = hvci_strip(lhs);
	if (!field || !ctx->reg.on_mdl_flags ||
	    clang_getCursorKind(lhs) != CXCursor_MemberRefExpr ||
	    !hvci_is_user_loc(ctx, clang_getCursorLocation(at)))
		return;
	CXString s = clang_getCursorSpelling(lhs);
	int match = !strcmp(clang_getCString(s), field);
	clang_disposeString(s);
	if (!match)
		return;
	const char *flag = NULL;
	hvci_vs c;
	if (op == CXBinaryOperator_Assign) {
		unsigned m;
		CXCursor *ch = hvci_children(at, &m);
		int cop = m == 2 ? as_compound(ctx, ch[1], env, &c) : 0;
		free(ch);
		if (cop) {
			op = cop;
			rhs = &c;
		}
	}
	for (int i = 0; i < rhs->n && !flag; i++)
		if (rhs->v[i].param < 0 && !rhs->v[i].prov)
			flag = hvci_rules_mdl_flag_in(ctx->rules, changed_bits(op, rhs->v[i].v));
	if (!flag)
		return;
	unsigned n;
	CXCursor *ch = hvci_children(lhs, &n);
	if (n > 0) {
		hvci_vs mdl;
		hvci_eval(ctx, ch[0], env, &mdl);
		hvci_ptr_site ps = {ctx, at, ch[0], &mdl, flag};
		ctx->reg.on_mdl_flags(&ps);
		forge_forward(ctx, at, &mdl, flag);
	}
	free(ch);
}

/* ---- MDLs over the driver's own code ---- */

typedef struct {
	CXCursor created;
	int reads, writes;
	int has_finding;
	hvci_finding f;
} code_mdl;

struct hvci_code_mdls {
	code_mdl *m;
	size_t n;
};

static code_mdl *code_mdl_at(hvci_ctx *ctx, CXCursor created)
{
	if (!ctx->code_mdls)
		ctx->code_mdls = hvci_xcalloc(1, sizeof *ctx->code_mdls);
	struct hvci_code_mdls *st = ctx->code_mdls;
	for (size_t i = 0; i < st->n; i++)
		if (clang_equalCursors(st->m[i].created, created))
			return &st->m[i];
	st->m = hvci_xrealloc(st->m, (st->n + 1) * sizeof *st->m);
	code_mdl *c = &st->m[st->n++];
	memset(c, 0, sizeof *c);
	c->created = created;
	return c;
}

void hvci_code_mdl_defer(hvci_ctx *ctx, CXCursor created, hvci_finding *f)
{
	code_mdl *c = code_mdl_at(ctx, created);
	if (c->has_finding) {
		hvci_finding_clear(f); /* walked again (a lambda, a header inline) */
		return;
	}
	c->f = *f;
	c->has_finding = 1;
}

void hvci_code_mdl_event(hvci_ctx *ctx, CXCursor created, int writes)
{
	if (hvci_cursor_is_null(created))
		return;
	code_mdl *c = code_mdl_at(ctx, created);
	if (writes)
		c->writes = 1;
	else
		c->reads = 1;
}

/*
 * 1 when the protection has a bit whose name in values.yaml allows writing
 * and none that allows running: an executable one is hvci-exec-protect's
 * finding, reported once, there.
 */
static int writable_protection(hvci_ctx *ctx, uint64_t p)
{
	int write = 0;
	for (int b = 0; b < 16; b++) {
		const char *nm =
		    (p >> b) & 1 ? hvci_rules_value_name(ctx->rules, HVCI_K_PAGE_PROTECT, 1ULL << b)
		                 : NULL;
		if (nm && strstr(nm, "EXECUTE"))
			return 0;
		if (nm && strstr(nm, "WRITE"))
			write = 1;
	}
	return write;
}

/* 1 when a lock operation or protection `op` (the last argument of a
 * mdl-lock or mdl-protect row) lets the MDL's mapping be written. */
static int op_writes(hvci_ctx *ctx, const hvci_api_row *row, uint64_t op)
{
	return row->kind == HVCI_K_MDL_LOCK ? op != 0 : writable_protection(ctx, op);
}

static int plain_param(const hvci_val *m)
{
	return m->param >= 0 && m->param < HVCI_TPARAM && !m->prov && !m->v;
}

/* A helper locks (or protects) the MDL its caller passes, with an operation
 * it knows: the caller learns it from the summary. */
static void lock_forward(hvci_ctx *ctx, int param, const hvci_api_row *row, uint64_t op,
                         const char *api, const hvci_forward *from)
{
	hvci_forward *f =
	    ctx->fw_out ? hvci_forward_add(ctx, param, row, op, HVCI_ALIAS_LOCK, from) : NULL;
	if (f)
		f->inner_api = hvci_strdup(api);
}

void hvci_code_mdl_call(hvci_ctx *ctx, const hvci_api_row *row, const hvci_vs *vs, int nargs)
{
	if (row->arg < 0 || row->arg >= nargs || nargs < 2)
		return;
	const hvci_vs *last = &vs[nargs - 1];
	for (int i = 0; i < vs[row->arg].n; i++) {
		const hvci_val *m = &vs[row->arg].v[i];
		int param = plain_param(m);
		if (m->prov != HVCI_PROV_CODE_MDL && !param) /* over code, or over a parameter */
			continue;
		/* An operation or protection that is not known says nothing. */
		for (int j = 0; !last->unknown && j < last->n; j++) {
			const hvci_val *o = &last->v[j];
			if (o->param >= 0 || o->prov)
				continue;
			if (param)
				lock_forward(ctx, m->param, row, o->v, row->api, NULL);
			else
				hvci_code_mdl_event(ctx, m->origin, op_writes(ctx, row, o->v));
		}
	}
}

void hvci_code_mdl_forwarded(hvci_ctx *ctx, const hvci_forward *f, const hvci_vs *mdl,
                             const char *callee)
{
	for (int i = 0; i < mdl->n; i++) {
		const hvci_val *m = &mdl->v[i];
		if (m->prov == HVCI_PROV_CODE_MDL)
			hvci_code_mdl_event(ctx, m->origin, op_writes(ctx, f->row, f->mask));
		else if (plain_param(m))
			lock_forward(ctx, m->param, f->row, f->mask, callee, f);
	}
}

void hvci_code_mdls_finish(hvci_ctx *ctx)
{
	struct hvci_code_mdls *st = ctx->code_mdls;
	if (!st)
		return;
	for (size_t i = 0; i < st->n; i++) {
		code_mdl *c = &st->m[i];
		if (!c->has_finding)
			continue;
		if (c->reads && !c->writes)
			hvci_finding_clear(&c->f);
		else
			hvci_finding_commit(ctx, &c->f);
	}
	free(st->m);
	free(st);
	ctx->code_mdls = NULL;
}

/* ---- helpers that write through an alias of their parameter ---- */

const char *hvci_ordinal(int i)
{
	static const char *const words[] = {"first", "second", "third",   "fourth",
	                                    "fifth", "sixth",  "seventh", "eighth"};
	return i >= 0 && i < 8 ? words[i] : "next";
}

const hvci_api_row *hvci_store_row(void)
{
	static const hvci_api_row row = {.api = "(store)",
	                                 .arg = 0,
	                                 .params = 1,
	                                 .kind = HVCI_K_CODE_DEST,
	                                 .allocator_arg = -1,
	                                 .user_mode_arg = -1};
	return &row;
}

void hvci_code_alias_store(hvci_ctx *ctx, CXCursor at, const hvci_vs *pv)
{
	if (!ctx->fw_out)
		return;
	for (int i = 0; i < pv->n; i++) {
		const hvci_val *v = &pv->v[i];
		if (v->param < 0 || v->prov != HVCI_PROV_CODE_MAP)
			continue;
		hvci_code_mdl_event(ctx, v->origin, 1);
		hvci_forward *f =
		    hvci_forward_add(ctx, v->param, hvci_store_row(), 0, HVCI_ALIAS_WRITE, NULL);
		if (!f)
			continue;
		f->inner_call = at;
		f->inner_api = hvci_strdup("a store");
	}
}

/* 1 when the MDL the call `created` built is only locked for reading. */
static int read_only(hvci_ctx *ctx, CXCursor created)
{
	struct hvci_code_mdls *st = ctx->code_mdls;
	for (size_t i = 0; st && i < st->n; i++)
		if (clang_equalCursors(st->m[i].created, created))
			return st->m[i].reads && !st->m[i].writes;
	return 0;
}

void hvci_code_alias_finish(hvci_ctx *ctx, hvci_summary *s)
{
	/* "Builds an MDL over parameter p" is dropped when the summary says
	 * something stronger about p (it writes through the MDL's mapping), or
	 * when the MDL is only read. */
	size_t k = 0;
	for (size_t i = 0; i < s->n_fw; i++) {
		hvci_forward *f = &s->fw[i];
		int drop = 0;
		if (f->row->kind == HVCI_K_MDL_BASE && !f->ext_at.file) {
			for (size_t j = 0; j < s->n_fw; j++)
				drop |= s->fw[j].alias && s->fw[j].param == f->param;
			drop |= read_only(ctx, f->inner_call);
		}
		if (drop) {
			free(f->inner_api);
			hvci_loc_clear(&f->ext_at);
			continue;
		}
		s->fw[k++] = *f;
	}
	s->n_fw = k;
}
