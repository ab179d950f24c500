/*
 * cmdline_opts.c - the allow-list of compile options: the gcc/clang and
 * cl tables, the -f and -m option lists, and the checks on a kept value.
 * It says what an option is and what becomes of it; cmdline.c walks the
 * user's arguments and builds the command line libclang sees.  Which
 * options are kept, and why, is told at the top of cmdline.c.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/cmdline_int.h"
#include "util/util.h"

const opt hvci_cmdline__gcc_opts[] = {
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
const opt hvci_cmdline__cl_opts[] = {
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

int hvci_cmdline__chars_ok(const char *v, int chars)
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
int hvci_cmdline__f_or_m_ok(const char *a)
{
	int f = a[1] == 'f';
	const char *rest = a + 2;
	const char *eq = strchr(rest, '=');
	if (eq) {
		char *name = hvci_xstrndup(rest, (size_t)(eq - rest) + 1);
		int ok = in_list(f ? f_flags : m_values, name) && eq[1] &&
		         hvci_cmdline__chars_ok(eq + 1, f ? ANY : WORD);
		free(name);
		return ok;
	}
	if (!strncmp(rest, "no-", 3))
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
const opt *hvci_cmdline__lookup(const opt *table, const char *a)
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
