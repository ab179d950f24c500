/*
 * wdk.c - what the WDK's MSBuild files add to a driver's compile, held as
 * tables, and the layout of a Windows Kits 10 folder.
 *
 * The WDK's props and targets are not in a driver's repository and not
 * on this machine, so their effect is modelled here.  Every value was
 * checked against public material (docs/projects.md names the sources and
 * where they disagree): compile commands MSBuild printed for WDK drivers,
 * the WDK's documentation of the Driver Model Settings, and the CMake
 * FindWDK module that mirrors those props.  What no source settles is
 * left out: in particular POOL_NX_OPTIN is never added (a project that
 * wants it defines it), and NTDDI_VERSION for Windows10 follows the kit.
 *
 * A Windows Kits folder holds Include/<10.0.x.y>/{km,km/crt,shared,um,
 * ucrt} and Include/wdf/{kmdf/1.NN,umdf/2.NN}; MSBuild takes the newest
 * version folder, compared number by number.  This file finds that
 * version and the folders a unit searches, and never reads a header.
 */
#include <ctype.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "project/project.h"
#include "util/util.h"

struct hvci_wdk {
	char *root;
	char *version; /* "10.0.22621.0" */
	unsigned build;
};

/* ---- tables --------------------------------------------------------------- */

/* The architecture defines of the WDK's per-platform props. */
static const char *const defs_x64[] = {"_WIN64", "_AMD64_", "AMD64", NULL};
static const char *const defs_x86[] = {"_X86_=1", "i386=1", "STD_CALL", NULL};
static const char *const defs_arm64[] = {"_ARM64_", "ARM64", NULL};
static const char *const defs_arm[] = {"_ARM_", "ARM", NULL};

static const struct {
	const char *name; /* MSBuild's spelling */
	const char *alias;
	const char *triple;
	const char *const *defs;
} platforms[] = {
    {"x64", "amd64", "x86_64-pc-windows-msvc", defs_x64},
    {"Win32", "x86", "i686-pc-windows-msvc", defs_x86},
    {"ARM64", "aarch64", "aarch64-pc-windows-msvc", defs_arm64},
    {"ARM", "arm32", "thumbv7-pc-windows-msvc", defs_arm},
};

/* TargetVersion -> _WIN32_WINNT and NTDDI_VERSION (0: the kit's newest). */
static const struct {
	const char *name;
	unsigned winnt;
	unsigned long ntddi;
	unsigned kmdf_minor; /* the KMDF minor version used when none is named */
} targets[] = {
    {"Windows10", 0x0A00, 0, 15},
    {"Windows11", 0x0A00, 0, 15},
    {"WindowsV6.3", 0x0603, 0x06030000, 11},
    {"Windows8.1", 0x0603, 0x06030000, 11},
    {"Windows8", 0x0602, 0x06020000, 11},
    {"Win8", 0x0602, 0x06020000, 11},
    {"Windows7", 0x0601, 0x06010000, 9},
    {"Win7", 0x0601, 0x06010000, 9},
};

/* Kit build -> the NTDDI_VERSION its props pass for Windows10 (the kit's
 * newest NTDDI constant).  A build between two rows takes the lower. */
static const struct {
	unsigned build;
	unsigned long ntddi;
} kits[] = {
    {10240, 0x0A000000}, {10586, 0x0A000001}, {14393, 0x0A000002}, {15063, 0x0A000003},
    {16299, 0x0A000004}, {17134, 0x0A000005}, {17763, 0x0A000006}, {18362, 0x0A000007},
    {19041, 0x0A000008}, {20348, 0x0A00000A}, {22000, 0x0A00000B}, {22621, 0x0A00000C},
    {26100, 0x0A000010},
};
/* Without a kit: NTDDI_WIN10_NI, the level the shipped fallback headers describe. */
#define FALLBACK_NTDDI 0x0A00000CUL

const char *hvci_wdk_platform_name(const char *p)
{
	for (size_t i = 0; p && i < sizeof platforms / sizeof *platforms; i++)
		if (!strcasecmp(p, platforms[i].name) || !strcasecmp(p, platforms[i].alias))
			return platforms[i].name;
	return NULL;
}

const char *const *hvci_wdk_arch_defines(const char *platform)
{
	for (size_t i = 0; platform && i < sizeof platforms / sizeof *platforms; i++)
		if (!strcasecmp(platform, platforms[i].name) ||
		    !strcasecmp(platform, platforms[i].alias))
			return platforms[i].defs;
	return NULL;
}

const char *hvci_wdk_triple(const char *platform)
{
	for (size_t i = 0; platform && i < sizeof platforms / sizeof *platforms; i++)
		if (!strcasecmp(platform, platforms[i].name) ||
		    !strcasecmp(platform, platforms[i].alias))
			return platforms[i].triple;
	return NULL;
}

unsigned hvci_wdk_winnt(const char *tv, unsigned long *ntddi)
{
	if (!tv || !*tv)
		tv = "Windows10";
	for (size_t i = 0; i < sizeof targets / sizeof *targets; i++)
		if (!strcasecmp(tv, targets[i].name)) {
			*ntddi = targets[i].ntddi;
			return targets[i].winnt;
		}
	*ntddi = 0;
	return 0;
}

unsigned hvci_wdk_default_kmdf_minor(const char *tv)
{
	if (!tv || !*tv)
		tv = "Windows10";
	for (size_t i = 0; i < sizeof targets / sizeof *targets; i++)
		if (!strcasecmp(tv, targets[i].name))
			return targets[i].kmdf_minor;
	return 15;
}

unsigned long hvci_wdk_ntddi(const hvci_wdk *w)
{
	if (!w || !w->build)
		return FALLBACK_NTDDI;
	unsigned long v = kits[0].ntddi;
	for (size_t i = 0; i < sizeof kits / sizeof *kits; i++)
		if (kits[i].build <= w->build)
			v = kits[i].ntddi;
	return v;
}

/* ---- the folder ----------------------------------------------------------- */

/* "10.0.22621.0" -> its four numbers; 0 when not of that form. */
static int parse_version(const char *s, unsigned long v[4])
{
	for (int i = 0; i < 4; i++) {
		if (!isdigit((unsigned char)*s))
			return 0;
		char *e;
		v[i] = strtoul(s, &e, 10);
		s = e;
		if (i < 3 && *s++ != '.')
			return 0;
	}
	return *s == '\0';
}

int hvci_wdk_open(hvci_wdk **out, const char *dir)
{
	*out = NULL;
	int named = dir != NULL;
	if (!dir) {
		const char *env = getenv("WDKContentRoot");
		if (env && *env)
			dir = env, named = 1;
		else if (hvci_dir_exists("/mnt/c/Program Files (x86)/Windows Kits/10/Include"))
			dir = "/mnt/c/Program Files (x86)/Windows Kits/10";
		else
			return 0;
	}
	if (!*dir)
		return 0;
	char *root = hvci_abspath(dir, NULL);
	size_t l = strlen(root);
	while (l > 1 && root[l - 1] == '/')
		root[--l] = '\0';
	char *inc = hvci_asprintf("%s/Include", root);
	DIR *d = opendir(inc);
	char *best = NULL;
	unsigned long bv[4] = {0, 0, 0, 0};
	struct dirent *de;
	while (d && (de = readdir(d))) {
		unsigned long v[4];
		if (!parse_version(de->d_name, v) || v[0] != 10)
			continue;
		int newer = !best;
		for (int i = 0; i < 4 && !newer; i++) {
			if (v[i] != bv[i]) {
				newer = v[i] > bv[i];
				break;
			}
		}
		if (newer) {
			free(best);
			best = hvci_strdup(de->d_name);
			memcpy(bv, v, sizeof bv);
		}
	}
	if (d)
		closedir(d);
	free(inc);
	if (!best) {
		int rc = hvci_error_set(HVCI_ENOTFOUND,
		                        "%s:1: not a Windows Kits 10 folder (no Include/10.0.x.y "
		                        "inside); pass --wdk the folder holding Include/ and Lib/, "
		                        "e.g. .../Windows Kits/10",
		                        root);
		free(root);
		return named ? rc : 0;
	}
	hvci_wdk *w = hvci_xcalloc(1, sizeof *w);
	w->root = root;
	w->version = best;
	w->build = (unsigned)bv[2];
	*out = w;
	return 0;
}

const char *hvci_wdk_root(const hvci_wdk *w)
{
	return w ? w->root : NULL;
}

const char *hvci_wdk_version(const hvci_wdk *w)
{
	return w ? w->version : NULL;
}

void hvci_wdk_free(hvci_wdk *w)
{
	if (!w)
		return;
	free(w->root);
	free(w->version);
	free(w);
}

static void add_dir(hvci_strv *dirs, char *p)
{
	if (hvci_dir_exists(p))
		hvci_strv_push(dirs, p);
	free(p);
}

/*
 * Kernel mode: km/crt, km, shared, then the KMDF headers.  User mode: um,
 * ucrt, shared, then the UMDF headers.  The version folders come from the
 * newest kit; the WDF folders are shared by every version.
 */
void hvci_wdk_include_dirs(const hvci_wdk *w, const hvci_unit *u, hvci_strv *dirs, hvci_strv *notes)
{
	if (!w)
		return;
	const char *r = w->root, *v = w->version;
	if (u->kind != HVCI_IMAGE_USER) {
		add_dir(dirs, hvci_asprintf("%s/Include/%s/km/crt", r, v));
		add_dir(dirs, hvci_asprintf("%s/Include/%s/km", r, v));
		add_dir(dirs, hvci_asprintf("%s/Include/%s/shared", r, v));
	} else {
		add_dir(dirs, hvci_asprintf("%s/Include/%s/um", r, v));
		add_dir(dirs, hvci_asprintf("%s/Include/%s/ucrt", r, v));
		add_dir(dirs, hvci_asprintf("%s/Include/%s/shared", r, v));
	}
	char *wdf = NULL;
	if (u->kmdf_major)
		wdf = hvci_asprintf("%s/Include/wdf/kmdf/%u.%u", r, u->kmdf_major, u->kmdf_minor);
	else if (u->umdf_major)
		wdf = hvci_asprintf("%s/Include/wdf/umdf/%u.%u", r, u->umdf_major, u->umdf_minor);
	if (!wdf)
		return;
	if (hvci_dir_exists(wdf))
		hvci_strv_push(dirs, wdf);
	else
		hvci_strv_take(notes, hvci_asprintf("%s: the WDF headers %s are not in the kit; "
		                                    "the fallback headers serve instead",
		                                    u->file, wdf));
	free(wdf);
}

size_t hvci_wdk_kernel_include_dirs(const hvci_wdk *w, char ***out)
{
	hvci_unit u;
	memset(&u, 0, sizeof u);
	u.kind = HVCI_IMAGE_DRIVER;
	u.file = "";
	hvci_strv dirs = {NULL, 0}, notes = {NULL, 0};
	hvci_wdk_include_dirs(w, &u, &dirs, &notes);
	hvci_strv_free(&notes);
	if (!dirs.v)
		dirs.v = hvci_xcalloc(1, sizeof *dirs.v);
	*out = dirs.v;
	return dirs.n;
}
