/*
 * check_code.c - hvci-code-write and hvci-dynamic-code: writing to code and
 * running data.
 *
 * hvci-code-write registers on three argument kinds of the API table
 * (rules/code.api.yaml): code-dest (the destination of memcpy, memmove,
 * memset, the Interlocked family...), mdl-base (the address IoAllocateMdl
 * and MmCreateMdl describe) and cr0-write (__writecr0).  It reports a
 * destination or MDL that holds a function's address, and a CR0 value whose
 * WP bit (16) is known to be clear: a constant without it, or a value
 * ANDed with a mask that lacks it.  It also hooks plain stores through a
 * pointer (`*(PUCHAR)Fn = 0xC3`, `((PUCHAR)Fn)[1] = 0`).  A protection
 * change on an MDL (MmProtectMdlSystemAddress with PAGE_EXECUTE_*) is
 * hvci-exec-protect's finding and is not repeated here.
 *
 * hvci-dynamic-code hooks calls through a pointer and reports when the
 * pointer is known data: returned by an allocator (returns-data rows), or
 * the address of a local or global variable or buffer, directly or through
 * a variable of the same function.  Pointers from MmGetSystemRoutineAddress,
 * function designators and function-pointer tables are not data.
 *
 * Code is a function designator or a routine looked up by name
 * (MmGetSystemRoutineAddress); a mapping of an MDL built over code is a
 * writable alias of it, and writes through that mapping (a copy's
 * destination, a store) are reported with the MDL as the note.
 *
 * What it misses: addresses that reach a write through a structure field
 * of another object or through another function's variables, and code
 * written by inline assembly.
 */
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"

#define CR0_WP 0x10000ULL

/* The first value of vs whose provenance satisfies want, or NULL. */
static const hvci_val *find_prov(const hvci_vs *vs, int (*want)(int prov))
{
	for (int i = 0; vs && i < vs->n; i++)
		if (vs->v[i].param < 0 && want(vs->v[i].prov))
			return &vs->v[i];
	return NULL;
}

static int is_code(int prov)
{
	return prov == HVCI_PROV_CODE || prov == HVCI_PROV_ROUTINE || prov == HVCI_PROV_CODE_ADDR;
}

/* Code itself, or a writable mapping of it (an MDL over code, mapped). */
static int is_code_or_alias(int prov)
{
	return is_code(prov) || prov == HVCI_PROV_CODE_MAP;
}

static int is_code_mdl(int prov)
{
	return prov == HVCI_PROV_CODE_MDL;
}

static int is_data(int prov)
{
	return prov == HVCI_PROV_POOL || prov == HVCI_PROV_LOCAL || prov == HVCI_PROV_GLOBAL;
}

/* Name of the function whose address v holds (origin is its reference). */
static char *function_of(hvci_ctx *ctx, const hvci_val *v)
{
	if (v->prov == HVCI_PROV_ROUTINE) {
		const char *n = hvci_routine_name(ctx, v->v);
		return hvci_strdup(n ? n : "?");
	}
	CXCursor r = clang_getCursorReferenced(hvci_strip(v->origin));
	CXString s = clang_getCursorSpelling(r);
	char *name = hvci_strdup(*clang_getCString(s) ? clang_getCString(s) : "?");
	clang_disposeString(s);
	return name;
}

/* Location of c for a note, when it is user code; 0 otherwise. */
static int note_loc(hvci_ctx *ctx, CXCursor c, hvci_loc *out)
{
	if (hvci_cursor_is_null(c) || !hvci_is_user_loc(ctx, clang_getCursorLocation(c)))
		return 0;
	hvci_loc_from_cursor(ctx, c, out);
	return 1;
}

/* Reports msg (taken) at `at`, with the note (taken) at *nl (taken; file
 * NULL: no note) unless that is the finding's own line.  With `defer` (the
 * call that built an MDL over code), the engine decides at the end of the
 * walk whether the finding stands. */
static void report_or_defer(hvci_ctx *ctx, const char *rule, CXCursor at, char *msg, hvci_loc *nl,
                            char *note, CXCursor defer)
{
	hvci_loc l;
	hvci_loc_from_cursor(ctx, at, &l);
	hvci_finding f;
	hvci_finding_begin(ctx, &f, rule, &l, msg);
	f.function = hvci_function_name(at);
	if (nl->file && f.loc.file && (nl->line != f.loc.line || strcmp(nl->file, f.loc.file))) {
		hvci_finding_note(&f, nl, note);
		note = NULL;
	} else {
		hvci_loc_clear(nl);
	}
	free(note);
	if (hvci_cursor_is_null(defer))
		hvci_finding_commit(ctx, &f);
	else
		hvci_code_mdl_defer(ctx, defer, &f);
}

static void report(hvci_ctx *ctx, const char *rule, CXCursor at, char *msg, hvci_loc *nl,
                   char *note)
{
	report_or_defer(ctx, rule, at, msg, nl, note, clang_getNullCursor());
}

/* A site's note: the wrapper's inner call, else where the value came from. */
static void report_site_or_defer(const hvci_site *s, char *msg, const hvci_val *v,
                                 char *origin_note, CXCursor defer)
{
	hvci_ctx *ctx = s->ctx;
	CXCursor at = hvci_cursor_is_null(s->arg) ? s->call : s->arg;
	hvci_loc l;
	memset(&l, 0, sizeof l);
	if (s->fw) {
		free(origin_note);
		origin_note =
		    s->fw->alias == HVCI_ALIAS_FLAGS
		        ? hvci_asprintf("'%s' changes the MDL's flags here (%s)", s->api,
		                        s->fw->inner_api)
		    : s->fw->alias
		        ? hvci_asprintf("'%s' writes through the mapping here (%s)", s->api,
		                        s->fw->inner_api)
		        : hvci_asprintf("'%s' passes it to '%s' here", s->api, s->fw->inner_api);
		if (s->fw->ext_at.file) {
			/* A wrapper in another file: where that file's analysis saw the call. */
			l = s->fw->ext_at;
			l.file = hvci_strdup(l.file);
			l.logical = NULL;
		} else {
			note_loc(ctx, s->fw->inner_call, &l);
		}
	} else {
		note_loc(ctx, v->origin, &l);
	}
	report_or_defer(ctx, "hvci-code-write", at, msg, &l, origin_note, defer);
}

static void report_site(const hvci_site *s, char *msg, const hvci_val *v, char *origin_note)
{
	report_site_or_defer(s, msg, v, origin_note, clang_getNullCursor());
}

/* What a code address found without a name is: "the module base
 * 'm->DllBase'", "a pointer read from code '*(PULONG_PTR)(p + 2)'". */
static char *code_addr_what(hvci_ctx *ctx, const hvci_val *v)
{
	const hvci_code_field *cf = hvci_rules_code_field_at(ctx->rules, (size_t)v->v);
	char *text = hvci_cursor_text(ctx, v->origin);
	char *what =
	    hvci_asprintf("%s '%s'", cf ? cf->what : "pointer read from code", text ? text : "?");
	free(text);
	return what;
}

/* The note for a code address: where it was taken or looked up. */
static char *origin_note(const hvci_val *v, const char *fn)
{
	if (v->prov == HVCI_PROV_CODE_ADDR)
		return hvci_strdup("the code address comes from here");
	if (v->prov == HVCI_PROV_ROUTINE)
		return hvci_asprintf("'%s' is looked up by name here", fn);
	return hvci_asprintf("the address of '%s' is taken here", fn);
}

/* A helper that maps what its parameter points to and writes through the
 * mapping, called with code: the write is the helper's, the code the caller's. */
static void check_alias_write(const hvci_site *s, const hvci_val *v)
{
	char *what;
	if (v->prov == HVCI_PROV_CODE_ADDR) {
		what = code_addr_what(s->ctx, v);
	} else if (v->prov == HVCI_PROV_CODE_MAP) {
		what = hvci_strdup("a mapping of an MDL over code");
	} else {
		char *fn = function_of(s->ctx, v);
		what = hvci_asprintf("the code of function '%s'", fn);
		free(fn);
	}
	report_site(s,
	            hvci_asprintf(s->fw->alias == HVCI_ALIAS_FLAGS
	                              ? "'%s' forges the flags of an MDL over its %s argument, "
	                                "which is %s"
	                              : "'%s' writes through a writable alias of its %s argument, "
	                                "which is %s",
	                          s->api, hvci_ordinal(s->fw->param), what),
	            v, NULL);
	free(what);
}

static void check_code_dest(const hvci_site *s)
{
	const hvci_val *v = find_prov(s->vs, is_code_or_alias);
	if (!v)
		return;
	if (s->fw && s->fw->alias) {
		check_alias_write(s, v);
		return;
	}
	if (v->prov == HVCI_PROV_CODE_MAP) {
		hvci_code_mdl_event(s->ctx, v->origin, 1);
		report_site(s,
		            hvci_asprintf("'%s' writes through a mapping of an MDL over code, "
		                          "which writes to that code",
		                          s->api),
		            v, hvci_strdup("the MDL over the code is built here"));
		return;
	}
	if (v->prov == HVCI_PROV_CODE_ADDR) {
		char *what = code_addr_what(s->ctx, v);
		report_site(
		    s,
		    hvci_asprintf("'%s' writes to code: its destination is the %s", s->api, what),
		    v, origin_note(v, ""));
		free(what);
		return;
	}
	char *fn = function_of(s->ctx, v);
	report_site(s, hvci_asprintf("'%s' writes to the code of function '%s'", s->api, fn), v,
	            origin_note(v, fn));
	free(fn);
}

static int is_designator(int prov)
{
	return prov == HVCI_PROV_CODE;
}

static void check_mdl_base(const hvci_site *s)
{
	/* Drivers build MDLs over routines they looked up to read them safely
	 * (pattern scans): such an MDL is reported only where its mapping is
	 * written.  Over a function of the driver's own, building it is the
	 * finding. */
	const hvci_val *v = find_prov(s->vs, is_designator);
	if (!v)
		return;
	char *fn = function_of(s->ctx, v);
	/* Built here: it stands unless the MDL is only locked for reading. */
	report_site_or_defer(s,
	                     hvci_asprintf("'%s' describes the code of function '%s' with an MDL, "
	                                   "the first step of mapping code writable",
	                                   s->api, fn),
	                     v, origin_note(v, fn), s->fw ? clang_getNullCursor() : s->call);
	free(fn);
}

static void check_cr0_write(const hvci_site *s)
{
	if (!s->vs || (s->mask & CR0_WP))
		return;
	for (int i = 0; i < s->vs->n; i++) {
		const hvci_val *v = &s->vs->v[i];
		if (v->param >= 0)
			continue;
		/* A constant without WP, a value whose WP bit is known clear, or
		 * the value read with WP toggled: the kernel runs with WP set, so
		 * the toggle that starts a patch clears it. */
		int flips = v->prov == HVCI_PROV_FLIPPED && (v->v & CR0_WP);
		int clears = (v->prov == HVCI_PROV_NONE && !(v->v & CR0_WP)) ||
		             (v->prov == HVCI_PROV_BITS && (v->v & CR0_WP)) || flips;
		if (!clears)
			continue;
		report_site(s,
		            hvci_asprintf("'%s' clears CR0.WP (bit 16), which turns off the write "
		                          "protection of read-only code",
		                          s->api),
		            v, hvci_strdup(flips ? "WP is toggled here (XOR); it is set while the kernel runs"
		                                 : "WP is cleared here"));
		return;
	}
}

static void on_store(const hvci_ptr_site *p)
{
	const hvci_val *v = find_prov(p->vs, is_code_or_alias);
	if (!v || hvci_expr_uses_standin(p->ctx, p->ptr))
		return;
	if (v->prov == HVCI_PROV_CODE_MAP) {
		hvci_code_mdl_event(p->ctx, v->origin, 1);
		hvci_loc l;
		memset(&l, 0, sizeof l);
		note_loc(p->ctx, v->origin, &l);
		report(
		    p->ctx, "hvci-code-write", p->at,
		    hvci_strdup("store through a mapping of an MDL over code writes to that code"),
		    &l, hvci_strdup("the MDL over the code is built here"));
		return;
	}
	hvci_loc l;
	memset(&l, 0, sizeof l);
	note_loc(p->ctx, v->origin, &l);
	if (v->prov == HVCI_PROV_CODE_ADDR) {
		char *what = code_addr_what(p->ctx, v);
		report(p->ctx, "hvci-code-write", p->at,
		       hvci_asprintf("store through the %s writes to code", what), &l,
		       origin_note(v, ""));
		free(what);
		return;
	}
	char *fn = function_of(p->ctx, v);
	report(p->ctx, "hvci-code-write", p->at,
	       hvci_asprintf("store through the address of function '%s' writes to its code", fn),
	       &l, origin_note(v, fn));
	free(fn);
}

static void on_icall(const hvci_ptr_site *p)
{
	const hvci_val *v = find_prov(p->vs, is_data);
	/* Where a stand-in type is involved, what looks like a local buffer is
	 * a member the unit could not see: no verdict rests on it. */
	if (!v || hvci_expr_uses_standin(p->ctx, p->ptr) ||
	    (!hvci_cursor_is_null(v->origin) && hvci_expr_uses_standin(p->ctx, v->origin)))
		return;
	char *what;
	if (v->prov == HVCI_PROV_POOL) {
		CXCursor r = clang_getCursorReferenced(v->origin);
		CXString s = clang_getCursorSpelling(r);
		char *shown = hvci_callee_spelling(p->ctx, v->origin, clang_getCString(s));
		clang_disposeString(s);
		what = hvci_asprintf("the allocation returned by '%s'", shown);
		free(shown);
	} else {
		char *text = hvci_cursor_text(p->ctx, v->origin);
		what = hvci_asprintf("the %s buffer '%s'",
		                     v->prov == HVCI_PROV_LOCAL ? "local" : "global", text);
		free(text);
	}
	hvci_loc l;
	memset(&l, 0, sizeof l);
	note_loc(p->ctx, v->origin, &l);
	report(p->ctx, "hvci-dynamic-code", p->at,
	       hvci_asprintf("call executes data: the target is %s", what), &l,
	       hvci_strdup("the data comes from here"));
	free(what);
}

/* MdlFlags changed by hand on an MDL over code: the driver forges the
 * state of a locked or mapped MDL to get a mapping of that code. */
static void on_mdl_flags(const hvci_ptr_site *p)
{
	const hvci_val *v = find_prov(p->vs, is_code_mdl);
	if (!v || hvci_expr_uses_standin(p->ctx, p->ptr))
		return;
	hvci_code_mdl_event(p->ctx, v->origin, 1);
	hvci_loc l;
	memset(&l, 0, sizeof l);
	note_loc(p->ctx, v->origin, &l);
	report(p->ctx, "hvci-code-write", p->at,
	       hvci_asprintf("changing '%s' in the flags of an MDL over code forges a mapping "
	                     "of that code",
	                     p->flag),
	       &l, hvci_strdup("the MDL over the code is built here"));
}

void hvci_check_code_register(hvci_registry *r)
{
	hvci_register_kind(r, HVCI_K_CODE_DEST, check_code_dest);
	hvci_register_kind(r, HVCI_K_MDL_BASE, check_mdl_base);
	hvci_register_kind(r, HVCI_K_CR0_WRITE, check_cr0_write);
	hvci_register_store(r, on_store);
	hvci_register_icall(r, on_icall);
	hvci_register_mdl_flags(r, on_mdl_flags);
}
