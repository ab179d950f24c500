/*
 * check_optin.c - hvci-nx-optin: a POOL_NX_OPTIN translation unit whose
 * driver does not make ExInitializeDriverRuntime(DrvRtPoolNxOptIn) where it
 * counts.
 *
 * Under POOL_NX_OPTIN, NonPagedPool, NonPagedPoolCacheAligned, the nonpaged
 * lookaside wrapper and the MDL mapping wrapper read run-time variables that
 * stay executable until that call runs.  The walker records, per function,
 * the first opt-in call it makes or reaches through a callee, the opted-in
 * allocations and mappings it makes before that call on some path
 * (hvci_optin_use), and the functions of this file it calls.  After the
 * walk this check reports, per translation unit:
 *   - an entry function (DriverEntry, DllInitialize: rules/values.yaml) from
 *     which no opt-in call is reached: warning at the entry, dropped when
 *     another file of the same driver image makes the call;
 *   - an opted-in allocation or mapping that an entry runs before its
 *     opt-in call (directly or inside a helper it calls), or in an entry
 *     that never reaches the call while another entry of the file does
 *     (DriverEntry of an export driver whose DllInitialize opts in):
 *     warning there;
 *   - an opt-in call in a function no entry reaches through the calls of
 *     this file (C30035): warning at the call.  A helper that DriverEntry
 *     calls is fine, unlike Code Analysis C30031/C30035;
 *   - a file with no entry function (a library built with POOL_NX_OPTIN,
 *     C30033): a note at its first opted-in allocation, dropped when a file
 *     of the same image makes the call, or a note at an opt-in call it makes.
 * What it misses: calls through function pointers, entries reached from
 * another file, and a goto that jumps back above the opt-in call.
 */
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"
#include "util/util.h"

#define RULE "hvci-nx-optin"
#define CALL "ExInitializeDriverRuntime(DrvRtPoolNxOptIn)"

static char *spelling(CXCursor c)
{
	CXString s = clang_getCursorSpelling(c);
	char *r = hvci_strdup(clang_getCString(s));
	clang_disposeString(s);
	return r;
}

static void add_note(hvci_finding *f, hvci_ctx *ctx, CXCursor at, char *msg)
{
	f->notes = hvci_xrealloc(f->notes, (f->n_notes + 1) * sizeof *f->notes);
	hvci_loc_from_cursor(ctx, at, &f->notes[f->n_notes].loc);
	f->notes[f->n_notes].message = msg;
	f->n_notes++;
}

/* A finding at `at`: the callee name of a call, or a function's name. */
static void start(hvci_ctx *ctx, hvci_finding *f, CXCursor at, const char *name,
                  const char *function, int note, char *msg)
{
	memset(f, 0, sizeof *f);
	f->rule_id = hvci_strdup(RULE);
	const hvci_rule_info *ri = hvci_rules_find(ctx->rules, RULE);
	f->severity = note ? HVCI_SEV_NOTE : ri ? ri->severity : HVCI_SEV_WARNING;
	f->message = msg;
	hvci_loc_from_location(clang_getCursorLocation(at), &f->loc);
	f->loc.end_line = f->loc.line;
	f->loc.end_col = f->loc.col + (unsigned)strlen(name);
	f->function = function ? hvci_strdup(function) : NULL;
	f->source_line = hvci_source_line(ctx, f->loc.file, f->loc.line);
	f->statement_key = hvci_source_statement_key(ctx, f->loc.file, f->loc.line, f->loc.col);
}

static int user_def(hvci_ctx *ctx, const hvci_summary *s)
{
	return hvci_is_user_loc(ctx, clang_getCursorLocation(s->def));
}

static size_t index_of(hvci_ctx *ctx, CXCursor def)
{
	/* Callees are recorded as their summaries' canonical definitions. */
	size_t i;
	return hvci_cursormap_get(ctx->sum_index, def, &i) ? i : ctx->n_sums;
}

/* Marks every function of this file an entry reaches by direct calls. */
static void reach(hvci_ctx *ctx, size_t i, char *seen)
{
	if (i >= ctx->n_sums || seen[i])
		return;
	seen[i] = 1;
	const hvci_summary *s = ctx->sums[i];
	for (size_t j = 0; j < s->n_callees; j++)
		reach(ctx, index_of(ctx, s->callees[j]), seen);
}

static void report_never(hvci_ctx *ctx, const hvci_summary *entry, const char *name, int elsewhere)
{
	hvci_finding f;
	start(ctx, &f, entry->def, name, name, 0,
	      hvci_asprintf("'%s' never calls " CALL ": with POOL_NX_OPTIN, NonPagedPool, "
	                    "nonpaged lookaside lists and MDL mappings stay executable until "
	                    "that call runs; make it first in '%s'",
	                    name, name));
	/* It calls into another file of the driver, which may make the call:
	 * the finding goes when a file of the same image does. */
	f.needs_runtime_optin = elsewhere;
	hvci_tu_result_add(ctx->res, &f);
}

static void report_early(hvci_ctx *ctx, const hvci_summary *entry, const char *name,
                         const hvci_optin_use *u)
{
	hvci_finding f;
	int never = hvci_cursor_is_null(entry->init_any);
	if (never) /* another entry of this file makes the call, this one not */
		start(ctx, &f, u->call, u->api, name, 0,
		      hvci_asprintf("'%s' runs in '%s', which never calls " CALL " (another "
		                    "entry function of this file does), so the opted-in memory "
		                    "it allocates or maps is executable when the driver starts "
		                    "through '%s'; make that call first in '%s'",
		                    u->api, name, name, name));
	else
		start(ctx, &f, u->call, u->api, name, 0,
		      hvci_asprintf("'%s' runs before " CALL " on a path through '%s', so the "
		                    "opted-in memory it allocates or maps is still executable; "
		                    "make that call first in '%s'",
		                    u->api, name, name));
	if (!hvci_cursor_is_null(u->inner) &&
	    hvci_is_user_loc(ctx, clang_getCursorLocation(u->inner)))
		add_note(&f, ctx, u->inner,
		         hvci_strdup("the allocation or mapping that relies on the opt-in"));
	if (!never)
		add_note(&f, ctx, entry->init_any,
		         hvci_strdup("the first " CALL " it makes is here"));
	hvci_tu_result_add(ctx->res, &f);
}

static void report_misplaced(hvci_ctx *ctx, const hvci_summary *s, const char *entry)
{
	char *fn = spelling(s->def);
	hvci_finding f;
	if (entry)
		start(ctx, &f, s->init_direct, "ExInitializeDriverRuntime", fn, 0,
		      hvci_asprintf(CALL
		                    " is called in '%s', which '%s' does not reach through "
		                    "the calls of this file, so allocations made before it stay "
		                    "executable; make the call in '%s' (C30035)",
		                    fn, entry, entry));
	else
		start(ctx, &f, s->init_direct, "ExInitializeDriverRuntime", fn, 1,
		      hvci_asprintf("this file has no DriverEntry or DllInitialize: make sure "
		                    "the driver's DriverEntry calls '%s', which makes " CALL
		                    ", before it allocates (C30035)",
		                    fn));
	free(fn);
	hvci_tu_result_add(ctx->res, &f);
}

static unsigned line_of(CXCursor c)
{
	unsigned line;
	clang_getExpansionLocation(clang_getCursorLocation(c), NULL, &line, NULL, NULL);
	return line;
}

static void report_library(hvci_ctx *ctx)
{
	const hvci_optin_use *first = NULL;
	const hvci_summary *in = NULL;
	for (size_t i = 0; i < ctx->n_sums; i++) {
		const hvci_summary *s = ctx->sums[i];
		if (!user_def(ctx, s))
			continue;
		for (size_t j = 0; j < s->n_uses; j++) {
			const hvci_optin_use *u = &s->uses[j];
			if (!hvci_is_user_loc(ctx, clang_getCursorLocation(u->call)))
				continue;
			if (!first || line_of(u->call) < line_of(first->call)) {
				first = u;
				in = s;
			}
		}
	}
	if (!first)
		return; /* nothing here depends on the opt-in */
	char *fn = spelling(in->def);
	hvci_finding f;
	start(ctx, &f, first->call, first->api, fn, 1,
	      hvci_asprintf("this file is built with POOL_NX_OPTIN but has no DriverEntry or "
	                    "DllInitialize: '%s' gets non-executable memory only once the "
	                    "driver linking this code has called " CALL " in its DriverEntry "
	                    "(C30033)",
	                    first->api));
	free(fn);
	f.needs_runtime_optin = 1;
	hvci_tu_result_add(ctx->res, &f);
}

static void check_optin_tu(hvci_ctx *ctx)
{
	if (!ctx->optin || hvci_rules_disabled(ctx->rules, RULE) || !ctx->n_sums)
		return;
	char *seen = hvci_xcalloc(ctx->n_sums, 1);
	const hvci_summary *first_entry = NULL;
	char *first_name = NULL;
	int reached = 0;
	for (size_t i = 0; i < ctx->n_sums; i++) {
		const hvci_summary *s = ctx->sums[i];
		if (!user_def(ctx, s) || clang_getCursorKind(s->def) != CXCursor_FunctionDecl)
			continue;
		char *name = spelling(s->def);
		if (!hvci_rules_optin_entry(ctx->rules, name)) {
			free(name);
			continue;
		}
		reach(ctx, i, seen);
		reached |= !hvci_cursor_is_null(s->init_any);
		if (!first_entry) {
			first_entry = s;
			first_name = name;
		} else {
			free(name);
		}
	}

	/* Entries that run opted-in code first; when no entry makes the call,
	 * report_never below says so once instead. */
	for (size_t i = 0; i < ctx->n_sums && reached; i++) {
		const hvci_summary *s = ctx->sums[i];
		if (!user_def(ctx, s) || clang_getCursorKind(s->def) != CXCursor_FunctionDecl)
			continue;
		char *name = spelling(s->def);
		if (hvci_rules_optin_entry(ctx->rules, name))
			for (size_t j = 0; j < s->n_uses; j++)
				if (s->uses[j].before_init)
					report_early(ctx, s, name, &s->uses[j]);
		free(name);
	}
	int any_init = 0;
	for (size_t i = 0; i < ctx->n_sums; i++) {
		const hvci_summary *s = ctx->sums[i];
		if (!user_def(ctx, s) || hvci_cursor_is_null(s->init_direct))
			continue;
		any_init = 1;
		if (!seen[i])
			report_misplaced(ctx, s, first_entry ? first_name : NULL);
	}
	/* A misplaced call already says where the call belongs. */
	if (first_entry && !reached && !any_init) {
		int elsewhere = 0;
		for (size_t i = 0; i < ctx->n_sums; i++)
			elsewhere |= seen[i] && ctx->sums[i]->calls_elsewhere;
		report_never(ctx, first_entry, first_name, elsewhere);
	}
	if (!first_entry && !any_init)
		report_library(ctx);
	free(first_name);
	free(seen);
}

void hvci_check_optin_register(hvci_registry *r)
{
	hvci_register_tu_end(r, check_optin_tu);
}
