/*
 * eval.c - the argument evaluator.  It turns an expression into the set of
 * values it may hold at this point of the function, in order of strength:
 * integer constant expressions (literals, enumerators, macros, casts, flag
 * arithmetic), variables and fields through the dataflow environment,
 * static const globals through their initializer, the POOL_NX_OPTIN
 * run-time variables (executable until ExInitializeDriverRuntime runs),
 * and parameters of the function being walked as symbolic values, which is
 * how wrapper summaries are built.  Pointers are tracked by where they
 * point (a function's code, a pool allocation, a local or global buffer)
 * and integers ANDed with a constant keep the bits known to be clear; see
 * hvci_prov.  Anything else is unknown, and unknown is never reported.
 * Evaluation also performs the expression's side effects on the
 * environment (assignments, calls, &x escapes) and shows stores through a
 * pointer to the store hook.
 */
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"
#include "util/util.h"

static int eval_(hvci_ctx *ctx, CXCursor e, hvci_env *env, hvci_vs *out);

static void set_const(hvci_vs *out, uint64_t v, CXCursor origin)
{
	out->n = 1;
	out->unknown = 0;
	out->v[0].v = v;
	out->v[0].param = -1;
	out->v[0].optin = 0;
	out->v[0].origin = origin;
	out->v[0].prov = HVCI_PROV_NONE;
}

/* A value that is no constant: where a pointer points, or known-clear bits. */
static void set_prov(hvci_vs *out, int prov, uint64_t v, CXCursor origin)
{
	set_const(out, v, origin);
	out->v[0].prov = prov;
}

uint64_t hvci_width_mask(CXCursor e, uint64_t v)
{
	/* A value below 256 fits every integer type: the type is not asked
	 * for, which at every cast of a small constant was a good part of the
	 * evaluation. */
	if (v < 256)
		return v;
	long long sz = clang_Type_getSizeOf(clang_getCursorType(e));
	if (sz > 0 && sz < 8)
		v &= (1ULL << (sz * 8)) - 1;
	return v;
}

/* Folds a literal or sizeof with clang's own evaluator. */
static int fold(CXCursor e, uint64_t *v)
{
	CXEvalResult r = clang_Cursor_Evaluate(e);
	if (!r)
		return 0;
	int ok = clang_EvalResult_getKind(r) == CXEval_Int;
	if (ok)
		*v = clang_EvalResult_isUnsignedInt(r)
		         ? clang_EvalResult_getAsUnsigned(r)
		         : (uint64_t)clang_EvalResult_getAsLongLong(r);
	clang_EvalResult_dispose(r);
	return ok;
}

/* The cursor clang_getNullCursor gives, without the call: the walk makes
 * one at nearly every node. */
static const CXCursor null_cursor = {CXCursor_InvalidFile, 0, {NULL, NULL, NULL}};

static enum CXChildVisitResult keep_expr(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	if (clang_isExpression(clang_getCursorKind(c)))
		*(CXCursor *)d = c;
	return CXChildVisit_Continue;
}

/* Visited in place: a cast or parenthesis is met at nearly every node, and
 * collecting its one child into an array cost more than finding it. */
static CXCursor last_expr_child(CXCursor c)
{
	CXCursor r = null_cursor;
	clang_visitChildren(c, keep_expr, &r);
	return r;
}

/*
 * The tracked location an lvalue names: a variable, or a variable with a
 * field path ("->Pool", ".Cfg.Pool").  Returns 0 for anything else
 * (array elements, dereferences), which is then not tracked.
 */
int hvci_lvalue(CXCursor e, CXCursor *decl, hvci_buf *path)
{
	e = hvci_strip(e);
	enum CXCursorKind k = clang_getCursorKind(e);
	if (k == CXCursor_DeclRefExpr) {
		CXCursor r = clang_getCursorReferenced(e);
		enum CXCursorKind rk = clang_getCursorKind(r);
		if (rk != CXCursor_VarDecl && rk != CXCursor_ParmDecl)
			return 0;
		*decl = r;
		return 1;
	}
	if (k == CXCursor_CXXThisExpr) {
		/* The object a method runs on: one per function walked, so its
		 * class stands for it (`this->mdl` binds as "->mdl" of the class). */
		CXCursor cls = clang_getTypeDeclaration(
		    clang_getPointeeType(clang_getCanonicalType(clang_getCursorType(e))));
		if (hvci_cursor_is_null(cls) || clang_isInvalid(clang_getCursorKind(cls)))
			return 0;
		*decl = cls;
		return 1;
	}
	if (k == CXCursor_MemberRefExpr) {
		unsigned n;
		CXCursor *ch = hvci_children(e, &n);
		if (n < 1) {
			free(ch);
			/* A field named alone in a method: `mdl` is `this->mdl`. */
			CXCursor f = clang_getCursorReferenced(e);
			if (clang_getCursorKind(f) != CXCursor_FieldDecl)
				return 0;
			CXCursor cls = clang_getCursorSemanticParent(f);
			enum CXCursorKind ck = clang_getCursorKind(cls);
			if (ck != CXCursor_ClassDecl && ck != CXCursor_StructDecl &&
			    ck != CXCursor_ClassTemplate && ck != CXCursor_UnionDecl)
				return 0;
			*decl = cls;
			CXString s = clang_getCursorSpelling(e);
			hvci_buf_puts(path, "->");
			hvci_buf_puts(path, clang_getCString(s));
			clang_disposeString(s);
			return 1;
		}
		CXCursor base = ch[0];
		free(ch);
		if (!hvci_lvalue(base, decl, path))
			return 0;
		CXType bt = clang_getCanonicalType(clang_getCursorType(hvci_strip(base)));
		hvci_buf_puts(path, bt.kind == CXType_Pointer ? "->" : ".");
		CXString s = clang_getCursorSpelling(e);
		hvci_buf_puts(path, clang_getCString(s));
		clang_disposeString(s);
		return 1;
	}
	return 0;
}

static int is_local(CXCursor decl)
{
	if (clang_getCursorKind(decl) == CXCursor_ParmDecl)
		return 1;
	CXCursor p = clang_getCursorSemanticParent(decl);
	enum CXCursorKind k = clang_getCursorKind(p);
	return k == CXCursor_FunctionDecl || k == CXCursor_CXXMethod || k == CXCursor_Constructor ||
	       k == CXCursor_Destructor || k == CXCursor_LambdaExpr;
}

/* Where the storage of a variable lives: local (automatic) or global. */
static int storage_prov(CXCursor decl)
{
	if (is_local(decl) && clang_Cursor_getStorageClass(decl) != CX_SC_Static &&
	    clang_Cursor_getStorageClass(decl) != CX_SC_Extern)
		return HVCI_PROV_LOCAL;
	return HVCI_PROV_GLOBAL;
}

static int is_array_type(CXType t)
{
	t = clang_getCanonicalType(t);
	return t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray ||
	       t.kind == CXType_VariableArray || t.kind == CXType_DependentSizedArray;
}

static int param_index(hvci_ctx *ctx, CXCursor decl)
{
	if (clang_Cursor_isNull(ctx->func))
		return -1;
	int n = clang_Cursor_getNumArguments(ctx->func);
	for (int i = 0; i < n; i++)
		if (clang_equalCursors(clang_Cursor_getArgument(ctx->func, (unsigned)i), decl))
			return i;
	return -1;
}

/*
 * Index of a value template parameter of the function walked, named by
 * `use` (a reference in its body).  libclang walks an instantiation's body,
 * where such a reference points at no declaration and has no spelling, so
 * the parameter is found by the text written among the template's (the
 * function walked is a template specialization exactly when it has template
 * arguments).  A method of a class template specialization has none of its
 * own: the parameter is then its class's, numbered from HVCI_CPARAM.
 */
static int tparam_index(hvci_ctx *ctx, CXCursor use)
{
	if (clang_Cursor_isNull(ctx->func))
		return -1;
	CXCursor owner = ctx->func;
	int base = HVCI_TPARAM;
	if (clang_Cursor_getNumTemplateArguments(owner) <= 0) {
		owner = clang_getCursorSemanticParent(ctx->func);
		base = HVCI_CPARAM;
		if (clang_Cursor_getNumTemplateArguments(owner) <= 0)
			return -1;
	}
	CXCursor tpl = clang_getSpecializedCursorTemplate(owner);
	if (clang_Cursor_isNull(tpl))
		return -1;
	char *want = hvci_cursor_text(ctx, use);
	if (!want)
		return -1;
	unsigned n;
	CXCursor *ch = hvci_children(tpl, &n);
	int idx = -1, k = 0;
	for (unsigned i = 0; i < n && idx < 0; i++) {
		enum CXCursorKind ck = clang_getCursorKind(ch[i]);
		if (ck != CXCursor_TemplateTypeParameter &&
		    ck != CXCursor_NonTypeTemplateParameter &&
		    ck != CXCursor_TemplateTemplateParameter)
			continue;
		CXString have = clang_getCursorSpelling(ch[i]);
		if (ck == CXCursor_NonTypeTemplateParameter &&
		    !strcmp(clang_getCString(have), want))
			idx = k;
		clang_disposeString(have);
		k++;
	}
	free(ch);
	free(want);
	return idx < 0 ? -1 : base + idx;
}

static int eval_declref(hvci_ctx *ctx, CXCursor e, hvci_env *env, hvci_vs *out)
{
	CXCursor r = clang_getCursorReferenced(e);
	enum CXCursorKind rk = clang_getCursorKind(r);
	if (rk == CXCursor_EnumConstantDecl) {
		/* Recovery's stand-in constants carry no value of the WDK's. */
		if (hvci_is_standin_loc(ctx, clang_getCursorLocation(r)))
			return 0;
		set_const(out, (uint64_t)clang_getEnumConstantDeclUnsignedValue(r), e);
		return 1;
	}
	if (rk == CXCursor_FunctionDecl ||
	    (rk == CXCursor_CXXMethod && clang_CXXMethod_isStatic(r))) {
		set_prov(out, HVCI_PROV_CODE, 0, e); /* a function designator */
		return 0;
	}
	if (rk == CXCursor_NonTypeTemplateParameter || clang_isInvalid(rk)) {
		/* A template's value parameter: known per instantiation, so it
		 * is forwarded like a function parameter (see HVCI_TPARAM). */
		int ti = tparam_index(ctx, e);
		if (ti >= 0) {
			set_const(out, 0, e);
			out->v[0].param = ti;
			return 0;
		}
	}
	if (rk != CXCursor_VarDecl && rk != CXCursor_ParmDecl) {
		hvci_vs_unknown(out);
		return 0;
	}
	if (is_array_type(clang_getCursorType(r))) {
		set_prov(out, storage_prov(r), 0, e); /* the array decays to its address */
		return 0;
	}
	const hvci_vs *b = hvci_env_get(env, r, "");
	if (b) {
		*out = *b;
		return 0;
	}
	if (rk == CXCursor_ParmDecl) {
		int pi = param_index(ctx, r);
		if (pi >= 0) {
			out->n = 1;
			out->unknown = 0;
			out->v[0].v = 0;
			out->v[0].param = pi;
			out->v[0].optin = 0;
			out->v[0].origin = e;
			out->v[0].prov = HVCI_PROV_NONE;
			return 0;
		}
		hvci_vs_unknown(out);
		return 0;
	}
	CXString s = clang_getCursorSpelling(r);
	int optin_kind = hvci_rules_optin_var(ctx->rules, clang_getCString(s));
	clang_disposeString(s);
	if (optin_kind >= 0 && !is_local(r)) {
		/* POOL_NX_OPTIN: the initializer holds until the run-time call. */
		CXCursor init = last_expr_child(r);
		hvci_env empty;
		hvci_env_init(&empty);
		if (!clang_Cursor_isNull(init))
			eval_(ctx, init, &empty, out);
		else
			set_const(out, 0, e);
		hvci_env_free(&empty);
		for (int i = 0; i < out->n; i++) {
			out->v[i].optin = 1;
			out->v[i].origin = e;
		}
		return 0;
	}
	CXType t = clang_getCursorType(r);
	if (!clang_isConstQualifiedType(t) && hvci_globals_value(ctx, r, out))
		return 0;
	if (!is_local(r) || clang_Cursor_getStorageClass(r) == CX_SC_Static) {
		if (clang_isConstQualifiedType(t)) {
			CXCursor init = last_expr_child(r);
			if (!clang_Cursor_isNull(init)) {
				hvci_env empty;
				hvci_env_init(&empty);
				CXCursor saved = ctx->func;
				ctx->func = clang_getNullCursor();
				eval_(ctx, init, &empty, out);
				ctx->func = saved;
				hvci_env_free(&empty);
				return 0;
			}
		}
	}
	hvci_vs_unknown(out);
	return 0;
}

/*
 * The pointer a store goes through: `*p` and `p[i]` (either operand may
 * be the pointer).  Null for anything else; stores to `p->f` are not
 * followed.
 */
static CXCursor store_pointer(CXCursor lhs)
{
	lhs = hvci_strip(lhs);
	enum CXCursorKind k = clang_getCursorKind(lhs);
	CXCursor p = null_cursor;
	/* Most stores are to a variable, which has no children to list. */
	if (k != CXCursor_UnaryOperator && k != CXCursor_ArraySubscriptExpr)
		return p;
	unsigned n;
	CXCursor *ch = hvci_children(lhs, &n);
	if (k == CXCursor_UnaryOperator && n == 1 &&
	    clang_getCursorUnaryOperatorKind(lhs) == CXUnaryOperator_Deref)
		p = ch[0];
	else if (k == CXCursor_ArraySubscriptExpr && n == 2)
		p = clang_getCanonicalType(clang_getCursorType(hvci_strip(ch[0]))).kind ==
		            CXType_Pointer
		        ? ch[0]
		        : ch[1];
	free(ch);
	return p;
}

/* Evaluates the target of a store through a pointer and shows it to the
 * store hook; 1 when lhs is such a store. */
static int store_through(hvci_ctx *ctx, CXCursor at, CXCursor lhs, hvci_env *env)
{
	CXCursor p = store_pointer(lhs);
	if (hvci_cursor_is_null(p))
		return 0;
	unsigned n;
	CXCursor *ch = hvci_children(hvci_strip(lhs), &n);
	hvci_vs pv, tmp;
	hvci_vs_unknown(&pv);
	for (unsigned i = 0; i < n; i++) {
		if (clang_equalCursors(ch[i], p))
			eval_(ctx, ch[i], env, &pv);
		else
			eval_(ctx, ch[i], env, &tmp);
	}
	free(ch);
	hvci_code_alias_store(ctx, at, &pv);
	if (ctx->reg.on_store && hvci_is_user_loc(ctx, clang_getCursorLocation(at))) {
		hvci_ptr_site ps = {ctx, at, p, &pv, NULL};
		ctx->reg.on_store(&ps);
	}
	return 1;
}

static void assign(hvci_ctx *ctx, CXCursor lhs, hvci_env *env, const hvci_vs *vs)
{
	CXCursor decl;
	hvci_buf path;
	hvci_buf_init(&path);
	if (hvci_lvalue(lhs, &decl, &path))
		hvci_env_set(env, decl, path.s ? path.s : "", vs);
	hvci_buf_free(&path);
	hvci_routine_store(ctx, lhs, vs);
}

static int eval_binary(hvci_ctx *ctx, CXCursor e, hvci_env *env, hvci_vs *out)
{
	hvci_kids kids;
	hvci_kids_of(e, &kids);
	unsigned n = kids.n;
	CXCursor *ch = kids.v;
	if (n != 2) {
		for (unsigned i = 0; i < n; i++) {
			hvci_vs tmp;
			eval_(ctx, ch[i], env, &tmp);
		}
		hvci_kids_free(&kids);
		hvci_vs_unknown(out);
		return 0;
	}
	int op = clang_getCursorBinaryOperatorKind(e);
	hvci_vs a, b;
	int pure = 0;
	switch (op) {
	case CXBinaryOperator_Assign:
		eval_(ctx, ch[1], env, &b);
		store_through(ctx, e, ch[0], env);
		hvci_mdl_flags_write(ctx, e, op, ch[0], &b, env);
		assign(ctx, ch[0], env, &b);
		*out = b;
		break;
	case CXBinaryOperator_LAnd:
	case CXBinaryOperator_LOr: {
		eval_(ctx, ch[0], env, &a);
		hvci_env rhs;
		hvci_env_copy(&rhs, env);
		eval_(ctx, ch[1], &rhs, &b);
		hvci_env_join(env, &rhs);
		hvci_env_free(&rhs);
		hvci_vs_unknown(out);
		break;
	}
	case CXBinaryOperator_Comma:
		eval_(ctx, ch[0], env, &a);
		pure = eval_(ctx, ch[1], env, out);
		break;
	default:
		if (op >= CXBinaryOperator_MulAssign && op <= CXBinaryOperator_OrAssign) {
			if (store_through(ctx, e, ch[0], env))
				hvci_vs_unknown(&a);
			else
				eval_(ctx, ch[0], env, &a);
			eval_(ctx, ch[1], env, &b);
			hvci_mdl_flags_write(ctx, e, op, ch[0], &b, env);
			hvci_combine(op, &a, &b, e, out);
			hvci_code_offset(ctx, op, ch[0], ch[1], out);
			assign(ctx, ch[0], env, out);
		} else {
			int pa = eval_(ctx, ch[0], env, &a);
			int pb = eval_(ctx, ch[1], env, &b);
			hvci_val dummy;
			(void)dummy;
			uint64_t r;
			if (hvci_binop(op, 1, 1, &r)) {
				hvci_combine(op, &a, &b, e, out);
				hvci_code_offset(ctx, op, ch[0], ch[1], out);
				pure = pa && pb;
			} else {
				hvci_vs_unknown(out);
			}
		}
	}
	hvci_kids_free(&kids);
	return pure;
}

static int eval_unary(hvci_ctx *ctx, CXCursor e, hvci_env *env, hvci_vs *out)
{
	hvci_kids kids;
	hvci_kids_of(e, &kids);
	unsigned n = kids.n;
	CXCursor *ch = kids.v;
	int op = clang_getCursorUnaryOperatorKind(e);
	int pure = 0;
	if (n != 1) {
		hvci_kids_free(&kids);
		uint64_t v;
		if (fold(e, &v)) {
			set_const(out, v, e);
			return 1;
		}
		hvci_vs_unknown(out);
		return 0;
	}
	CXCursor x = ch[0];
	hvci_kids_free(&kids);
	hvci_vs a;
	switch (op) {
	case CXUnaryOperator_Not:
	case CXUnaryOperator_Minus:
	case CXUnaryOperator_Plus:
	case CXUnaryOperator_LNot:
		pure = eval_(ctx, x, env, &a);
		*out = a;
		out->n = 0;
		for (int i = 0; i < a.n; i++) {
			if (a.v[i].param >= 0 || a.v[i].prov) {
				out->unknown = 1;
				continue;
			}
			hvci_val v = a.v[i];
			v.v = op == CXUnaryOperator_Not     ? ~v.v
			      : op == CXUnaryOperator_Minus ? (uint64_t)0 - v.v
			      : op == CXUnaryOperator_LNot  ? (uint64_t)(v.v == 0)
			                                    : v.v;
			v.v = hvci_width_mask(e, v.v);
			hvci_vs_add(out, &v);
		}
		return pure;
	case CXUnaryOperator_AddrOf: {
		CXCursor decl;
		hvci_buf path;
		hvci_buf_init(&path);
		hvci_vs_unknown(out);
		if (hvci_lvalue(x, &decl, &path)) {
			hvci_env_kill(env, decl); /* may be written through the pointer */
			/* &var and &var.field point into var; &p->f does not. */
			if (!path.s || !strstr(path.s, "->"))
				set_prov(out, storage_prov(decl), 0, x);
		} else if (clang_getCursorKind(hvci_strip(x)) == CXCursor_ArraySubscriptExpr) {
			/* &buf[i] points into buf. */
			unsigned m;
			CXCursor *sub = hvci_children(hvci_strip(x), &m);
			for (unsigned i = 0; i < m; i++) {
				eval_(ctx, sub[i], env, &a);
				if (i == 0 && a.n == 1 && hvci_is_pointer_prov(a.v[0].prov))
					*out = a;
			}
			free(sub);
		} else {
			eval_(ctx, x, env, &a);
			if (a.n == 1 && a.v[0].prov == HVCI_PROV_CODE)
				*out = a; /* &Function */
		}
		hvci_buf_free(&path);
		return 0;
	}
	case CXUnaryOperator_PostInc:
	case CXUnaryOperator_PostDec:
	case CXUnaryOperator_PreInc:
	case CXUnaryOperator_PreDec: {
		hvci_vs unk;
		hvci_vs_unknown(&unk);
		eval_(ctx, x, env, &a);
		assign(ctx, x, env, &unk);
		hvci_vs_unknown(out);
		return 0;
	}
	case CXUnaryOperator_Deref:
		eval_(ctx, x, env, &a);
		hvci_vs_unknown(out);
		hvci_code_read(ctx, e, &a, out);
		return 0;
	default:
		eval_(ctx, x, env, &a);
		hvci_vs_unknown(out);
		return 0;
	}
}

static int eval_children_unknown(hvci_ctx *ctx, CXCursor e, hvci_env *env, hvci_vs *out)
{
	hvci_kids kids;
	hvci_kids_of(e, &kids);
	unsigned n = kids.n;
	CXCursor *ch = kids.v;
	for (unsigned i = 0; i < n; i++) {
		enum CXCursorKind k = clang_getCursorKind(ch[i]);
		hvci_vs tmp;
		if (clang_isExpression(k))
			eval_(ctx, ch[i], env, &tmp);
		else if (clang_isStatement(k))
			hvci_walk_stmt(ctx, ch[i], env);
	}
	hvci_kids_free(&kids);
	hvci_vs_unknown(out);
	return 0;
}

static int eval_node(hvci_ctx *ctx, CXCursor e, hvci_env *env, hvci_vs *out);

/* The evaluator recurses once per nested expression: past the walk's
 * stack budget (stack.c) the rest of the expression counts as unknown and
 * is not walked, and a call whose arguments were cut short is not counted
 * as analysed (hvci_process_call). */
static int eval_(hvci_ctx *ctx, CXCursor e, hvci_env *env, hvci_vs *out)
{
	hvci_vs_unknown(out);
	if (hvci_cursor_is_null(e) || hvci_stack_short(ctx, 1, e))
		return 0;
	return eval_node(ctx, e, env, out);
}

/* One expression whose children eval_ evaluates. */
static int eval_node(hvci_ctx *ctx, CXCursor e, hvci_env *env, hvci_vs *out)
{
	enum CXCursorKind k = clang_getCursorKind(e);
	int pure = 0, as_child = 0;
	uint64_t v;
	switch (k) {
	case CXCursor_IntegerLiteral:
	case CXCursor_CharacterLiteral:
	case CXCursor_CXXBoolLiteralExpr:
	case CXCursor_UnaryExpr: /* sizeof, alignof */
		if (fold(e, &v)) {
			set_const(out, v, e);
			return 1;
		}
		return 0;
	case CXCursor_CXXNullPtrLiteralExpr:
	case CXCursor_GNUNullExpr:
		set_const(out, 0, e);
		return 1;
	case CXCursor_DeclRefExpr:
		return eval_declref(ctx, e, env, out);
	case CXCursor_MemberRefExpr: {
		CXCursor decl;
		hvci_buf path;
		hvci_buf_init(&path);
		if (hvci_lvalue(e, &decl, &path)) {
			const hvci_vs *b = hvci_env_get(env, decl, path.s ? path.s : "");
			if (b)
				*out = *b;
			else if (!hvci_globals_field_value(ctx, decl, path.s, out))
				hvci_code_field_value(ctx, e, out);
		} else {
			hvci_code_field_value(ctx, e, out);
		}
		hvci_buf_free(&path);
		return 0;
	}
	case CXCursor_ParenExpr:
	case CXCursor_UnexposedExpr:
	case CXCursor_CStyleCastExpr:
	case CXCursor_CXXStaticCastExpr:
	case CXCursor_CXXFunctionalCastExpr:
	case CXCursor_CXXReinterpretCastExpr:
	case CXCursor_CXXConstCastExpr: {
		CXCursor c = last_expr_child(e);
		if (hvci_cursor_is_null(c)) {
			if (fold(e, &v)) {
				set_const(out, v, e);
				return 1;
			}
			return eval_children_unknown(ctx, e, env, out);
		}
		pure = eval_(ctx, c, env, out);
		for (int i = 0; i < out->n; i++)
			if (out->v[i].param < 0 && !out->v[i].prov)
				out->v[i].v = hvci_width_mask(e, out->v[i].v);
		/* An implicit conversion starts where its operand does and spans
		 * the same text, so the operand's origin stands for it: asking
		 * where the text is (below) costs more than the rest of the
		 * node, and nearly every literal sits in one.  Only a constant
		 * takes the origin, so only then is it asked. */
		as_child =
		    pure && k == CXCursor_UnexposedExpr &&
		    clang_equalLocations(clang_getCursorLocation(e), clang_getCursorLocation(c));
		break;
	}
	case CXCursor_BinaryOperator:
	case CXCursor_CompoundAssignOperator:
		pure = eval_binary(ctx, e, env, out);
		break;
	case CXCursor_UnaryOperator:
		pure = eval_unary(ctx, e, env, out);
		break;
	case CXCursor_ConditionalOperator: {
		unsigned n;
		CXCursor *ch = hvci_children(e, &n);
		if (n == 3) {
			hvci_vs c, t, f;
			eval_(ctx, ch[0], env, &c);
			hvci_env et, ef;
			hvci_env_copy(&et, env);
			hvci_env_copy(&ef, env);
			int pt = eval_(ctx, ch[1], &et, &t);
			int pf = eval_(ctx, ch[2], &ef, &f);
			hvci_env_join(&et, &ef);
			hvci_env_free(env);
			*env = et;
			hvci_env_free(&ef);
			/* Each branch keeps its own origin, for the fix-its. */
			if (pt)
				for (int i = 0; i < t.n; i++)
					t.v[i].origin = ch[1];
			if (pf)
				for (int i = 0; i < f.n; i++)
					f.v[i].origin = ch[2];
			*out = t;
			hvci_vs_union(out, &f);
			free(ch);
			return 0;
		}
		free(ch);
		return eval_children_unknown(ctx, e, env, out);
	}
	case CXCursor_CallExpr:
		hvci_process_call(ctx, e, env, out);
		return 0;
	case CXCursor_CXXNewExpr:
		hvci_process_new(ctx, e, env);
		hvci_vs_unknown(out);
		return 0;
	case CXCursor_LambdaExpr: {
		/* The body runs where the lambda is called, which we do not
		 * follow; walking it here, with the values its captures have
		 * now, checks its calls once.  Its own writes stay inside. */
		unsigned n;
		CXCursor *ch = hvci_children(e, &n);
		for (unsigned i = 0; i < n; i++)
			if (clang_getCursorKind(ch[i]) == CXCursor_CompoundStmt) {
				hvci_env inner;
				hvci_env_copy(&inner, env);
				ctx->in_lambda++;
				hvci_walk_stmt(ctx, ch[i], &inner);
				ctx->in_lambda--;
				hvci_env_free(&inner);
			}
		free(ch);
		return 0;
	}
	case CXCursor_BlockExpr:
		return 0;
	default:
		return eval_children_unknown(ctx, e, env, out);
	}
	/* The outermost constant expression the user wrote is the origin,
	 * but never one a macro assembled: its text would not be theirs. */
	if (pure && !as_child && hvci_written_in_file(ctx, e))
		for (int i = 0; i < out->n; i++)
			out->v[i].origin = e;
	return pure;
}

void hvci_eval(hvci_ctx *ctx, CXCursor e, hvci_env *env, hvci_vs *out)
{
	eval_(ctx, e, env, out);
}
