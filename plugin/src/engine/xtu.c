/*
 * xtu.c - wrapper summaries across translation units, and the index a unit
 * hands to the incremental store.
 *
 * A unit exports the forwarding summary of each function it defines with
 * external linkage ("parameter 1 reaches ExAllocatePoolWithTag's pool
 * type"), keyed by the function's USR, and lists the functions it calls
 * without defining them.  The caller (cli/) gathers every unit's exports
 * into a project table (hvci_summaries) and analyses a unit again when the
 * summaries its calls resolve to have changed; a call into another file's
 * wrapper is then checked exactly like a call into a wrapper of its own
 * file, with the note pointing at the inner call in the other file.
 *
 * (The project table itself is summaries.c.)
 *
 * The index also lists every file the unit read (from clang_getInclusions)
 * with its content hash, so a later run can tell that nothing changed
 * (unless the caller says nothing will store or fix the results).
 * A file parsed from a corrected copy (recover_msvc.c) is recorded as
 * "orig:HASH", the hash of the user's own text as clang read it before the
 * correction: the store compares that with the file, and --fix, which
 * needs the hash of the bytes parsed, leaves such a file alone and says
 * why (before, the entry was the copy's hash, which never matched the
 * file, and --fix said the file had changed).
 * Files that were looked for and not found are not recorded: a new header
 * that shadows an old one on the include path needs --full.  A unit that
 * recovery gave stand-ins is the exception, since its result rests on what
 * was missing: its stand-in files (gone after the analysis) are left out,
 * and the index records every folder a header could be found in by its
 * entry names ("dir:HASH") and each header that got an empty stand-in, under
 * each of those folders, as absent ("-"), so the store reuses its result
 * only while they hold (store/incremental.c).
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"
#include "util/util.h"

/* One external function as seen by this unit. */
typedef struct {
	char *usr;
	hvci_forward *fw; /* resolved against this unit's rule table */
	size_t n_fw;
} xtu_ext;

struct hvci_xtu {
	json_t *defs;  /* usr -> summary, what this unit exports */
	json_t *calls; /* usr -> true, functions called but not defined here */
	xtu_ext *ext;
	size_t n_ext;
};

static struct hvci_xtu *state(hvci_ctx *ctx)
{
	if (!ctx->xtu) {
		ctx->xtu = hvci_xcalloc(1, sizeof *ctx->xtu);
		ctx->xtu->defs = json_object();
		ctx->xtu->calls = json_object();
	}
	return ctx->xtu;
}

static char *usr_of(CXCursor c)
{
	CXString s = clang_getCursorUSR(c);
	const char *u = clang_getCString(s);
	char *r = u && *u ? hvci_strdup(u) : NULL;
	clang_disposeString(s);
	return r;
}

static json_t *loc_json(const hvci_loc *l)
{
	return json_pack("{s:s,s:i,s:i,s:i,s:i}", "file", l->file ? l->file : "", "line", l->line,
	                 "column", l->col, "end_line", l->end_line, "end_column", l->end_col);
}

static json_t *forward_json(hvci_ctx *ctx, const hvci_forward *f)
{
	char mask[24];
	snprintf(mask, sizeof mask, "0x%llx", (unsigned long long)f->mask);
	json_t *o = json_pack("{s:i,s:s,s:s,s:i,s:i,s:s,s:b}", "param", f->param, "mask", mask,
	                      "api", f->row->api, "arg", f->row->arg, "kind", (int)f->row->kind,
	                      "inner_api", f->inner_api ? f->inner_api : "", "optin", f->optin);
	if (f->alias == HVCI_ALIAS_LOCK) {
		json_object_set_new(o, "alias", json_string("lock"));
	} else if (f->alias) {
		/* Said in words too, for whoever reads the index. */
		char *text =
		    hvci_asprintf(f->alias == HVCI_ALIAS_FLAGS
		                      ? "forges the flags of an MDL over its %s argument"
		                      : "writes through a writable alias of its %s argument",
		                  hvci_ordinal(f->param));
		json_object_set_new(o, "alias", json_true());
		if (f->alias == HVCI_ALIAS_FLAGS)
			json_object_set_new(o, "forges_flags", json_true());
		json_object_set_new(o, "summary", json_string(text));
		free(text);
	}
	if (f->via)
		json_object_set_new(o, "via", json_pack("[si]", f->via, f->via_k));
	if (f->ext_at.file) {
		/* Forwarded on through another file's wrapper: that note still holds. */
		json_object_set_new(o, "at", loc_json(&f->ext_at));
	} else if (!hvci_cursor_is_null(f->inner_call) &&
	           hvci_is_user_loc(ctx, clang_getCursorLocation(f->inner_call))) {
		hvci_loc l;
		hvci_loc_from_cursor(ctx, f->inner_call, &l);
		json_object_set_new(o, "at", loc_json(&l));
		hvci_loc_clear(&l);
	}
	return o;
}

void hvci_xtu_export(hvci_ctx *ctx)
{
	if (!ctx->want_index)
		return;
	struct hvci_xtu *x = state(ctx);
	for (size_t i = 0; i < ctx->n_sums; i++) {
		const hvci_summary *s = ctx->sums[i];
		if (s->state != 2 || !s->n_fw ||
		    clang_getCursorLinkage(s->def) != CXLinkage_External ||
		    !hvci_is_user_loc(ctx, clang_getCursorLocation(s->def)))
			continue;
		char *usr = usr_of(s->def);
		if (!usr)
			continue;
		json_t *fw = json_array();
		for (size_t j = 0; j < s->n_fw; j++)
			json_array_append_new(fw, forward_json(ctx, &s->fw[j]));
		CXString name = clang_getCursorSpelling(s->def);
		json_object_set_new(
		    x->defs, usr, json_pack("{s:s,s:o}", "name", clang_getCString(name), "fw", fw));
		clang_disposeString(name);
		free(usr);
	}
}

static void loc_from(json_t *o, hvci_loc *l)
{
	memset(l, 0, sizeof *l);
	if (!json_is_object(o))
		return;
	l->file = hvci_strdup(json_string_value(json_object_get(o, "file")));
	l->line = (unsigned)json_integer_value(json_object_get(o, "line"));
	l->col = (unsigned)json_integer_value(json_object_get(o, "column"));
	l->end_line = (unsigned)json_integer_value(json_object_get(o, "end_line"));
	l->end_col = (unsigned)json_integer_value(json_object_get(o, "end_column"));
}

/* A summary's forwards, with rows looked up in this unit's rule table. */
static void resolve(hvci_ctx *ctx, json_t *sum, xtu_ext *e)
{
	size_t i;
	json_t *f;
	json_array_foreach(json_object_get(sum, "fw"), i, f)
	{
		const char *api = json_string_value(json_object_get(f, "api"));
		int arg = (int)json_integer_value(json_object_get(f, "arg"));
		int kind = (int)json_integer_value(json_object_get(f, "kind"));
		size_t nrows = 0;
		const hvci_api_row *rows = api ? hvci_rules_lookup(ctx->rules, api, &nrows) : NULL;
		const hvci_api_row *row = NULL;
		if (api && !strcmp(api, hvci_store_row()->api))
			row = hvci_store_row(); /* a plain store, no table row */
		for (size_t k = 0; k < nrows && !row; k++)
			if (rows[k].arg == arg && (int)rows[k].kind == kind)
				row = &rows[k];
		if (!row)
			continue; /* another rule table: the caller re-analyses with ours */
		e->fw = hvci_xrealloc(e->fw, (e->n_fw + 1) * sizeof *e->fw);
		hvci_forward *w = &e->fw[e->n_fw++];
		memset(w, 0, sizeof *w);
		w->param = (int)json_integer_value(json_object_get(f, "param"));
		const char *m = json_string_value(json_object_get(f, "mask"));
		w->mask = m ? strtoull(m, NULL, 16) : 0;
		w->row = row;
		w->inner_call = clang_getNullCursor();
		w->inner_api = hvci_strdup(json_string_value(json_object_get(f, "inner_api")));
		w->optin = json_is_true(json_object_get(f, "optin"));
		json_t *alias = json_object_get(f, "alias");
		const char *akind = json_string_value(alias);
		w->alias = akind && !strcmp(akind, "lock")                    ? HVCI_ALIAS_LOCK
		           : !json_is_true(alias)                             ? 0
		           : json_is_true(json_object_get(f, "forges_flags")) ? HVCI_ALIAS_FLAGS
		                                                              : HVCI_ALIAS_WRITE;
		json_t *at = json_object_get(f, "at");
		if (json_is_object(at))
			loc_from(at, &w->ext_at);
		w->via = e->usr;
		w->via_k = (int)i;
	}
}

const hvci_forward *hvci_xtu_lookup(hvci_ctx *ctx, CXCursor ref, size_t *n)
{
	*n = 0;
	if (!ctx->want_index && !ctx->ext)
		return NULL;
	char *usr = usr_of(ref);
	if (!usr)
		return NULL;
	struct hvci_xtu *x = state(ctx);
	if (ctx->want_index)
		json_object_set_new(x->calls, usr, json_true());
	xtu_ext *e = NULL;
	for (size_t i = 0; i < x->n_ext && !e; i++)
		if (!strcmp(x->ext[i].usr, usr))
			e = &x->ext[i];
	if (!e) {
		x->ext = hvci_xrealloc(x->ext, (x->n_ext + 1) * sizeof *x->ext);
		e = &x->ext[x->n_ext++];
		memset(e, 0, sizeof *e);
		e->usr = hvci_strdup(usr);
		json_t *sum = ctx->ext ? hvci_summaries_get(ctx->ext, usr) : NULL;
		if (sum)
			resolve(ctx, sum, e);
	}
	free(usr);
	*n = e->n_fw;
	return e->n_fw ? e->fw : NULL;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

typedef struct {
	hvci_ctx *ctx;
	json_t *deps;
	json_t *originals; /* user file -> hash of its own text, for corrected copies */
} incl_walk;

static void on_inclusion(CXFile f, CXSourceLocation *stack, unsigned len, CXClientData d)
{
	(void)stack;
	(void)len;
	incl_walk *w = d;
	CXString s = clang_getFileName(f);
	const char *name = clang_getCString(s);
	if (name && hvci_in_standins(w->ctx->cl, name))
		name = NULL; /* a stand-in file, made again by each analysis */
	if (name && *name) {
		/* The bytes clang parsed, not the file as it is now: a file edited
		 * during the analysis must not pass for the one analysed (the store
		 * would reuse, and --fix would edit, the wrong content). */
		size_t size = 0;
		const char *text = clang_getFileContents(w->ctx->tu, f, &size);
		char *abs = hvci_abspath(name, w->ctx->cl->directory);
		char hex[17];
		/* Parsed from a corrected copy: the user's own text as clang read
		 * it before correcting it, which is what the analysis rests on. */
		const char *orig = json_string_value(json_object_get(w->originals, abs));
		if (orig && strlen(orig) == 16) {
			/* Not a hash of the bytes parsed: --fix edits nothing here. */
			char *t = hvci_asprintf("orig:%s", orig);
			json_object_set_new(w->deps, abs, json_string(t));
			free(t);
		} else if (text) {
			snprintf(hex, sizeof hex, "%016llx",
			         (unsigned long long)hvci_hash_bytes(HVCI_HASH_INIT, text, size));
			json_object_set_new(w->deps, abs, json_string(hex));
		} else if (hvci_hash_file(abs, hex) == 0) {
			json_object_set_new(w->deps, abs, json_string(hex));
		}
		free(abs);
	}
	clang_disposeString(s);
}

/* What a unit with stand-ins rests on besides its files (see the top). */
static void standin_deps(hvci_ctx *ctx, json_t *deps)
{
	hvci_strv files = {0}, dirs = {0}, hashes = {0}, absent = {0};
	const char *k;
	json_t *v;
	json_object_foreach(deps, k, v) hvci_strv_push(&files, k);
	const hvci_coverage *cov = &ctx->res->coverage;
	hvci_header_search(ctx->cl, &files, cov->stand_in_headers, cov->n_stand_in_headers, &dirs,
	                   &hashes, &absent);
	for (size_t i = 0; i < dirs.n; i++) {
		char *t = hvci_asprintf("dir:%s", hashes.v[i]);
		json_object_set_new(deps, dirs.v[i], json_string(t));
		free(t);
	}
	for (size_t i = 0; i < absent.n; i++)
		json_object_set_new(deps, absent.v[i], json_string("-"));
	hvci_strv_free(&files);
	hvci_strv_free(&dirs);
	hvci_strv_free(&hashes);
	hvci_strv_free(&absent);
}

char *hvci_xtu_index(hvci_ctx *ctx)
{
	struct hvci_xtu *x = state(ctx);
	incl_walk w = {ctx, json_object(), NULL};
	/* Hashing every header costs a --no-db run time for nothing. */
	if (!ctx->index_no_deps) {
		if (ctx->cl->standin_dir) {
			char *p =
			    hvci_asprintf("%s/%s", ctx->cl->standin_dir, HVCI_RECOVERY_ORIGINALS);
			w.originals = json_load_file(p, 0, NULL);
			free(p);
		}
		hvci_unit_inclusions(ctx, on_inclusion, &w);
		json_decref(w.originals);
		if (ctx->cl->standin_dir)
			standin_deps(ctx, w.deps);
	}
	/* Sorted, so that hashing the calls never depends on walking order. */
	size_t nc = json_object_size(x->calls), i = 0;
	const char **keys = hvci_xcalloc(nc + 1, sizeof *keys);
	const char *k;
	json_t *v;
	json_object_foreach(x->calls, k, v) keys[i++] = k;
	qsort(keys, nc, sizeof *keys, cmp_str);
	json_t *calls = json_array();
	for (i = 0; i < nc; i++)
		json_array_append_new(calls, json_string(keys[i]));
	free(keys);
	json_t *o = json_pack("{s:o,s:O,s:o}", "deps", w.deps, "defs", x->defs, "calls", calls);
	char *text = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(o);
	hvci_xtu_free(ctx);
	return text;
}

void hvci_xtu_free(hvci_ctx *ctx)
{
	struct hvci_xtu *x = ctx->xtu;
	if (!x)
		return;
	json_decref(x->defs);
	json_decref(x->calls);
	for (size_t i = 0; i < x->n_ext; i++) {
		for (size_t j = 0; j < x->ext[i].n_fw; j++) {
			free(x->ext[i].fw[j].inner_api);
			hvci_loc_clear(&x->ext[i].fw[j].ext_at);
		}
		free(x->ext[i].fw);
		free(x->ext[i].usr);
	}
	free(x->ext);
	free(x);
	ctx->xtu = NULL;
}
