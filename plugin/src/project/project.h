/*
 * project.h - what the project readers share: a compiled unit described
 * as a build system states it (file, defines, include folders, language,
 * image kind, platform, target version, WDF version), the composer that
 * turns it into a clang-cl command (compose.c), the Windows Kits layout
 * and the WDK's own defaults (wdk.c), and the MSBuild and solution
 * readers' entry points for the fuzz target.  Readers of other build
 * descriptions (a WDK `sources` file) describe units the same way and
 * reuse the composer.
 */
#ifndef HVCI_PROJECT_H
#define HVCI_PROJECT_H

#include "hvcilint.h"
#include "util/util.h"

typedef enum { HVCI_LANG_AUTO = 0, HVCI_LANG_C, HVCI_LANG_CXX } hvci_lang;

/* One unit as the build describes it.  Paths are absolute. */
typedef struct {
	const char *file;
	const char *directory;
	hvci_strv defines;   /* NAME or NAME=VALUE, the project's own */
	hvci_strv undefines; /* NAME */
	hvci_strv includes;  /* the project's include folders, in order */
	hvci_strv forced;    /* forced includes (/FI), in order */
	hvci_lang lang;
	const char *std;                 /* "c11", "c++17"... or NULL */
	hvci_image_kind kind;            /* kernel mode unless HVCI_IMAGE_USER */
	const char *platform;            /* x64, Win32 (x86), ARM64, ARM */
	const char *target_version;      /* Windows10, Windows8, Windows7... NULL: Windows10 */
	unsigned kmdf_major, kmdf_minor; /* 0: not a KMDF unit */
	unsigned umdf_major, umdf_minor; /* 0: not a UMDF unit */
	int debug;                       /* a debug build: DBG=1 and friends */
	const hvci_wdk *wdk;             /* NULL: no WDK, the fallback headers serve */
} hvci_unit;

/*
 * The clang-cl command for u: clang-cl, --target=, /kernel for kernel
 * images, /TC or /TP, /std:, the WDK's defines for the image kind,
 * platform and target version (a name the project defines itself is
 * left to the project), the project's /D and /U, its /I folders, then
 * the WDK's folders, /FI, /c and the file.  Notes (unknown platform or
 * target version, missing WDF headers) are appended to notes.
 */
void hvci_compose(const hvci_unit *u, hvci_strv *argv, hvci_strv *notes);

/* ---- the WDK (wdk.c) ---- */

/* The WDK's defines for a platform ("x64"...): NULL-terminated, or NULL when unknown. */
const char *const *hvci_wdk_arch_defines(const char *platform);
/* clang's target triple for a platform, or NULL when unknown. */
const char *hvci_wdk_triple(const char *platform);
/* _WIN32_WINNT for a TargetVersion (0 when unknown); *ntddi its NTDDI_VERSION,
 * 0 for Windows10, whose NTDDI_VERSION is the kit's newest (hvci_wdk_ntddi). */
unsigned hvci_wdk_winnt(const char *target_version, unsigned long *ntddi);
/* NTDDI_VERSION a kit sets for Windows10 (w NULL: the fallback headers'). */
unsigned long hvci_wdk_ntddi(const hvci_wdk *w);
/* The KMDF minor version the WDK picks when the project names none. */
unsigned hvci_wdk_default_kmdf_minor(const char *target_version);
/* Include folders of the kit for a unit, in search order (existing ones only). */
void hvci_wdk_include_dirs(const hvci_wdk *w, const hvci_unit *u, hvci_strv *dirs,
                           hvci_strv *notes);
/* Canonical platform name ("x86" -> "Win32", any case -> MSBuild's spelling). */
const char *hvci_wdk_platform_name(const char *p);

/* ---- readers ---- */

/* The MSBuild reader on a project held in memory (fuzzing): `path` names it. */
int hvci_msbuild_load_buffer(hvci_project **out, const char *buf, size_t len, const char *path,
                             const hvci_project_options *o);
/* The solution reader on text in memory: fills the .vcxproj paths (absolute)
 * and for each the project configuration "Cfg|Plat" the solution maps
 * cfg|plat to (NULL when the project is not built there). */
typedef struct {
	hvci_strv projects; /* absolute .vcxproj paths */
	hvci_strv mapped;   /* "Configuration|Platform" or "" when not built */
	hvci_strv solution_configs;
	char *configuration, *platform; /* the solution configuration chosen */
} hvci_sln;
int hvci_sln_parse(hvci_sln *s, const char *text, size_t len, const char *path,
                   const char *configuration, const char *platform);
void hvci_sln_free(hvci_sln *s);

/* A path as MSBuild writes it (backslashes, maybe relative) made absolute. */
char *hvci_ms_path(const char *p, const char *base_dir);
/*
 * A precompiled header (/Yu, PRECOMPILED_INCLUDE) found at `header`: cl
 * reads it where the source includes it by name, wherever the file is.
 * Its folder joins the end of `includes` (once), so that the source's own
 * #include finds it; force-including it as well would read it twice.
 * Takes `header`.
 */
void hvci_project_pch_dir(hvci_strv *includes, char *header);
/* Reads a file no larger than HVCI_PROJECT_MAX_BYTES; NULL with the error set. */
char *hvci_project_read(const char *path, size_t *len);
/* The nearest folder at or above dir holding .git, else dir itself. */
char *hvci_project_default_root(const char *dir);

/* The `sources`/`dirs` reader on one file held in memory (fuzzing): `path`
 * names it, and its base name (dirs or not) says which it is. */
int hvci_sources_load_buffer(hvci_project **out, const char *buf, size_t len, const char *path,
                             const hvci_project_options *o);

/* Files larger than this are refused: projects are small. */
#define HVCI_PROJECT_MAX_BYTES (8u << 20)

#endif
