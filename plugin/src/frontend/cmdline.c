/*
 * cmdline.c - normalises a compile command for libclang.
 *
 * Compile databases for drivers come from MSBuild (cl.exe / clang-cl with
 * /D, /I, /kernel) or from CMake and Makefiles (clang, gcc, mingw).  We keep
 * the user's flags, choose the driver mode from argv[0], default the target
 * to Windows (a driver is always Windows code), and add what analysis needs:
 * the clang resource dir, no error limit, no spell-check "corrections"
 * (clang would otherwise rewrite an unknown ExAllocatePoolZero into another
 * API), pre-C99 errors downgraded so the AST survives, and the fallback WDK
 * headers searched last so a real WDK always wins.  Compiler plugins named
 * in the command are dropped: analysing a file must never run foreign code.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

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

static void add_include(hvci_cmdline *c, const char *dir)
{
	char *abs = hvci_abspath(dir, c->directory);
	push(&c->include_dirs, &c->n_include_dirs, abs);
	if (is_wdk_dir(abs))
		push(&c->wdk_dirs, &c->n_wdk_dirs, abs);
	free(abs);
}

/* Flags whose next argument is an include directory. */
static int include_flag(const char *a, int cl_mode, const char **joined)
{
	static const char *const gcc[] = {"-I",         "-isystem", "-iquote",
	                                  "-idirafter", "-imsvc",   NULL};
	static const char *const cl[] = {"/I",     "-I",     "/external:I", "-external:I",
	                                 "/imsvc", "-imsvc", "-isystem",    NULL};
	const char *const *set = cl_mode ? cl : gcc;
	for (size_t i = 0; set[i]; i++) {
		size_t l = strlen(set[i]);
		if (!strncmp(a, set[i], l)) {
			*joined = a[l] ? a + l : NULL;
			return 1;
		}
	}
	return 0;
}

static int is_plugin_flag(const char *a)
{
	return starts(a, "-fplugin") || starts(a, "-fpass-plugin") ||
	       starts(a, "/clang:-fplugin") || starts(a, "/clang:-fpass-plugin") ||
	       starts(a, "-fplugin-arg-");
}

/* cc1 options given through -Xclang that load code. */
static int is_cc1_plugin(const char *a)
{
	return !strcmp(a, "-load") || !strcmp(a, "-plugin") || !strcmp(a, "-add-plugin") ||
	       starts(a, "-plugin-arg-") || starts(a, "-fplugin") || starts(a, "-fpass-plugin");
}

/* The unit is C++: /TP or /Tp, -x c++, or else a C++ extension on the
   main file, as the clang driver decides. */
static int is_cxx_unit(const hvci_cmdline *c, const hvci_analyze_options *o)
{
	int lang = -1; /* -1 unknown, 0 C, 1 C++ */
	for (size_t i = 1; i < o->argc; i++) {
		const char *a = o->argv[i];
		const char *x = NULL;
		if (c->cl_mode && (!strcmp(a, "/TP") || !strcmp(a, "-TP") || starts(a, "/Tp") ||
		                   starts(a, "-Tp")))
			lang = 1;
		else if (c->cl_mode && (!strcmp(a, "/TC") || !strcmp(a, "-TC") || starts(a, "/Tc") ||
		                        starts(a, "-Tc")))
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
	if (dot) {
		static const char *const exts[] = {".cpp", ".cc", ".cxx", ".c++", ".cp", ".C",
		                                   ".CPP", ".CC", ".CXX", ".ii", NULL};
		for (size_t i = 0; exts[i]; i++)
			if (!strcmp(dot, exts[i]))
				return 1;
	}
	return 0;
}

static void add_xclang(char ***v, size_t *n, const char *a)
{
	push(v, n, "-Xclang");
	push(v, n, a);
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
	for (size_t i = 1; i < o->argc; i++) {
		const char *a = o->argv[i];
		if (is_plugin_flag(a)) {
			warn(c, "dropped compiler plugin option '%s': hvcilint never loads plugins",
			     a);
			continue;
		}
		if ((!strcmp(a, "-Xclang") || !strcmp(a, "/clang:-Xclang")) && i + 1 < o->argc &&
		    is_cc1_plugin(o->argv[i + 1])) {
			const char *what = o->argv[i + 1];
			int takes_value = !strcmp(what, "-load") || !strcmp(what, "-plugin") ||
			                  !strcmp(what, "-add-plugin");
			warn(c,
			     "dropped compiler plugin option '-Xclang %s': hvcilint never loads "
			     "plugins",
			     what);
			i++;
			/* The plugin's path or name follows as "-Xclang <value>". */
			if (takes_value && i + 2 < o->argc && !strcmp(o->argv[i + 1], "-Xclang"))
				i += 2;
			continue;
		}
		if (!strcmp(a, "--driver-mode=cl"))
			continue;
		if (starts(a, "--target=") || !strcmp(a, "-target") || !strcmp(a, "--target"))
			has_target = 1;
		if (!strcmp(a, "-m32"))
			m32 = 1;
		const char *joined;
		if (include_flag(a, c->cl_mode, &joined) && (joined || i + 1 < o->argc)) {
			/* Absolute, as libclang resolves some paths against its
			 * own working directory rather than -working-directory. */
			const char *dir = joined ? joined : o->argv[i + 1];
			add_include(c, dir);
			char *abs = hvci_abspath(dir, c->directory);
			if (joined) {
				char *flag = hvci_xstrndup(a, (size_t)(joined - a));
				char *both = hvci_asprintf("%s%s", flag, abs);
				push(&c->argv, &c->argc, both);
				free(both);
				free(flag);
			} else {
				push(&c->argv, &c->argc, a);
				push(&c->argv, &c->argc, abs);
				i++;
			}
			free(abs);
			continue;
		}
		char *abs = a[0] != '-' ? hvci_abspath(a, c->directory) : NULL;
		if (abs && !strcmp(abs, c->main_file)) {
			/* Added last by hvci_cmdline_finish(). */
			free(abs);
			continue;
		}
		free(abs);
		push(&c->argv, &c->argc, a);
	}
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
	                                        "-Wno-error=deprecated-non-prototype"};
	for (size_t i = 0; i < sizeof downgrade / sizeof *downgrade; i++)
		add_xclang(&c->argv, &c->argc, downgrade[i]);
	c->fallback_dir = o->wdk_fallback_dir ? hvci_abspath(o->wdk_fallback_dir, NULL)
	                                      : hvci_data_path("wdk", "wdm.h");
	if (c->fallback_dir) {
		add_xclang(&c->argv, &c->argc, "-idirafter");
		add_xclang(&c->argv, &c->argc, c->fallback_dir);
		/* The C++ standard-header stand-ins, for C++ units only. */
		char *cxx = hvci_asprintf("%s/c++", c->fallback_dir);
		if (is_cxx_unit(c, o) && hvci_dir_exists(cxx)) {
			add_xclang(&c->argv, &c->argc, "-idirafter");
			add_xclang(&c->argv, &c->argc, cxx);
		}
		free(cxx);
	}
	return HVCI_OK;
}

void hvci_cmdline_finish(hvci_cmdline *c)
{
	/* clang-cl reads "/work/x.c" as an option unless "--" ends them. */
	if (c->cl_mode)
		push(&c->argv, &c->argc, "--");
	push(&c->argv, &c->argc, c->main_file);
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
	free_list(c->wdk_dirs, c->n_wdk_dirs);
	free_list(c->warnings, c->n_warnings);
	free(c->directory);
	free(c->main_file);
	free(c->fallback_dir);
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
