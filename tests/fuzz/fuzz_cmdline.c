/*
 * fuzz_cmdline.c - libFuzzer target for the compile-command normaliser
 * (plugin/src/frontend/cmdline.c).  An input is a command: its arguments
 * separated by NUL bytes, the first naming the compiler (so both the gcc
 * and the cl styles are reached).  Besides memory safety it holds the
 * normaliser to its promises: no argument libclang gets starts with '@',
 * none of the user's options that reach libclang writes a file or loads
 * code, and there is at most one warning, one line of valid UTF-8.  Built
 * on its own with clang: the few library functions cmdline.c needs beyond
 * util.c are defined here.
 */
#include "frontend/frontend.h"
#include "util/paths.h"
#include "util/util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int hvci_error_set(int code, const char *fmt, ...)
{
	(void)fmt;
	return code;
}

char *hvci_data_path(const char *subdir, const char *must)
{
	(void)subdir;
	(void)must;
	return NULL;
}

char *hvci_resource_dir(void)
{
	return NULL;
}

static int starts(const char *s, const char *p)
{
	return !strncmp(s, p, strlen(p));
}

/* Options that write a file, load code or read more options. */
static int forbidden(const char *a, int cl_mode)
{
	static const char *const bad[] = {"-M",
	                                  "-o",
	                                  "-Wp,",
	                                  "-Wl,",
	                                  "-Wa,",
	                                  "-Xclang",
	                                  "-Xpreprocessor",
	                                  "-fplugin",
	                                  "-fpass-",
	                                  "-fmodule",
	                                  "-fprofile",
	                                  "-ftime-trace",
	                                  "-fcrash",
	                                  "--config",
	                                  "-save-temps",
	                                  "--serialize",
	                                  "-B",
	                                  "--gcc-toolchain",
	                                  "-mllvm",
	                                  "/Fo",
	                                  "/Fa",
	                                  "/Fp",
	                                  "/FR",
	                                  "/Fr",
	                                  "/Fe",
	                                  "/Fi",
	                                  "/P",
	                                  "/showIncludes",
	                                  "/link",
	                                  "/sourceDependencies",
	                                  "-include-pch",
	                                  "-ivfsoverlay",
	                                  NULL};
	if (starts(a, "/clang:") || starts(a, "-clang:"))
		a += 7;
	/* cl's runtime-library and parallel-build switches, written -MD, -MT
	 * or -MPn in clang-cl. */
	if (cl_mode &&
	    (!strcmp(a, "-MD") || !strcmp(a, "-MDd") || !strcmp(a, "-MT") || !strcmp(a, "-MTd") ||
	     (starts(a, "-MP") && strspn(a + 3, "0123456789") == strlen(a + 3))))
		return 0;
	for (size_t i = 0; bad[i]; i++)
		if (starts(a, bad[i]))
			return 1;
	return 0;
}

static int valid_line(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p < 0x20 || *p == 0x7f)
			return 0;
		if (*p < 0x80)
			continue;
		int n = (*p & 0xe0) == 0xc0   ? 1
		        : (*p & 0xf0) == 0xe0 ? 2
		        : (*p & 0xf8) == 0xf0 ? 3
		                              : -1;
		if (n < 0 || *p < 0xc2 || *p > 0xf4)
			return 0;
		for (int k = 1; k <= n; k++)
			if ((p[k] & 0xc0) != 0x80)
				return 0;
		p += n;
	}
	return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 4096)
		return 0;
	char *buf = malloc(size + 1);
	memcpy(buf, data, size);
	buf[size] = '\0';
	const char *argv[256];
	size_t argc = 0;
	for (size_t i = 0; i <= size && argc < 256;) {
		argv[argc++] = buf + i;
		i += strlen(buf + i) + 1;
	}
	hvci_analyze_options o;
	memset(&o, 0, sizeof o);
	o.version = HVCI_ANALYZE_OPTIONS_VERSION;
	o.file = "a.c";
	o.directory = "/nonexistent/fuzz";
	o.argv = argv;
	o.argc = argc;
	o.resource_dir = "/nonexistent/resource";
	o.wdk_fallback_dir = "/nonexistent/wdk";
	hvci_cmdline c;
	if (hvci_cmdline_build(&c, &o) == HVCI_OK) {
		hvci_cmdline_finish(&c);
		size_t i = c.cl_mode ? 2 : 1;
		for (; i < c.argc && strcmp(c.argv[i], "-resource-dir"); i++)
			if (forbidden(c.argv[i], c.cl_mode))
				__builtin_trap();
		for (i = 0; i < c.argc; i++)
			if (c.argv[i][0] == '@')
				__builtin_trap();
		if (c.n_warnings > 1 || (c.n_warnings && !valid_line(c.warnings[0])))
			__builtin_trap();
		hvci_cmdline_free(&c);
	}
	free(buf);
	return 0;
}
