/*
 * pch_prefix.c - the lines at the top of a unit that a shared PCH may hold
 * (see pch.c): its leading #include lines of headers that are not the
 * user's own, read on into the user's header when the file opens with one.
 *
 * Most real drivers open each file with `#include "precomp.h"` (or pch.h,
 * driver.h), and that header opens with the WDK's: <ntddk.h>, <wdf.h>.  The
 * scan follows such a header of the user's (one found where the compiler
 * looks first), past its include guard or #pragma once, and goes on with
 * its leading lines, then with the includer's when the header ends there.
 * `#pragma warning` and `#define` lines are kept (without comments): the
 * build checks that the WDK's headers after a #define leave its macro
 * alone, since the parse reads the line again after the PCH.  So are an
 * `#undef X` right before `#define X`, an `#ifdef X` / `#undef X` /
 * `#endif` block right before `#define X`, an `#ifndef X` / `#define X` /
 * `#endif` block (a default), conditionals whose answer the command
 * gives (nested, as `#ifdef __cplusplus` often is), and an `extern "C"
 * { ... }` block of such lines in a C++ unit.
 * A header's own declarations before the WDK's headers are passed over,
 * with a line that lists the names they spell, for the build to check
 * (pch_later.c).  Anything else ends the prefix: another conditional,
 * another #undef, a computed include, or a quoted name that is found in a
 * folder of the includers other than the one the scan follows.  A
 * header's guard may be written `#ifndef X` or `#if !defined(X)`, or be
 * `#pragma once`.
 *
 * It reads text only; pch_build.c builds the prefix and checks what it
 * brought in (the WDK's headers only, each behind a guard).
 */
#include <stdlib.h>
#include <strings.h>
#include <string.h>

#include "frontend/pch_int.h"
#include "util/util.h"

#define MAX_DEPTH 8 /* headers of the user's followed, one inside another */
#define MAX_COND 4  /* conditionals open in a file, one inside another */

/* Where the block comment that opens at s[i] closes (its `*`), or n when
 * it runs to the end. */
static size_t comment_end(const char *s, size_t n, size_t i)
{
	for (size_t j = i + 2; j + 1 < n; j++)
		if (s[j] == '*' && s[j + 1] == '/')
			return j;
	return n;
}

/* Past the `//` comment at s[*i], to the newline that ends it (or n): 0
 * when a backslash at its end goes on with it to the next line. */
static int line_comment(const char *s, size_t n, size_t *i)
{
	size_t j = *i;
	while (j < n && s[j] != '\n')
		j++;
	*i = j;
	while (j > 0 && s[j - 1] == '\r')
		j--;
	return !(j > 0 && s[j - 1] == '\\');
}

/* Skips blanks and comments from s[i], and newlines unless same_line (then
 * a comment running past the line's end stops the skip at its start). */
static size_t skip_blank(const char *s, size_t n, size_t i, int same_line)
{
	while (i < n) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v' ||
		    (s[i] == '\n' && !same_line)) {
			i++;
		} else if (s[i] == '/' && i + 1 < n && s[i + 1] == '*') {
			size_t end = comment_end(s, n, i);
			if (end == n)
				return n;
			if (same_line && memchr(s + i, '\n', end - i))
				return i;
			i = end + 2;
		} else if (s[i] == '/' && i + 1 < n && s[i + 1] == '/') {
			if (!line_comment(s, n, &i))
				return n;
		} else {
			break;
		}
	}
	return i;
}

static int ident_char(char c)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9');
}

size_t hvci_pch_name_len(const char *s)
{
	size_t k = 0;
	while (s[k] && ident_char(s[k]) && !(k == 0 && s[k] >= '0' && s[k] <= '9'))
		k++;
	return k;
}

const char *hvci_pch_macro_option(const hvci_cmdline *cl, size_t i, int *define)
{
	const char *a = cl->argv[i];
	if ((a[0] != '-' && a[0] != '/') || (a[1] != 'D' && a[1] != 'U'))
		return NULL;
	*define = a[1] == 'D';
	return a[2] ? a + 2 : i + 1 < cl->argc ? cl->argv[i + 1] : "";
}

size_t hvci_pch_defined_name(const char *p, size_t len, const char **name)
{
	const char *q = p;
	while (q < p + len && (*q == ' ' || *q == '\t' || *q == '#'))
		q++;
	if (q == p || len - (size_t)(q - p) <= 7 || strncmp(q, "define", 6) ||
	    (q[6] != ' ' && q[6] != '\t'))
		return 0;
	for (q += 7; *q == ' ' || *q == '\t'; q++)
		;
	*name = q;
	return hvci_pch_name_len(q);
}

/* The word after `#` at s[i] (the directive's name): its length, with *at
 * where it starts; 0 when s[i] is no `#`. */
static size_t directive(const char *s, size_t n, size_t i, size_t *at)
{
	if (i >= n || s[i] != '#')
		return 0;
	size_t j = i + 1;
	while (j < n && (s[j] == ' ' || s[j] == '\t'))
		j++;
	size_t k = j;
	while (k < n && ident_char(s[k]))
		k++;
	*at = j;
	return k - j;
}

/* The macro name at s[*i] after blanks on the line (an identifier, which
 * begins with no digit), *i moved past it; NULL when there is none. */
static char *macro_name(const char *s, size_t n, size_t *i);

/* The identifier at s[*i] after blanks on the line, *i moved past it. */
static char *word(const char *s, size_t n, size_t *i)
{
	size_t j = *i;
	while (j < n && (s[j] == ' ' || s[j] == '\t'))
		j++;
	size_t k = j;
	while (k < n && ident_char(s[k]))
		k++;
	*i = k;
	return k > j ? hvci_xstrndup(s + j, k - j) : NULL;
}

static char *macro_name(const char *s, size_t n, size_t *i)
{
	char *w = word(s, n, i);
	if (w && w[0] >= '0' && w[0] <= '9') {
		free(w);
		w = NULL;
	}
	return w;
}

/* 1 when only blanks or a comment follow s[i] on its line (no backslash
 * continuation); *i then is the line's end. */
static int line_ends(const char *s, size_t n, size_t *i)
{
	size_t j = skip_blank(s, n, *i, 1);
	if (j < n && s[j] != '\n')
		return 0;
	*i = j;
	return 1;
}

static int is_word(const char *s, size_t len, const char *w)
{
	return strlen(w) == len && !memcmp(s, w, len);
}

typedef struct {
	hvci_pch_prefix *p;
	const hvci_cmdline *cl;
	const char *dirs[MAX_DEPTH + 1]; /* the includers' folders, the file's own last */
	hvci_strset once;                /* headers of the user's read to a guarded end */
	/* The command has -iquote folders, which come first for quoted names
	 * and are not searched for <names>: lookup's order is not the parse's. */
	int iquote;
	const char *files[MAX_DEPTH + 1]; /* the files being read, the main file first */
} scan;

static int scan_file(scan *sc, const char *s, size_t n, size_t depth, int *guarded);

/* A header of the user's at path, scanned as the includer's next lines. */
static int scan_header(scan *sc, const char *path, size_t depth)
{
	if (hvci_strset_has(&sc->once, path))
		return 1; /* its guard passes over it now */
	size_t len;
	char *text = hvci_read_file(path, &len);
	if (!text)
		return 0;
	const char *slash = strrchr(path, '/');
	char *dir = hvci_xstrndup(path, (size_t)(slash - path));
	sc->dirs[depth] = dir;
	sc->files[depth] = path;
	int guarded = 0;
	size_t before = sc->p->n;
	int go_on = !strpbrk(dir, "\"\\\n") && scan_file(sc, text, len, depth, &guarded);
	if (go_on && guarded)
		hvci_strset_add(&sc->once, path);
	if (sc->p->n == before + 1 &&
	    !strncmp(sc->p->lines[before], HVCI_PCH_GUARD, strlen(HVCI_PCH_GUARD))) {
		/* The header brought no WDK line: its guard decides nothing,
		 * and files whose headers differ only there share a PCH. */
		free(sc->p->lines[--sc->p->n]);
	}
	free(dir);
	free(text);
	return go_on;
}

/* Whether path names a file: exactly (1), or only in another case (2),
 * with *real then the file the unit's case overlay gives for it, or NULL
 * when the overlay does not map it (the parse then searches on). */
static int exists(const scan *sc, const char *path, char **real)
{
	/* The case overlay's folder listings answer as stat and readdir would,
	 * folder by folder once per unit: the scan asks about every include
	 * folder for every header, and a miss there is the rule. */
	hvci_dircache *dc = sc->cl->listings;
	*real = NULL;
	if (hvci_dircache_file_exists(dc, path))
		return 1;
	if (!sc->cl->overlay_path)
		return 0;
	char *r = hvci_dircache_resolve_case(dc, path);
	int e = hvci_dircache_file_exists(dc, r);
	free(r);
	if (!e)
		return 0;
	char *abs = hvci_abspath(path, NULL);
	for (size_t i = 0; i < sc->cl->case_virt.n && !*real; i++)
		if (!strcmp(sc->cl->case_virt.v[i], abs))
			*real = hvci_strdup(sc->cl->case_real.v[i]);
	free(abs);
	return 2;
}

/* nm as the end of the path real spells it (the same components, in the
 * file's own case); NULL when real does not end so. */
static char *real_case_name(const char *real, const char *nm)
{
	size_t parts = 1;
	for (const char *p = nm; *p; p++)
		parts += *p == '/';
	const char *end = real + strlen(real), *at = end;
	while (parts && at > real)
		if (*--at == '/')
			parts--;
	if (parts || *at != '/' || strcasecmp(at + 1, nm))
		return NULL;
	return hvci_strdup(at + 1);
}

/*
 * Whether the folder include_dirs[at] is searched before every other one
 * that follows it: named by -I (or /I), and by nothing else, since a
 * folder named again as a system one is searched there only.  Folders of
 * other kinds come after all the -I ones, whatever their place.
 */
static int searched_first(const hvci_cmdline *cl, size_t at)
{
	if (at >= cl->n_include_dirs || !cl->include_plain || !cl->include_plain[at])
		return 0;
	for (size_t d = 0; d < cl->n_include_dirs; d++)
		if (!cl->include_plain[d] && !strcmp(cl->include_dirs[d], cl->include_dirs[at]))
			return 0;
	return 1;
}

/*
 * Where `#include` of nm leads, read as the preprocessor searches: 1 when
 * the line stays in the prefix (a header found first in the WDK's or
 * clang's folders, or nowhere: the build finds which), 0 when the prefix
 * ends here, 2 or 3 after reading on into a header of the user's (3 when
 * the prefix goes on after it).  The scan follows a header only when
 * nothing else could be what the parse finds: the first folder searched
 * for a quoted name, the one include folder that has the name at all, or
 * the first -I folder that has it (the -I folders go first, in order).
 * A header of the user's named in another case ("FatProcs.h") is followed
 * to the file the case overlay maps it to; a WDK header named so
 * (<FltKernel.h>) goes into the prefix by the name of the file the
 * overlay maps it to (*as), since the PCH's build runs without the
 * overlay.
 */
static int lookup(scan *sc, const char *nm, int quoted, size_t depth, char **as)
{
	char *follow = NULL, *real;
	int go_on = 1, decided = 0;
	for (size_t d = depth + 1; quoted && d-- > 0 && !decided;) {
		char *path = hvci_asprintf("%s/%s", sc->dirs[d], nm);
		int e = exists(sc, path, &real);
		if (e) {
			decided = 1;
			if (e == 1 && d == depth)
				follow = path, path = NULL;
			else if (real && d == depth)
				follow = real, real = NULL;
			else
				go_on = 0;
		}
		free(real);
		free(path);
	}
	size_t hits = 0, n_dirs = sc->cl->n_include_dirs, first_at = 0;
	char *first = NULL;
	int first_exact = 0;
	for (size_t d = 0; d <= n_dirs && !decided; d++) {
		const char *dir = d < n_dirs ? sc->cl->include_dirs[d] : sc->cl->fallback_dir;
		if (!dir)
			break;
		char *path = hvci_asprintf("%s/%s", dir, nm);
		int e = exists(sc, path, &real);
		if (e && !hits++) {
			first_at = d;
			/* The name the parse opens: the overlay's file, or none
			 * (an empty name) when the overlay leaves it unmapped. */
			first = e == 1 ? path : real ? real : hvci_strdup(""), real = NULL;
			first_exact = e == 1;
			if (e == 1)
				path = NULL;
		}
		free(real);
		free(path);
	}
	if (!decided && first && !first_exact &&
	    (!*first || hvci_cmdline_is_wdk_or_clang_path(sc->cl, first))) {
		/* The build runs without the overlay: the line names the file
		 * the overlay maps it to, in the file's own case. */
		*as = *first ? real_case_name(first, nm) : NULL;
		go_on = *as != NULL;
	} else if (!decided && first && !hvci_cmdline_is_wdk_or_clang_path(sc->cl, first)) {
		if ((hits == 1 || searched_first(sc->cl, first_at)) && !sc->iquote)
			follow = first, first = NULL;
		else
			go_on = 0;
	}
	free(first);
	if (follow) {
		go_on = depth + 1 < MAX_DEPTH ? 2 + scan_header(sc, follow, depth + 1) : 0;
		free(follow);
	}
	return go_on;
}

/*
 * `#include <name>` or "name" at s[i] (at the `include` word): 1 when the
 * prefix goes on after the line, with *i at its end.
 */
static int scan_include(scan *sc, const char *s, size_t n, size_t *i, size_t depth)
{
	size_t j = *i + 7;
	while (j < n && (s[j] == ' ' || s[j] == '\t'))
		j++;
	if (j >= n || (s[j] != '"' && s[j] != '<'))
		return 0;
	char close = s[j] == '"' ? '"' : '>';
	size_t name = ++j;
	while (j < n && s[j] != close && s[j] != '\n' && s[j] != '\\' && s[j] != '"')
		j++;
	if (j >= n || s[j] != close || j == name)
		return 0;
	size_t name_len = j - name;
	j++;
	if (!line_ends(s, n, &j) || sc->p->n >= HVCI_PCH_MAX_PREFIX)
		return 0;
	char *nm = hvci_xstrndup(s + name, name_len), *as = NULL;
	int go_on = nm[0] == '/' ? 1 : lookup(sc, nm, close == '"', depth, &as);
	if (go_on == 1)
		sc->p->lines[sc->p->n++] = hvci_asprintf(
		    "#include %c%s%c\n", close == '"' ? '"' : '<', as ? as : nm, close);
	free(as);
	free(nm);
	*i = j;
	return go_on == 1 || go_on == 3;
}

/* The name X of `#if !defined(X)` or `#if !defined X` from s[*i] (after
 * the `if`), *i moved past it; NULL for any other condition. */
static char *if_not_defined(const char *s, size_t n, size_t *i)
{
	size_t j = *i;
	while (j < n && (s[j] == ' ' || s[j] == '\t'))
		j++;
	if (j >= n || s[j] != '!')
		return NULL;
	j++;
	char *d = word(s, n, &j);
	int ok = d && !strcmp(d, "defined");
	free(d);
	if (!ok)
		return NULL;
	while (j < n && (s[j] == ' ' || s[j] == '\t'))
		j++;
	int paren = j < n && s[j] == '(';
	j += paren;
	char *g = word(s, n, &j);
	while (j < n && (s[j] == ' ' || s[j] == '\t'))
		j++;
	if (!g || (paren && (j >= n || s[j++] != ')'))) {
		free(g);
		return NULL;
	}
	*i = j;
	return g;
}

/* The line s[0..e) without its comments, past literals, as the
 * preprocessor reads it: a block comment is a blank, a `//` comment ends
 * the line.  NULL when a block comment or a literal does not close on
 * the line (the copy could not end cleanly). */
static char *without_comments(const char *s, size_t e)
{
	hvci_buf b;
	hvci_buf_init(&b);
	for (size_t j = 0; j < e; j++) {
		if (s[j] == '"' || s[j] == '\'') {
			size_t from = j;
			char q = s[j];
			for (j++; j < e && s[j] != q; j++)
				if (s[j] == '\\')
					j++;
			if (j >= e)
				goto open;
			for (size_t k = from; k <= j; k++)
				hvci_buf_putc(&b, s[k]);
		} else if (s[j] == '/' && j + 1 < e && s[j + 1] == '/') {
			break;
		} else if (s[j] == '/' && j + 1 < e && s[j + 1] == '*') {
			size_t end = comment_end(s, e, j);
			if (end >= e)
				goto open;
			hvci_buf_putc(&b, ' ');
			j = end + 1;
		} else {
			hvci_buf_putc(&b, s[j]);
		}
	}
	return b.s ? b.s : hvci_strdup("");
open:
	hvci_buf_free(&b);
	return NULL;
}

/*
 * Past a header's `#pragma once` or `#ifndef X` + `#define X` at its top;
 * *owed says whether an #endif is owed, *guarded whether either was there.
 * The scan takes X for undefined: the prefix says so in a comment line,
 * which the build checks against what the command and the PCH define.
 */
static size_t skip_guard(scan *sc, const char *s, size_t n, size_t i, int *owed, int *guarded)
{
	for (;;) {
		size_t j = skip_blank(s, n, i, 0), at = j;
		size_t w = directive(s, n, j, &at);
		if (is_word(s + at, w, "pragma")) {
			size_t k = at + w;
			char *once = word(s, n, &k);
			int ok = once && !strcmp(once, "once") && line_ends(s, n, &k);
			free(once);
			if (!ok)
				return i;
			*guarded = 1;
			i = k;
		} else if ((is_word(s + at, w, "ifndef") || is_word(s + at, w, "if")) && !*owed) {
			size_t k = at + w;
			char *g =
			    is_word(s + at, w, "if") ? if_not_defined(s, n, &k) : word(s, n, &k);
			size_t m = g && line_ends(s, n, &k) ? skip_blank(s, n, k, 0) : n, d_at = m;
			size_t dw = directive(s, n, m, &d_at);
			size_t e = d_at + dw;
			char *g2 = is_word(s + d_at, dw, "define") ? word(s, n, &e) : NULL;
			int ok = g && g2 && !strcmp(g, g2) && line_ends(s, n, &e) &&
			         sc->p->n < HVCI_PCH_MAX_PREFIX;
			if (ok)
				sc->p->lines[sc->p->n++] =
				    hvci_asprintf("%s%s\n", HVCI_PCH_GUARD, g);
			free(g);
			free(g2);
			if (!ok)
				return i;
			*owed = *guarded = 1;
			i = e;
		} else {
			return i;
		}
	}
}

/* Puts s[i..c) in the prefix as one line, without the blanks that end it
 * (the caller has checked there is room). */
static void keep_line(scan *sc, const char *s, size_t i, size_t c)
{
	while (c > i && (s[c - 1] == ' ' || s[c - 1] == '\t' || s[c - 1] == '\r'))
		c--;
	sc->p->lines[sc->p->n++] = hvci_asprintf("%.*s\n", (int)(c - i), s + i);
}

/* The length of the line splice at s[j] (a backslash, blanks, a newline),
 * 0 when there is none. */
static size_t splice_at(const char *s, size_t n, size_t j)
{
	if (j >= n || s[j] != '\\')
		return 0;
	size_t q = j + 1;
	while (q < n && (s[q] == ' ' || s[q] == '\t'))
		q++;
	if (q < n && s[q] == '\r')
		q++;
	return q < n && s[q] == '\n' ? q + 1 - j : 0;
}

/*
 * A `#define` at s[i] (its name at s[k]), copied into the prefix as one
 * line: the lines it continues with backslashes joined as the
 * preprocessor joins them, without a closing `//` comment, and with each
 * block comment a blank (a WPP configuration or an annotated constant
 * often has them).  1 with *end at its last line's end.  The parse reads
 * the #define again where the file has it, which redefines the macro as
 * it is (no change): pch_build.c checks that no WDK header of the prefix
 * defines or undefines it after.  A block comment that runs past the
 * line, a trigraph and a macro that names the file or line it is used at
 * end the prefix.
 */
static int scan_define(scan *sc, const char *s, size_t n, size_t i, size_t k, size_t *end)
{
	char *name = macro_name(s, n, &k);
	int named = name != NULL;
	free(name);
	if (!named || sc->p->n >= HVCI_PCH_MAX_PREFIX)
		return 0;
	hvci_buf b;
	hvci_buf_init(&b);
	size_t e = i;
	while (e < n && s[e] != '\n') {
		size_t sp = splice_at(s, n, e);
		if (sp) {
			e += sp;
			continue;
		}
		hvci_buf_putc(&b, s[e]);
		e++;
	}
	char *t = without_comments(b.s ? b.s : "", b.s ? strlen(b.s) : 0);
	size_t c = t ? strlen(t) : 0;
	while (c > 0 && (t[c - 1] == ' ' || t[c - 1] == '\t' || t[c - 1] == '\r'))
		c--;
	/* A backslash left at its end (the file's last line) would continue
	 * the copy onto the prefix's next line. */
	int ok = t && !strstr(t, "?\?/") && !(c > 0 && t[c - 1] == '\\');
	static const char *const placed[] = {"__FILE__",      "__LINE__",      "__COUNTER__",
	                                     "__BASE_FILE__", "__FILE_NAME__", "__INCLUDE_LEVEL__"};
	for (size_t q = 0; ok && q < sizeof placed / sizeof *placed; q++)
		ok = !strstr(t, placed[q]);
	if (ok) {
		keep_line(sc, t, 0, c);
		*end = e;
	}
	free(t);
	hvci_buf_free(&b);
	return ok;
}

/* The directive that starts the next line with text after s[*i] (blank
 * lines and comments skipped): 1 when it is `#want NAME` alone on its
 * line, with *i at the line's end and *at where the line starts. */
static int next_directive(const char *s, size_t n, size_t *i, const char *want, const char *name,
                          size_t *at)
{
	size_t l = skip_blank(s, n, *i, 0), d = l;
	size_t w = directive(s, n, l, &d);
	if (!w || !is_word(s + d, w, want))
		return 0;
	size_t k = d + w;
	char *got = name ? word(s, n, &k) : NULL;
	int ok = (!name || (got && !strcmp(got, name))) && line_ends(s, n, &k);
	free(got);
	if (ok) {
		*i = k;
		*at = l;
	}
	return ok;
}

/* Whether the next line with text after s[k] is `#define name`: 1 with
 * *line where it starts and *after past the word `define`. */
static int define_next(const char *s, size_t n, size_t k, const char *name, size_t *line,
                       size_t *after)
{
	size_t l = skip_blank(s, n, k, 0), d = l;
	size_t w = directive(s, n, l, &d);
	size_t q = d + w;
	char *defined = w && is_word(s + d, w, "define") ? word(s, n, &q) : NULL;
	int ok = defined && !strcmp(defined, name);
	free(defined);
	*line = l;
	*after = d + w;
	return ok;
}

/*
 * `#ifdef X`, `#undef X`, `#endif` and then `#define X ...` (the word
 * after `ifdef` at s[k]): a header that sets a version macro
 * whether or not the command did.  The block only keeps the #define from
 * being a redefinition, so it goes into the prefix with the #define and
 * under the #define's checks (pch_build.c: no header of the prefix after
 * it defines or undefines X).  Read again after the PCH, it undefines X
 * and defines it as it was: no change.  1 with *end at the #define's end.
 */
static int scan_redefine(scan *sc, const char *s, size_t n, size_t k, size_t *end)
{
	char *name = macro_name(s, n, &k);
	size_t at = 0, was = sc->p->n;
	int ok = name && line_ends(s, n, &k) && sc->p->n + 4 <= HVCI_PCH_MAX_PREFIX &&
	         next_directive(s, n, &k, "undef", name, &at) &&
	         next_directive(s, n, &k, "endif", NULL, &at);
	size_t l = 0, after = 0;
	ok = ok && define_next(s, n, k, name, &l, &after);
	if (ok) {
		sc->p->lines[sc->p->n++] = hvci_asprintf("#ifdef %s\n", name);
		sc->p->lines[sc->p->n++] = hvci_asprintf("#undef %s\n", name);
		sc->p->lines[sc->p->n++] = hvci_strdup("#endif\n");
		ok = scan_define(sc, s, n, l, after, end);
	}
	while (!ok && sc->p->n > was)
		free(sc->p->lines[--sc->p->n]);
	free(name);
	return ok;
}

/*
 * `#undef X` and then `#define X ...` (the word after `undef` at s[k]): a
 * header that changes what an earlier line (or the command) set.  Both go
 * into the prefix, the #define under its checks; read again after the PCH
 * they leave X as it is.  1 with *end at the #define's end.
 */
static int scan_undef(scan *sc, const char *s, size_t n, size_t k, size_t *end)
{
	char *name = macro_name(s, n, &k);
	size_t was = sc->p->n, l = 0, after = 0;
	int ok = name && line_ends(s, n, &k) && sc->p->n + 2 <= HVCI_PCH_MAX_PREFIX &&
	         define_next(s, n, k, name, &l, &after);
	if (ok) {
		sc->p->lines[sc->p->n++] = hvci_asprintf("#undef %s\n", name);
		ok = scan_define(sc, s, n, l, after, end);
	}
	while (!ok && sc->p->n > was)
		free(sc->p->lines[--sc->p->n]);
	free(name);
	return ok;
}

/*
 * `#ifndef X`, `#define X ...`, `#endif` (the word after `ifndef` at
 * s[k]): a default for a macro that the command or a header may have
 * set.  The block goes into the prefix as it is.  Read again after the
 * PCH it does nothing, as long as X is still defined at the prefix's end,
 * which pch_build.c checks; whether a header defines X before or after it
 * does not matter here.  1 with *end at the #endif line's end.
 */
static int scan_default(scan *sc, const char *s, size_t n, size_t k, size_t *end)
{
	char *name = macro_name(s, n, &k);
	size_t was = sc->p->n, e = 0, at = 0;
	int ok = name && line_ends(s, n, &k) && sc->p->n + 3 <= HVCI_PCH_MAX_PREFIX;
	size_t l = 0, after = 0;
	ok = ok && define_next(s, n, k, name, &l, &after);
	if (ok) {
		sc->p->lines[sc->p->n++] = hvci_asprintf("#ifndef %s\n", name);
		ok = scan_define(sc, s, n, l, after, &e) &&
		     next_directive(s, n, &e, "endif", NULL, &at);
	}
	if (ok) {
		sc->p->lines[sc->p->n++] = hvci_strdup("#endif\n");
		*end = e;
	}
	while (!ok && sc->p->n > was)
		free(sc->p->lines[--sc->p->n]);
	free(name);
	return ok;
}

/* `extern "C"` and its `{` (on its line or the next) at s[*i], in a C++
 * unit: 1 with the line in the prefix and *i past the brace's line. */
static int open_block(scan *sc, const char *s, size_t n, size_t *i)
{
	size_t k = *i;
	char *kw = word(s, n, &k);
	int ok = kw && !strcmp(kw, "extern") && sc->cl->cxx;
	free(kw);
	while (ok && k < n && (s[k] == ' ' || s[k] == '\t'))
		k++;
	if (!ok || n - k < 3 || memcmp(s + k, "\"C\"", 3))
		return 0;
	k += 3;
	size_t e = k;
	if (line_ends(s, n, &e))
		k = skip_blank(s, n, e, 0);
	else
		k = skip_blank(s, n, k, 1);
	if (k >= n || s[k] != '{' || sc->p->n >= HVCI_PCH_MAX_PREFIX)
		return 0;
	k++;
	if (!line_ends(s, n, &k))
		return 0;
	sc->p->lines[sc->p->n++] = hvci_strdup("extern \"C\" {\n");
	*i = k;
	return 1;
}

/* The `}` that closes the block, alone on its line (or with a `;`, an
 * empty declaration, which the prefix leaves out). */
static int close_block(scan *sc, const char *s, size_t n, size_t *i)
{
	size_t k = *i + 1;
	if (k < n && s[*i] == '}' && s[k] == ';')
		k++;
	if (s[*i] != '}' || !line_ends(s, n, &k) || sc->p->n >= HVCI_PCH_MAX_PREFIX)
		return 0;
	sc->p->lines[sc->p->n++] = hvci_strdup("}\n");
	*i = k;
	return 1;
}

/* A `#pragma warning` line at s[i] (the word after `pragma` at s[k]),
 * copied without a `//` comment that closes it; 1 with *end at its end.
 * Any other slash (a block comment that may run on) and a continued line
 * end the prefix. */
static int scan_pragma(scan *sc, const char *s, size_t n, size_t i, size_t k, size_t *end)
{
	char *what = word(s, n, &k);
	int warning = what && !strcmp(what, "warning");
	free(what);
	size_t e = k;
	while (e < n && s[e] != '\n')
		e++;
	size_t c = k;
	while (c < e && !(s[c] == '/' && c + 1 < e && s[c + 1] == '/'))
		c++;
	if (!warning || memchr(s + k, '\\', e - k) || memchr(s + k, '/', c - k) ||
	    sc->p->n >= HVCI_PCH_MAX_PREFIX)
		return 0;
	keep_line(sc, s, i, c);
	*end = e;
	return 1;
}

/* Whether the command defines x (-Dx, -Dx=v, /Dx, or x as the next
 * argument), with no later -Ux; __cplusplus by the unit's language.  Any
 * other name is taken for undefined: the build checks the guess. */
static int command_defines(const hvci_cmdline *cl, const char *x)
{
	if (!strcmp(x, "__cplusplus"))
		return cl->cxx;
	size_t xl = strlen(x);
	int on = 0, def;
	for (size_t i = 0; i < cl->argc; i++) {
		const char *v = hvci_pch_macro_option(cl, i, &def);
		if (v && !strncmp(v, x, xl) && (v[xl] == 0 || (def && v[xl] == '=')))
			on = def;
	}
	return on;
}

/* Past the branch of a conditional that the parse skips, from s[i]: at
 * the start of the `#else` or `#endif` line that ends it (*which: 1 or 2),
 * or n with *which 0 at an `#elif` or the file's end. */
static size_t skip_branch(const char *s, size_t n, size_t i, int *which)
{
	int nest = 0;
	*which = 0;
	while (i < n) {
		size_t line = skip_blank(s, n, i, 0), at = line;
		if (line >= n)
			break;
		size_t w = directive(s, n, line, &at);
		if (w && (is_word(s + at, w, "if") || is_word(s + at, w, "ifdef") ||
		          is_word(s + at, w, "ifndef"))) {
			nest++;
		} else if (w && is_word(s + at, w, "endif")) {
			if (!nest--) {
				*which = 2;
				return line;
			}
		} else if (w && nest == 0 && is_word(s + at, w, "else")) {
			*which = 1;
			return line;
		} else if (w && nest == 0 && is_word(s + at, w, "elif")) {
			return n;
		}
		/* On to the next line, past continued ones, literals and block
		 * comments (a `#endif` inside one is no directive). */
		size_t e = line;
		while (e < n && s[e] != '\n') {
			if (s[e] == '\\' && e + 1 < n) {
				e += 2;
			} else if (s[e] == '/' && e + 1 < n && s[e + 1] == '*') {
				size_t end = comment_end(s, n, e);
				if (end == n)
					return n;
				e = end + 2;
			} else if (s[e] == '/' && e + 1 < n && s[e + 1] == '/') {
				while (e < n && s[e] != '\n')
					e += s[e] == '\\' && e + 1 < n ? 2 : 1;
			} else if (s[e] == '"' || s[e] == '\'') {
				char q = s[e++];
				while (e < n && s[e] != q && s[e] != '\n')
					e += s[e] == '\\' && e + 1 < n ? 2 : 1;
				e += e < n && s[e] == q;
			} else {
				e++;
			}
		}
		i = e;
	}
	return n;
}

/* The `#else` or `#endif` line skip_branch stopped at (s[line]) read to
 * its end: 1 with *i past it, 0 when more than a comment follows. */
static int past_directive(const char *s, size_t n, size_t line, size_t *i)
{
	size_t at = line, w = directive(s, n, line, &at), k = at + w;
	if (!w || !line_ends(s, n, &k))
		return 0;
	*i = k;
	return 1;
}

/*
 * `#ifdef X` or `#ifndef X` (not one of the blocks above), the word
 * after it at s[k]: a conditional whose answer the command gives
 * (`#ifdef _KERNEL_MODE`, `#ifdef __cplusplus`).  The branch the parse
 * reads goes into the prefix, after a probe that the answer holds there;
 * pch_build.c adds one that it still holds at the prefix's end, since the
 * parse after the PCH reads the conditional again there.  *cond is then 1
 * inside the first branch, 2 inside the second; *i is past what was read.
 */
static int open_cond(scan *sc, const char *s, size_t n, size_t *i, size_t k, int ifdef, int *cond)
{
	char *x = macro_name(s, n, &k);
	int ok = x && line_ends(s, n, &k) && sc->p->n + 3 <= HVCI_PCH_MAX_PREFIX;
	if (ok) {
		int defined = command_defines(sc->cl, x);
		sc->p->lines[sc->p->n++] = hvci_asprintf("#if%s %s\n", defined ? "ndef" : "def", x);
		sc->p->lines[sc->p->n++] = hvci_asprintf("%s\n", HVCI_PCH_COND_PROBE);
		sc->p->lines[sc->p->n++] = hvci_strdup("#endif\n");
		if (defined == ifdef) {
			*cond = 1;
			*i = k;
		} else {
			/* The first branch is the one the parse skips. */
			int which;
			size_t line = skip_branch(s, n, k, &which);
			ok = which && past_directive(s, n, line, i);
			*cond = which == 1 ? 2 : 0;
		}
	}
	free(x);
	return ok;
}

static size_t skip_literal(const char *s, size_t n, size_t i);

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * Declarations of the user's at s[*i], in a header, up to the next
 * directive line.  The parse after the PCH reads them after the WDK
 * headers that follow instead of before: the same when no name they
 * spell is one the PCH declares, or defines as a macro after them (the
 * build checks, pch_later.c), since then neither side can see the other.
 * The prefix gets a line that lists those names.  1 with *i at the
 * directive; 0 (the prefix ends) unless the text closes each bracket it
 * opens and ends a declaration (`;` or `}`), without a line splice, a
 * trigraph, `_Pragma` or `__pragma` (a pragma there may change how the
 * WDK's headers after it are read).
 */
static int skip_decls(scan *sc, const char *s, size_t n, size_t *i)
{
	size_t j = *i;
	/* s[*i] starts a line (past blanks and comments) that holds no
	 * directive the scan knows: a `#` there ends the text at once. */
	int nest = 0, line_start = 1, split = 0;
	char end = 0;
	while (j < n) {
		char c = s[j];
		if (c == '\n') {
			line_start = 1;
			split = 0;
			j++;
		} else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
			j++;
		} else if (c == '/' && j + 1 < n && s[j + 1] == '*') {
			size_t e = comment_end(s, n, j);
			if (e == n)
				return 0;
			/* Whether a `#` after a comment that holds a newline starts
			 * a directive depends on where the comment began: ask no
			 * more, end the prefix there. */
			split |= memchr(s + j, '\n', e - j) != NULL;
			j = e + 2;
		} else if (c == '/' && j + 1 < n && s[j + 1] == '/') {
			if (!line_comment(s, n, &j))
				return 0;
		} else if (c == '#' && (line_start || split)) {
			if (split && !line_start)
				return 0;
			break;
		} else if (c == '\\' || (c == '?' && j + 1 < n && s[j + 1] == '?') ||
		           (c == '%' && j + 1 < n && s[j + 1] == ':')) {
			/* A splice, a trigraph or `%:` (a digraph's `#`) could hide
			 * where a line or a directive starts. */
			return 0;
		} else {
			line_start = split = 0;
			if (c == '"' || c == '\'') {
				size_t e = skip_literal(s, n, j);
				for (size_t q = j; q < e; q++)
					if ((s[q] == '\\' && splice_at(s, n, q)) ||
					    (s[q] == '?' && q + 1 < e && s[q + 1] == '?'))
						return 0;
				j = e;
			} else {
				if (c == '(' || c == '{' || c == '[')
					nest++;
				else if ((c == ')' || c == '}' || c == ']') && --nest < 0)
					return 0;
				j++;
			}
			end = c;
		}
	}
	if (nest || (end != ';' && end != '}') || sc->p->n >= HVCI_PCH_MAX_PREFIX)
		return 0;
	hvci_strset words;
	hvci_strset_init(&words);
	hvci_pch_words(s + *i, j - *i, &words);
	int ok = !hvci_strset_has(&words, "_Pragma") && !hvci_strset_has(&words, "__pragma");
	if (ok) {
		char **v = hvci_xcalloc(words.n + 1, sizeof *v);
		size_t k = 0;
		for (size_t q = 0; q < words.cap; q++)
			if (words.slots[q])
				v[k++] = words.slots[q];
		qsort(v, k, sizeof *v, by_name);
		hvci_buf b;
		hvci_buf_init(&b);
		hvci_buf_puts(&b, HVCI_PCH_LATER);
		for (size_t q = 0; q < k; q++) {
			hvci_buf_puts(&b, v[q]);
			hvci_buf_putc(&b, q + 1 < k ? ' ' : '\n');
		}
		/* Text that names nothing (a stray `;`) needs no line. */
		if (k)
			sc->p->lines[sc->p->n++] = b.s;
		else
			hvci_buf_free(&b);
		free(v);
		*i = j;
	}
	hvci_strset_free(&words);
	return ok;
}

/*
 * Scans one file's leading lines: 1 when it ended without ending the
 * prefix, so that the includer's next lines may follow; *guarded when a
 * guard or #pragma once keeps it from being read again.  An `extern "C"`
 * block (C++ drivers wrap the WDK's headers in one) goes into the prefix
 * whole or not at all: a line inside it that ends the prefix takes the
 * block's lines back out.
 */
static int scan_file(scan *sc, const char *s, size_t n, size_t depth, int *guarded)
{
	size_t i = 0, block = (size_t)-1; /* the prefix's size before an open block */
	size_t line_at = 0;               /* where the line being read starts */
	int owed = 0, go_on = -1;
	/* The conditionals open here, innermost last: in the first (1) or the
	 * second (2) branch. */
	int cond[MAX_COND], nc = 0;
	if (n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
		i = 3;
	if (depth > 0)
		i = skip_guard(sc, s, n, i, &owed, guarded);
	while (go_on < 0) {
		i = skip_blank(s, n, i, 0);
		line_at = i;
		if (i >= n) {
			go_on = !owed && block == (size_t)-1 && !nc;
			break;
		}
		size_t at = i, w = directive(s, n, i, &at);
		if (!w) {
			if (block == (size_t)-1 && open_block(sc, s, n, &i))
				block = sc->p->n - 1;
			else if (block != (size_t)-1 && close_block(sc, s, n, &i))
				block = (size_t)-1;
			else if (block == (size_t)-1 && depth > 0 && skip_decls(sc, s, n, &i))
				; /* read after the PCH */
			else
				go_on = 0;
		} else if (is_word(s + at, w, "include")) {
			i = at;
			if (!scan_include(sc, s, n, &i, depth))
				go_on = 0;
		} else if (is_word(s + at, w, "define")) {
			if (!scan_define(sc, s, n, i, at + w, &i))
				go_on = 0;
		} else if (is_word(s + at, w, "pragma")) {
			if (!scan_pragma(sc, s, n, i, at + w, &i))
				go_on = 0;
		} else if (is_word(s + at, w, "ifdef") && scan_redefine(sc, s, n, at + w, &i)) {
			/* in the prefix */
		} else if (is_word(s + at, w, "ifndef") && scan_default(sc, s, n, at + w, &i)) {
			/* in the prefix */
		} else if (is_word(s + at, w, "undef") && scan_undef(sc, s, n, at + w, &i)) {
			/* in the prefix */
		} else if ((is_word(s + at, w, "ifdef") || is_word(s + at, w, "ifndef")) &&
		           nc < MAX_COND) {
			if (!open_cond(sc, s, n, &i, at + w, is_word(s + at, w, "ifdef"),
			               &cond[nc]))
				go_on = 0;
			else if (cond[nc])
				nc++;
		} else if (is_word(s + at, w, "else") && nc && cond[nc - 1] == 1) {
			/* The branch after it is the one the parse skips. */
			int which;
			size_t line = skip_branch(s, n, at + w, &which);
			if (which == 2 && past_directive(s, n, line, &i))
				nc--;
			else
				go_on = 0;
		} else if (is_word(s + at, w, "endif") && nc) {
			size_t k = at + w;
			if (line_ends(s, n, &k)) {
				i = k;
				nc--;
			} else {
				go_on = 0;
			}
		} else if (is_word(s + at, w, "endif") && owed && block == (size_t)-1) {
			size_t k = at + w;
			go_on = line_ends(s, n, &k) && skip_blank(s, n, k, 0) >= n;
		} else {
			go_on = 0;
		}
	}
	if (!go_on && block != (size_t)-1)
		while (sc->p->n > block)
			free(sc->p->lines[--sc->p->n]);
	if (!go_on && !sc->p->stop) {
		/* The innermost file ends first: that is where the prefix did. */
		size_t line = 1;
		for (size_t j = 0; j < line_at && j < n; j++)
			line += s[j] == '\n';
		sc->p->stop =
		    hvci_asprintf("%s:%zu", sc->files[depth] ? sc->files[depth] : "the file", line);
	}
	return go_on;
}

void hvci_pch_scan_prefix(hvci_pch_prefix *p, const char *text, size_t len, const char *dir,
                          const hvci_cmdline *cl)
{
	memset(p, 0, sizeof *p);
	scan sc = {p, cl, {dir}, {0}, 0, {cl->main_file}};
	hvci_strset_init(&sc.once);
	for (size_t i = 0; i < cl->argc && !sc.iquote; i++)
		sc.iquote = strstr(cl->argv[i], "-iquote") != NULL;
	int guarded = 0;
	scan_file(&sc, text, len, 0, &guarded);
	hvci_strset_free(&sc.once);
	for (size_t keep = hvci_pch_prefix_usable(p, p->n); p->n > keep;)
		free(p->lines[--p->n]);
}

size_t hvci_pch_prefix_usable(const hvci_pch_prefix *p, size_t use)
{
	/* An extern "C" block goes whole or not at all. */
	for (size_t i = 0; i < use; i++)
		if (!strncmp(p->lines[i], "extern", 6)) {
			size_t close = i + 1;
			while (close < use && strcmp(p->lines[close], "}\n"))
				close++;
			if (close >= use)
				use = i;
		}
	/* Lines after the last #include (or block) change no header the PCH
	 * holds, and the parse reads them anyway: files that differ only there
	 * share. */
	while (use && strncmp(p->lines[use - 1], "#include ", 9) &&
	       strcmp(p->lines[use - 1], "}\n"))
		use--;
	return use;
}

void hvci_pch_prefix_free(hvci_pch_prefix *p)
{
	for (size_t i = 0; i < p->n; i++)
		free(p->lines[i]);
	free(p->stop);
	memset(p, 0, sizeof *p);
}

/* Past the literal opened by s[i] (a quote), escapes included. */
static size_t skip_literal(const char *s, size_t n, size_t i)
{
	char q = s[i++];
	while (i < n && s[i] != q && s[i] != '\n')
		i += s[i] == '\\' ? 2 : 1;
	return i < n ? i + 1 : n;
}

void hvci_pch_words(const char *s, size_t n, hvci_strset *out)
{
	char buf[256];
	for (size_t i = 0; i < n;) {
		char c = s[i];
		if (c == '/' && i + 1 < n && (s[i + 1] == '*' || s[i + 1] == '/')) {
			size_t j = skip_blank(s, n, i, 0);
			i = j > i ? j : i + 2;
		} else if (c == '"' || c == '\'') {
			i = skip_literal(s, n, i);
		} else if (ident_char(c)) {
			size_t j = i;
			while (j < n && (ident_char(s[j]) || s[j] == '$'))
				j++;
			/* A number's letters (0x1F, 10ULL) are no identifier. */
			if (c >= '0' && c <= '9') {
				/* not a name */
			} else if (j - i < sizeof buf) {
				memcpy(buf, s + i, j - i);
				buf[j - i] = 0;
				hvci_strset_add(out, buf);
			} else {
				char *w = hvci_xstrndup(s + i, j - i);
				hvci_strset_add(out, w);
				free(w);
			}
			i = j;
		} else {
			i++;
		}
	}
}
