/*
 * check_straddle.c - hvci-straddle-reloc: static-storage objects (globals,
 * static locals, C++ static members) whose initializer stores an address
 * into a pointer that the object's layout leaves unaligned, so that the
 * base relocation the linker emits for it can cross a 4 KiB page.  Windows
 * 10 1507-1607 refuse such images under Memory integrity ("Unsupported
 * Relocs"); 1703 and later accept them.
 *
 * The layout comes from libclang (field offsets, sizes, alignments), so
 * #pragma pack, pshpack*.h, __attribute__((packed)) and __declspec(align)
 * are whatever the compiler makes of them.  straddle_slots.c places each
 * initializer in that layout and lists the slots that receive an address;
 * this file decides where they can fall.  The object's address is the linker's
 * choice, constrained only by the object's alignment A: for every residue
 * of the address modulo the page size (multiples of A) the check asks
 * whether some address slot then starts in the last P-1 bytes of a page.
 * Every residue straddles: definite (the rule's severity); some: possible
 * (note).  A build whose minimum target (NTDDI_VERSION, or _WIN32_WINNT,
 * set by the build or the user's code) is 1703 or later gets a note.
 *
 * Not covered: objects built by C++ constructors (dynamic initialisation
 * writes at run time, no relocation), aggregates with base classes,
 * initializers of flexible array members, and addresses stored by
 * assembler or at run time.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "checks/straddle.h"
#include "engine/engine.h"
#include "util/util.h"

#define RULE "hvci-straddle-reloc"
#define PAGE 0x1000u
/* NTDDI_WIN10_RS2, Windows 10 1703: the first release that accepts
 * relocations crossing a page. */
#define NTDDI_1703 0x0A000003u

/* ---- placements ------------------------------------------------------------ */

/*
 * The variable's alignment: its type's, or more from an alignment attribute
 * (__declspec(align(n)), DECLSPEC_ALIGN(n), __attribute__((aligned(n))),
 * _Alignas(n)).  libclang shows such an attribute as a childless cursor, so
 * its value is read from the attribute's tokens: the one literal in them.
 * Anything else (_Alignas(type), a named constant) leaves *unknown set.
 */
typedef struct {
	hvci_ctx *ctx;
	CXCursor var;
	long long align;
	int unknown;
} align_scan;

static enum CXChildVisitResult find_align(CXCursor c, CXCursor p, CXClientData d)
{
	(void)p;
	if (clang_getCursorKind(c) != CXCursor_AlignedAttr)
		return CXChildVisit_Continue;
	align_scan *a = d;
	CXToken *toks = NULL;
	unsigned nt = 0;
	/* Written through a macro (DECLSPEC_ALIGN(16)), the extent starts at the
	 * macro's definition and ends at its use; the tokens wanted are the
	 * use's, so tokenize between the two ends' expansion locations. */
	CXSourceRange ext = clang_getCursorExtent(c);
	CXFile f1, f2;
	unsigned l1, c1, l2, c2;
	clang_getExpansionLocation(clang_getRangeStart(ext), &f1, &l1, &c1, NULL);
	clang_getExpansionLocation(clang_getRangeEnd(ext), &f2, &l2, &c2, NULL);
	if (f1 && clang_File_isEqual(f1, f2))
		ext = clang_getRange(clang_getLocation(a->ctx->tu, f1, l1, c1),
		                     clang_getLocation(a->ctx->tu, f2, l2, c2));
	clang_tokenize(a->ctx->tu, ext, &toks, &nt);
	unsigned nuse = nt;
	/* _Alignas(n) and alignas(n) cover only the keyword: read on to the
	 * variable's name, up to the parenthesis closing the first group. */
	int keyword_only = 0;
	if (nt == 1) {
		CXString s = clang_getTokenSpelling(a->ctx->tu, toks[0]);
		const char *t = clang_getCString(s);
		keyword_only = !strcmp(t, "_Alignas") || !strcmp(t, "alignas");
		clang_disposeString(s);
	}
	if (keyword_only && f1) {
		clang_disposeTokens(a->ctx->tu, toks, nt);
		toks = NULL;
		nt = 0;
		CXFile vf;
		unsigned vl, vc;
		clang_getExpansionLocation(clang_getCursorLocation(a->var), &vf, &vl, &vc, NULL);
		if (vf && clang_File_isEqual(vf, f1))
			clang_tokenize(a->ctx->tu,
			               clang_getRange(clang_getLocation(a->ctx->tu, f1, l1, c1),
			                              clang_getLocation(a->ctx->tu, vf, vl, vc)),
			               &toks, &nt);
		nuse = nt;
		int depth = 0;
		for (unsigned i = 0; i < nt; i++) {
			CXString s = clang_getTokenSpelling(a->ctx->tu, toks[i]);
			const char *t = clang_getCString(s);
			int closed = !strcmp(t, ")") && --depth == 0;
			if (!strcmp(t, "("))
				depth++;
			clang_disposeString(s);
			if (closed) {
				nuse = i + 1;
				break;
			}
		}
	}
	long long v = -1;
	int literals = 0;
	for (unsigned i = 0; i < nuse; i++) {
		if (clang_getTokenKind(toks[i]) != CXToken_Literal)
			continue;
		CXString s = clang_getTokenSpelling(a->ctx->tu, toks[i]);
		char *end;
		unsigned long long n = strtoull(clang_getCString(s), &end, 0);
		while (*end == 'u' || *end == 'U' || *end == 'l' || *end == 'L')
			end++;
		if (!*end && n > 0 && n <= (1u << 30))
			v = (long long)n;
		literals++;
		clang_disposeString(s);
	}
	if (toks)
		clang_disposeTokens(a->ctx->tu, toks, nt);
	if (literals == 1 && v > 0) {
		if (v > a->align)
			a->align = v;
	} else {
		a->unknown = 1;
	}
	return CXChildVisit_Continue;
}

typedef struct {
	size_t capable; /* slots that straddle for some placement */
	size_t first;   /* index of the first of them */
	unsigned bad;   /* placements (residues) with a straddle */
	unsigned total; /* placements considered */
} verdict;

/*
 * Placements are the residues r = k*A mod PAGE.  A slot at offset o
 * straddles when (r + o) mod PAGE > PAGE - P.  With the slot residues in a
 * bitmap each placement costs P-1 lookups, whatever the object's size.
 */
static void classify(const walk *w, uint64_t align, verdict *out)
{
	unsigned P = w->psize;
	unsigned step = align >= PAGE ? PAGE : (unsigned)align;
	if (step == 0)
		step = 1;
	unsigned char *have = hvci_xcalloc(PAGE, 1);
	for (size_t i = 0; i < w->n; i++)
		have[w->s[i].off % PAGE] = 1;
	memset(out, 0, sizeof *out);
	out->first = (size_t)-1;
	for (unsigned r = 0; r < PAGE; r += step) {
		out->total++;
		for (unsigned b = 1; b < P; b++) {
			unsigned o = (2 * PAGE - b - r) % PAGE;
			if (have[o]) {
				out->bad++;
				break;
			}
		}
	}
	for (size_t i = 0; i < w->n; i++) {
		unsigned o = (unsigned)(w->s[i].off % PAGE);
		int can = 0;
		for (unsigned b = 1; b < P && !can; b++) {
			unsigned r = (2 * PAGE - b - o) % PAGE; /* the placement it needs */
			can = r % step == 0;
		}
		if (can) {
			if (out->capable++ == 0)
				out->first = i;
		}
	}
	free(have);
}

/* ---- objects --------------------------------------------------------------- */

typedef struct {
	hvci_ctx *ctx;
	int target_known;
	uint64_t target;
	int exprs; /* expressions may hold a static object (see run) */
} tu_state;

static void add_note(hvci_finding *f, hvci_loc *loc, char *msg)
{
	f->notes = hvci_xrealloc(f->notes, (f->n_notes + 1) * sizeof *f->notes);
	f->notes[f->n_notes].loc = *loc;
	f->notes[f->n_notes].message = msg;
	f->n_notes++;
}

static void report(tu_state *ts, CXCursor var, const walk *w, const verdict *v, uint64_t align)
{
	hvci_ctx *ctx = ts->ctx;
	if (!ts->target_known) {
		ts->target = hvci_min_target(ctx);
		ts->target_known = 1;
	}
	int definite = v->bad == v->total;
	int accepted = ts->target >= NTDDI_1703;
	CXString name = clang_getCursorSpelling(var);
	const char *nm = clang_getCString(name);
	hvci_finding f;
	memset(&f, 0, sizeof f);
	f.rule_id = hvci_strdup(RULE);
	const hvci_rule_info *ri = hvci_rules_find(ctx->rules, RULE);
	f.severity = definite && !accepted && ri ? ri->severity : HVCI_SEV_NOTE;
	char *msg;
	if (v->capable == 1)
		msg =
		    hvci_asprintf("'%s' stores an address in an unaligned pointer; %s", nm,
		                  definite ? "every placement makes its relocation straddle a page"
		                           : "some placements make its relocation straddle a page");
	else
		msg = hvci_asprintf("'%s' stores %zu addresses in unaligned pointers; %s", nm,
		                    v->capable,
		                    definite ? "every placement makes a relocation straddle a page"
		                             : "some placements make a relocation straddle a page");
	if (accepted) {
		char *m = hvci_asprintf("%s (the build's minimum target, Windows 10 1703 or later, "
		                        "accepts it)",
		                        msg);
		free(msg);
		msg = m;
	}
	/* The fix belongs in the one line every output format shows. */
	char *fixed =
	    hvci_asprintf("%s; give the pointers natural alignment or build with /Gy", msg);
	free(msg);
	msg = fixed;
	f.message = msg;
	hvci_loc_from_location(clang_getCursorLocation(var), &f.loc);
	f.loc.end_line = f.loc.line;
	f.loc.end_col = f.loc.col + (unsigned)strlen(nm);
	f.function = hvci_function_name(var);
	f.source_line = hvci_source_line(ctx, f.loc.file, f.loc.line);
	f.statement_key = hvci_source_statement_key(ctx, f.loc.file, f.loc.line, f.loc.col);
	hvci_loc l;
	const slot *s = &w->s[v->first];
	if (hvci_is_user_loc(ctx, clang_getCursorLocation(s->value))) {
		hvci_loc_from_cursor(ctx, s->value, &l);
		add_note(
		    &f, &l,
		    hvci_asprintf("this address lands at offset 0x%llx of '%s' (alignment %llu, "
		                  "pointer size %u); %u of %u placements straddle",
		                  (unsigned long long)s->off, nm, (unsigned long long)align,
		                  w->psize, v->bad, v->total));
	}
	hvci_loc_from_location(clang_getCursorLocation(var), &l);
	add_note(&f, &l,
	         hvci_strdup("give the pointers their natural alignment (drop the packing, "
	                     "#pragma pack or pshpack1.h, for this type or reorder its fields) "
	                     "or build with /Gy; Windows 10 1507 to 1607 refuse relocations that "
	                     "cross a page under Memory integrity"));
	clang_disposeString(name);
	hvci_tu_result_add(ctx->res, &f);
}

static void check_var(tu_state *ts, CXCursor var)
{
	hvci_ctx *ctx = ts->ctx;
	if (!clang_Cursor_hasVarDeclGlobalStorage(var))
		return;
	CXCursor init = clang_Cursor_getVarDeclInitializer(var);
	if (clang_Cursor_isNull(init) || !hvci_is_user_loc(ctx, clang_getCursorLocation(var)))
		return;
	CXType t = clang_getCursorType(var);
	/* A stand-in's size is a guess, and so is every offset after it. */
	if (hvci_type_uses_standin(ctx, t))
		return;
	long long size = clang_Type_getSizeOf(t);
	long long talign = clang_Type_getAlignOf(t);
	if (size <= 0 || talign <= 0)
		return;
	align_scan as = {ctx, var, talign, 0};
	clang_visitChildren(var, find_align, &as);
	/* An alignment this file cannot read could rule the straddles in or
	 * out: say nothing rather than guess. */
	if (as.unknown)
		return;
	long long align = as.align;
	walk w;
	memset(&w, 0, sizeof w);
	w.ctx = ctx;
	hvci_straddle_slots(&w, t, init);
	if (!w.bail && w.n > 0) {
		verdict v;
		classify(&w, (uint64_t)align, &v);
		if (v.bad > 0)
			report(ts, var, &w, &v, (uint64_t)align);
	}
	free(w.s);
}

static enum CXChildVisitResult visit(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	tu_state *ts = d;
	enum CXCursorKind k = clang_getCursorKind(c);
	if (k == CXCursor_VarDecl) {
		check_var(ts, c);
		return CXChildVisit_Recurse; /* a lambda in the initializer */
	}
	/* Statements are reached only inside a function already found in a
	 * user file: asking each one's place was most of this walk's cost. */
	if (clang_isStatement(k))
		return CXChildVisit_Recurse;
	if (clang_isDeclaration(k) || k == CXCursor_LinkageSpec || k == CXCursor_Namespace) {
		/* Where expressions hold no static object, such a declaration
		 * holds no variable at all. */
		if (!ts->exprs && hvci_c_decl_without_vars(ts->ctx, c, k))
			return CXChildVisit_Continue;
		if (!hvci_is_user_loc(ts->ctx, clang_getCursorLocation(c)))
			return CXChildVisit_Continue;
		/* Templates are checked through their instantiations' types only
		 * when concrete; dependent layouts have no size. */
		return CXChildVisit_Recurse;
	}
	if (clang_isExpression(k)) /* lambdas and statement expressions */
		return ts->exprs ? CXChildVisit_Recurse : CXChildVisit_Continue;
	return CXChildVisit_Continue;
}

typedef struct {
	hvci_ctx *ctx;
	int files; /* files offered */
	int found;
} stmt_expr_scan;

/* `(` then `{`, blanks between: how a GNU statement expression opens. */
static void spells_stmt_expr(CXFile f, CXSourceLocation *stack, unsigned depth, CXClientData d)
{
	(void)stack;
	(void)depth;
	stmt_expr_scan *s = d;
	size_t size;
	s->files++;
	if (s->found || !hvci_is_user_file(s->ctx, f))
		return;
	const char *t = hvci_file_text(s->ctx, f, &size);
	if (!t)
		return;
	for (const char *p = memchr(t, '(', size); p && !s->found;
	     p = memchr(p + 1, '(', size - (size_t)(p + 1 - t))) {
		const char *q = p + 1;
		while (q < t + size && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r'))
			q++;
		s->found = q < t + size && *q == '{';
	}
}

/*
 * 1 when a static object may be declared inside an expression: a C++
 * unit (lambdas), or a C unit whose own files spell a statement
 * expression (a GNU extension MSVC lacks).  Otherwise the walk need not
 * enter expressions, which are most of a function's nodes.
 */
static int exprs_may_declare(hvci_ctx *ctx)
{
	if (ctx->cl->cxx)
		return 1;
	stmt_expr_scan s = {ctx, 0, 0};
	hvci_unit_inclusions(ctx, spells_stmt_expr, &s);
	if (!s.files) { /* the main file, when the unit included nothing */
		CXString ms = clang_getTranslationUnitSpelling(ctx->tu);
		CXFile mf = clang_getFile(ctx->tu, clang_getCString(ms));
		clang_disposeString(ms);
		if (mf)
			spells_stmt_expr(mf, NULL, 0, &s);
	}
	return s.found;
}

static void run(hvci_ctx *ctx)
{
	if (hvci_rules_disabled(ctx->rules, RULE))
		return;
	tu_state ts = {ctx, 0, 0, exprs_may_declare(ctx)};
	/* Only variables and declarations in user files are checked or
	 * entered (check_var asks too). */
	hvci_visit_user_tops(ctx, 0, visit, &ts);
}

void hvci_check_straddle_register(hvci_registry *r)
{
	hvci_register_tu(r, run);
}
