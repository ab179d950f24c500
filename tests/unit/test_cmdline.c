/*
 * test_cmdline.c - the compile-command allow-list: for each command, the
 * options that reach libclang (in order, as written to it) and the ones
 * the warning lists as dropped.  Commands are split on spaces, so no case
 * here has a space inside an argument; %D stands for the command's
 * directory, which holds the forced include "fi.h" and the file "a.c".
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "frontend/frontend.h"
#include "unit.h"
#include "util/util.h"

typedef struct {
	const char *command; /* argv, split on spaces */
	const char *kept;    /* the user's options as libclang gets them */
	const char *dropped; /* the warning's list; "" when nothing is dropped */
} row;

static const row rows[] = {
    /* gcc and clang style */
    {"clang -c a.c -DX=1 -U Y -I inc -isystem/sys -Wall -O2 -g -std=c11",
     "-c -DX=1 -UY -I%D/inc -isystem/sys -Wall -O2 -g -std=c11", ""},
    {"clang -c a.c -o a.o", "-c", ""},
    {"clang a.c -O -Os -Ofast -ObjC -O9", "-O -Os -Ofast", "'-ObjC' '-O9'"},
    {"gcc -c a.c -MD -MF a.d -MT $(cmd) -MQ q -MJ j.json -M -MM -MMD", "-c",
     "'-MD' '-MF a.d' '-MT $(cmd)' '-MQ q' '-MJ j.json' '-M' '-MM' '-MMD'"},
    {"gcc a.c -MFa.d -Wp,-MD,/tmp/x.d -Wa,-adhln -Wl,-z,now", "",
     "'-MFa.d' '-Wp,-MD,/tmp/x.d' '-Wa,-adhln' '-Wl,-z,now'"},
    {"clang a.c -Xclang -load -Xclang evil.so -Xclang -dependency-file -Xclang d.d", "",
     "'-Xclang -load' '-Xclang evil.so' '-Xclang -dependency-file' '-Xclang d.d'"},
    {"clang a.c -Xclang=-load -Xpreprocessor -load -Xanalyzer x -Xlinker y -Xassembler z", "",
     "'-Xclang=-load' '-Xpreprocessor -load' '-Xanalyzer x' '-Xlinker y' '-Xassembler z'"},
    {"clang a.c -fplugin=e.so -fpass-plugin=p.so -fplugin-arg-e-x --config=c.cfg --config c2", "",
     "'-fplugin=e.so' '-fpass-plugin=p.so' '-fplugin-arg-e-x' '--config=c.cfg' '--config c2'"},
    {"clang a.c @rsp -B /bin --gcc-toolchain=/gcc -save-temps -ftime-trace -ftime-trace=t.json", "",
     "'@rsp' '-B /bin' '--gcc-toolchain=/gcc' '-save-temps' '-ftime-trace' "
     "'-ftime-trace=t.json'"},
    {"clang a.c -fmodules -fmodules-cache-path=/c -fcrash-diagnostics-dir=/d "
     "-fprofile-generate -fprofile-instr-use=p --serialize-diagnostics s.dia",
     "",
     "'-fmodules' '-fmodules-cache-path=/c' '-fcrash-diagnostics-dir=/d' "
     "'-fprofile-generate' '-fprofile-instr-use=p' '--serialize-diagnostics s.dia'"},
    {"clang a.c -MF - -E -v -mllvm -x86-asm-syntax=intel other.c -", "",
     "'-MF -' '-E' '-v' '-mllvm -x86-asm-syntax=intel' 'other.c' '-'"},
    {"clang a.c -fms-extensions -fno-ms-compatibility -fms-compatibility-version=19.29 "
     "-fdelayed-template-parsing -fno-exceptions -fsigned-char -fshort-wchar -fpack-struct=8 "
     "-ffreestanding -fno-builtin-memcpy -fno-rtti -fdeclspec",
     "-fms-extensions -fno-ms-compatibility -fms-compatibility-version=19.29 "
     "-fdelayed-template-parsing -fno-exceptions -fsigned-char -fshort-wchar -fpack-struct=8 "
     "-ffreestanding -fno-builtin-memcpy -fno-rtti -fdeclspec",
     ""},
    {"clang a.c -m32 -march=x86-64-v2 -mno-red-zone -msse4.2 -mavx512f -mcmodel=kernel "
     "-mno-sse -mfoo -march=a,b",
     "-m32 -march=x86-64-v2 -mno-red-zone -msse4.2 -mavx512f -mcmodel=kernel -mno-sse",
     "'-mfoo' '-march=a,b'"},
    {"clang a.c -target i686-pc-windows-msvc -x c -nostdinc -nostdlibinc -ansi",
     "--target=i686-pc-windows-msvc -xc -nostdinc -nostdlibinc -ansi", ""},
    {"clang a.c -x assembler -xc++ --sysroot /sr -isysroot sr2",
     "-xc++ --sysroot=/sr -isysroot%D/sr2", "'-x assembler'"},
    {"clang a.c -include fi.h -include missing.h -include /dev/stdin -imacros %D/fi.h",
     "-include%D/fi.h -imacros%D/fi.h", "'-include missing.h' '-include /dev/stdin'"},
    {"clang a.c -include fi2.h -I sub", "-I%D/sub -include%D/sub/fi2.h", ""},
    /* a separate value goes with its option, even one that looks like an option */
    {"clang a.c -D -Xclang -I -Xclang -o -DY", "-D-Xclang -I%D/-Xclang", ""},
    {"clang a.c -I", "", "'-I'"},
    {"clang a.c -MF", "", "'-MF'"},
    {"clang a.c --driver-mode=g++ -resource-dir /r -working-directory /w", "",
     "'--driver-mode=g++' '-resource-dir /r' '-working-directory /w'"},
    /* cl and clang-cl style */
    {"cl.exe /c /kernel /DX=1 /I inc /W4 /WX /wd4100 /O2 /Oi /Zi /Zp8 /Zc:wchar_t- /GS- /Gz "
     "/GR- /EHsc /MD /J /std:c17 /TC a.c",
     "/c /kernel /DX=1 /I%D/inc /W4 /WX /wd4100 /O2 /Oi /Zi /Zp8 /Zc:wchar_t- /GS- /Gz /GR- "
     "/EHsc /MD /J /std:c17 /TC",
     ""},
    {"cl.exe a.c /Foout.obj /Fdx.pdb /o y.obj", "", ""},
    {"cl.exe a.c /Fe:x.exe /Fax.asm /Fpx.pch /FRx.sbr /Frx /Fix.i /P /E /showIncludes "
     "/showIncludes:user /sourceDependencies s.json",
     "",
     "'/Fe:x.exe' '/Fax.asm' '/Fpx.pch' '/FRx.sbr' '/Frx' '/Fix.i' '/P' '/E' '/showIncludes' "
     "'/showIncludes:user' '/sourceDependencies s.json'"},
    {"clang-cl -MD -MT -MF x.d /Wp,x -W3 -Wno-unused a.c", "-MD -MT -W3 -Wno-unused",
     "'-MF x.d' '/Wp,x'"},
    {"clang-cl /clang:-fno-rtti /clang:-I /clang:inc /clang:-MF /clang:x.d /clang:-fplugin=e.so "
     "-clang:-std=c11 /clang:-MT a.c",
     "/clang:-fno-rtti /clang:-I%D/inc /clang:-std=c11",
     "'/clang:-MF /clang:x.d' '/clang:-fplugin=e.so' '/clang:-MT'"},
    {"clang-cl -Xclang -load -Xclang e.so /Xclang a.c", "",
     "'-Xclang -load' '-Xclang e.so' '/Xclang'"},
    {"cl /FI fi.h /FImissing.h /Tc a.c /Tp b.c", "/TC /FI%D/fi.h", "'/Tp b.c' '/FImissing.h'"},
    {"cl a.c /DX /link /OUT:x.sys /DRIVER", "/DX", "'/link /OUT:x.sys /DRIVER'"},
    {"cl a.c /openmp /winsysroot w /F 1000 /Gm-", "/Gm-", "'/openmp' '/winsysroot w' '/F 1000'"},
};

/* Replaces every %D with dir. */
static char *expand(const char *s, const char *dir)
{
	hvci_buf b;
	hvci_buf_init(&b);
	for (; *s; s++) {
		if (s[0] == '%' && s[1] == 'D') {
			hvci_buf_puts(&b, dir);
			s++;
		} else {
			hvci_buf_putc(&b, *s);
		}
	}
	return hvci_buf_take(&b);
}

static void check_row(const row *r, const char *dir)
{
	char *cmd = expand(r->command, dir);
	const char *argv[64];
	size_t argc = 0;
	for (char *t = strtok(cmd, " "); t && argc < 64; t = strtok(NULL, " "))
		argv[argc++] = t;
	hvci_analyze_options o;
	memset(&o, 0, sizeof o);
	o.version = HVCI_ANALYZE_OPTIONS_VERSION;
	o.file = "a.c";
	o.directory = dir;
	o.argv = argv;
	o.argc = argc;
	o.resource_dir = "/resource";
	o.wdk_fallback_dir = "/fallback";
	hvci_cmdline c;
	CHECK(hvci_cmdline_build(&c, &o) == HVCI_OK);
	/* The user's options come after the driver (and its mode) and before
	 * what hvcilint adds: the default target and MS modes, then the rest
	 * from -resource-dir on. */
	size_t end = 0;
	while (end < c.argc && strcmp(c.argv[end], "-resource-dir"))
		end++;
	if (!c.cl_mode) {
		if (end && !strcmp(c.argv[end - 1], "-fms-compatibility"))
			end--;
		if (end && !strcmp(c.argv[end - 1], "-fms-extensions"))
			end--;
		if (end && (!strcmp(c.argv[end - 1], "--target=x86_64-pc-windows-msvc") ||
		            !strcmp(c.argv[end - 1], "--target=i686-pc-windows-msvc")))
			end--;
	}
	hvci_buf got;
	hvci_buf_init(&got);
	hvci_buf_puts(&got, "");
	for (size_t i = c.cl_mode ? 2 : 1; i < end; i++)
		hvci_buf_printf(&got, "%s%s", got.len ? " " : "", c.argv[i]);
	char *kept = expand(r->kept, dir);
	if (strcmp(got.s, kept)) {
		fprintf(stderr, "command: %s\n", r->command);
		CHECK_STR(got.s, kept);
	}
	/* At most one warning, ending with the list of dropped options. */
	CHECK(c.n_warnings <= 1);
	const char *list = "";
	if (c.n_warnings) {
		const char *colon = strstr(c.warnings[0], "exists): ");
		CHECK(colon != NULL);
		list = colon ? colon + 9 : c.warnings[0];
	}
	if (strcmp(list, r->dropped)) {
		fprintf(stderr, "command: %s\n", r->command);
		CHECK_STR(list, r->dropped);
	}
	/* libclang expands an argument starting with '@' as a response file. */
	for (size_t i = 0; i < c.argc; i++)
		CHECK(c.argv[i][0] != '@');
	free(kept);
	hvci_buf_free(&got);
	hvci_cmdline_free(&c);
	free(cmd);
}

int main(void)
{
	char dir[] = "/tmp/hvci-cmdline-XXXXXX";
	if (!mkdtemp(dir))
		return 1;
	char *p[4];
	p[0] = hvci_asprintf("%s/fi.h", dir);
	p[1] = hvci_asprintf("%s/a.c", dir);
	p[2] = hvci_asprintf("%s/sub", dir);
	p[3] = hvci_asprintf("%s/sub/fi2.h", dir);
	mkdir(p[2], 0700);
	for (int i = 0; i < 4; i++)
		if (i != 2)
			fclose(fopen(p[i], "w"));
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
		check_row(&rows[i], dir);

	/* A hostile argument stays on one line of valid text in the warning. */
	const char *argv[] = {"clang", "a.c", "-Xclang", "x\ny\x01\xff\xc3\xa9", NULL};
	hvci_analyze_options o;
	memset(&o, 0, sizeof o);
	o.version = HVCI_ANALYZE_OPTIONS_VERSION;
	o.file = "a.c";
	o.directory = dir;
	o.argv = argv;
	o.argc = 4;
	o.resource_dir = "/resource";
	hvci_cmdline c;
	CHECK(hvci_cmdline_build(&c, &o) == HVCI_OK);
	CHECK(c.n_warnings == 1 && strstr(c.warnings[0], "'-Xclang x\\x0ay\\x01\\xff\xc3\xa9'"));
	hvci_cmdline_free(&c);

	/* /TC or /TP: the file goes as /Tc<file> or /Tp<file> (the last switch
	 * wins), not after "--", where libclang's own options would be more
	 * sources; without them "--" ends the options. */
	const char *langs[][4] = {{"clang-cl", "/TC", "a.c", "/Tc"},
	                          {"clang-cl", "/TC", "-TP", "/Tp"},
	                          {"clang-cl", "/c", "a.c", "--"}};
	for (size_t k = 0; k < 3; k++) {
		memset(&o, 0, sizeof o);
		o.version = HVCI_ANALYZE_OPTIONS_VERSION;
		o.file = "a.c";
		o.directory = dir;
		o.argv = langs[k];
		o.argc = 3;
		o.resource_dir = "/resource";
		CHECK(hvci_cmdline_build(&c, &o) == HVCI_OK);
		hvci_cmdline_finish(&c);
		for (size_t i = 0; i < c.argc; i++)
			CHECK(strcmp(c.argv[i], "/TC") && strcmp(c.argv[i], "-TP"));
		char *want = strcmp(langs[k][3], "--") ? hvci_asprintf("%s%s", langs[k][3], p[1])
		                                       : hvci_strdup(p[1]);
		CHECK_STR(c.argv[c.argc - 1], want);
		CHECK(c.file_args == (strcmp(langs[k][3], "--") ? 1u : 2u));
		free(want);
		hvci_cmdline_free(&c);
	}

	for (int i = 3; i >= 0; i--) {
		(i == 2 ? rmdir : unlink)(p[i]);
		free(p[i]);
	}
	rmdir(dir);
	UNIT_DONE();
}
