/*
 * compose.c - a described unit (project.h's hvci_unit) as the clang-cl
 * command that compiles it the way the WDK's build would, for any reader
 * of build descriptions (MSBuild now, WDK `sources` files next).
 *
 * Order: clang-cl, --target=, /kernel (kernel images), /TC or /TP (the
 * stated language, else the extension's), /std:,
 * the WDK's defines, the unit's /D and /U, the unit's /I folders, the
 * kit's folders after them (cl searches /I before the INCLUDE path the WDK
 * sets), /FI, /c, the file.  Every argument is one joined word, of the
 * forms the command normaliser (frontend/cmdline.c) keeps.  A WDK define
 * whose name the unit defines itself is left out: the project's value
 * wins, as its later /D would on cl.  Nothing here reads a source file.
 */
#include <stdlib.h>
#include <string.h>

#include "project/project.h"
#include "util/util.h"

/* 1 when `def` ("NAME" or "NAME=V") defines the same name as one of the unit's. */
static int user_defines(const hvci_unit *u, const char *def)
{
	size_t l = strcspn(def, "=");
	for (size_t i = 0; i < u->defines.n; i++) {
		const char *d = u->defines.v[i];
		if (strcspn(d, "=") == l && !strncmp(d, def, l))
			return 1;
	}
	for (size_t i = 0; i < u->undefines.n; i++)
		if (strlen(u->undefines.v[i]) == l && !strncmp(u->undefines.v[i], def, l))
			return 1;
	return 0;
}

static void wdk_define(const hvci_unit *u, hvci_strv *argv, char *def)
{
	if (!user_defines(u, def))
		hvci_strv_take(argv, hvci_asprintf("/D%s", def));
	free(def);
}

static int is_c_file(const char *f)
{
	const char *dot = strrchr(f, '.');
	return dot && !strcmp(dot, ".c");
}

void hvci_compose(const hvci_unit *u, hvci_strv *argv, hvci_strv *notes)
{
	const int kernel = u->kind != HVCI_IMAGE_USER;
	hvci_strv_push(argv, "clang-cl");
	const char *triple = hvci_wdk_triple(u->platform);
	if (!triple) {
		hvci_strv_take(notes, hvci_asprintf("%s: unknown platform '%s'; analysed as x64",
		                                    u->file, u->platform ? u->platform : ""));
		triple = hvci_wdk_triple("x64");
	}
	hvci_strv_take(argv, hvci_asprintf("--target=%s", triple));
	if (kernel)
		hvci_strv_push(argv, "/kernel");
	/* /TC or /TP always: MSBuild's WDK builds print it for every source
	 * (the extension's language when CompileAs names none), and the
	 * command normaliser passes the file as /Tc or /Tp then. */
	hvci_lang lang = u->lang;
	if (lang == HVCI_LANG_AUTO)
		lang = is_c_file(u->file) ? HVCI_LANG_C : HVCI_LANG_CXX;
	hvci_strv_push(argv, lang == HVCI_LANG_C ? "/TC" : "/TP");
	if (u->std)
		hvci_strv_take(argv, hvci_asprintf("/std:%s", u->std));

	/* The WDK's defines: kernel-mode and WDF units only; a user-mode
	 * application's own props define what it needs. */
	if (kernel || u->umdf_major) {
		const char *const *arch = hvci_wdk_arch_defines(u->platform);
		if (!arch)
			arch = hvci_wdk_arch_defines("x64");
		for (size_t i = 0; arch[i]; i++)
			wdk_define(u, argv, hvci_strdup(arch[i]));
		unsigned long ntddi;
		unsigned winnt = hvci_wdk_winnt(u->target_version, &ntddi);
		if (!winnt) {
			hvci_strv_take(notes,
			               hvci_asprintf("%s: unknown TargetVersion '%s'; analysed "
			                             "as Windows10",
			                             u->file, u->target_version));
			winnt = hvci_wdk_winnt("Windows10", &ntddi);
		}
		if (!ntddi)
			ntddi = hvci_wdk_ntddi(u->wdk);
		wdk_define(u, argv, hvci_asprintf("_WIN32_WINNT=0x%04X", winnt));
		wdk_define(u, argv, hvci_asprintf("WINVER=0x%04X", winnt));
		wdk_define(u, argv, hvci_strdup("WINNT=1"));
		wdk_define(u, argv, hvci_asprintf("NTDDI_VERSION=0x%08lX", ntddi));
		if (u->debug && kernel) {
			wdk_define(u, argv, hvci_strdup("DBG=1"));
			wdk_define(u, argv, hvci_strdup("DEPRECATE_DDK_FUNCTIONS=1"));
			wdk_define(u, argv, hvci_strdup("MSC_NOOPT"));
		}
		if (u->kmdf_major) {
			wdk_define(u, argv, hvci_asprintf("KMDF_VERSION_MAJOR=%u", u->kmdf_major));
			wdk_define(u, argv, hvci_asprintf("KMDF_VERSION_MINOR=%u", u->kmdf_minor));
		}
		if (u->umdf_major) {
			wdk_define(u, argv, hvci_asprintf("UMDF_VERSION_MAJOR=%u", u->umdf_major));
			wdk_define(u, argv, hvci_asprintf("UMDF_VERSION_MINOR=%u", u->umdf_minor));
		}
	}
	for (size_t i = 0; i < u->defines.n; i++)
		hvci_strv_take(argv, hvci_asprintf("/D%s", u->defines.v[i]));
	for (size_t i = 0; i < u->undefines.n; i++)
		hvci_strv_take(argv, hvci_asprintf("/U%s", u->undefines.v[i]));
	for (size_t i = 0; i < u->includes.n; i++)
		hvci_strv_take(argv, hvci_asprintf("/I%s", u->includes.v[i]));
	hvci_strv kit = {NULL, 0};
	hvci_wdk_include_dirs(u->wdk, u, &kit, notes);
	for (size_t i = 0; i < kit.n; i++)
		hvci_strv_take(argv, hvci_asprintf("/I%s", kit.v[i]));
	hvci_strv_free(&kit);
	for (size_t i = 0; i < u->forced.n; i++)
		hvci_strv_take(argv, hvci_asprintf("/FI%s", u->forced.v[i]));
	hvci_strv_push(argv, "/c");
	hvci_strv_push(argv, u->file);
}
