/*
 * analyze.c - analyses one translation unit: builds the command line,
 * parses with libclang (keep-going, so a file with errors still yields the
 * functions that parsed), walks it with every registered check, applies
 * suppressions, and records the parse status as a tool note.  A session
 * keeps the translation unit for an editor and reparses it with a
 * precompiled preamble.  Workers, timeouts and crash isolation are the
 * caller's business (cli/).
 */
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "diag/suppress.h"
#include "engine/engine.h"
#include "util/util.h"

#define HVCI_CHECK(name) void hvci_check_##name##_register(hvci_registry *r);
#include "checks/check_list.h"
#undef HVCI_CHECK

static void register_checks(hvci_registry *r)
{
	memset(r, 0, sizeof *r);
#define HVCI_CHECK(name) hvci_check_##name##_register(r);
#include "checks/check_list.h"
#undef HVCI_CHECK
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef struct {
	const hvci_analyze_options *o;
	const char *main_file;
	const char *directory;
	CXTranslationUnit tu;
	hvci_ctx *ctx;
	/* The skipped ranges of the last file asked about: the suppression
	 * scan asks line by line, file by file. */
	char *sk_file;
	hvci_skipped *sk;
	size_t n_sk;
} text_src;

/* 1 when the preprocessor skipped the line (#if 0 and friends). */
static int skipped_line(void *ud, const char *file, unsigned line)
{
	text_src *t = ud;
	if (!t->sk_file || strcmp(t->sk_file, file)) {
		free(t->sk_file);
		free(t->sk);
		t->sk_file = hvci_strdup(file);
		t->sk = NULL;
		t->n_sk = 0;
		CXFile f = clang_getFile(t->tu, file);
		if (f)
			t->sk = hvci_skipped_ranges(t->tu, f, &t->n_sk);
	}
	for (size_t i = 0; i < t->n_sk; i++)
		if (line >= t->sk[i].first_line && line <= t->sk[i].last_line)
			return 1;
	return 0;
}

static const char *read_text(void *ud, const char *file, size_t *len)
{
	text_src *t = ud;
	if (t->o->unsaved_text && !strcmp(file, t->main_file)) {
		*len = t->o->unsaved_len;
		return t->o->unsaved_text;
	}
	/* Usually read already for the findings' source lines; lent, not
	 * copied, since a copy of a large file is pages touched for nothing. */
	return hvci_srccache_text(t->ctx, file, len);
}

static int finding_cmp(const void *a, const void *b)
{
	const hvci_finding *x = a, *y = b;
	int c = strcmp(x->loc.file, y->loc.file);
	if (c)
		return c;
	if (x->loc.line != y->loc.line)
		return x->loc.line < y->loc.line ? -1 : 1;
	if (x->loc.col != y->loc.col)
		return x->loc.col < y->loc.col ? -1 : 1;
	return strcmp(x->rule_id, y->rule_id);
}

/* Same rule at the same place: a loop or a header seen twice. */
static void dedupe(hvci_tu_result *r)
{
	size_t o = 0;
	for (size_t i = 0; i < r->n_findings; i++) {
		if (o > 0 && !finding_cmp(&r->findings[o - 1], &r->findings[i]) &&
		    !strcmp(r->findings[o - 1].message, r->findings[i].message)) {
			hvci_finding_clear(&r->findings[i]);
			continue;
		}
		r->findings[o++] = r->findings[i];
	}
	r->n_findings = o;
}

static void record_parse_errors(hvci_tu_result *res, CXTranslationUnit tu)
{
	unsigned nd = clang_getNumDiagnostics(tu);
	unsigned errors = 0;
	hvci_loc first;
	memset(&first, 0, sizeof first);
	char *first_msg = NULL;
	for (unsigned i = 0; i < nd; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
		if (sev >= CXDiagnostic_Error) {
			if (errors++ == 0) {
				hvci_loc_from_location(clang_getDiagnosticLocation(d), &first);
				CXString s = clang_getDiagnosticSpelling(d);
				first_msg = hvci_strdup(clang_getCString(s));
				clang_disposeString(s);
			}
		}
		clang_disposeDiagnostic(d);
	}
	res->parse_errors = errors;
	if (errors) {
		res->status = HVCI_TU_PARSE_ERRORS;
		hvci_tu_result_add_diag(res, HVCI_SEV_NOTE, &first,
		                        "%u parse error%s in this translation unit (first: %s); "
		                        "findings cover the code that parsed",
		                        errors, errors == 1 ? "" : "s",
		                        first_msg ? first_msg : "?");
	}
	free(first_msg);
	hvci_loc_clear(&first);
}

/* A tool diagnostic for a translation unit libclang could not produce. */
static void record_parse_failure(hvci_tu_result *res, const char *main_file, enum CXErrorCode ec)
{
	/* libclang's own crash recovery caught it: a crash all the same. */
	res->status = ec == CXError_Crashed ? HVCI_TU_CRASHED : HVCI_TU_FAILED;
	hvci_loc l = {(char *)main_file, 1, 1, 0, 0, NULL};
	if (ec == CXError_Crashed)
		hvci_tu_result_add_diag(res, HVCI_SEV_ERROR, &l,
		                        "libclang crashed while parsing this file; other files "
		                        "are analysed, please report this file's compile command");
	else
		hvci_tu_result_add_diag(res, HVCI_SEV_ERROR, &l,
		                        "libclang could not parse this file (error %d); check the "
		                        "compile command and that the file exists",
		                        (int)ec);
}

static hvci_tu_result *new_result(const hvci_analyze_options *o, const hvci_cmdline *cl)
{
	hvci_tu_result *res = hvci_xcalloc(1, sizeof *res);
	res->file = hvci_strdup(o->file);
	for (size_t i = 0; i < cl->n_warnings; i++) {
		hvci_loc l = {cl->main_file, 1, 1, 0, 0, NULL};
		hvci_tu_result_add_diag(res, HVCI_SEV_WARNING, &l, "%s", cl->warnings[i]);
	}
	return res;
}

/* Walks a parsed translation unit with every check and applies suppressions. */
static int analyze_parsed(hvci_tu_result *res, const hvci_rules *rules, const hvci_cmdline *cl,
                          CXTranslationUnit tu, const hvci_analyze_options *o,
                          const hvci_pch *partial, int *whole)
{
	record_parse_errors(res, tu);
	hvci_ctx ctx;
	memset(&ctx, 0, sizeof ctx);
	hvci_stack_start(&ctx);
	ctx.pch_partial = partial;
	ctx.rules = rules;
	ctx.cl = cl;
	ctx.tu = tu;
	ctx.res = res;
	ctx.func = clang_getNullCursor();
	ctx.optout_def = clang_getNullCursor();
	ctx.unsaved_file = o->unsaved_text ? cl->main_file : NULL;
	ctx.unsaved_text = o->unsaved_text;
	ctx.unsaved_len = o->unsaved_len;
	ctx.ext = o->summaries;
	ctx.want_index = o->want_index && !o->unsaved_text;
	ctx.index_no_deps = o->version >= 2 && o->index_no_deps;
	register_checks(&ctx.reg);
	/* Where the time goes, for HVCILINT_DEBUG (docs/speed.md). */
	double t[7];
	t[0] = now();
	hvci_walk_tu(&ctx);
	t[1] = now();
	for (size_t i = 0; i < ctx.reg.n_tu; i++)
		ctx.reg.tu[i](&ctx);
	t[2] = now();
	hvci_cov_finish(&ctx);
	t[3] = now();
	hvci_name_functions(&ctx);
	t[4] = now();
	if (ctx.want_index)
		res->index = hvci_xtu_index(&ctx);
	t[5] = now();
	hvci_xtu_free(&ctx);
	hvci_tops_free(&ctx);
	free(ctx.user_files);
	free(ctx.user_flags);
	free(ctx.incl);
	free(ctx.incl_depth);

	if (res->n_findings > 1)
		qsort(res->findings, res->n_findings, sizeof *res->findings, finding_cmp);
	dedupe(res);
	text_src ts = {o, cl->main_file, cl->directory, tu, &ctx, NULL, NULL, 0};
	int rc = hvci_suppress_apply(res, rules, cl->main_file, read_text, skipped_line, &ts);
	free(ts.sk_file);
	free(ts.sk);
	hvci_srccache_free(&ctx);
	free(ctx.text);
	hvci_ptrmap_free(&ctx.text_of);
	if (whole)
		*whole = ctx.pch_whole;
	t[6] = now();
	if (getenv("HVCILINT_DEBUG"))
		fprintf(stderr,
		        "hvcilint: debug: times: walk %.3f, unit checks %.3f, coverage %.3f, "
		        "names %.3f, index %.3f, sort and suppress %.3f\n",
		        t[1] - t[0], t[2] - t[1], t[3] - t[2], t[4] - t[3], t[5] - t[4],
		        t[6] - t[5]);
	return rc;
}

static void debug_argv(const hvci_cmdline *cl)
{
	if (!getenv("HVCILINT_DEBUG"))
		return;
	/* The exact command libclang sees, for bug reports. */
	for (size_t i = 0; i < cl->argc; i++)
		fprintf(stderr, "%s%s", i ? " " : "hvcilint: debug: argv: ", cl->argv[i]);
	fputc('\n', stderr);
}

/*
 * HVCILINT_ARGV_LOG=FILE appends the unit's first parse command to FILE as
 * one JSON line ({"file", "directory", "argv"}, and "overlay": {"path",
 * "content"} when the command maps includes written in another case), so
 * that the benchmark's baselines parse with exactly these arguments.  One
 * write per line, with O_APPEND, so that workers never interleave.
 */
static void log_argv(const hvci_cmdline *cl)
{
	const char *path = getenv("HVCILINT_ARGV_LOG");
	if (!path || !*path)
		return;
	json_t *a = json_array();
	for (size_t i = 0; i < cl->argc; i++)
		json_array_append_new(a, json_string(cl->argv[i]));
	json_t *o = json_pack("{s:s,s:s,s:o}", "file", cl->main_file, "directory",
	                      cl->directory ? cl->directory : "", "argv", a);
	/* The case-insensitive include map is a temporary file that is gone
	 * after the unit: its content goes along, so the parse can be replayed. */
	json_t *vfs = o && cl->overlay_path ? json_load_file(cl->overlay_path, 0, NULL) : NULL;
	if (vfs)
		json_object_set_new(
		    o, "overlay", json_pack("{s:s,s:o}", "path", cl->overlay_path, "content", vfs));
	char *text = o ? json_dumps(o, JSON_COMPACT) : NULL;
	json_decref(o);
	int fd = text ? open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644) : -1;
	if (fd >= 0) {
		size_t len = strlen(text);
		text[len] = '\n'; /* over the NUL: the line is written as one */
		ssize_t w = write(fd, text, len + 1);
		(void)w;
		close(fd);
	}
	free(text);
}

/* Every error left after recovery, for bug reports and tuning. */
static void debug_errors(CXTranslationUnit tu)
{
	if (!getenv("HVCILINT_DEBUG"))
		return;
	unsigned nd = clang_getNumDiagnostics(tu);
	for (unsigned i = 0; i < nd; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
			CXString s =
			    clang_formatDiagnostic(d, clang_defaultDiagnosticDisplayOptions());
			fprintf(stderr, "hvcilint: debug: %s\n", clang_getCString(s));
			clang_disposeString(s);
		}
		clang_disposeDiagnostic(d);
	}
}

static unsigned error_count(CXTranslationUnit tu)
{
	unsigned nd = clang_getNumDiagnostics(tu), n = 0;
	for (unsigned i = 0; i < nd; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		n += clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error;
		clang_disposeDiagnostic(d);
	}
	return n;
}

static enum CXChildVisitResult count_bodies(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	enum CXCursorKind k = clang_getCursorKind(c);
	if (k == CXCursor_Namespace || k == CXCursor_LinkageSpec || k == CXCursor_ClassDecl ||
	    k == CXCursor_StructDecl || k == CXCursor_ClassTemplate || k == CXCursor_UnexposedDecl)
		return CXChildVisit_Recurse;
	if ((k == CXCursor_FunctionDecl || k == CXCursor_CXXMethod || k == CXCursor_Constructor ||
	     k == CXCursor_Destructor || k == CXCursor_FunctionTemplate) &&
	    clang_isCursorDefinition(c) && !clang_isInvalidDeclaration(c))
		(*(unsigned *)d)++;
	return CXChildVisit_Continue;
}

/* Function definitions the AST holds, valid ones only. */
static unsigned body_count(CXTranslationUnit tu)
{
	unsigned n = 0;
	hvci_visit_top(tu, count_bodies, &n);
	return n;
}

/*
 * One parse of the command.  When the parse shows that the shared PCH on
 * it does not fit the unit, the PCH comes off and the unit is parsed again
 * without it: a PCH may save time, never change what the analysis sees.
 */
static enum CXErrorCode parse(CXIndex idx, hvci_cmdline *cl, hvci_pch *pch,
                              struct CXUnsavedFile *uf, unsigned n_unsaved, unsigned flags,
                              CXTranslationUnit *tu)
{
	for (;;) {
		*tu = NULL;
		debug_argv(cl);
		enum CXErrorCode ec = clang_parseTranslationUnit2FullArgv(
		    idx, NULL, (const char *const *)cl->argv, (int)cl->argc, n_unsaved ? uf : NULL,
		    n_unsaved, flags, tu);
		if (!pch->attached || hvci_pch_fits(pch, ec == CXError_Success ? *tu : NULL))
			return ec;
		if (*tu)
			clang_disposeTranslationUnit(*tu);
		hvci_pch_detach(pch, cl, 1); /* so the next turn is the last */
	}
}

/* Takes the PCH off for a parse of the whole unit; its headers are no
 * longer added to the unit's inclusions, since the parse reads them, and
 * recovery plans from that parse's own walks. */
static void whole_parse(hvci_pch *pch, hvci_cmdline *cl, hvci_recovery *rv)
{
	hvci_pch_detach(pch, cl, 0);
	hvci_strv_free(&pch->inputs);
	hvci_recovery_use_pch(rv, NULL);
}

/* HVCILINT_NO_RECOVERY=1 (any value but 0) turns recovery off. */
static int recovery_off(void)
{
	const char *off = getenv("HVCILINT_NO_RECOVERY");
	return off && *off && strcmp(off, "0");
}

/*
 * Parses again with stand-ins for what the unit's errors say is missing,
 * for a bounded number of passes, keeping the best unit: more function
 * bodies, then fewer errors.  Error counts alone mislead: a function that
 * comes back brings the errors inside its body with it.
 * HVCILINT_NO_RECOVERY=1 turns it off (the benchmark's "before" figures).
 */
static CXTranslationUnit recover(CXIndex idx, hvci_cmdline *cl, hvci_pch *pch, hvci_recovery *rv,
                                 const hvci_rules *rules, CXTranslationUnit tu,
                                 struct CXUnsavedFile *uf, unsigned n_unsaved, unsigned flags,
                                 hvci_buf *snap, double *planning)
{
	if (recovery_off())
		return tu;
	/* `best` is what the analysis gets; `cur` is the last parse, which the
	 * next plan reads even when it lost: a pass that brings a body's
	 * errors into view is often the step before the pass that fixes them. */
	CXTranslationUnit best = tu, cur = tu;
	unsigned errors = error_count(tu), cur_errors = errors;
	unsigned bodies = errors ? body_count(tu) : 0;
	/* How the unit that the analysis gets was parsed, for a later round. */
	if (snap && errors)
		hvci_recovery_snapshot(rv, cl, snap);
	while (cur_errors) {
		double t = now();
		int more = hvci_recovery_plan(rv, cur, rules);
		*planning += now() - t; /* for HVCILINT_DEBUG */
		if (!more)
			break;
		/* Recovery keeps a PCH only when it plans with what the PCH
		 * declares (hvci_recovery_use_pch). */
		int with_pch = hvci_recovery_uses_pch(rv);
		if (!with_pch)
			hvci_pch_detach(pch, cl, 0);
		if (hvci_recovery_apply(rv, cl))
			break;
		CXTranslationUnit again = NULL;
		enum CXErrorCode ec = parse(idx, cl, pch, uf, n_unsaved, flags, &again);
		if (with_pch && !pch->attached) {
			/* The PCH did not fit after all: its parses and this one
			 * do not compare. */
			hvci_recovery_give_up_pch(rv);
			if (again)
				clang_disposeTranslationUnit(again);
			break;
		}
		if (ec != CXError_Success || !again)
			break;
		if (cur != best)
			clang_disposeTranslationUnit(cur);
		cur = again;
		cur_errors = error_count(again);
		unsigned b2 = body_count(again);
		if (b2 > bodies || (b2 == bodies && cur_errors <= errors)) {
			clang_disposeTranslationUnit(best);
			best = again;
			errors = cur_errors;
			bodies = b2;
			if (snap) {
				snap->len = 0;
				hvci_recovery_snapshot(rv, cl, snap);
			}
		}
	}
	if (cur != best)
		clang_disposeTranslationUnit(cur);
	if (best == tu)
		hvci_pch_reattach_inputs(pch, cl); /* the analysis reads the PCH's parse */
	return best;
}

static void record_recovery(hvci_tu_result *res, const hvci_recovery *rv, const hvci_cmdline *cl)
{
	res->coverage.recovery_passes = (unsigned)hvci_recovery_passes(rv);
	size_t n;
	const hvci_loc *at;
	const char *const *h = hvci_recovery_headers(rv, &n, &at);
	hvci_loc unit = {cl->main_file, 1, 1, 0, 0, NULL};
	for (size_t i = 0; i < n; i++) {
		hvci_coverage *c = &res->coverage;
		c->stand_in_headers = hvci_xrealloc(
		    c->stand_in_headers, (c->n_stand_in_headers + 1) * sizeof *c->stand_in_headers);
		c->stand_in_headers[c->n_stand_in_headers++] = hvci_strdup(h[i]);
		hvci_tu_result_add_diag(res, HVCI_SEV_NOTE, at[i].file ? &at[i] : &unit,
		                        "#include '%s' was not found; analysed with an empty "
		                        "stand-in for it",
		                        h[i]);
	}
	const hvci_loc *r;
	const char *note;
	for (size_t k = 0; (r = hvci_recovery_corrected(rv, k, &note)); k++)
		hvci_tu_result_add_diag(res, HVCI_SEV_NOTE, r, "%s", note);
	const hvci_loc *first_at;
	const char *first = hvci_recovery_names(rv, &n, &first_at);
	hvci_coverage *cov = &res->coverage;
	size_t k = 0;
	for (const char *name; (name = hvci_recovery_next_name(rv, &k));) {
		cov->stand_in_names = hvci_xrealloc(
		    cov->stand_in_names, (cov->n_stand_in_names + 1) * sizeof *cov->stand_in_names);
		cov->stand_in_names[cov->n_stand_in_names++] = hvci_strdup(name);
	}
	if (first)
		/* The verdicts never rest on them, but the user should know. */
		hvci_tu_result_add_diag(res, HVCI_SEV_NOTE, first_at->file ? first_at : &unit,
		                        "%zu name%s this unit uses %s declared nowhere (first: "
		                        "'%s'); analysed with stand-in declarations",
		                        n, n == 1 ? "" : "s", n == 1 ? "is" : "are", first);
}

/* A FIFO would block the parse and /dev/zero never end: refused before it. */
static int refuse_special(const char *main_file)
{
	struct stat st;
	if (stat(main_file, &st) != 0 || S_ISREG(st.st_mode))
		return HVCI_OK;
	return hvci_error_set(HVCI_EINVALID, "%s:1: not a regular file (%s); pass a source file",
	                      main_file,
	                      S_ISDIR(st.st_mode)                          ? "a folder"
	                      : S_ISFIFO(st.st_mode)                       ? "a FIFO"
	                      : S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? "a device"
	                                                                   : "a special file");
}

/*
 * A later summary round: parses the unit once as its recovery ended in the
 * earlier analysis (o->replay: that analysis's result so far, with its
 * recovery notes and counts, then the snapshot of the chosen pass).
 * Returns that result so far, or NULL when the replay does not fit the
 * unit (then rv holds nothing worth keeping).
 */
static hvci_tu_result *replay(CXIndex idx, CXIndex *part, hvci_pch *pch, hvci_cmdline *cl,
                              hvci_recovery *rv, const hvci_analyze_options *o,
                              struct CXUnsavedFile *uf, unsigned n_unsaved, unsigned flags,
                              CXTranslationUnit *tu)
{
	const char *p = o->replay, *end = o->replay + o->replay_len, *rec, *snap;
	size_t rec_n, snap_n;
	char **argv;
	size_t argc;
	if (hvci_pack_next(&p, end, &rec, &rec_n) || hvci_pack_next(&p, end, &snap, &snap_n) ||
	    p != end || hvci_recovery_replay(rv, cl, snap, snap_n, &argv, &argc))
		return NULL;
	/* The recovery replayed may have kept a shared PCH: it is loaded
	 * as it was then, when it is still what it was built from. */
	int bad = 0;
	for (size_t i = 0; i + 1 < argc && !bad; i++)
		if (!strcmp(argv[i], "-include-pch"))
			bad = i + 2 >= argc || !hvci_pch_adopt(pch, cl, argv[i + 2]);
	if (pch->attached && pch->partial && !bad)
		*part = clang_createIndex(1, getenv("HVCILINT_DEBUG") != NULL);
	char *text = hvci_xstrndup(rec, rec_n);
	hvci_tu_result *res = NULL;
	bad = bad || hvci_tu_result_from_json(&res, text);
	free(text);
	CXTranslationUnit t = NULL;
	if (!bad &&
	    clang_parseTranslationUnit2FullArgv(
	        *part ? *part : idx, NULL, (const char *const *)argv, (int)argc,
	        n_unsaved ? uf : NULL, n_unsaved, flags, &t) == CXError_Success &&
	    t && hvci_pch_fits(pch, t)) {
		hvci_recovery_adopt(rv, cl, argv, argc);
		debug_argv(cl);
		*tu = t;
		return res;
	}
	if (t)
		clang_disposeTranslationUnit(t);
	hvci_tu_result_free(res);
	hvci_recovery_argv_free(argv);
	hvci_strv_free(&cl->pch_inputs);
	hvci_pch_free(pch);
	hvci_pch_init(pch);
	if (*part)
		clang_disposeIndex(*part);
	*part = NULL;
	return NULL;
}

/* What a later round needs to replay this analysis's recovery (see replay). */
static void keep_replay(hvci_tu_result *res, const hvci_buf *snap)
{
	char *rec = hvci_tu_result_to_json(res);
	hvci_buf b;
	hvci_buf_init(&b);
	hvci_pack_put(&b, rec, strlen(rec));
	hvci_buf_putn(&b, snap->s, snap->len);
	free(rec);
	res->replay_len = b.len;
	res->replay = hvci_buf_take(&b);
}

/*
 * Recovery's passes over a parsed unit, and what they leave in res: the
 * notes on its stand-ins and, with `want`, how a later round replays the
 * pass kept.  Returns the unit the analysis gets.
 */
static CXTranslationUnit recover_into(hvci_tu_result *res, CXIndex idx, hvci_cmdline *cl,
                                      hvci_pch *pch, hvci_recovery *rv, const hvci_rules *rules,
                                      CXTranslationUnit tu, struct CXUnsavedFile *uf,
                                      unsigned n_unsaved, unsigned flags, int want,
                                      double *planning)
{
	hvci_buf snap;
	hvci_buf_init(&snap);
	tu = recover(idx, cl, pch, rv, rules, tu, uf, n_unsaved, flags, want ? &snap : NULL,
	             planning);
	record_recovery(res, rv, cl);
	if (want && hvci_recovery_passes(rv) > 0 && snap.len)
		keep_replay(res, &snap);
	hvci_buf_free(&snap);
	return tu;
}

/* Whether the analysis keeps recovery between runs (replay_cache.c): with
 * a PCH folder, for files on disk, when replays are wanted at all. */
static int keeps_replays(const hvci_analyze_options *o)
{
	return o->version >= 4 && o->pch_dir && !o->unsaved_text && o->want_replay &&
	       !recovery_off();
}

/*
 * The recovery an earlier run kept for this unit, replayed (see replay):
 * only when the PCH this run gives the unit is the one that analysis was
 * given (`was`, "" for none), so a replay kept before the unit's PCH
 * existed gives way to the usual analysis, which keeps a new one.
 * *attached_as is what this run gives, and *pch_done says the PCH is
 * attached already as the usual analysis wants it.
 */
static hvci_tu_result *replay_kept(const char *kept, size_t kept_len, const char *was, CXIndex idx,
                                   CXIndex *part, hvci_pch *pch, hvci_cmdline *cl,
                                   hvci_recovery **rv, const hvci_analyze_options *o,
                                   struct CXUnsavedFile *uf, unsigned n_unsaved, unsigned flags,
                                   CXTranslationUnit *tu, char **attached_as, int *pch_done)
{
	hvci_pch_attach(pch, cl, o->pch_dir);
	*pch_done = 1;
	*attached_as = hvci_strdup(pch->attached ? pch->path : "");
	if (pch->crashed)
		return NULL; /* the unit is not parsed (see hvci_pch.crashed) */
	if (strcmp(was, *attached_as)) {
		if (getenv("HVCILINT_DEBUG"))
			fprintf(stderr,
			        "hvcilint: debug: replay kept from an earlier run: another PCH "
			        "('%s', was '%s')\n",
			        *attached_as, was);
		return NULL;
	}
	hvci_pch_detach(pch, cl, 0);
	hvci_pch_free(pch);
	hvci_pch_init(pch);
	*pch_done = 0;
	hvci_analyze_options ko = *o;
	ko.replay = kept;
	ko.replay_len = kept_len;
	hvci_tu_result *res = replay(idx, part, pch, cl, *rv, &ko, uf, n_unsaved, flags, tu);
	if (getenv("HVCILINT_DEBUG"))
		fprintf(stderr, "hvcilint: debug: replay kept from an earlier run: %s\n",
		        res ? "used" : "refused");
	if (!res) {
		/* Whatever the refused replay wrote goes with its folder. */
		hvci_recovery_free(*rv);
		*rv = hvci_recovery_new();
	}
	return res;
}

/* The unit's command line as hvci_analyze_tu parses it first. */
static int make_cmdline(hvci_cmdline *cl, const hvci_analyze_options *o)
{
	int rc = hvci_cmdline_build(cl, o);
	if (rc)
		return rc;
	if (!o->unsaved_text && (rc = refuse_special(cl->main_file))) {
		hvci_cmdline_free(cl);
		return rc;
	}
	/* Read once: the include scan, the PCH prefix and the findings' lines
	 * all want it, and each reading a large file again cost its pages. */
	if (o->unsaved_text) {
		hvci_caseinc_prepare(cl, o->unsaved_text, o->unsaved_len);
	} else {
		cl->main_text = hvci_read_file(cl->main_file, &cl->main_len);
		hvci_caseinc_prepare(cl, cl->main_text, cl->main_len);
	}
	hvci_cmdline_finish(cl);
	return HVCI_OK;
}

static int analyze_tu(hvci_tu_result **out, const hvci_rules *rules, const hvci_analyze_options *o);

int hvci_analyze_tu(hvci_tu_result **out, const hvci_rules *rules, const hvci_analyze_options *o)
{
	hvci_file_stamps_unit(1);
	int rc = analyze_tu(out, rules, o);
	hvci_file_stamps_unit(0);
	return rc;
}

static int analyze_tu(hvci_tu_result **out, const hvci_rules *rules, const hvci_analyze_options *o)
{
	*out = NULL;
	double t0 = now();
	hvci_cmdline cl;
	int rc = make_cmdline(&cl, o);
	if (rc)
		return rc;
	hvci_tu_result *res = new_result(o, &cl);
	log_argv(&cl);
	hvci_pch pch;
	hvci_pch_init(&pch);
	CXIndex idx = clang_createIndex(0, getenv("HVCILINT_DEBUG") != NULL);
	struct CXUnsavedFile uf;
	unsigned n_unsaved = 0;
	if (o->unsaved_text) {
		uf.Filename = cl.main_file;
		uf.Contents = o->unsaved_text;
		uf.Length = (unsigned long)o->unsaved_len;
		n_unsaved = 1;
	}
	CXTranslationUnit tu = NULL;
	unsigned flags =
	    CXTranslationUnit_KeepGoing | CXTranslationUnit_DetailedPreprocessingRecord;
	hvci_recovery *rv = hvci_recovery_new();
	CXIndex part = NULL; /* the index of a partial parse (see below) */
	int partial = 0, whole = 0;
	int want = o->version >= 3 && o->want_replay;
	int replaying = o->version >= 3 && o->replay;
	hvci_tu_result *replayed =
	    replaying ? replay(idx, &part, &pch, &cl, rv, o, &uf, n_unsaved, flags, &tu) : NULL;
	/* Recovery an earlier run kept (replay_cache.c), instead of its passes. */
	char *cache_key =
	    !replaying && keeps_replays(o)
	        ? hvci_replay_key(&cl, o->file, o->directory, hvci_rules_names_hash(rules))
	        : NULL;
	size_t kept_len = 0;
	char *was = NULL, *attached_as = NULL;
	char *kept = cache_key ? hvci_replay_load(o->pch_dir, cache_key, &kept_len, &was) : NULL;
	int pch_done = 0;
	if (kept) {
		double tk = now();
		replayed = replay_kept(kept, kept_len, was, idx, &part, &pch, &cl, &rv, o, &uf,
		                       n_unsaved, flags, &tu, &attached_as, &pch_done);
		free(kept);
		free(was);
		if (replayed && getenv("HVCILINT_DEBUG"))
			fprintf(stderr,
			        "hvcilint: debug: times: setup %.3f, replay %.3f (PCH, files and "
			        "parse; kept from an earlier run)\n",
			        tk - t0, now() - tk);
	}
	if (replayed) {
		hvci_tu_result_free(res);
		res = replayed;
		partial = part != NULL;
	} else {
		if (replaying) {
			/* Whatever the refused replay wrote goes with its folder. */
			hvci_recovery_free(rv);
			rv = hvci_recovery_new();
		}
		/* Not for a replay: its one parse is the command recovery's
		 * snapshot kept, with the PCH it loaded (see replay). */
		if (o->version >= 4 && !o->unsaved_text && !pch_done) {
			hvci_pch_attach(&pch, &cl, o->pch_dir);
			free(attached_as);
			attached_as = hvci_strdup(pch.attached ? pch.path : "");
		}
		/* A PCH of WDK headers only is loaded with its declarations left
		 * out of root walks: reading them back cost more than the PCH
		 * saved, and the walks want the user's code. */
		if (pch.attached && pch.partial)
			part = clang_createIndex(1, getenv("HVCILINT_DEBUG") != NULL);
		double tp = now();
		/* libclang crashed building the unit's PCH: reported as a crash
		 * of the unit's parse, which it is, of the headers it opens with. */
		enum CXErrorCode ec =
		    pch.crashed ? CXError_Crashed
		                : parse(part ? part : idx, &cl, &pch, &uf, n_unsaved, flags, &tu);
		const hvci_pch_names *names = NULL;
		if (part && ec == CXError_Success && tu && pch.attached && error_count(tu)) {
			/* Recovery collects names over the whole unit: it plans
			 * with what the PCH declares, from its names file, or
			 * starts from a parse without the PCH. */
			names = hvci_pch_names_of(&pch, &cl);
			if (names) {
				hvci_recovery_use_pch(rv, names);
			} else {
				clang_disposeTranslationUnit(tu);
				tu = NULL;
				whole_parse(&pch, &cl, rv);
				ec = parse(idx, &cl, &pch, &uf, n_unsaved, flags, &tu);
			}
		}
		partial = part && tu && pch.attached;
		double tr = now();
		if (ec != CXError_Success || !tu)
			record_parse_failure(res, cl.main_file, ec);
		else if (hvci_user_mode_unit(tu, &cl)) {
			res->status = HVCI_TU_SKIPPED;
			hvci_loc l = {cl.main_file, 1, 1, 0, 0, NULL};
			hvci_tu_result_add_diag(res, HVCI_SEV_NOTE, &l,
			                        "user-mode code (it includes windows.h and no "
			                        "kernel header): not a driver unit, not analysed");
			clang_disposeTranslationUnit(tu);
			tu = NULL;
		}
		double planning = 0;
		if (tu)
			tu = recover_into(res, partial ? part : idx, &cl, &pch, rv, rules, tu, &uf,
			                  n_unsaved, flags, want, &planning);
		if (tu && names && hvci_recovery_needs_whole(rv)) {
			/* A plan needed what only the whole unit tells: the unit is
			 * recovered again, from its command as given and a parse
			 * without the PCH, as if it never had one. */
			clang_disposeTranslationUnit(tu);
			tu = NULL;
			hvci_tu_result_free(res);
			hvci_recovery_free(rv);
			rv = hvci_recovery_new();
			hvci_pch_free(&pch);
			hvci_pch_init(&pch);
			hvci_cmdline_free(&cl);
			partial = 0;
			rc = make_cmdline(&cl, o);
			res = rc ? NULL : new_result(o, &cl);
			uf.Filename = rc ? NULL : cl.main_file;
			ec = rc ? CXError_Failure
			        : parse(idx, &cl, &pch, &uf, n_unsaved, flags, &tu);
			if (ec == CXError_Success && tu)
				tu = recover_into(res, idx, &cl, &pch, rv, rules, tu, &uf,
				                  n_unsaved, flags, want, &planning);
			else if (!rc)
				record_parse_failure(res, cl.main_file, ec);
		}
		if (getenv("HVCILINT_DEBUG"))
			fprintf(stderr,
			        "hvcilint: debug: times: setup %.3f, parse %.3f, recovery %.3f (%d "
			        "passes, planning %.3f; PCH: %s)\n",
			        tp - t0, tr - tp, now() - tr, hvci_recovery_passes(rv), planning,
			        partial ? (names ? "kept by recovery" : "kept")
			        : names ? "left for recovery"
			        : part  ? "left for the errors"
			                : "none");
		if (!tu) {
			clang_disposeIndex(idx);
			if (part)
				clang_disposeIndex(part);
			hvci_pch_free(&pch);
			hvci_recovery_free(rv);
			free(cache_key);
			free(attached_as);
			if (rc)
				return rc; /* make_cmdline freed cl */
			hvci_cmdline_free(&cl);
			res->seconds = now() - t0;
			*out = res;
			return HVCI_OK;
		}
	}
	debug_errors(tu);
	rc = analyze_parsed(res, rules, &cl, tu, o, partial ? &pch : NULL, &whole);
	if (!rc && whole) {
		/* A check asked what only the whole unit answers: the unit is
		 * analysed again, parsed without the PCH. */
		clang_disposeTranslationUnit(tu);
		tu = NULL;
		hvci_tu_result_free(res);
		res = new_result(o, &cl);
		whole_parse(&pch, &cl, rv);
		enum CXErrorCode ec = parse(idx, &cl, &pch, &uf, n_unsaved, flags, &tu);
		if (ec != CXError_Success || !tu) {
			record_parse_failure(res, cl.main_file, ec);
		} else {
			double planning = 0;
			tu = recover_into(res, idx, &cl, &pch, rv, rules, tu, &uf, n_unsaved, flags,
			                  want, &planning);
			rc = analyze_parsed(res, rules, &cl, tu, o, NULL, NULL);
		}
	}
	/* A unit recovered in this analysis keeps its replay for the next run. */
	if (!rc && cache_key && tu && res->replay)
		hvci_replay_store(o->pch_dir, cache_key, attached_as ? attached_as : "", tu, &cl,
		                  rv, res->replay, res->replay_len);
	free(cache_key);
	free(attached_as);
	if (tu)
		clang_disposeTranslationUnit(tu);
	clang_disposeIndex(idx);
	if (part)
		clang_disposeIndex(part);
	hvci_pch_free(&pch);
	hvci_recovery_free(rv);
	hvci_cmdline_free(&cl);
	res->seconds = now() - t0;
	if (rc) {
		hvci_tu_result_free(res);
		return rc;
	}
	*out = res;
	return HVCI_OK;
}

/* ---- sessions: one translation unit kept alive for an editor --------------- */

struct hvci_session {
	hvci_analyze_options o; /* file, directory and argv point into cl */
	hvci_cmdline cl;        /* kept: its VFS overlay file must outlive reparses */
	char *file;
	CXIndex idx;
	CXTranslationUnit tu; /* NULL until the first successful parse */
	hvci_recovery *rv;    /* its stand-ins, kept for the reparses */
};

int hvci_session_open(hvci_session **out, const hvci_analyze_options *o)
{
	*out = NULL;
	hvci_session *s = hvci_xcalloc(1, sizeof *s);
	int rc = hvci_cmdline_build(&s->cl, o);
	if (rc) {
		free(s);
		return rc;
	}
	if (!o->unsaved_text && (rc = refuse_special(s->cl.main_file))) {
		hvci_cmdline_free(&s->cl);
		free(s);
		return rc;
	}
	hvci_caseinc_prepare(&s->cl, o->unsaved_text, o->unsaved_len);
	hvci_cmdline_finish(&s->cl);
	s->o = *o;
	s->file = hvci_strdup(o->file);
	s->o.file = s->file;
	s->o.directory = s->cl.directory;
	s->o.argv = NULL;
	s->o.wdk_fallback_dir = NULL;
	s->o.resource_dir = NULL;
	s->o.unsaved_text = NULL;
	s->o.unsaved_len = 0;
	s->idx = clang_createIndex(0, getenv("HVCILINT_DEBUG") != NULL);
	*out = s;
	return HVCI_OK;
}

void hvci_session_command(const hvci_session *s, const char *const **argv, size_t *argc,
                          const char **directory)
{
	*argv = (const char *const *)s->cl.argv;
	*argc = s->cl.argc;
	*directory = s->cl.directory;
}

int hvci_session_analyze(hvci_session *s, hvci_tu_result **out, const hvci_rules *rules,
                         const char *text, size_t len)
{
	*out = NULL;
	double t0 = now();
	hvci_analyze_options o = s->o;
	o.unsaved_text = text;
	o.unsaved_len = len;
	hvci_tu_result *res = new_result(&o, &s->cl);
	struct CXUnsavedFile uf = {s->cl.main_file, text, (unsigned long)len};
	unsigned n_unsaved = text ? 1 : 0;
	enum CXErrorCode ec;
	if (s->tu) {
		ec = (enum CXErrorCode)clang_reparseTranslationUnit(
		    s->tu, n_unsaved, n_unsaved ? &uf : NULL, clang_defaultReparseOptions(s->tu));
		if (ec != CXError_Success) {
			/* A failed reparse leaves the unit unusable: start over. */
			clang_disposeTranslationUnit(s->tu);
			s->tu = NULL;
		}
	}
	if (!s->tu) {
		debug_argv(&s->cl);
		/* The preamble (the #include block) is compiled once and reused
		 * by every reparse, so edits below it cost only the file body. */
		ec = clang_parseTranslationUnit2FullArgv(
		    s->idx, NULL, (const char *const *)s->cl.argv, (int)s->cl.argc,
		    n_unsaved ? &uf : NULL, n_unsaved,
		    CXTranslationUnit_KeepGoing | CXTranslationUnit_DetailedPreprocessingRecord |
		        CXTranslationUnit_PrecompiledPreamble |
		        CXTranslationUnit_CreatePreambleOnFirstParse,
		    &s->tu);
		if (ec != CXError_Success || !s->tu) {
			s->tu = NULL;
			record_parse_failure(res, s->cl.main_file, ec);
			res->seconds = now() - t0;
			*out = res;
			return HVCI_OK;
		}
		/* Once per session: the stand-ins then stay on its command line. */
		if (!s->rv) {
			double planning = 0;
			hvci_pch none; /* an editor's unit has text the PCH never saw */
			hvci_pch_init(&none);
			s->rv = hvci_recovery_new();
			s->tu = recover(s->idx, &s->cl, &none, s->rv, rules, s->tu, &uf, n_unsaved,
			                CXTranslationUnit_KeepGoing |
			                    CXTranslationUnit_DetailedPreprocessingRecord |
			                    CXTranslationUnit_PrecompiledPreamble |
			                    CXTranslationUnit_CreatePreambleOnFirstParse,
			                NULL, &planning);
		}
	}
	if (s->rv)
		record_recovery(res, s->rv, &s->cl);
	int rc = analyze_parsed(res, rules, &s->cl, s->tu, &o, NULL, NULL);
	res->seconds = now() - t0;
	if (rc) {
		hvci_tu_result_free(res);
		return rc;
	}
	*out = res;
	return HVCI_OK;
}

void hvci_session_drop_copy(hvci_session *s)
{
	if (!s)
		return;
	if (s->tu)
		clang_disposeTranslationUnit(s->tu);
	s->tu = NULL;
	clang_disposeIndex(s->idx);
	s->idx = NULL;
	hvci_recovery_free(s->rv);
	s->rv = NULL;
}

void hvci_session_free(hvci_session *s)
{
	if (!s)
		return;
	if (s->tu)
		clang_disposeTranslationUnit(s->tu);
	clang_disposeIndex(s->idx);
	hvci_recovery_free(s->rv);
	hvci_cmdline_free(&s->cl);
	free(s->file);
	free(s);
}
