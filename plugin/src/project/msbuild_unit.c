/*
 * msbuild_unit.c - one evaluated ClCompile item of an MSBuild project as a
 * described unit (project.h): the image kind from ConfigurationType,
 * DriverType and the toolset, the WDF versions, the include folders,
 * defines, forced includes and precompiled header from its metadata, the
 * language and standard; then the composer's command.  What names a
 * folder or header the tree does not hold is dropped with a note.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "project/msbuild.h"
#include "util/util.h"

static int truthy(const char *v)
{
	return v && !strcasecmp(v, "true");
}

static const char *prop(const ev *e, const char *name)
{
	const char *v = hvci_kvs_get(&e->ctx.props, name);
	return v && *v ? v : NULL;
}

static unsigned uprop(const ev *e, const char *name, unsigned dflt)
{
	const char *v = prop(e, name);
	if (!v)
		return dflt;
	char *end;
	unsigned long x = strtoul(v, &end, 10);
	return *end || x > 1000 ? dflt : (unsigned)x;
}

static int starts_ci(const char *s, const char *p)
{
	return s && !strncasecmp(s, p, strlen(p));
}

/* The image kind from ConfigurationType, DriverType and the toolset. */
static hvci_image_kind image_kind(const ev *e, const char **ext)
{
	const char *ct = prop(e, "ConfigurationType");
	const char *dt = prop(e, "DriverType");
	const char *ts = prop(e, "PlatformToolset");
	int umdf = dt && !strcasecmp(dt, "UMDF");
	int kernel = !umdf && (starts_ci(ts, "WindowsKernelModeDriver") ||
	                       (dt && (!strcasecmp(dt, "KMDF") || !strcasecmp(dt, "WDM") ||
	                               !strcasecmp(dt, "Export") || !strcasecmp(dt, "Miniport"))));
	if (!ct)
		ct = "Application";
	if (!strcasecmp(ct, "Driver")) {
		*ext = ".sys";
		if (umdf)
			return HVCI_IMAGE_USER;
		return dt && !strcasecmp(dt, "Export") ? HVCI_IMAGE_EXPORT_DRIVER
		                                       : HVCI_IMAGE_DRIVER;
	}
	if (!strcasecmp(ct, "DynamicLibrary")) {
		*ext = kernel ? ".sys" : ".dll";
		return kernel ? HVCI_IMAGE_EXPORT_DRIVER : HVCI_IMAGE_USER;
	}
	if (!strcasecmp(ct, "StaticLibrary")) {
		*ext = ".lib";
		return kernel ? HVCI_IMAGE_LIBRARY : HVCI_IMAGE_USER;
	}
	if (!strcasecmp(ct, "Application")) {
		*ext = ".exe";
		return HVCI_IMAGE_USER;
	}
	*ext = "";
	return HVCI_IMAGE_UNKNOWN;
}

static const char *std_of(const char *v, int c)
{
	static const struct {
		const char *ms, *std;
	} t[] = {{"stdcpp14", "c++14"},         {"stdcpp17", "c++17"}, {"stdcpp20", "c++20"},
	         {"stdcpplatest", "c++latest"}, {"stdc11", "c11"},     {"stdc17", "c17"},
	         /* Visual Studio's C++23 preview: clang-cl's newest is closest. */
	         {"stdcpp23", "c++latest"}};
	for (size_t i = 0; v && i < sizeof t / sizeof *t; i++)
		if (!strcasecmp(v, t[i].ms) && (t[i].std[1] == '+') == !c)
			return t[i].std;
	return NULL;
}

/* A header named by /FI or the PCH: the project folder, then the include folders. */
static char *find_header(const ev *e, const char *name, const hvci_strv *incs)
{
	char *p = hvci_ms_path(name, e->proj_dir);
	if (hvci_file_exists(p))
		return p;
	free(p);
	for (size_t i = 0; i < incs->n; i++) {
		p = hvci_ms_path(name, incs->v[i]);
		if (hvci_file_exists(p))
			return p;
		free(p);
	}
	return NULL;
}

static int valid_define(const char *d)
{
	size_t n = strcspn(d, "=");
	if (!n || !(d[0] == '_' || (d[0] >= 'A' && d[0] <= 'Z') || (d[0] >= 'a' && d[0] <= 'z')))
		return 0;
	for (size_t i = 1; i < n; i++)
		if (!(d[i] == '_' || (d[i] >= '0' && d[i] <= '9') || (d[i] >= 'A' && d[i] <= 'Z') ||
		      (d[i] >= 'a' && d[i] <= 'z')))
			return 0;
	return !strpbrk(d, "\r\n");
}

void hvci_ms_unit(ev *e, const item *it, hvci_project *pr)
{
	const char *ext = "";
	hvci_image_kind kind = image_kind(e, &ext);
	const hvci_kvs *md = &it->md;
	hvci_unit u;
	memset(&u, 0, sizeof u);
	u.file = it->file;
	u.directory = e->proj_dir;
	u.kind = kind;
	u.platform = prop(e, "Platform");
	u.target_version = prop(e, "TargetVersion");
	u.wdk = e->wdk;
	const char *dt = prop(e, "DriverType");
	if (dt && !strcasecmp(dt, "KMDF") && kind != HVCI_IMAGE_USER) {
		u.kmdf_major = uprop(e, "KMDF_VERSION_MAJOR", 1);
		u.kmdf_minor =
		    uprop(e, "KMDF_VERSION_MINOR", hvci_wdk_default_kmdf_minor(u.target_version));
	} else if (dt && !strcasecmp(dt, "UMDF")) {
		u.umdf_major = uprop(e, "UMDF_VERSION_MAJOR", 2);
		u.umdf_minor = uprop(e, "UMDF_VERSION_MINOR", u.umdf_major == 2 ? 15 : 11);
	}
	const char *udl = prop(e, "UseDebugLibraries");
	u.debug = udl ? truthy(udl)
	              : strcasestr(prop(e, "Configuration") ? prop(e, "Configuration") : "",
	                           "debug") != NULL;

	hvci_strv tmp = {NULL, 0};
	const char *v = hvci_kvs_get(md, "PreprocessorDefinitions");
	if (v)
		hvci_ms_split(v, &tmp);
	for (size_t i = 0; i < tmp.n; i++) {
		char *d = hvci_ms_trim(tmp.v[i]);
		if (!*d) {
		} else if (valid_define(d)) {
			hvci_strv_take(&u.defines, d);
			d = NULL;
		} else {
			hvci_ms_note(
			    e, hvci_asprintf("%s: define '%s' is not NAME or NAME=VALUE; dropped",
			                     hvci_ms_rel(e, e->proj_file), d));
		}
		free(d);
	}
	hvci_strv_free(&tmp);
	if ((v = hvci_kvs_get(md, "UndefinePreprocessorDefinitions")))
		hvci_ms_split(v, &tmp);
	for (size_t i = 0; i < tmp.n; i++) {
		char *d = hvci_ms_trim(tmp.v[i]);
		if (*d && valid_define(d) && !strchr(d, '='))
			hvci_strv_take(&u.undefines, d);
		else
			free(d);
	}
	hvci_strv_free(&tmp);
	if ((v = hvci_kvs_get(md, "AdditionalIncludeDirectories")))
		hvci_ms_split(v, &tmp);
	for (size_t i = 0; i < tmp.n; i++) {
		char *d = hvci_ms_trim(tmp.v[i]);
		if (*d) {
			char *p = hvci_ms_path(d, e->proj_dir);
			if (hvci_dir_exists(p))
				hvci_strv_take(&u.includes, p);
			else {
				hvci_ms_note(
				    e,
				    hvci_asprintf("%s: include folder '%s' does not exist; dropped",
				                  hvci_ms_rel(e, e->proj_file), d));
				free(p);
			}
		}
		free(d);
	}
	hvci_strv_free(&tmp);
	/* The project's VC++ include directories ($(IncludePath)) reach cl as
	 * its INCLUDE path: searched after every /I.  The WDK's own default
	 * value names the kit's folders, which --wdk supplies; what does not
	 * exist here is left out without a note, as most of it never will. */
	if ((v = prop(e, "IncludePath")))
		hvci_ms_split(v, &tmp);
	for (size_t i = 0; i < tmp.n; i++) {
		char *d = hvci_ms_trim(tmp.v[i]);
		char *p = *d ? hvci_ms_path(d, e->proj_dir) : NULL;
		if (p && hvci_dir_exists(p))
			hvci_strv_take_new(&u.includes, p);
		else
			free(p);
		free(d);
	}
	hvci_strv_free(&tmp);
	if ((v = hvci_kvs_get(md, "ForcedIncludeFiles")))
		hvci_ms_split(v, &tmp);
	for (size_t i = 0; i < tmp.n; i++) {
		char *d = hvci_ms_trim(tmp.v[i]);
		char *p = *d ? find_header(e, d, &u.includes) : NULL;
		if (p)
			hvci_strv_take(&u.forced, p);
		else if (*d)
			hvci_ms_note(
			    e, hvci_asprintf("%s: forced include '%s' not found in the project; "
			                     "dropped",
			                     hvci_ms_rel(e, e->proj_file), d));
		free(d);
	}
	hvci_strv_free(&tmp);
	/* /Yu: cl reads the precompiled header where the source includes it
	 * by name, from the project's folder when that is where it is. */
	const char *pch = hvci_kvs_get(md, "PrecompiledHeader");
	if (pch && !strcasecmp(pch, "Use")) {
		const char *h = hvci_kvs_get(md, "PrecompiledHeaderFile");
		char *p = find_header(e, h && *h ? h : "stdafx.h", &u.includes);
		if (p)
			hvci_project_pch_dir(&u.includes, p);
	}
	const char *ca = hvci_kvs_get(md, "CompileAs");
	if (ca && !strcasecmp(ca, "CompileAsC"))
		u.lang = HVCI_LANG_C;
	else if (ca && !strcasecmp(ca, "CompileAsCpp"))
		u.lang = HVCI_LANG_CXX;
	else {
		const char *dot = strrchr(it->file, '.');
		u.lang = dot && !strcmp(dot, ".c") ? HVCI_LANG_C : HVCI_LANG_CXX;
	}
	u.std = std_of(
	    hvci_kvs_get(md, u.lang == HVCI_LANG_C ? "LanguageStandard_C" : "LanguageStandard"),
	    u.lang == HVCI_LANG_C);

	hvci_strv argv = {NULL, 0};
	hvci_compose(&u, &argv, e->notes);
	pr->cmds = hvci_xrealloc(pr->cmds, (pr->n + 1) * sizeof *pr->cmds);
	hvci_compile_cmd *c = &pr->cmds[pr->n++];
	memset(c, 0, sizeof *c);
	c->file = hvci_strdup(it->file);
	c->directory = hvci_strdup(e->proj_dir);
	c->argv = argv.v;
	c->argc = argv.n;
	c->image_kind = kind;
	c->project = hvci_strdup(e->proj_file);
	const char *tn = prop(e, "TargetName");
	const char *te = prop(e, "TargetExt");
	c->image = hvci_asprintf("%s%s", tn ? tn : prop(e, "ProjectName"), te ? te : ext);
	hvci_strv_free(&u.defines);
	hvci_strv_free(&u.undefines);
	hvci_strv_free(&u.includes);
	hvci_strv_free(&u.forced);
}
