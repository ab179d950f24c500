/*
 * project.c - the commands' side of MSBuild projects and WDK sources
 * trees: the options that name a solution, project or tree (--msbuild,
 * --sources, --configuration, --platform, --wdk, --root), loading it with one located error line on
 * failure, the notes and the configuration used on stderr, and the units as jobs for `check`
 * (user-mode units are listed as skipped, not analysed).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "cli.h"
#include "util/util.h"

int cli_project_opt(int id, const char *v, cli_project_opts *po)
{
	switch (id) {
	case CLI_O_MSBUILD:
		po->msbuild = v;
		return 1;
	case CLI_O_CONFIGURATION:
		po->configuration = v;
		return 1;
	case CLI_O_PLATFORM:
		po->platform = v;
		return 1;
	case CLI_O_WDK:
		po->wdk = v;
		return 1;
	case CLI_O_ROOT:
		po->root = v;
		return 1;
	case CLI_O_SOURCES:
		po->sources = v;
		return 1;
	default:
		return 0;
	}
}

hvci_project *cli_project_load(const cli_project_opts *po)
{
	hvci_project_options o = {po->configuration, po->platform, po->wdk, po->root};
	hvci_project *p = NULL;
	if (po->msbuild && po->sources) {
		cli_error("--msbuild and --sources name two builds; pass one of them");
		return NULL;
	}
	const char *what = po->sources ? po->sources : po->msbuild;
	int rc = po->sources ? hvci_project_load_sources(&p, po->sources, &o)
	                     : hvci_project_load_msbuild(&p, po->msbuild, &o);
	if (rc) {
		cli_error("%s", hvci_error_last() ? hvci_error_last() : "cannot read the project");
		return NULL;
	}
	for (size_t i = 0; i < p->n_notes; i++)
		cli_note("%s", p->notes[i]);
	cli_note("%s: configuration %s|%s, %zu project%s, %zu source%s, WDK %s", what,
	         p->configuration, p->platform, p->n_projects, p->n_projects == 1 ? "" : "s", p->n,
	         p->n == 1 ? "" : "s", p->wdk_version ? p->wdk_version : "none (fallback headers)");
	return p;
}

int cli_project_jobs(const cli_project_opts *po, cli_job **v, size_t *n)
{
	hvci_project *p = cli_project_load(po);
	if (!p)
		return -1;
	for (size_t i = 0; i < p->n; i++) {
		const hvci_compile_cmd *c = &p->cmds[i];
		if (c->image_kind == HVCI_IMAGE_USER) {
			cli_note("%s: user-mode unit of %s; skipped", c->file, c->image);
			continue;
		}
		*v = hvci_xrealloc(*v, (*n + 1) * sizeof **v);
		cli_job *j = &(*v)[(*n)++];
		memset(j, 0, sizeof *j);
		j->image = c->image ? hvci_strdup(c->image) : NULL;
		j->file = hvci_strdup(c->file);
		j->directory = hvci_strdup(c->directory);
		j->argv = hvci_xcalloc(c->argc + 1, sizeof *j->argv);
		j->argc = c->argc;
		for (size_t k = 0; k < c->argc; k++)
			j->argv[k] = hvci_strdup(c->argv[k]);
	}
	hvci_project_free(p);
	return 0;
}

/* 1 when dir holds WDK headers, as the command normaliser decides. */
static int wdk_dir(const char *dir)
{
	static const char *const markers[] = {"wdm.h", "ntddk.h", "ntifs.h", "wdf.h"};
	for (size_t i = 0; i < sizeof markers / sizeof *markers; i++) {
		size_t l = strlen(dir) + strlen(markers[i]) + 2;
		char *p = hvci_xmalloc(l);
		if (!p)
			return 0;
		snprintf(p, l, "%s/%s", dir, markers[i]);
		FILE *f = fopen(p, "r");
		free(p);
		if (f) {
			fclose(f);
			return 1;
		}
	}
	return strstr(dir, "Windows Kits") != NULL;
}

/* The include folder argv[*i] names (advancing past a separate value), or NULL. */
static const char *include_arg(char **argv, size_t argc, size_t *i)
{
	static const char *const opts[] = {"-I",     "/I",         "-isystem",    "-imsvc",
	                                   "/imsvc", "-idirafter", "/external:I", "-external:I"};
	const char *a = argv[*i];
	for (size_t k = sizeof opts / sizeof *opts; k-- > 0;) {
		size_t l = strlen(opts[k]);
		if (strncmp(a, opts[k], l))
			continue;
		if (a[l])
			return a + l;
		if (*i + 1 < argc)
			return argv[++*i];
		return NULL;
	}
	return NULL;
}

int cli_project_add_wdk(const cli_project_opts *po, cli_job *v, size_t n)
{
	const char *dir = po->wdk;
	const char *env = getenv("WDKContentRoot");
	if (!dir && env && *env)
		dir = env;
	if (!dir || !*dir)
		return 0;
	hvci_wdk *w = NULL;
	if (hvci_wdk_open(&w, dir)) {
		cli_error("%s", hvci_error_last() ? hvci_error_last() : "cannot open the WDK");
		return -1;
	}
	char **dirs = NULL;
	size_t nd = w ? hvci_wdk_kernel_include_dirs(w, &dirs) : 0;
	size_t added = 0;
	for (size_t j = 0; j < n && nd; j++) {
		cli_job *c = &v[j];
		int own = 0;
		for (size_t i = 1; i < c->argc && !own; i++) {
			const char *d = include_arg(c->argv, c->argc, &i);
			if (!d)
				continue;
			char *abs = cli_abs_path(d, c->directory);
			own = abs && wdk_dir(abs);
			free(abs);
		}
		if (own)
			continue;
		/* -imsvc in clang-cl, -isystem in gcc style: system folders searched
		 * after the command's own, before the fallback headers. */
		const char *base = strrchr(c->argv[0], '/');
		base = base ? base + 1 : c->argv[0];
		int cl = !strncasecmp(base, "cl", 2) || strstr(base, "clang-cl") != NULL;
		for (size_t i = 1; i < c->argc && !cl; i++)
			cl = !strcmp(c->argv[i], "--driver-mode=cl");
		char **nv = hvci_xrealloc(c->argv, (c->argc + 2 * nd + 1) * sizeof *nv);
		if (!nv)
			break;
		c->argv = nv;
		for (size_t k = 0; k < nd; k++) {
			c->argv[c->argc++] = hvci_strdup(cl ? "-imsvc" : "-isystem");
			c->argv[c->argc++] = hvci_strdup(dirs[k]);
		}
		c->argv[c->argc] = NULL;
		added++;
	}
	if (w)
		fprintf(stderr,
		        "hvcilint: note: WDK %s (%s): its kernel-mode include folders added to %zu "
		        "of %zu compile command%s without WDK folders of their own\n",
		        hvci_wdk_version(w), hvci_wdk_root(w), added, n, n == 1 ? "" : "s");
	for (size_t k = 0; k < nd; k++)
		free(dirs[k]);
	free(dirs);
	hvci_wdk_free(w);
	return 0;
}

/* Copies the command for `real` (a real path) out of p; 1 when p lists it. */
static int take_unit(hvci_project *p, const char *real, cli_compile_cmd *out, char **from)
{
	for (size_t i = 0; p && i < p->n; i++) {
		const hvci_compile_cmd *c = &p->cmds[i];
		char *r = cli_real_path(c->file, NULL);
		int same = r && !strcmp(r, real);
		free(r);
		if (!same)
			continue;
		memset(out, 0, sizeof *out);
		out->file = hvci_strdup(c->file);
		out->directory = hvci_strdup(c->directory);
		out->image = c->image ? hvci_strdup(c->image) : NULL;
		out->argv = hvci_xcalloc(c->argc + 1, sizeof *out->argv);
		if (!out->file || !out->directory || !out->argv) {
			cli_compile_cmd_clear(out);
			return 0;
		}
		out->argc = c->argc;
		for (size_t k = 0; k < c->argc; k++)
			out->argv[k] = hvci_strdup(c->argv[k]);
		*from = c->project ? hvci_strdup(c->project) : NULL;
		return 1;
	}
	return 0;
}

static int ends_with_ci(const char *s, const char *suf)
{
	size_t a = strlen(s), b = strlen(suf);
	return a >= b && !strcasecmp(s + a - b, suf);
}

int cli_project_find_unit(const char *file, cli_compile_cmd *out, char **from)
{
	*from = NULL;
	char *real = cli_real_path(file, NULL);
	if (!real)
		return 0;
	char *dir = hvci_strdup(real);
	char *slash = dir ? strrchr(dir, '/') : NULL;
	if (!slash) {
		free(dir);
		free(real);
		return 0;
	}
	*slash = '\0';
	/* Includes and imports may reach the repository's top, or anywhere
	 * outside a repository, as the build's own would. */
	char *top = hvci_strdup(dir);
	for (char *t = top ? strrchr(top, '/') : NULL;; t = strrchr(top, '/')) {
		char *g = cli_abs_path(".git", top);
		int is_top = g && access(g, F_OK) == 0;
		free(g);
		if (is_top)
			break;
		if (!t || t == top) {
			strcpy(top, "/");
			break;
		}
		*t = '\0';
	}
	hvci_project_options o = {NULL, NULL, NULL, top};
	int found = 0;
	/* A sources file describes the files of its own folder. */
	hvci_project *p = NULL;
	if (!hvci_project_load_sources(&p, dir, &o)) {
		found = take_unit(p, real, out, from);
	}
	hvci_project_free(p);
	/* A .vcxproj in the folder or above that lists the file. */
	for (int up = 0; !found && up < 16 && *dir; up++) {
		DIR *d = opendir(dir);
		struct dirent *de;
		int at_top = 0;
		while (d && !found && (de = readdir(d))) {
			if (!strcmp(de->d_name, ".git"))
				at_top = 1;
			if (!ends_with_ci(de->d_name, ".vcxproj"))
				continue;
			char *proj = cli_abs_path(de->d_name, dir);
			p = NULL;
			if (proj && !hvci_project_load_msbuild(&p, proj, &o))
				found = take_unit(p, real, out, from);
			hvci_project_free(p);
			free(proj);
		}
		if (d)
			closedir(d);
		char *s = strrchr(dir, '/');
		if (at_top || !s)
			break;
		*s = '\0';
	}
	hvci_error_clear();
	free(top);
	free(dir);
	free(real);
	return found;
}
