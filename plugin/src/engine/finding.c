/*
 * finding.c - turns what a check decided into a finding: the location (the
 * argument, or the expansion in user code when a macro wrote it), the
 * message naming the API and the value, the notes that point at related
 * places (where the value was assigned, the wrapper's inner call, the
 * #define POOL_NX_OPTOUT, the remedy) and the fix-its where the edit is
 * mechanical.  Checks decide *whether* to report; this file only words it.
 */
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"
#include "util/util.h"

static void add_note(hvci_finding *f, const hvci_loc *loc, char *msg)
{
	f->notes = hvci_xrealloc(f->notes, (f->n_notes + 1) * sizeof *f->notes);
	f->notes[f->n_notes].loc = *loc;
	f->notes[f->n_notes].message = msg;
	f->n_notes++;
}

static void add_fixit(hvci_finding *f, hvci_loc *range, const char *text)
{
	for (size_t i = 0; i < f->n_fixits; i++) {
		hvci_loc *o = &f->fixits[i].range;
		if (!strcmp(o->file, range->file) && o->line == range->line &&
		    o->col == range->col) {
			hvci_loc_clear(range);
			return;
		}
	}
	f->fixits = hvci_xrealloc(f->fixits, (f->n_fixits + 1) * sizeof *f->fixits);
	f->fixits[f->n_fixits].range = *range;
	f->fixits[f->n_fixits].text = hvci_strdup(text);
	f->n_fixits++;
}

static int loc_same_line(const hvci_loc *a, const hvci_loc *b)
{
	return a->line == b->line && !strcmp(a->file, b->file);
}

/* Replaces tokens of the origin that have a mechanical fix; 1 if any. */
static int fix_tokens(hvci_ctx *ctx, hvci_finding *f, CXSourceRange range, hvci_kind k)
{
	CXToken *toks = NULL;
	unsigned n = 0;
	clang_tokenize(ctx->tu, range, &toks, &n);
	int any = 0;
	for (unsigned i = 0; i < n; i++) {
		if (clang_getTokenKind(toks[i]) != CXToken_Identifier)
			continue;
		CXString s = clang_getTokenSpelling(ctx->tu, toks[i]);
		const char *fix = hvci_rules_value_fix(ctx->rules, k, clang_getCString(s));
		if (fix) {
			CXSourceRange tr = clang_getTokenExtent(ctx->tu, toks[i]);
			hvci_loc r;
			hvci_loc_from_location(clang_getRangeStart(tr), &r);
			unsigned el, ec;
			clang_getExpansionLocation(clang_getRangeEnd(tr), NULL, &el, &ec, NULL);
			r.end_line = el;
			r.end_col = ec;
			add_fixit(f, &r, fix);
			any = 1;
		}
		clang_disposeString(s);
	}
	if (toks)
		clang_disposeTokens(ctx->tu, toks, n);
	return any;
}

static CXSourceRange file_range(hvci_ctx *ctx, CXCursor c, int *ok)
{
	hvci_loc l;
	hvci_loc_from_cursor(ctx, c, &l);
	CXSourceRange r = clang_getCursorExtent(c);
	CXFile file;
	clang_getExpansionLocation(clang_getRangeStart(r), &file, NULL, NULL, NULL);
	*ok = file != NULL;
	CXSourceRange out = clang_getNullRange();
	if (file)
		out = clang_getRange(clang_getLocation(ctx->tu, file, l.line, l.col),
		                     clang_getLocation(ctx->tu, file, l.end_line, l.end_col));
	hvci_loc_clear(&l);
	return out;
}

static void fix_value(hvci_ctx *ctx, hvci_finding *f, const hvci_val *v, hvci_kind k)
{
	if (hvci_cursor_is_null(v->origin) ||
	    !hvci_is_user_loc(ctx, clang_getCursorLocation(v->origin)))
		return;
	int ok;
	CXSourceRange r = file_range(ctx, v->origin, &ok);
	if (!ok)
		return;
	if (fix_tokens(ctx, f, r, k))
		return;
	/* A user macro such as DRV_POOL: fix its definition when it is ours. */
	CXSourceLocation sp = clang_getRangeStart(clang_getCursorExtent(v->origin));
	CXFile sf;
	unsigned sl, sc;
	clang_getSpellingLocation(sp, &sf, &sl, &sc, NULL);
	CXFile ef;
	unsigned el, ec;
	clang_getExpansionLocation(sp, &ef, &el, &ec, NULL);
	if (sf && (sl != el || sc != ec || !clang_File_isEqual(sf, ef))) {
		CXSourceLocation at = clang_getLocation(ctx->tu, sf, sl, sc);
		if (hvci_is_user_loc(ctx, at)) {
			CXToken *t = clang_getToken(ctx->tu, at);
			if (t) {
				CXSourceRange tr = clang_getTokenExtent(ctx->tu, *t);
				clang_disposeTokens(ctx->tu, t, 1);
				if (fix_tokens(ctx, f, tr, k))
					return;
			}
		}
	}
	const hvci_kind_info *ki = hvci_rules_kind(ctx->rules, k);
	if (!ki->append)
		return;
	enum CXCursorKind ok2 = clang_getCursorKind(hvci_strip(v->origin));
	if (ok2 == CXCursor_ConditionalOperator)
		return;
	if (ok2 == CXCursor_BinaryOperator) {
		int op = clang_getCursorBinaryOperatorKind(hvci_strip(v->origin));
		if (op != CXBinaryOperator_Or)
			return;
	}
	hvci_loc range;
	hvci_loc_from_cursor(ctx, v->origin, &range);
	char *text = hvci_cursor_text(ctx, v->origin);
	if (!strcmp(text, "0")) {
		add_fixit(f, &range, ki->append);
	} else {
		char *ins = hvci_asprintf(" | %s", ki->append);
		range.line = range.end_line;
		range.col = range.end_col;
		add_fixit(f, &range, ins);
		free(ins);
	}
	free(text);
}

static hvci_finding *start(const hvci_site *s, const char *rule, char *msg, CXCursor at,
                           hvci_finding *f)
{
	hvci_ctx *ctx = s->ctx;
	memset(f, 0, sizeof *f);
	f->rule_id = hvci_strdup(rule);
	const hvci_rule_info *ri = hvci_rules_find(ctx->rules, rule);
	f->severity = ri ? ri->severity : HVCI_SEV_WARNING;
	if (s->row->unconfirmed) {
		f->severity = HVCI_SEV_NOTE;
		char *m = hvci_asprintf("%s (executability unconfirmed)", msg);
		free(msg);
		msg = m;
	}
	f->message = msg;
	if (hvci_cursor_is_null(at)) {
		hvci_loc_from_location(clang_getCursorLocation(s->call), &f->loc);
		f->loc.end_line = f->loc.line;
		f->loc.end_col = f->loc.col + (unsigned)strlen(s->api);
	} else {
		hvci_loc_from_cursor(ctx, at, &f->loc);
	}
	f->function = hvci_function_name(s->call);
	f->source_line = hvci_source_line(ctx, f->loc.file, f->loc.line);
	f->statement_key = hvci_source_statement_key(ctx, f->loc.file, f->loc.line, f->loc.col);
	return f;
}

static void finish(const hvci_site *s, hvci_finding *f)
{
	hvci_ctx *ctx = s->ctx;
	hvci_loc l;
	if (s->fw && s->fw->ext_at.file) {
		/* A wrapper defined in another file: its inner call, as that file's
		 * analysis recorded it. */
		l = s->fw->ext_at;
		l.file = hvci_strdup(l.file);
		l.logical = NULL;
		add_note(f, &l,
		         hvci_asprintf("'%s' passes it to '%s' here", s->api, s->fw->inner_api));
	} else if (s->fw && hvci_is_user_loc(ctx, clang_getCursorLocation(s->fw->inner_call))) {
		hvci_loc_from_cursor(ctx, s->fw->inner_call, &l);
		add_note(f, &l,
		         hvci_asprintf("'%s' passes it to '%s' here", s->api, s->fw->inner_api));
	}
	if (s->allocator_vs && !(s->allocator_vs->n == 1 && !s->allocator_vs->unknown &&
	                         s->allocator_vs->v[0].param < 0 && !s->allocator_vs->v[0].prov &&
	                         s->allocator_vs->v[0].v == 0)) {
		hvci_loc_from_cursor(ctx, s->call, &l);
		add_note(
		    f, &l,
		    hvci_strdup("a custom Allocate routine receives these flags and chooses the "
		                "pool type itself; make it allocate NonPagedPoolNx (C30034)"));
	}
	if (!clang_Cursor_isNull(ctx->optout_def) &&
	    (s->row->kind == HVCI_K_POOL_TYPE || s->row->kind == HVCI_K_MDL_PRIORITY ||
	     s->row->kind == HVCI_K_LOOKASIDE_FLAGS)) {
		hvci_loc_from_cursor(ctx, ctx->optout_def, &l);
		add_note(f, &l,
		         hvci_strdup("POOL_NX_OPTOUT is defined here, which turns off the NX "
		                     "remapping for this file (C30032)"));
	}
	if (s->row->replacement) {
		hvci_loc_from_location(clang_getCursorLocation(s->call), &l);
		add_note(f, &l, hvci_asprintf("use %s", s->row->replacement));
	}
	hvci_tu_result_add(ctx->res, f);
}

/* 1 when `value` was spelled in the body of the macro whose use is where
 * `call` starts (`#define ALLOC(n) ExAllocatePoolWithTag(NonPagedPool, ...)`). */
static int written_in_macro_with(CXCursor call, CXCursor value)
{
	CXSourceLocation v = clang_getCursorLocation(value);
	CXSourceLocation c = clang_getRangeStart(clang_getCursorExtent(call));
	CXFile vf, cf, sf;
	unsigned vo, co, so;
	clang_getExpansionLocation(v, &vf, NULL, NULL, &vo);
	clang_getExpansionLocation(c, &cf, NULL, NULL, &co);
	clang_getSpellingLocation(v, &sf, NULL, NULL, &so);
	return vf && cf && sf && clang_File_isEqual(vf, cf) && vo == co &&
	       !(clang_File_isEqual(sf, vf) && so == vo);
}

void hvci_report_values(const hvci_site *s, const char *rule, hvci_exec_pred is_exec,
                        const char *what, const char *tail, int hex)
{
	if (!s->vs)
		return;
	const hvci_val *first = NULL;
	int only_optin = 1;
	for (int i = 0; i < s->vs->n; i++) {
		const hvci_val *v = &s->vs->v[i];
		if (v->param >= 0 || v->prov || !is_exec(v->v | s->mask))
			continue;
		if (!first)
			first = v;
		/* Through an opt-in wrapper the NX flag arrives at run time. */
		only_optin &= v->optin || (s->fw && s->fw->optin);
	}
	if (!first)
		return;
	hvci_ctx *ctx = s->ctx;
	/* Without written text (a template argument), the value's name; the
	 * same when the call and its value were both written in a macro's
	 * body, where the written text would be the macro's use. */
	const char *vname = hvci_rules_value_name(ctx->rules, s->row->kind, first->v);
	char *text = !hvci_cursor_is_null(first->origin) &&
	                     !(vname && written_in_macro_with(s->call, first->origin))
	                 ? hvci_cursor_text(ctx, first->origin)
	                 : hvci_strdup(vname ? vname : "?");
	char num[32];
	snprintf(num, sizeof num, hex ? "0x%llx" : "%llu", (unsigned long long)first->v);
	char *msg = hvci_asprintf("'%s' %s '%s' (%s)%s", s->api, what, text, num, tail ? tail : "");
	free(text);
	hvci_finding f;
	start(s, rule, msg, s->arg, &f);
	f.needs_runtime_optin = only_optin;
	hvci_loc l;
	for (int i = 0; i < s->vs->n; i++) {
		const hvci_val *v = &s->vs->v[i];
		if (v->param >= 0 || v->prov || !is_exec(v->v | s->mask) ||
		    hvci_cursor_is_null(v->origin))
			continue;
		if (hvci_is_user_loc(ctx, clang_getCursorLocation(v->origin))) {
			hvci_loc_from_cursor(ctx, v->origin, &l);
			if (!loc_same_line(&l, &f.loc)) {
				char *t = hvci_cursor_text(ctx, v->origin);
				add_note(&f, &l,
				         hvci_asprintf("the value '%s' comes from here", t));
				free(t);
			} else {
				hvci_loc_clear(&l);
			}
		}
		fix_value(ctx, &f, v, s->row->kind);
	}
	if (only_optin && !hvci_cursor_is_null(first->origin)) {
		hvci_loc_from_cursor(ctx, first->origin, &l);
		add_note(
		    &f, &l,
		    hvci_strdup("POOL_NX_OPTIN makes this a run-time value that stays executable "
		                "until ExInitializeDriverRuntime(DrvRtPoolNxOptIn) runs in "
		                "DriverEntry; no file of this run makes that call"));
	}
	finish(s, &f);
}

void hvci_report_words(const hvci_site *s, const hvci_words *w)
{
	hvci_report_values(s, w->rule, w->is_exec, w->what, w->tail, w->hex);
}

void hvci_report_api(const hvci_site *s, const char *rule, const char *message)
{
	hvci_finding f;
	start(s, rule, hvci_strdup(message), clang_getNullCursor(), &f);
	finish(s, &f);
}

void hvci_finding_begin(hvci_ctx *ctx, hvci_finding *f, const char *rule, hvci_loc *loc, char *msg)
{
	memset(f, 0, sizeof *f);
	f->rule_id = hvci_strdup(rule);
	const hvci_rule_info *ri = hvci_rules_find(ctx->rules, rule);
	f->severity = ri ? ri->severity : HVCI_SEV_WARNING;
	f->message = msg;
	f->loc = *loc;
	memset(loc, 0, sizeof *loc);
	f->source_line = hvci_source_line(ctx, f->loc.file, f->loc.line);
	f->statement_key = hvci_source_statement_key(ctx, f->loc.file, f->loc.line, f->loc.col);
}

void hvci_finding_note(hvci_finding *f, hvci_loc *loc, char *msg)
{
	add_note(f, loc, msg);
	memset(loc, 0, sizeof *loc);
}

void hvci_finding_commit(hvci_ctx *ctx, hvci_finding *f)
{
	if (hvci_rules_disabled(ctx->rules, f->rule_id)) {
		hvci_finding_clear(f);
		return;
	}
	hvci_tu_result_add(ctx->res, f);
}
