/*
 * test_section.c - the pragma-driven section checks (hvci-wx-section,
 * hvci-iat-exec, hvci-section-align) run in this process, so that the
 * sanitizers see all of their memory (the command line analyses in worker
 * processes that leave with _exit).  Each case is a small source analysed
 * from memory and the exact list of findings, "line:rule" in order, is
 * compared (the engine sorts by place, then rule).
 */
#include <stdlib.h>

#include "checks/pragmas.h"
#include "hvcilint.h"
#include "unit.h"

static void check_findings(hvci_rules *rules, const char *src, const char *want)
{
	const char *argv[] = {"clang", "-x", "c"};
	hvci_analyze_options o;
	memset(&o, 0, sizeof o);
	o.version = HVCI_ANALYZE_OPTIONS_VERSION;
	o.file = "/tmp/hvci-unit-section.c";
	o.directory = "/tmp";
	o.argv = argv;
	o.argc = 3;
	o.unsaved_text = src;
	o.unsaved_len = strlen(src);
	o.quiet = 1;
	hvci_tu_result *r = NULL;
	CHECK(hvci_analyze_tu(&r, rules, &o) == HVCI_OK);
	char got[1024] = "";
	for (size_t i = 0; r && i < r->n_findings; i++) {
		char one[96];
		snprintf(one, sizeof one, "%s%u:%s", i ? " " : "", r->findings[i].loc.line,
		         r->findings[i].rule_id);
		strncat(got, one, sizeof got - strlen(got) - 1);
	}
	if (strcmp(got, want))
		fprintf(stderr, "case:\n%s\n", src);
	CHECK_STR(got, want);
	hvci_tu_result_free(r);
}

/* The directive spans of a text, "b-e b-e", or "whole". */
static void check_spans(const char *text, const char *want)
{
	hvci_span *v = NULL;
	size_t n = 0;
	char got[256] = "";
	if (!hvci_pragma_directive_spans(text, strlen(text), &v, &n))
		snprintf(got, sizeof got, "whole");
	for (size_t i = 0; i < n; i++) {
		char one[48];
		snprintf(one, sizeof one, "%s%zu-%zu", i ? " " : "", v[i].b, v[i].e);
		strncat(got, one, sizeof got - strlen(got) - 1);
	}
	free(v);
	if (strcmp(got, want))
		fprintf(stderr, "text:\n%s\n", text);
	CHECK_STR(got, want);
}

int main(void)
{
	hvci_rules *rules = NULL;
	if (hvci_rules_load(&rules, HVCI_SOURCE_DIR "/rules", NULL, 0)) {
		fprintf(stderr, "%s\n", hvci_error_last());
		return 1;
	}
	/* the three spellings, and a skipped branch */
	check_findings(rules,
	               "#pragma section(\".a\", read, write, execute)\n"
	               "__pragma(section(\".b\", write, execute))\n"
	               "_Pragma(\"section(\\\".c\\\", execute, write)\")\n"
	               "#if 0\n"
	               "#pragma section(\".d\", read, write, execute)\n"
	               "#endif\n"
	               "#pragma section(\".e\", read, execute)\n",
	               "1:hvci-wx-section 2:hvci-wx-section 3:hvci-wx-section");
	/* linker options: /SECTION, /MERGE, /ALIGN in one string */
	check_findings(rules,
	               "#pragma comment(linker, \"/SECTION:X,ERW /MERGE:.rdata=.text "
	               "/ALIGN:512 /FILEALIGN:512\")\n",
	               "1:hvci-iat-exec 1:hvci-section-align 1:hvci-wx-section");
	/* macros: object-like, function-like with a stringized argument, nested,
	 * a pragma passed as an argument, and one only stringized */
	check_findings(rules,
	               "#define WX __pragma(section(\".m\", read, write, execute))\n"
	               "#define DECL(n, ...) __pragma(section(#n, __VA_ARGS__))\n"
	               "#define OUTER WX\n"
	               "#define PASS(x) x\n"
	               "#define QUOTE(x) #x\n"
	               "WX\n"
	               "DECL(n2, read, write, execute)\n"
	               "OUTER\n"
	               "PASS(__pragma(comment(linker, \"/ALIGN:16\")))\n"
	               "static const char q[] = QUOTE(__pragma(section(\".q\", write, execute)));\n"
	               "DECL(n3, read, write)\n",
	               "6:hvci-wx-section 7:hvci-wx-section 8:hvci-wx-section "
	               "9:hvci-section-align");
	/* data placement: data_seg with push/pop, allocate, code in a writable
	 * section, const data */
	check_findings(rules,
	               "#pragma data_seg(push, s1, \"INIT\")\n"
	               "int a = 1;\n"
	               "int b = 2;\n"
	               "#pragma data_seg(pop, s1)\n"
	               "int c = 3;\n"
	               "#pragma section(\"RW\", read, write)\n"
	               "#pragma code_seg(\"RW\")\n"
	               "int f(void) { return a + b + c; }\n"
	               "#pragma code_seg()\n"
	               "__declspec(allocate(\"PAGE\")) int d = 4;\n"
	               "__declspec(allocate(\"PAGE\")) const int e = 5;\n",
	               "1:hvci-wx-section 6:hvci-wx-section 10:hvci-wx-section");
	/* pragma arguments through the file's own string macros */
	check_findings(rules,
	               "#define OPT \"/ALIGN:16\"\n"
	               "#define NAME \"HOOK\"\n"
	               "#pragma comment(linker, OPT)\n"
	               "#pragma comment(linker, \"/SECTION:\" NAME \",ERW\")\n"
	               "#pragma section(NAME, read, execute)\n",
	               "3:hvci-section-align 4:hvci-wx-section");
	/* a parse error does not stop the pragma checks */
	check_findings(rules,
	               "UNKNOWN_TYPE x;\n"
	               "void g(void) { int y = ; }\n"
	               "#pragma comment(linker, \"/MERGE:.idata=PAGE\")\n",
	               "3:hvci-iat-exec");
	/* A file without __pragma, _Pragma or code_seg has its directive lines
	 * lexed alone: what is in a comment or a literal is no directive, a
	 * comment or a splice does not end one, and a `#` after code on its
	 * line starts none. */
	check_findings(rules,
	               "/* a comment \" ' that spans\n"
	               "#pragma section(\".c1\", read, write, execute)\n"
	               "   lines */\n"
	               "static const char *s1 = \"/*\";\n"
	               "#pragma section(\".a1\", read, write, execute)\n"
	               "static const char c1 = '\\'';\n"
	               "#define LONG_ONE 1 + \\\n"
	               "  2 /* ... */ // and \\\n"
	               "#pragma section(\".c2\", read, write, execute)\n"
	               "int x1; /* two\n"
	               "lines */ #pragma section(\".a2\", read, write, execute)\n"
	               "  /* lead */ # /* mid */ pragma section(\".a3\", \\\n"
	               "        read, write, execute)\n"
	               "int x2 = 1 # 2;\n"
	               "#pragma section(\".e1\", read, execute)\n",
	               "5:hvci-wx-section 11:hvci-wx-section 12:hvci-wx-section");
	/* nothing at all */
	check_findings(rules,
	               "static const char s[] = \"#pragma section(\\\".s\\\", write, execute)\";\n"
	               "#pragma comment(linker, \"/FILEALIGN:16 /MERGE:.rdata=.data\")\n"
	               "#pragma comment(user, \"/ALIGN:16\")\n",
	               "");
	hvci_rules_free(rules);
	check_spans("#define A 1\n#define B 2\nint x;\n# pragma once\n", "0-23 31-44");
	check_spans("\xEF\xBB\xBF#if X /* a\nb */\n#endif\n", "3-25");
	check_spans("a; #x\n\"#y\" '#'\n// #z \\\n #w\n##q\n", "");
	check_spans("x\n/*\n#a */ #b\n", "11-13");
	check_spans("#define Q \"\\\"\"\n#z\n", "0-17");
	/* What the reading does not follow: the whole text is lexed. */
	check_spans("#define T ?\?=\n", "whole");
	check_spans("const char *r = R\"(\n#x)\";\n", "whole");
	check_spans("int n = 1'000;\n", "whole");
	check_spans("#define A \\ \n 1\n", "whole");
	check_spans("#a\r#b\n", "whole");
	UNIT_DONE();
}
