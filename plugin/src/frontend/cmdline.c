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

/* ---- the allow-list ---------------------------------------------------------- */

/* How an option takes its value. */
enum form {
	FLAG,   /* exactly the name */
	JOINED, /* the name, then the value in the same argument */
	SEP,    /* exactly the name, the value in the next argument */
	JOS,    /* joined, or separate when the argument is just the name */
	PSEP,   /* any argument starting with the name; the next one is its value */
};

/* What becomes of it. */
enum what {
	KEEP,    /* as written (a cl option with '/') */
	DEFINE,  /* -D -U /D /U: kept joined with a non-empty value */
	INCDIR,  /* an include directory, made absolute */
	FORCED,  /* a forced include, kept when it names a regular file */
	LANG,    /* -x LANG */
	TARGET,  /* --target= / -target */
	SYSROOT, /* a directory only read, made absolute */
	SRCLANG, /* /Tc /Tp: the file analysed in C or C++ */
	QUIET,   /* dropped without a warning: the object file */
	DROP,    /* dropped, with its value when it takes one */
};

/* What a kept value may contain. */
enum chars { ANY, WORD, IDENT, DIGITS };

typedef struct {
	const char *name;
	unsigned char form, what, chars;
} opt;

static const opt gcc_opts[] = {
    {"-D", JOS, DEFINE, ANY},
    {"-U", JOS, DEFINE, ANY},
    {"-I", JOS, INCDIR, ANY},
    {"-isystem", JOS, INCDIR, ANY},
    {"-iquote", JOS, INCDIR, ANY},
    {"-idirafter", JOS, INCDIR, ANY},
    {"-imsvc", JOS, INCDIR, ANY},
    {"-include", JOS, FORCED, ANY},
    {"-imacros", JOS, FORCED, ANY},
    {"-x", JOS, LANG, WORD},
    {"-std=", JOINED, KEEP, WORD},
    {"--target=", JOINED, TARGET, WORD},
    {"-target", SEP, TARGET, WORD},
    {"--sysroot=", JOINED, SYSROOT, ANY},
    {"--sysroot", SEP, SYSROOT, ANY},
    {"-isysroot", JOS, SYSROOT, ANY},
    {"-W", JOINED, KEEP, WORD}, /* no comma: -Wp, -Wa, -Wl, pass options on */
    {"-O", FLAG, KEEP, ANY},
    {"-O0", FLAG, KEEP, ANY},
    {"-O1", FLAG, KEEP, ANY},
    {"-O2", FLAG, KEEP, ANY},
    {"-O3", FLAG, KEEP, ANY},
    {"-Os", FLAG, KEEP, ANY},
    {"-Oz", FLAG, KEEP, ANY},
    {"-Og", FLAG, KEEP, ANY},
    {"-Ofast", FLAG, KEEP, ANY},
    {"-fno-builtin-", JOINED, KEEP, IDENT},
    {"-c", FLAG, KEEP, ANY},
    {"-w", FLAG, KEEP, ANY},
    {"-ansi", FLAG, KEEP, ANY},
    {"-m32", FLAG, KEEP, ANY},
    {"-m64", FLAG, KEEP, ANY},
    {"-nostdinc", FLAG, KEEP, ANY},
    {"-nostdinc++", FLAG, KEEP, ANY},
    {"-nostdlibinc", FLAG, KEEP, ANY},
    {"-nobuiltininc", FLAG, KEEP, ANY},
    {"-undef", FLAG, KEEP, ANY},
    {"-pedantic", FLAG, KEEP, ANY},
    {"-pedantic-errors", FLAG, KEEP, ANY},
    {"-pthread", FLAG, KEEP, ANY},
    {"-pipe", FLAG, KEEP, ANY},
    {"-trigraphs", FLAG, KEEP, ANY},
    {"-Qunused-arguments", FLAG, KEEP, ANY},
    {"-g", FLAG, KEEP, ANY},
    {"-g0", FLAG, KEEP, ANY},
    {"-g1", FLAG, KEEP, ANY},
    {"-g2", FLAG, KEEP, ANY},
    {"-g3", FLAG, KEEP, ANY},
    {"-ggdb", FLAG, KEEP, ANY},
    {"-ggdb3", FLAG, KEEP, ANY},
    {"-gdwarf", FLAG, KEEP, ANY},
    {"-gdwarf-4", FLAG, KEEP, ANY},
    {"-gdwarf-5", FLAG, KEEP, ANY},
    {"-gcodeview", FLAG, KEEP, ANY},
    {"-gline-tables-only", FLAG, KEEP, ANY},
    {"-gline-directives-only", FLAG, KEEP, ANY},
    {"-gcolumn-info", FLAG, KEEP, ANY},
    {"-gno-column-info", FLAG, KEEP, ANY},
    /* Dropped with the value that follows them. */
    {"-o", JOS, QUIET, ANY},
    {"--output", SEP, QUIET, ANY},
    {"-MF", JOS, DROP, ANY},
    {"-MT", JOS, DROP, ANY},
    {"-MQ", JOS, DROP, ANY},
    {"-MJ", JOS, DROP, ANY},
    {"-Xclang", SEP, DROP, ANY},
    {"-Xclang=", JOINED, DROP, ANY},
    {"-Xpreprocessor", SEP, DROP, ANY},
    {"-Xanalyzer", SEP, DROP, ANY},
    {"-Xlinker", SEP, DROP, ANY},
    {"-Xassembler", SEP, DROP, ANY},
    {"-Xflang", SEP, DROP, ANY},
    {"-Xoffload-linker", PSEP, DROP, ANY},
    {"-Xcuda-", PSEP, DROP, ANY},
    {"-Xopenmp-target", PSEP, DROP, ANY},
    {"-Xarch_", PSEP, DROP, ANY},
    {"-mllvm", SEP, DROP, ANY},
    {"-B", JOS, DROP, ANY},
    {"-gcc-toolchain", SEP, DROP, ANY},
    {"--gcc-toolchain", SEP, DROP, ANY},
    {"--config", SEP, DROP, ANY},
    {"--serialize-diagnostics", SEP, DROP, ANY},
    {"-serialize-diagnostics", SEP, DROP, ANY},
    {"-dependency-file", SEP, DROP, ANY},
    {"-dependency-dot", SEP, DROP, ANY},
    {"-header-include-file", SEP, DROP, ANY},
    {"-module-dependency-dir", SEP, DROP, ANY},
    {"-index-store-path", SEP, DROP, ANY},
    {"-include-pch", JOS, DROP, ANY},
    {"-ivfsoverlay", JOS, DROP, ANY},
    {"-iprefix", JOS, DROP, ANY},
    {"-iwithprefix", JOS, DROP, ANY},
    {"-iwithprefixbefore", JOS, DROP, ANY},
    {"-iframework", JOS, DROP, ANY},
    {"-iframeworkwithsysroot", JOS, DROP, ANY},
    {"-isystem-after", JOS, DROP, ANY},
    {"-resource-dir", SEP, DROP, ANY},
    {"-working-directory", SEP, DROP, ANY},
    {"-main-file-name", SEP, DROP, ANY},
    {"-arch", SEP, DROP, ANY},
    {"-aux-info", SEP, DROP, ANY},
    {"-wrapper", SEP, DROP, ANY},
    {"-dumpdir", SEP, DROP, ANY},
    {"-dumpbase", SEP, DROP, ANY},
    {"-dumpbase-ext", SEP, DROP, ANY},
    {"--param", SEP, DROP, ANY},
    {"--include", SEP, DROP, ANY},
    {"--include-directory", SEP, DROP, ANY},
    {"--define-macro", SEP, DROP, ANY},
    {"--undefine-macro", SEP, DROP, ANY},
    {"--analyzer-output", SEP, DROP, ANY},
    {"-F", JOS, DROP, ANY},
    {"-L", JOS, DROP, ANY},
    {"-l", JOS, DROP, ANY},
    {"-T", JOS, DROP, ANY},
    {"-z", SEP, DROP, ANY},
    {NULL, 0, 0, 0},
};

/* cl options, written with '/'; clang-cl takes them with '-' as well. */
static const opt cl_opts[] = {
    {"/D", JOS, DEFINE, ANY},
    {"/U", JOS, DEFINE, ANY},
    {"/I", JOS, INCDIR, ANY},
    {"/external:I", JOS, INCDIR, ANY},
    {"/imsvc", JOS, INCDIR, ANY},
    {"/FI", JOS, FORCED, ANY},
    {"/Tc", JOS, SRCLANG, ANY},
    {"/Tp", JOS, SRCLANG, ANY},
    {"/std:", JOINED, KEEP, WORD},
    {"/W", JOINED, KEEP, WORD},
    {"/w", JOINED, KEEP, WORD},
    {"/O", JOINED, KEEP, WORD},
    {"/EH", JOINED, KEEP, WORD},
    {"/Zc:", JOINED, KEEP, WORD},
    {"/Zp", JOINED, KEEP, DIGITS},
    {"/ZH:", JOINED, KEEP, WORD},
    {"/arch:", JOINED, KEEP, WORD},
    {"/fp:", JOINED, KEEP, WORD},
    {"/favor:", JOINED, KEEP, WORD},
    {"/volatile:", JOINED, KEEP, WORD},
    {"/guard:", JOINED, KEEP, WORD},
    {"/diagnostics:", JOINED, KEEP, WORD},
    {"/errorReport:", JOINED, KEEP, WORD},
    {"/source-charset:", JOINED, KEEP, WORD},
    {"/execution-charset:", JOINED, KEEP, WORD},
    {"/external:W", JOINED, KEEP, WORD},
    {"/MP", JOINED, KEEP, DIGITS},
    {"/Gs", JOINED, KEEP, DIGITS},
    {"/cgthreads", JOINED, KEEP, DIGITS},
    {"/vd", JOINED, KEEP, DIGITS},
    {"/c", FLAG, KEEP, ANY},
    {"/nologo", FLAG, KEEP, ANY},
    {"/kernel", FLAG, KEEP, ANY},
    {"/kernel-", FLAG, KEEP, ANY},
    {"/X", FLAG, KEEP, ANY},
    {"/u", FLAG, KEEP, ANY},
    {"/J", FLAG, KEEP, ANY},
    {"/TC", FLAG, KEEP, ANY},
    {"/TP", FLAG, KEEP, ANY},
    {"/GS", FLAG, KEEP, ANY},
    {"/GS-", FLAG, KEEP, ANY},
    {"/Gz", FLAG, KEEP, ANY},
    {"/Gd", FLAG, KEEP, ANY},
    {"/Gr", FLAG, KEEP, ANY},
    {"/Gv", FLAG, KEEP, ANY},
    {"/GR", FLAG, KEEP, ANY},
    {"/GR-", FLAG, KEEP, ANY},
    {"/Gy", FLAG, KEEP, ANY},
    {"/Gy-", FLAG, KEEP, ANY},
    {"/Gw", FLAG, KEEP, ANY},
    {"/Gw-", FLAG, KEEP, ANY},
    {"/GF", FLAG, KEEP, ANY},
    {"/GF-", FLAG, KEEP, ANY},
    {"/GL", FLAG, KEEP, ANY},
    {"/GL-", FLAG, KEEP, ANY},
    {"/Gm-", FLAG, KEEP, ANY},
    {"/GT", FLAG, KEEP, ANY},
    {"/GX", FLAG, KEEP, ANY},
    {"/GX-", FLAG, KEEP, ANY},
    {"/MD", FLAG, KEEP, ANY},
    {"/MDd", FLAG, KEEP, ANY},
    {"/MT", FLAG, KEEP, ANY},
    {"/MTd", FLAG, KEEP, ANY},
    {"/LD", FLAG, KEEP, ANY},
    {"/LDd", FLAG, KEEP, ANY},
    {"/Za", FLAG, KEEP, ANY},
    {"/Ze", FLAG, KEEP, ANY},
    {"/Zl", FLAG, KEEP, ANY},
    {"/Zs", FLAG, KEEP, ANY},
    {"/Z7", FLAG, KEEP, ANY},
    {"/Zi", FLAG, KEEP, ANY},
    {"/ZI", FLAG, KEEP, ANY},
    {"/Zo", FLAG, KEEP, ANY},
    {"/Zo-", FLAG, KEEP, ANY},
    {"/FS", FLAG, KEEP, ANY},
    {"/FC", FLAG, KEEP, ANY},
    {"/bigobj", FLAG, KEEP, ANY},
    {"/utf-8", FLAG, KEEP, ANY},
    {"/validate-charset", FLAG, KEEP, ANY},
    {"/validate-charset-", FLAG, KEEP, ANY},
    {"/permissive", FLAG, KEEP, ANY},
    {"/permissive-", FLAG, KEEP, ANY},
    {"/Qspectre", FLAG, KEEP, ANY},
    {"/Qspectre-", FLAG, KEEP, ANY},
    {"/Qpar", FLAG, KEEP, ANY},
    {"/Qpar-", FLAG, KEEP, ANY},
    {"/sdl", FLAG, KEEP, ANY},
    {"/sdl-", FLAG, KEEP, ANY},
    {"/Brepro", FLAG, KEEP, ANY},
    {"/Brepro-", FLAG, KEEP, ANY},
    {"/hotpatch", FLAG, KEEP, ANY},
    {"/JMC", FLAG, KEEP, ANY},
    {"/JMC-", FLAG, KEEP, ANY},
    {"/vmb", FLAG, KEEP, ANY},
    {"/vmg", FLAG, KEEP, ANY},
    {"/vmm", FLAG, KEEP, ANY},
    {"/vms", FLAG, KEEP, ANY},
    {"/vmv", FLAG, KEEP, ANY},
    {"/analyze-", FLAG, KEEP, ANY},
    {"/external:anglebrackets", FLAG, KEEP, ANY},
    /* Dropped with the value that follows them. */
    {"/o", JOS, QUIET, ANY},
    {"/Fo", JOINED, QUIET, ANY},
    {"/Fd", JOINED, QUIET, ANY},
    {"/openmp", JOINED, DROP, ANY}, /* not the object file "/o penmp" */
    {"/F", SEP, DROP, ANY},
    {"/FU", JOS, DROP, ANY},
    {"/AI", JOS, DROP, ANY},
    {"/sourceDependencies", JOS, DROP, ANY},
    {"/winsysroot", JOS, DROP, ANY},
    {"/vctoolsdir", JOS, DROP, ANY},
    {"/vctoolsversion", JOS, DROP, ANY},
    {"/winsdkdir", JOS, DROP, ANY},
    {"/winsdkversion", JOS, DROP, ANY},
    {"/headerUnit", JOS, DROP, ANY},
    {"/reference", JOS, DROP, ANY},
    {"/ifcOutput", JOS, DROP, ANY},
    {"/ifcSearchDir", JOS, DROP, ANY},
    {NULL, 0, 0, 0},
};

/* -f options that change what the code means or how it would be compiled,
 * and name no file: -fNAME and -fno-NAME, or -fNAME=VALUE for those with '='. */
static const char f_flags[] =
    " ms-extensions ms-compatibility ms-compatibility-version= msc-version= ms-volatile "
    "ms-hotpatch ms-tls-guards ms-runtime-lib= ms-memptr-rep= delayed-template-parsing "
    "exceptions cxx-exceptions async-exceptions asynchronous-unwind-tables unwind-tables "
    "rtti rtti-data signed-char unsigned-char short-wchar wchar declspec gnu-keywords "
    "pack-struct pack-struct= max-type-align= short-enums builtin freestanding hosted asm "
    "gnu89-inline gnu-inline-asm common strict-aliasing strict-overflow strict-enums wrapv "
    "trapv char8_t dollars-in-identifiers digraphs trigraphs borland-extensions blocks "
    "stack-protector stack-protector-strong stack-protector-all stack-clash-protection PIC "
    "pic PIE pie plt omit-frame-pointer visibility= visibility-inlines-hidden "
    "threadsafe-statics sized-deallocation aligned-allocation function-sections "
    "data-sections color-diagnostics diagnostics-color diagnostics-color= "
    "diagnostics-show-option caret-diagnostics show-column show-source-location "
    "message-length= ident cf-protection cf-protection= jump-tables inline inline-functions "
    "fast-math math-errno finite-math-only fp-contract= reciprocal-math signed-zeros "
    "honor-nans honor-infinities rounding-math merge-all-constants "
    "delete-null-pointer-checks zero-initialized-in-bss use-cxa-atexit "
    "semantic-interposition syntax-only keep-static-consts access-control elide-constructors "
    "operator-names double-square-bracket-attributes c++-static-destructors vectorize "
    "slp-vectorize unroll-loops macro-prefix-map= file-prefix-map= debug-prefix-map= "
    "gnuc-version= trivial-auto-var-init= zero-call-used-regs= lax-vector-conversions= "
    "new-alignment= constexpr-depth= constexpr-steps= template-depth= bracket-depth= "
    "exec-charset= input-charset= ";

/* -m options without a value, as -mNAME and -mno-NAME. */
static const char m_flags[] =
    " 80387 x87 mmx 3dnow 3dnowa red-zone soft-float hard-float general-regs-only retpoline "
    "retpoline-external-thunk stackrealign rtd thumb arm unicode windows console dll threads "
    "ms-bitfields long-double-64 long-double-80 long-double-128 implicit-float "
    "omit-leaf-frame-pointer speculative-load-hardening lvi-hardening lvi-cfi seses ibt "
    "shstk stack-arg-probe align-double tls-direct-seg-refs ";

/* Instruction-set -m options: the prefix, then letters, digits, '.' and '_'. */
static const char m_isa[] =
    " sse avx aes pclmul popcnt bmi lzcnt fma f16c crc32 sha rdrnd rdseed xsave fsgsbase "
    "movbe cx16 sahf prfchw adx clflushopt clwb invpcid rtm ";

/* -mNAME=VALUE. */
static const char m_values[] =
    " arch= tune= cpu= cmodel= abi= float-abi= fpu= regparm= stack-alignment= "
    "stack-protector-guard= stack-protector-guard-reg= stack-protector-guard-offset= "
    "indirect-branch= function-return= branch-protection= guard= prefer-vector-width= ";

static int chars_ok(const char *v, int chars)
{
	for (const unsigned char *p = (const unsigned char *)v; *p; p++) {
		if (*p < 0x20 || *p == 0x7f)
			return 0;
		if (chars == ANY || isdigit(*p) || (chars != DIGITS && (isalpha(*p) || *p == '_')))
			continue;
		if (chars == DIGITS)
			return 0;
		if (chars == IDENT || !strchr(".+-=#:", *p))
			return 0;
	}
	return 1;
}

/* 1 when s is one of the space-separated words of list. */
static int in_list(const char *list, const char *s)
{
	size_t l = strlen(s);
	if (!l || strchr(s, ' '))
		return 0;
	for (const char *p = strstr(list, s); p; p = strstr(p + 1, s))
		if (p > list && p[-1] == ' ' && p[l] == ' ')
			return 1;
	return 0;
}

/* -f and -m options: on the lists above; the value of an -m one is a WORD. */
static int f_or_m_ok(const char *a)
{
	int f = a[1] == 'f';
	const char *rest = a + 2;
	const char *eq = strchr(rest, '=');
	if (eq) {
		char *name = hvci_xstrndup(rest, (size_t)(eq - rest) + 1);
		int ok = in_list(f ? f_flags : m_values, name) && eq[1] &&
		         chars_ok(eq + 1, f ? ANY : WORD);
		free(name);
		return ok;
	}
	if (starts(rest, "no-"))
		rest += 3;
	if (in_list(f ? f_flags : m_flags, rest))
		return 1;
	/* An instruction set: a known prefix, then letters, digits, '.' and '_'. */
	size_t n = strspn(rest, "abcdefghijklmnopqrstuvwxyz0123456789._");
	for (size_t k = 1; !f && k <= n && k <= 12 && !rest[n]; k++) {
		char *head = hvci_xstrndup(rest, k);
		int hit = in_list(m_isa, head);
		free(head);
		if (hit)
			return 1;
	}
	return 0;
}

/* The longest option of the table matching a; NULL when none does. */
static const opt *lookup(const opt *table, const char *a)
{
	const opt *best = NULL;
	size_t best_len = 0;
	for (const opt *o = table; o->name; o++) {
		size_t l = strlen(o->name);
		int hit = (o->form == FLAG || o->form == SEP) ? !strcmp(a, o->name)
		                                              : !strncmp(a, o->name, l);
		if (hit && l > best_len) {
			best = o;
			best_len = l;
		}
	}
	return best;
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
			op = lookup(cl_opts, slash);
			free(slash);
		}
		int cl = op != NULL;
		if (!op && a[0] == '-')
			op = lookup(gcc_opts, a);
		const char *pre = wrapped ? "/clang:" : "";
		if (!op) {
			if (a[0] == '-' && (a[1] == 'f' || a[1] == 'm') && f_or_m_ok(a))
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
		    (!v || (!*v && op->chars != DIGITS) || !chars_ok(v, op->chars))) {
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
			add_include(c, abs);
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
		if (path)
			push3(&c->argv, &c->argc, fi[k].flag, path, "");
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
	free_list(c->wdk_dirs, c->n_wdk_dirs);
	free_list(c->warnings, c->n_warnings);
	free(c->directory);
	free(c->main_file);
	free(c->fallback_dir);
	free(c->standin_dir);
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
