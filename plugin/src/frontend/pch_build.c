/*
 * pch_build.c - builds one shared PCH from a unit's prefix (pch_prefix.c)
 * and checks what it brought in; pch.c keys, caches and attaches it.
 *
 * The prefix is parsed with the unit's command (the case overlay left
 * out) and saved only when the PCH can stand in for those lines in every
 * unit of the key: no error; WDK and clang headers only, each behind a
 * guard (the parse reads them again where the user's files include them)
 * or shown to change nothing when read again (pch_reread.c);
 * no guard the scan took for undefined that the build defines; and no
 * macro of the prefix's #define lines that a header after it defines or
 * #undefs (the parse reads those lines again too).  Otherwise the first
 * line that fails is written down (base.bad), and the lines before it may
 * make a PCH of their own.  Beside the PCH go its description (base.json:
 * its inputs with their sizes and times, the variables it declares,
 * whether it declares a file-static one) and the names file for recovery
 * (pch_names.c).
 */
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "frontend/frontend.h"
#include "frontend/pch_int.h"
#include "util/util.h"

static char *real_name(CXFile f)
{
	CXString s = clang_File_tryGetRealPathName(f);
	const char *c = clang_getCString(s);
	char *r = NULL;
	if (c && *c)
		r = hvci_strdup(c);
	clang_disposeString(s);
	if (!r) {
		s = clang_getFileName(f);
		c = clang_getCString(s);
		r = hvci_strdup(c ? c : "");
		clang_disposeString(s);
	}
	return r;
}

/* Keeps in *at the earlier of its line and `line` (0 is none). */
static void earliest(size_t *at, size_t line)
{
	if (line && (!*at || line < *at))
		*at = line;
}

typedef struct {
	CXTranslationUnit tu;
	json_t *direct; /* [[prefix line, real path], ...] */
	json_t *inputs; /* [[path, size, mtime s, mtime ns], ...] */
	int unchecked;  /* an input whose size and time cannot be read */
	const hvci_cmdline *cl;
	/* The first prefix line the PCH cannot hold (0: none): it brings in a
	 * header of the user's or one without a guard, or names a guard that
	 * the build defines. */
	size_t stop;
	char why[160]; /* what is at `stop`, for HVCILINT_DEBUG */
	int foreign;   /* an input that is neither a WDK nor clang's own header */
	/* The first prefix line that names a WDK header without a guard (0:
	 * none): a stop unless reading it again is shown to change nothing
	 * (pch_reread.c); loose_why names it. */
	size_t loose;
	char loose_why[160];
} build_scan;

/* Notes `line` as a stop with its reason, when it is the earliest yet. */
static void stop_at(build_scan *b, size_t line, const char *what, const char *path)
{
	if (line && (!b->stop || line < b->stop))
		snprintf(b->why, sizeof b->why, "line %zu: %s %s", line, what, path);
	earliest(&b->stop, line);
}

static void scan_inclusion(CXFile f, CXSourceLocation *stack, unsigned depth, CXClientData d)
{
	build_scan *b = d;
	if (depth == 0)
		return; /* the prefix header itself, checked by the parser */
	char *path = real_name(f);
	struct stat st;
	if (stat(path, &st) == 0)
		json_array_append_new(b->inputs, hvci_file_stamp(path, &st));
	else
		b->unchecked = 1;
	int ours = hvci_cmdline_is_wdk_or_clang_path(b->cl, path);
	b->foreign |= !ours;
	if (depth == 1) {
		CXFile from;
		unsigned line;
		clang_getSpellingLocation(stack[0], &from, &line, NULL, NULL);
		json_array_append_new(b->direct, json_pack("[Is]", (json_int_t)line, path));
		if (!ours)
			stop_at(b, line, "a header of the user's,", path);
		/* The prefix's headers are read again where the user's
		 * files include them: only a guard makes that a no-op.
		 * clang's own headers are made to be included again
		 * (stddef.h, stdarg.h: __need_ macros). */
		if (clang_isFileMultipleIncludeGuarded(b->tu, f)) {
			/* read again, passed over */
		} else if (!ours) {
			stop_at(b, line, "no include guard in", path);
		} else if (hvci_cmdline_is_wdk_path(b->cl, path) &&
		           (!b->loose || line < b->loose)) {
			b->loose = line;
			snprintf(b->loose_why, sizeof b->loose_why, "%s", path);
		}
	}
	free(path);
}

/* The variables a PCH declares where the walker's opt-in scan looks (the
 * top level and extern "C" blocks): that scan does not see into a PCH. */
static enum CXChildVisitResult collect_vars(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	enum CXCursorKind k = clang_getCursorKind(c);
	if (k == CXCursor_LinkageSpec)
		return CXChildVisit_Recurse;
	if (k == CXCursor_VarDecl) {
		CXString s = clang_getCursorSpelling(c);
		const char *n = clang_getCString(s);
		if (n && *n)
			json_array_append_new((json_t *)d, json_string(n));
		clang_disposeString(s);
	}
	return CXChildVisit_Continue;
}

/*
 * The macros the prefix's lines name, each with its line: the guards the
 * scan took for undefined (a definition anywhere, the command's included,
 * means the user's header behind it is not read where the scan read it),
 * and the macros of its #define lines (a definition in a header means the
 * line, read again after the PCH, would undo the header's).
 */
typedef struct {
	char **name;
	size_t *line, n;
	int *guard;
	int *soft; /* a default (`#ifndef X` before it): only the probe applies */
	/* A conditional's answer the scan took (pch_prefix.c, open_cond), which
	 * must hold at the end too: 1 defined, 2 undefined, else 0. */
	int *cond;
	const char *prefix; /* the prefix file's path */
	build_scan *b;
} macro_check;

static void free_macros(macro_check *m)
{
	for (size_t i = 0; i < m->n; i++)
		free(m->name[i]);
	free(m->name);
	free(m->line);
	free(m->guard);
	free(m->soft);
	free(m->cond);
}

static void add_macro(macro_check *m, const char *name, size_t len, size_t line, int guard,
                      int soft, int cond)
{
	m->name = hvci_xrealloc(m->name, (m->n + 1) * sizeof *m->name);
	m->cond = hvci_xrealloc(m->cond, (m->n + 1) * sizeof *m->cond);
	m->line = hvci_xrealloc(m->line, (m->n + 1) * sizeof *m->line);
	m->guard = hvci_xrealloc(m->guard, (m->n + 1) * sizeof *m->guard);
	m->soft = hvci_xrealloc(m->soft, (m->n + 1) * sizeof *m->soft);
	m->name[m->n] = hvci_xstrndup(name, len);
	m->cond[m->n] = cond;
	m->guard[m->n] = guard;
	m->soft[m->n] = soft;
	m->line[m->n++] = line;
}

/*
 * The command's -D macros, when the prefix passes over declarations of
 * the user's (HVCI_PCH_LATER, from its line `later` on): those read them
 * where the command defined them, and read after the PCH they would not
 * see one that a WDK header #undefs.  Only the probe applies (a header
 * that defines one again is pch_later.c's to find).
 */
static void command_macros(macro_check *m, const hvci_cmdline *cl, size_t later)
{
	int def;
	for (size_t i = 0; later && cl && i < cl->argc; i++) {
		const char *v = hvci_pch_macro_option(cl, i, &def);
		size_t k = v && def ? hvci_pch_name_len(v) : 0;
		if (k)
			add_macro(m, v, k, later, 0, 1, 0);
	}
}

static void read_macros(macro_check *m, const char *prefix_text, const hvci_cmdline *cl)
{
	size_t later = 0, llen = strlen(HVCI_PCH_LATER);
	size_t line = 1, glen = strlen(HVCI_PCH_GUARD);
	char *unless = NULL; /* X of an `#ifndef X` line just before */
	for (const char *p = prefix_text; *p; line++) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		const char *w = NULL;
		size_t wl = 0;
		int guard = len > glen && !strncmp(p, HVCI_PCH_GUARD, glen);
		if (guard) {
			w = p + glen;
			wl = len - glen;
		} else if (!(wl = hvci_pch_defined_name(p, len, &w))) {
			w = NULL;
		}
		/* `#ifdef X` or `#ifndef X` and the scan's probe on the next line. */
		int cond = 0;
		const char *next = e ? e + 1 : NULL;
		if (!w && next &&
		    !strncmp(next, HVCI_PCH_COND_PROBE, strlen(HVCI_PCH_COND_PROBE))) {
			size_t kw = !strncmp(p, "#ifdef ", 7)    ? 7
			            : !strncmp(p, "#ifndef ", 8) ? 8
			                                         : 0;
			if (kw) {
				cond = kw == 8 ? 1 : 2;
				w = p + kw;
				wl = len - kw;
			}
		}
		if (w) {
			int soft = !guard && !cond && unless && strlen(unless) == wl &&
			           !strncmp(unless, w, wl);
			add_macro(m, w, wl, line, guard, soft, cond);
		}
		if (!later && len > llen && !strncmp(p, HVCI_PCH_LATER, llen))
			later = line;
		free(unless);
		unless = NULL;
		if (len > 8 && !strncmp(p, "#ifndef ", 8))
			unless = hvci_xstrndup(p + 8, len - 8);
		p += len + (e != NULL);
	}
	free(unless);
	command_macros(m, cl, later);
}

/* The prefix file with a test after it of each macro its #define lines
 * define: still defined at the end (a WDK header after the line could
 * #undef it, and the parse's second reading of the line would then bring
 * it back where it was gone). */
static char *with_probes(const char *prefix_text, const macro_check *m)
{
	hvci_buf b;
	hvci_buf_init(&b);
	hvci_buf_puts(&b, prefix_text);
	for (size_t i = 0; i < m->n; i++) {
		if (m->guard[i])
			continue;
		char *t =
		    hvci_asprintf("#if%s %s\n#error hvcilint: undefined after line %zu\n#endif\n",
		                  m->cond[i] == 2 ? "def" : "ndef", m->name[i], m->line[i]);
		hvci_buf_puts(&b, t);
		free(t);
	}
	return b.s ? b.s : hvci_strdup("");
}

static enum CXChildVisitResult find_macro(CXCursor c, CXCursor parent, CXClientData data)
{
	(void)parent;
	macro_check *m = data;
	if (clang_getCursorKind(c) != CXCursor_MacroDefinition)
		return CXChildVisit_Continue;
	CXString s = clang_getCursorSpelling(c);
	const char *n = clang_getCString(s);
	for (size_t i = 0; n && i < m->n; i++) {
		if (strcmp(m->name[i], n))
			continue;
		CXFile f;
		clang_getSpellingLocation(clang_getCursorLocation(c), &f, NULL, NULL, NULL);
		CXString fn = clang_getFileName(f);
		const char *path = clang_getCString(fn);
		if (m->guard[i])
			stop_at(m->b, m->line[i], "a guard the build defines:", n);
		else if (!m->soft[i] && !m->cond[i] && (!path || strcmp(path, m->prefix)))
			stop_at(m->b, m->line[i], "a header defines the macro of",
			        path ? path : "");
		clang_disposeString(fn);
	}
	clang_disposeString(s);
	return CXChildVisit_Continue;
}

/* The #define line whose macro a probe found undefined (0: none). */
static size_t undefined_line(CXTranslationUnit tu, size_t prefix_lines)
{
	size_t at = 0;
	unsigned n = clang_getNumDiagnostics(tu);
	for (unsigned i = 0; i < n; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		CXString s = clang_getDiagnosticSpelling(d);
		const char *t = clang_getCString(s);
		const char *k = t ? strstr(t, "hvcilint: undefined after line ") : NULL;
		unsigned line = 0;
		clang_getSpellingLocation(clang_getDiagnosticLocation(d), NULL, &line, NULL, NULL);
		if (k && line > prefix_lines)
			earliest(&at, (size_t)strtoul(k + 31, NULL, 10));
		clang_disposeString(s);
		clang_disposeDiagnostic(d);
	}
	return at;
}

CXDiagnostic hvci_pch_first_error(CXTranslationUnit tu)
{
	unsigned n = clang_getNumDiagnostics(tu);
	for (unsigned i = 0; i < n; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error)
			return d;
		clang_disposeDiagnostic(d);
	}
	return NULL;
}

/* HVCILINT_DEBUG: what a build made, and the first error that stopped it. */
static void debug_build(const build_scan *b, const char *base, int ok)
{
	char *first = NULL;
	CXDiagnostic d = b->tu ? hvci_pch_first_error(b->tu) : NULL;
	if (d) {
		CXString s = clang_formatDiagnostic(d, CXDiagnostic_DisplaySourceLocation);
		first = hvci_strdup(clang_getCString(s));
		clang_disposeString(s);
		clang_disposeDiagnostic(d);
	}
	fprintf(stderr, "hvcilint: debug: pch %s: %s (%zu prefix files, %s)\n", base,
	        ok ? "built" : "not built", json_array_size(b->direct),
	        first          ? first
	        : b->unchecked ? "an input cannot be read"
	        : b->stop      ? b->why
	                       : "no error");
	free(first);
}

/* The prefix line of the build's first error, or 0 when it is elsewhere. */
static size_t error_line(CXTranslationUnit tu, const char *prefix)
{
	CXDiagnostic d = hvci_pch_first_error(tu);
	if (!d)
		return 0;
	CXFile f;
	unsigned line;
	clang_getSpellingLocation(clang_getDiagnosticLocation(d), &f, &line, NULL, NULL);
	CXString s = clang_getFileName(f);
	const char *name = clang_getCString(s);
	if (!f || !name || strcmp(name, prefix))
		line = 0;
	clang_disposeString(s);
	clang_disposeDiagnostic(d);
	return line;
}

/*
 * Builds base.pch from the prefix; writes base.json (what it was built
 * from) first, so a PCH is never seen without its description.  0 when
 * the prefix does not qualify (then base.bad says so until an input
 * changes), -1 when libclang crashed on it.  A crash at the process's
 * memory limit, or a PCH that could not be saved, says nothing of the
 * prefix: no base.bad then, and a later run tries again.
 */
int hvci_pch_build(const hvci_cmdline *cl, const char *base, const char *ext, const char *dir,
                   const char *prefix_text, size_t *cut_out)
{
	char *prefix = hvci_asprintf("%s%s", base, ext);
	char *pch = hvci_asprintf("%s.pch", base);
	char *meta = hvci_asprintf("%s.json", base);
	macro_check macros;
	memset(&macros, 0, sizeof macros);
	read_macros(&macros, prefix_text, cl);
	char *written = with_probes(prefix_text, &macros);
	int ok = hvci_pch_write_atomic(prefix, written, strlen(written));
	size_t end = hvci_pch_options_end(cl);
	char **argv = hvci_xcalloc(end + 8, sizeof *argv);
	size_t n = 0;
	for (size_t i = 0; i < end; i++) {
		if (hvci_pch_overlay_at(cl, i))
			i += 3;
		else
			argv[n++] = cl->argv[i];
	}
	char *tc = NULL;
	if (cl->cl_mode) {
		/* clang-cl's nested includes also search the includers' folders,
		 * the main file's among them; here that is the cache folder, so
		 * the main file's folder follows right after it. */
		argv[n++] = "-Xclang";
		argv[n++] = "-iquote";
		argv[n++] = "-Xclang";
		argv[n++] = (char *)dir;
	}
	const char *last = cl->argv[cl->argc - 1];
	if (cl->file_args == 1 && cl->cl_mode &&
	    (!strncmp(last, "/Tc", 3) || !strncmp(last, "/Tp", 3))) {
		tc = hvci_asprintf("%.3s%s", last, prefix);
		argv[n++] = tc;
	} else {
		if (cl->cl_mode)
			argv[n++] = "--";
		argv[n++] = prefix;
	}
	CXIndex idx = clang_createIndex(0, 0);
	build_scan b = {NULL, json_array(), json_array(), 0, cl, 0, "", 0, 0, ""};
	enum CXErrorCode ec = CXError_Failure;
	if (ok)
		ok = (ec = clang_parseTranslationUnit2FullArgv(
		          idx, NULL, (const char *const *)argv, (int)n, NULL, 0,
		          CXTranslationUnit_DetailedPreprocessingRecord |
		              CXTranslationUnit_ForSerialization | CXTranslationUnit_Incomplete,
		          &b.tu)) == CXError_Success &&
		     b.tu;
	int crashed = ec == CXError_Crashed;
	size_t prefix_lines = 0;
	for (const char *p = prefix_text; *p; p++)
		prefix_lines += *p == '\n';
	/* A probe's error (with_probes) alone stops the prefix at its line. */
	if (b.tu && macros.n) {
		stop_at(&b, undefined_line(b.tu, prefix_lines), "a header undefines a macro of",
		        "the prefix");
		macros.prefix = prefix;
		macros.b = &b;
		clang_visitChildren(clang_getTranslationUnitCursor(b.tu), find_macro, &macros);
	}
	free_macros(&macros);
	if (b.tu) {
		char name[64];
		size_t clash =
		    hvci_pch_later_clash(b.tu, prefix, prefix_text, cl, name, sizeof name);
		stop_at(&b, clash, "the PCH has a name of declarations read after it:", name);
	}
	CXDiagnostic err = b.tu ? hvci_pch_first_error(b.tu) : NULL;
	if (err) {
		if (!b.stop || error_line(b.tu, prefix) <= prefix_lines)
			ok = 0;
		clang_disposeDiagnostic(err);
	}
	if (b.tu)
		clang_getInclusions(b.tu, scan_inclusion, &b);
	ok = ok && !b.unchecked && json_array_size(b.direct) > 0;
	/* The PCH holds the WDK's headers only: a unit that loads it walks
	 * its own code with the PCH's declarations left out (see
	 * hvci_pch.partial), and the user's headers are its own code.  A
	 * prefix line that brings one in ends the prefix before it. */
	size_t cut = !ok && b.tu ? error_line(b.tu, prefix) : 0;
	/* Headers without a guard, which the parse reads again. */
	if (ok && b.loose && (!b.stop || b.loose < b.stop) &&
	    !hvci_pch_reread_harmless(idx, (const char *const *)argv, (int)n, prefix, written,
	                              prefix_text, b.tu))
		stop_at(&b, b.loose,
		        "no include guard, and read again it changes the parse:", b.loose_why);
	if (ok && b.stop) {
		ok = 0;
		cut = b.stop;
	}
	json_t *vars = json_array();
	int statics = 0;
	if (ok) {
		clang_visitChildren(clang_getTranslationUnitCursor(b.tu), collect_vars, vars);
		statics = hvci_declares_file_static(b.tu);
	}
	/* Ties the names file to this build's description. */
	struct timespec now;
	clock_gettime(CLOCK_REALTIME, &now);
	char *stamp =
	    hvci_asprintf("%ld.%ld.%ld", (long)now.tv_sec, (long)now.tv_nsec, (long)getpid());
	json_t *m = json_pack("{sssOsOsbsosssb}", "format", HVCI_PCH_FORMAT, "direct", b.direct,
	                      "inputs", b.inputs, "wdk_only", !b.foreign, "vars", vars, "stamp",
	                      stamp, "statics", statics);
	*cut_out = cut > 1 ? cut - 1 : 0;
	if (m && cut > 1)
		/* The prefix's own line `cut` failed (a header that does not
		 * exist, often a generated one): the lines before it may do. */
		json_object_set_new(m, "cut", json_integer((json_int_t)cut - 1));
	char *text = m ? json_dumps(m, JSON_COMPACT) : NULL;
	json_decref(m);
	/* A failure so far is the prefix's, unless it was a crash at the
	 * memory limit; one in saving the PCH below is not. */
	int judged = !ok && !(crashed && hvci_near_address_limit());
	if (ok) {
		char *tmp = hvci_asprintf("%s.%ld.tmp", pch, (long)getpid());
		ok = text && hvci_pch_write_names(b.tu, b.inputs, base, stamp) &&
		     hvci_pch_write_atomic(meta, text, strlen(text)) &&
		     clang_saveTranslationUnit(b.tu, tmp, 0) == CXSaveError_None &&
		     chmod(tmp, 0600) == 0 && rename(tmp, pch) == 0;
		if (!ok)
			unlink(tmp);
		free(tmp);
	}
	if (getenv("HVCILINT_DEBUG"))
		debug_build(&b, base, ok);
	if (judged && text) {
		/* Not worth a second try until one of its inputs changes. */
		char *bad = hvci_asprintf("%s.bad", base);
		hvci_pch_write_atomic(bad, text, strlen(text));
		free(bad);
	}
	free(text);
	free(stamp);
	if (b.tu)
		clang_disposeTranslationUnit(b.tu);
	clang_disposeIndex(idx);
	json_decref(b.direct);
	json_decref(b.inputs);
	free(tc);
	free(argv);
	free(written);
	free(prefix); /* kept: the PCH names it as its source */
	free(pch);
	free(meta);
	return crashed ? -1 : ok;
}
