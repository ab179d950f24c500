/*
 * test_msbuild.c - MSBuild's little languages as the project reader
 * evaluates them: Condition expressions (case, and/or/!, parentheses,
 * numbers, Exists, malformed ones), $(…) expansion with the environment
 * and the MSBuildThisFile family, %(…) metadata, and the configuration
 * choice.  The whole-project behaviour is in tests/project.
 */
#include <stdlib.h>

#include "project/msbuild.h"
#include "unit.h"

static hvci_ms_ctx ctx;

static int cond(const char *c)
{
	char *err = NULL;
	int r = hvci_ms_condition(&ctx, c, &err);
	free(err);
	return r;
}

static void check_expand(const char *in, const char *want, const char *want_undef)
{
	char *undef = NULL;
	hvci_kvs md = {NULL, 0};
	hvci_kvs_set(&md, "PreprocessorDefinitions", "A;B");
	char *got = hvci_ms_expand(&ctx, in, &md, &undef);
	CHECK_STR(got, want);
	if (want_undef)
		CHECK_STR(undef, want_undef);
	else
		CHECK(undef == NULL);
	free(got);
	free(undef);
	hvci_kvs_free(&md);
}

int main(void)
{
	hvci_kvs_set(&ctx.props, "Configuration", "Release");
	hvci_kvs_set(&ctx.props, "Platform", "x64");
	hvci_kvs_set(&ctx.props, "Num", "10");
	ctx.this_file = HVCI_SOURCE_DIR "/tests/project/trees/kmdf/driver/kmdfdrv.vcxproj";

	CHECK(cond("") == 1);
	CHECK(cond("'$(Configuration)|$(Platform)'=='Release|x64'") == 1);
	CHECK(cond("'$(configuration)' == 'RELEASE'") == 1); /* names and values ignore case */
	CHECK(cond("'$(Configuration)' != 'Release'") == 0);
	CHECK(cond("'$(Platform)'=='Win32' or '$(Platform)'=='x64'") == 1);
	CHECK(cond("'$(Platform)'=='Win32' Or ('$(Platform)'=='x64' AND '$(Nope)'=='')") == 1);
	CHECK(cond("!('$(Platform)'=='x64')") == 0);
	CHECK(cond("$(Num) > 9 and $(Num) <= 10 and 0x10 == 16") == 1);
	CHECK(cond("true") == 1);
	CHECK(cond("!false") == 1);
	CHECK(cond("Exists('$(MSBuildThisFileDirectory)inc\\precomp.h')") == 1);
	CHECK(cond("Exists('inc/precomp.h')") == 1); /* relative to the file holding it */
	CHECK(cond("!exists('missing.props')") == 1);
	CHECK(cond("Exists('$(Undefined)')") == 0);
	CHECK(cond("HasTrailingSlash('$(MSBuildThisFileDirectory)')") == 1);
	/* Malformed conditions are errors, never crashes. */
	CHECK(cond("'$(Platform)' ==") == -1);
	CHECK(cond("'unterminated") == -1);
	CHECK(cond("('a'=='a'") == -1);
	CHECK(cond("'a' < 'b'") == -1);
	CHECK(cond("'a'=='a' junk") == -1);
	CHECK(cond("maybe") == -1);

	setenv("HVCI_UNIT_ENV", "fromenv", 1);
	check_expand("$(Configuration)-$(HVCI_UNIT_ENV)", "Release-fromenv", NULL);
	check_expand("X;%(PreprocessorDefinitions)", "X;A;B", NULL);
	check_expand("%(Missing)z", "z", NULL);
	check_expand("a$(Nope)b$(Other)", "ab", "Nope");
	check_expand("$(Platform.ToLower())", "", "Platform.ToLower()");
	check_expand("$(MSBuildThisFileName)$(MSBuildThisFileExtension)", "kmdfdrv.vcxproj", NULL);
	check_expand("unbalanced $(x", "unbalanced $(x", NULL);

	hvci_strv declared = {NULL, 0};
	hvci_strv_push(&declared, "Debug|Win32");
	hvci_strv_push(&declared, "Release|Win32");
	hvci_strv_push(&declared, "Debug|x64");
	hvci_strv_push(&declared, "Release|x64");
	CHECK_STR(hvci_ms_pick_config(&declared, NULL, NULL), "Release|x64");
	CHECK_STR(hvci_ms_pick_config(&declared, "debug", NULL), "Debug|x64");
	CHECK_STR(hvci_ms_pick_config(&declared, NULL, "x86"), "Release|Win32");
	CHECK(hvci_ms_pick_config(&declared, "Release", "ARM64") == NULL);
	hvci_strv_free(&declared);
	hvci_strv_push(&declared, "Checked|ARM64");
	CHECK_STR(hvci_ms_pick_config(&declared, NULL, NULL), "Checked|ARM64");
	hvci_strv_free(&declared);

	/* The kit: numbers, not text, decide the newest version. */
	hvci_wdk *w = NULL;
	CHECK(hvci_wdk_open(&w, HVCI_SOURCE_DIR "/tests/project/trees/kits/10") == 0);
	CHECK_STR(hvci_wdk_version(w), "10.0.19041.0");
	CHECK(hvci_wdk_ntddi(w) == 0x0A000008UL);
	hvci_wdk_free(w);
	CHECK(hvci_wdk_open(&w, HVCI_SOURCE_DIR "/tests/project") == HVCI_ENOTFOUND);
	CHECK(w == NULL);
	CHECK(hvci_wdk_open(&w, "") == 0 && w == NULL);

	hvci_kvs_free(&ctx.props);
	UNIT_DONE();
}
