/*
 * cmdline.c - normalises a compile command for libclang.
 *
 * Compile databases for drivers come from MSBuild (cl.exe / clang-cl with
 * /D, /I, /kernel) or from CMake and Makefiles (clang, gcc, mingw).  We
 * choose the driver mode from argv[0], default the target to Windows (a
 * driver is always Windows code), and add what analysis needs: the clang
 * resource dir, no error limit, no spell-check "corrections" (clang would
 * otherwise rewrite an unknown ExAllocatePoolZero into another API),
 * pre-C99 errors downgraded so the AST survives, and the fallback WDK
 * headers searched last so a real WDK always wins.
 *
 * Users point hvcilint at repositories they did not write, so the user's
 * options reach libclang only through an allow-list: options that change
 * what the code means and can neither write a file, load code, read a
 * configuration or response file, nor name a cache.  Everything else is
 * dropped and listed in one warning per file.  Kept:
 *
 *   both styles  -D -U, the include directories -I -isystem -iquote
 *                -idirafter -imsvc (/I /external:I /imsvc in cl style, all
 *                made absolute), the forced includes -include -imacros /FI
 *                when they name a regular file (a pipe or a device such as
 *                /dev/stdin is never read), -x c|c++|c-header|c++-header,
 *                -std=, --target= and -target, -m32 -m64 -march= -mtune=
 *                -mcpu= and the instruction-set and ABI -m options, -W
 *                warnings (not -Wp, -Wa, -Wl,), -w, -pedantic, -O levels, the -g
 *                levels and formats, the -f options of f_flags[] (language
 *                dialect, ms-extensions and ms-compatibility, exceptions,
 *                rtti, char signedness, packing, code generation) with
 *                their -fno- forms, -fno-builtin-NAME, -ffreestanding,
 *                -nostdinc -nostdlibinc -nobuiltininc -undef -ansi -c
 *                -pipe -pthread, and --sysroot / -isysroot: a directory
 *                that is only read, like an include directory, so kept and
 *                made absolute.
 *   cl style     /D /U /u /X, /std: /TC /TP, /Tc and /Tp when they name the
 *                file analysed, /kernel, /GS /Gz /Gd /Gr /Gv /J /GR /EH*
 *                /MD /MT /LD (and their debug forms), /Zp /Zc: /Za /Ze /Zl
 *                /Zs /Z7 /Zi, /O*, /W* /w*, /arch: /fp: /guard: /Qspectre
 *                /permissive- /utf-8 and the other switches of cl_opts[].
 *   clang-cl     /clang:OPT and -clang:OPT are unwrapped, OPT is checked as
 *                a clang option, and a kept one is wrapped again.
 *
 * Dropped in particular: every output (-MD -MMD -M -MM -MF -MT -MQ -MJ,
 * -Wp,..., /Fe /Fa /Fp /FR /Fr /Fi, /P, /E, /showIncludes, -save-temps,
 * -ftime-trace, -fmodules-cache-path, -fcrash-diagnostics-dir, -fprofile-*,
 * --serialize-diagnostics), everything that loads code or reads options
 * (-fplugin, -fpass-plugin, -Xclang and the other -X pass-throughs, -mllvm,
 * --config, @FILE), tool locations (-B, --gcc-toolchain), /link and all
 * after it, and every input other than the file analysed.  A value given
 * as a separate argument goes with its option.  The object file (-o, /Fo,
 * /Fd), named by nearly every command, is dropped without a warning.  Kept
 * options are written joined ("-DX", "-I/abs"), so no argument libclang
 * sees starts with '@'.  hvcilint's own options are added after this.
 * The tables (gcc_opts[], cl_opts[], f_flags[] and the -m lists) are in
 * cmdline_opts.c.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/cmdline_int.h"
#include "frontend/frontend.h"
#include "util/paths.h"
#include "util/util.h"

static void push(char ***v, size_t *n, const char *s)
{
	*v = hvci_xrealloc(*v, (*n + 2) * sizeof **v);
	(*v)[(*n)++] = hvci_strdup(s);
	(*v)[*n] = NULL;
}

static void warn(hvci_cmdline *c, const char *fmt, const char *a)
{
	char *m = hvci_asprintf(fmt, a);
	c->warnings = hvci_xrealloc(c->warnings, (c->n_warnings + 1) * sizeof *c->warnings);
	c->warnings[c->n_warnings++] = m;
}

static char *tool_base(const char *argv0)
{
	const char *b = argv0;
	for (const char *p = argv0; *p; p++)
		if (*p == '/' || *p == '\\')
			b = p + 1;
	char *s = hvci_strdup(b);
	for (char *p = s; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	size_t l = strlen(s);
	if (l > 4 && !strcmp(s + l - 4, ".exe"))
		s[l - 4] = '\0';
	return s;
}

static int starts(const char *s, const char *p)
{
	return !strncmp(s, p, strlen(p));
}

/* A header directory belongs to the WDK when it holds wdm.h or ntddk.h. */
static int is_wdk_dir(const char *dir)
{
	static const char *const markers[] = {"wdm.h", "ntddk.h", "ntifs.h", "wdf.h"};
	for (size_t i = 0; i < sizeof markers / sizeof *markers; i++) {
		char *p = hvci_asprintf("%s/%s", dir, markers[i]);
		int ok = hvci_file_exists(p);
		free(p);
		if (ok)
			return 1;
	}
	return strstr(dir, "Windows Kits") != NULL;
}

/* A folder as the disk spells it: project files written on Windows name
 * "..\\common" for a folder called "Common". */
static char *fold_dir_case(const char *abs)
{
	char *real = hvci_resolve_case(abs);
	if (hvci_dir_exists(real))
		return real;
	free(real);
	return hvci_strdup(abs);
}

static void add_include(hvci_cmdline *c, const char *dir, int plain)
{
	char *abs = hvci_abspath(dir, c->directory);
	c->include_plain = hvci_xrealloc(c->include_plain, c->n_include_dirs + 1);
	c->include_plain[c->n_include_dirs] = (unsigned char)plain;
	push(&c->include_dirs, &c->n_include_dirs, abs);
	if (is_wdk_dir(abs))
		push(&c->wdk_dirs, &c->n_wdk_dirs, abs);
	free(abs);
}

/* The user's arguments as read: /clang:X and -clang:X are X, wrapped. */
typedef struct {
	const char *const *argv;
	size_t argc;
	int cl_mode;
} args;

static const char *unwrap(const args *in, size_t i, int *wrapped)
{
	const char *a = in->argv[i];
	*wrapped = 0;
	if (in->cl_mode && (starts(a, "/clang:") || starts(a, "-clang:"))) {
		*wrapped = 1;
		return a + 7;
	}
	return a;
}

/* `X.C` on cl is C, as on every Windows file system: the extension's case
   does not count there.  The clang driver reads it as C++. */
static int cl_c_file(const hvci_cmdline *c)
{
	const char *dot = strrchr(c->main_file, '.');
	return c->cl_mode && dot && !strcmp(dot, ".C");
}

/* The unit is C++: /TP or /Tp, -x c++, or else a C++ extension on the
   main file, as the clang driver decides (cl's `.C` aside). */
static int is_cxx_unit(const hvci_cmdline *c, const hvci_analyze_options *o)
{
	int lang = -1; /* -1 unknown, 0 C, 1 C++ */
	for (size_t i = 1; i < o->argc; i++) {
		const char *a = o->argv[i];
		const char *x = NULL;
		if (c->cl_mode && (!strcmp(a, "/TP") || !strcmp(a, "-TP") || starts(a, "/Tp") ||
		                   starts(a, "-Tp")))
			lang = 1;
		else if (c->cl_mode && (!strcmp(a, "/TC") || !strcmp(a, "-TC") ||
		                        starts(a, "/Tc") || starts(a, "-Tc")))
			lang = 0;
		else if (!strcmp(a, "-x") && i + 1 < o->argc)
			x = o->argv[++i];
		else if (starts(a, "-x") && a[2])
			x = a + 2;
		if (x)
			lang = starts(x, "c++") || starts(x, "objective-c++") ? 1 : 0;
	}
	if (lang >= 0)
		return lang;
	const char *dot = strrchr(c->main_file, '.');
	if (cl_c_file(c))
		return 0;
	if (dot) {
		static const char *const exts[] = {".cpp", ".cc", ".cxx", ".c++", ".cp", ".C",
		                                   ".CPP", ".CC", ".CXX", ".ii",  NULL};
		for (size_t i = 0; exts[i]; i++)
			if (!strcmp(dot, exts[i]))
				return 1;
	}
	return 0;
}

/* hvcilint's own cc1 options, added after the user's. */
static void add_xclang(char ***v, size_t *n, const char *a)
{
	push(v, n, "-Xclang");
	push(v, n, a);
}

typedef struct {
	hvci_buf list;
	size_t n, shown;
} dropped;

static void put_escaped(hvci_buf *b, const char *a)
{
	size_t n = 0;
	const unsigned char *p = (const unsigned char *)a;
	for (; *p && n < 300; p++, n++) {
		int seq = *p < 0x80             ? 1
		          : (*p & 0xe0) == 0xc0 ? 2
		          : (*p & 0xf0) == 0xe0 ? 3
		          : (*p & 0xf8) == 0xf0 ? 4
		                                : 0;
		int ok = seq > 1 && *p >= 0xc2 && *p <= 0xf4;
		for (int k = 1; ok && k < seq; k++)
			ok = (p[k] & 0xc0) == 0x80;
		if (seq == 1 && *p >= 0x20 && *p != 0x7f) {
			hvci_buf_putc(b, (char)*p);
		} else if (ok) {
			hvci_buf_putn(b, (const char *)p, (size_t)seq);
			p += seq - 1;
		} else {
			hvci_buf_printf(b, "\\x%02x", *p);
		}
	}
	if (*p)
		hvci_buf_puts(b, "...");
}

/* Lists one dropped option (with its separate value), quoted, with control
 * bytes and bytes that are not UTF-8 escaped: the warning stays one line
 * of valid text however hostile the command. */
static void drop(dropped *d, const char *a, const char *value)
{
	d->n++;
	if (d->list.len > 4000)
		return;
	d->shown++;
	hvci_buf_puts(&d->list, d->list.len ? " '" : "'");
	put_escaped(&d->list, a);
	if (value) {
		hvci_buf_putc(&d->list, ' ');
		put_escaped(&d->list, value);
	}
	hvci_buf_putc(&d->list, '\'');
}

typedef struct {
	char *flag; /* "-include", "/FI", "/clang:-include" */
	char *name; /* the file as written */
	const char *raw, *raw_value;
} forced;

/* A forced include, found as clang finds it: against the working directory,
 * then each include directory.  Only a regular file: never a pipe or a
 * device such as /dev/stdin. */
static char *find_forced(const hvci_cmdline *c, const char *name)
{
	char *p = hvci_abspath(name, c->directory);
	if (hvci_file_exists(p))
		return p;
	free(p);
	if (name[0] == '/')
		return NULL;
	for (size_t i = 0; i < c->n_include_dirs; i++) {
		p = hvci_abspath(name, c->include_dirs[i]);
		if (hvci_file_exists(p))
			return p;
		free(p);
	}
	/* Then ignoring case, in the same order, as Windows would find it. */
	for (size_t i = 0; i <= c->n_include_dirs; i++) {
		char *want = hvci_abspath(name, i ? c->include_dirs[i - 1] : c->directory);
		p = hvci_resolve_case(want);
		free(want);
		if (hvci_file_exists(p))
			return p;
		free(p);
	}
	return NULL;
}

static void push3(char ***v, size_t *n, const char *a, const char *b, const char *d)
{
	char *s = hvci_asprintf("%s%s%s", a, b, d);
	push(v, n, s);
	free(s);
}

/* The user's arguments after argv[0], filtered through the allow-list. */
static void filter(hvci_cmdline *c, const hvci_analyze_options *o, int *has_target, int *m32)
{
	dropped d;
	memset(&d, 0, sizeof d);
	hvci_buf_init(&d.list);
	forced *fi = NULL;
	size_t n_fi = 0;
	args in = {o->argv, o->argc, c->cl_mode};
	for (size_t i = 1; i < o->argc; i++) {
		const char *raw = o->argv[i];
		if (raw[0] && raw[0] != '-') {
			/* The file itself: added last by hvci_cmdline_finish(). */
			char *abs = hvci_abspath(raw, c->directory);
			int is_main = !strcmp(abs, c->main_file);
			free(abs);
			if (is_main)
				continue;
		}
		int wrapped;
		const char *a = unwrap(&in, i, &wrapped);
		if (!wrapped && !strcmp(a, "--driver-mode=cl"))
			continue;
		if (c->cl_mode && !wrapped && (!strcmp(a, "/link") || !strcmp(a, "-link"))) {
			/* Everything after /link is for the linker. */
			hvci_buf rest;
			hvci_buf_init(&rest);
			for (size_t k = i + 1; k < o->argc; k++)
				hvci_buf_printf(&rest, "%s%s", k > i + 1 ? " " : "", o->argv[k]);
			drop(&d, a, rest.len ? rest.s : NULL);
			hvci_buf_free(&rest);
			break;
		}
		const opt *op = NULL;
		if (c->cl_mode && !wrapped && (a[0] == '/' || a[0] == '-')) {
			char *slash = hvci_strdup(a);
			slash[0] = '/';
			op = hvci_cmdline__lookup(hvci_cmdline__cl_opts, slash);
			free(slash);
		}
		int cl = op != NULL;
		if (!op && a[0] == '-')
			op = hvci_cmdline__lookup(hvci_cmdline__gcc_opts, a);
		const char *pre = wrapped ? "/clang:" : "";
		if (!op) {
			if (a[0] == '-' && (a[1] == 'f' || a[1] == 'm') &&
			    hvci_cmdline__f_or_m_ok(a))
				push3(&c->argv, &c->argc, pre, a, "");
			else
				drop(&d, raw, NULL);
			continue;
		}
		size_t l = strlen(op->name);
		const char *v = NULL, *raw_value = NULL;
		if (op->form == JOINED || (op->form == JOS && a[l]))
			v = a + l;
		else if (op->form != FLAG && i + 1 < o->argc) {
			/* clang-cl passes "/clang:-MF /clang:FILE" on as "-MF FILE". */
			int w2;
			const char *next = unwrap(&in, i + 1, &w2);
			if (!wrapped || w2) {
				v = wrapped ? next : o->argv[i + 1];
				raw_value = o->argv[++i];
			}
		}
		if (op->what == QUIET)
			continue;
		if (op->form != FLAG &&
		    (!v || (!*v && op->chars != DIGITS) || !hvci_cmdline__chars_ok(v, op->chars))) {
			drop(&d, raw, raw_value);
			continue;
		}
		/* A cl option keeps the '/' or '-' it was written with. */
		char *name = hvci_strdup(op->name);
		if (cl)
			name[0] = a[0];
		char *abs = NULL;
		switch (op->what) {
		case KEEP:
		case DEFINE:
			push3(&c->argv, &c->argc, pre, name, v ? v : "");
			if (!strcmp(a, "-m32"))
				*m32 = 1;
			break;
		case INCDIR:
			/* Absolute, as libclang resolves some paths against its own
			 * working directory rather than -working-directory. */
			abs = hvci_abspath(v, c->directory);
			{
				char *f = fold_dir_case(abs);
				free(abs);
				abs = f;
			}
			add_include(c, abs, !strcmp(op->name + 1, "I"));
			push3(&c->argv, &c->argc, pre, name, abs);
			break;
		case FORCED:
			fi = hvci_xrealloc(fi, (n_fi + 1) * sizeof *fi);
			fi[n_fi].flag = hvci_asprintf("%s%s", pre, name);
			fi[n_fi].name = hvci_strdup(v);
			fi[n_fi].raw = raw;
			fi[n_fi++].raw_value = raw_value;
			break;
		case LANG:
			if (!strcmp(v, "c") || !strcmp(v, "c++") || !strcmp(v, "c-header") ||
			    !strcmp(v, "c++-header"))
				push3(&c->argv, &c->argc, pre, "-x", v);
			else
				drop(&d, raw, raw_value);
			break;
		case TARGET:
			push3(&c->argv, &c->argc, pre, "--target=", v);
			*has_target = 1;
			break;
		case SYSROOT:
			abs = hvci_abspath(v, c->directory);
			push3(&c->argv, &c->argc, pre, op->form == SEP ? "--sysroot=" : name, abs);
			break;
		case SRCLANG:
			abs = hvci_abspath(v, c->directory);
			if (!strcmp(abs, c->main_file))
				push(&c->argv, &c->argc, name[2] == 'c' ? "/TC" : "/TP");
			else
				drop(&d, raw, raw_value);
			break;
		default:
			drop(&d, raw, raw_value);
			break;
		}
		free(abs);
		free(name);
	}
	/* clang reads every -D and -U before the forced includes whatever their
	 * order, so these can follow the other options. */
	for (size_t k = 0; k < n_fi; k++) {
		char *path = find_forced(c, fi[k].name);
		if (path) {
			push3(&c->argv, &c->argc, fi[k].flag, path, "");
			/* The element, not its index: /TC and /TP leave argv later. */
			if (!c->forced_first)
				c->forced_first = c->argv[c->argc - 1];
		}
		else
			drop(&d, fi[k].raw, fi[k].raw_value);
		free(path);
		free(fi[k].flag);
		free(fi[k].name);
	}
	free(fi);
	if (d.n) {
		char *more =
		    d.n > d.shown ? hvci_asprintf(" and %zu more", d.n - d.shown) : hvci_strdup("");
		char *m = hvci_asprintf(
		    "dropped compile command options that are not on hvcilint's allow-list (an "
		    "option that could write a file, load code or read more options never "
		    "reaches libclang; a forced include is kept only when the file exists): %s%s",
		    d.list.s, more);
		warn(c, "%s", m);
		free(m);
		free(more);
	}
	hvci_buf_free(&d.list);
}

int hvci_cmdline_build(hvci_cmdline *c, const hvci_analyze_options *o)
{
	memset(c, 0, sizeof *c);
	if (!o->file || !o->argv || o->argc == 0)
		return hvci_error_set(HVCI_EINVALID, "%s:1: no compile command for this file",
		                      o->file ? o->file : "(none)");
	c->directory = hvci_abspath(o->directory && *o->directory ? o->directory : ".", NULL);
	c->main_file = hvci_abspath(o->file, c->directory);
	char *base = tool_base(o->argv[0]);
	c->cl_mode = !strcmp(base, "cl") || strstr(base, "clang-cl") != NULL;
	int mingw = strstr(base, "mingw32") != NULL;
	for (size_t i = 1; i < o->argc; i++)
		if (!strcmp(o->argv[i], "--driver-mode=cl"))
			c->cl_mode = 1;
	free(base);

	push(&c->argv, &c->argc, c->cl_mode ? "clang-cl" : "clang");
	if (c->cl_mode)
		push(&c->argv, &c->argc, "--driver-mode=cl");
	int has_target = 0, m32 = 0;
	filter(c, o, &has_target, &m32);

	if (!has_target && !c->cl_mode) {
		if (mingw)
			push(&c->argv, &c->argc,
			     m32 ? "--target=i686-w64-windows-gnu"
			         : "--target=x86_64-w64-windows-gnu");
		else
			push(&c->argv, &c->argc,
			     m32 ? "--target=i686-pc-windows-msvc"
			         : "--target=x86_64-pc-windows-msvc");
	}
	if (!c->cl_mode) {
		push(&c->argv, &c->argc, "-fms-extensions");
		if (!mingw)
			push(&c->argv, &c->argc, "-fms-compatibility");
	}
	char *rd = o->resource_dir ? hvci_strdup(o->resource_dir) : hvci_resource_dir();
	if (rd) {
		push(&c->argv, &c->argc, "-resource-dir");
		push(&c->argv, &c->argc, rd);
		free(rd);
	}
	push(&c->argv, &c->argc, "-working-directory");
	push(&c->argv, &c->argc, c->directory);
	add_xclang(&c->argv, &c->argc, "-ferror-limit");
	add_xclang(&c->argv, &c->argc, "0");
	add_xclang(&c->argv, &c->argc, "-fno-spell-checking");
	/* libclang asks for the preprocessing record, but the clang-cl driver
	 * drops the request: without it, cl-style units report no skipped
	 * #if ranges, and code in `#if 0` would count as live. */
	add_xclang(&c->argv, &c->argc, "-detailed-preprocessing-record");
	/* Warnings are not ours to report; errors clang >= 16 raises for
	 * pre-C99 driver code are downgraded so those functions keep an AST. */
	add_xclang(&c->argv, &c->argc, "-w");
	static const char *const downgrade[] = {"-Wno-error=implicit-function-declaration",
	                                        "-Wno-error=implicit-int",
	                                        "-Wno-error=int-conversion",
	                                        "-Wno-error=incompatible-pointer-types",
	                                        "-Wno-error=incompatible-function-pointer-types",
	                                        "-Wno-error=return-type",
	                                        "-Wno-error=strict-prototypes",
	                                        "-Wno-error=deprecated-non-prototype",
	                                        /* cl accepts both (C4838 is a warning;
	                                         * a bad ## paste keeps both tokens). */
	                                        "-Wno-error=c++11-narrowing",
	                                        "-Wno-error=invalid-token-paste"};
	for (size_t i = 0; i < sizeof downgrade / sizeof *downgrade; i++)
		add_xclang(&c->argv, &c->argc, downgrade[i]);
	c->cxx = is_cxx_unit(c, o);
	c->fallback_dir = o->wdk_fallback_dir ? hvci_abspath(o->wdk_fallback_dir, NULL)
	                                      : hvci_data_path("wdk", "wdm.h");
	if (c->fallback_dir) {
		add_xclang(&c->argv, &c->argc, "-idirafter");
		add_xclang(&c->argv, &c->argc, c->fallback_dir);
		/* The C++ standard-header stand-ins, for C++ units only. */
		char *cxx = hvci_asprintf("%s/c++", c->fallback_dir);
		if (c->cxx && hvci_dir_exists(cxx)) {
			add_xclang(&c->argv, &c->argc, "-idirafter");
			add_xclang(&c->argv, &c->argc, cxx);
		}
		free(cxx);
	}
	return HVCI_OK;
}

static int is_lang_switch(const char *a)
{
	return (a[0] == '/' || a[0] == '-') && a[1] == 'T' && (a[2] == 'C' || a[2] == 'P') && !a[3];
}

/*
 * clang-cl reads "/work/x.c" as an option (/w ork...) unless "--" ends the
 * options.  But libclang appends its own options after the command, and
 * after "--" they are inputs: with /TC or /TP each of them becomes one
 * more C or C++ source, and libclang 19 refuses a command with several
 * (CXError_ASTReadError).  So a unit whose language /TC or /TP states gets
 * the file as /Tc<file> or /Tp<file> instead, a form no option shares,
 * and the switch itself goes (the last one wins, as on cl).
 */
void hvci_cmdline_finish(hvci_cmdline *c)
{
	int lang = 0; /* 'C' or 'P' when /TC or /TP was given */
	if (c->cl_mode) {
		size_t o = 0;
		for (size_t i = 0; i < c->argc; i++) {
			if (is_lang_switch(c->argv[i])) {
				lang = c->argv[i][2];
				free(c->argv[i]);
				continue;
			}
			c->argv[o++] = c->argv[i];
		}
		c->argc = o;
		c->argv[o] = NULL;
		if (!lang && cl_c_file(c))
			lang = 'C';
	}
	if (lang) {
		char *a = hvci_asprintf("/T%c%s", lang == 'C' ? 'c' : 'p', c->main_file);
		push(&c->argv, &c->argc, a);
		free(a);
		c->file_args = 1;
		return;
	}
	if (c->cl_mode)
		push(&c->argv, &c->argc, "--");
	push(&c->argv, &c->argc, c->main_file);
	c->file_args = c->cl_mode ? 2 : 1;
}

static void free_list(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void hvci_cmdline_free(hvci_cmdline *c)
{
	if (!c)
		return;
	free_list(c->argv, c->argc);
	free_list(c->include_dirs, c->n_include_dirs);
	free(c->include_plain);
	free_list(c->pch_inputs.v, c->pch_inputs.n);
	free_list(c->case_virt.v, c->case_virt.n);
	free_list(c->case_real.v, c->case_real.n);
	free_list(c->wdk_dirs, c->n_wdk_dirs);
	free_list(c->warnings, c->n_warnings);
	free(c->directory);
	free(c->main_file);
	free(c->fallback_dir);
	free(c->standin_dir);
	free(c->main_text);
	if (c->overlay_path) {
		remove(c->overlay_path);
		free(c->overlay_path);
	}
	memset(c, 0, sizeof *c);
}

static int under(const char *path, const char *dir)
{
	size_t l = strlen(dir);
	return dir[0] && !strncmp(path, dir, l) && (path[l] == '/' || path[l] == '\0');
}

int hvci_cmdline_is_wdk_path(const hvci_cmdline *c, const char *path)
{
	if (c->fallback_dir && under(path, c->fallback_dir))
		return 1;
	for (size_t i = 0; i < c->n_wdk_dirs; i++)
		if (under(path, c->wdk_dirs[i]))
			return 1;
	return 0;
}

int hvci_cmdline_is_wdk_or_clang_path(const hvci_cmdline *c, const char *path)
{
	if (hvci_cmdline_is_wdk_path(c, path))
		return 1;
	/* The command's -resource-dir is the one hvcilint put there. */
	for (size_t i = 0; i + 1 < c->argc; i++)
		if (!strcmp(c->argv[i], "-resource-dir") && under(path, c->argv[i + 1]))
			return 1;
	return 0;
}
