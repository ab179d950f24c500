/*
 * sln.c - reads a Visual Studio solution: the C/C++ projects it lists
 * (Project(...) = "name", "path.vcxproj", "{GUID}"), its solution
 * configurations (SolutionConfigurationPlatforms) and, for the one
 * chosen, which project configuration each project builds in
 * (ProjectConfigurationPlatforms: {GUID}.Cfg|Plat.ActiveCfg, and
 * .Build.0 when it is built at all).  Other project types (C#, solution
 * folders) are passed over.  The text is line-based; nothing is
 * evaluated here.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "project/msbuild.h"
#include "util/util.h"

typedef struct {
	char *guid;
	char *path;
} sproj;

static char *trim(const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		n--;
	return hvci_xstrndup(s, n);
}

/* The n-th (0-based) double-quoted string of line, or NULL. */
static char *quoted(const char *line, int nth)
{
	const char *p = line;
	for (int k = 0;; k++) {
		const char *a = strchr(p, '"');
		if (!a)
			return NULL;
		const char *b = strchr(a + 1, '"');
		if (!b)
			return NULL;
		if (k == nth)
			return hvci_xstrndup(a + 1, (size_t)(b - a - 1));
		p = b + 1;
	}
}

static int ends_ci(const char *s, const char *suf)
{
	size_t a = strlen(s), b = strlen(suf);
	return a >= b && !strcasecmp(s + a - b, suf);
}

void hvci_sln_free(hvci_sln *s)
{
	hvci_strv_free(&s->projects);
	hvci_strv_free(&s->mapped);
	hvci_strv_free(&s->solution_configs);
	free(s->configuration);
	free(s->platform);
	memset(s, 0, sizeof *s);
}

int hvci_sln_parse(hvci_sln *s, const char *text, size_t len, const char *path,
                   const char *configuration, const char *platform)
{
	memset(s, 0, sizeof *s);
	char *dir = hvci_xstrndup(path, (size_t)(strrchr(path, '/') - path));
	sproj *ps = NULL;
	size_t nps = 0;
	hvci_strv maps = {NULL, 0}; /* "{GUID}.Cfg|Plat.ActiveCfg = X|Y" lines, trimmed */
	enum { NONE, SOLCFG, PROJCFG } sec = NONE;
	long solcfg_line = 1, lineno = 0;
	int saw_header = 0;
	for (size_t i = 0; i < len;) {
		size_t e = i;
		while (e < len && text[e] != '\n')
			e++;
		lineno++;
		char *line = trim(text + i, e - i);
		i = e + 1;
		if (strstr(line, "Microsoft Visual Studio Solution File"))
			saw_header = 1;
		if (!strncmp(line, "Project(", 8)) {
			char *p = quoted(line, 2), *g = quoted(line, 3);
			if (p && g && ends_ci(p, ".vcxproj")) {
				ps = hvci_xrealloc(ps, (nps + 1) * sizeof *ps);
				ps[nps].guid = g;
				ps[nps].path = hvci_ms_path(p, dir);
				nps++;
				g = NULL;
			}
			free(p);
			free(g);
		} else if (!strncmp(line, "GlobalSection(SolutionConfigurationPlatforms)", 45)) {
			sec = SOLCFG;
			solcfg_line = lineno;
		} else if (!strncmp(line, "GlobalSection(ProjectConfigurationPlatforms)", 44)) {
			sec = PROJCFG;
		} else if (!strncmp(line, "EndGlobalSection", 16)) {
			sec = NONE;
		} else if (sec == SOLCFG) {
			char *eq = strchr(line, '=');
			char *k = trim(line, eq ? (size_t)(eq - line) : strlen(line));
			if (*k && strchr(k, '|'))
				hvci_strv_take(&s->solution_configs, k);
			else
				free(k);
		} else if (sec == PROJCFG && *line) {
			hvci_strv_push(&maps, line);
		}
		free(line);
	}
	int rc = 0;
	if (!saw_header && !nps) {
		rc = hvci_error_set(HVCI_EPARSE,
		                    "%s:1: not a Visual Studio solution (no 'Microsoft Visual "
		                    "Studio Solution File' header, no projects); pass a .sln or "
		                    ".vcxproj",
		                    path);
		goto out;
	}
	const char *pick = hvci_ms_pick_config(&s->solution_configs, configuration, platform);
	if (!pick && s->solution_configs.n) {
		hvci_buf b;
		hvci_buf_init(&b);
		for (size_t k = 0; k < s->solution_configs.n; k++)
			hvci_buf_printf(&b, "%s%s", k ? ", " : "", s->solution_configs.v[k]);
		rc =
		    hvci_error_set(HVCI_ENOTFOUND,
		                   "%s:%ld: solution configuration '%s|%s' is not declared (the "
		                   "solution has %s); pass --configuration and --platform with one "
		                   "of them",
		                   path, solcfg_line, configuration ? configuration : "*",
		                   platform ? platform : "*", b.s);
		hvci_buf_free(&b);
		goto out;
	}
	char *chosen = pick ? hvci_strdup(pick)
	                    : hvci_asprintf("%s|%s", configuration ? configuration : "Release",
	                                    platform ? platform : "x64");
	char *bar = strchr(chosen, '|');
	*bar = '\0';
	s->configuration = hvci_strdup(chosen);
	s->platform = hvci_strdup(bar + 1);
	*bar = '|';
	for (size_t k = 0; k < nps; k++) {
		char *active = NULL;
		int build = 0, listed = 0;
		char *want_a = hvci_asprintf("%s.%s.ActiveCfg", ps[k].guid, chosen);
		char *want_b = hvci_asprintf("%s.%s.Build.0", ps[k].guid, chosen);
		for (size_t m = 0; m < maps.n; m++) {
			const char *l = maps.v[m];
			char *eq = strchr(l, '=');
			if (!eq)
				continue;
			char *key = trim(l, (size_t)(eq - l));
			if (!strncasecmp(key, ps[k].guid, strlen(ps[k].guid)))
				listed = 1;
			if (!strcasecmp(key, want_a)) {
				free(active);
				active = trim(eq + 1, strlen(eq + 1));
			} else if (!strcasecmp(key, want_b)) {
				build = 1;
			}
			free(key);
		}
		free(want_a);
		free(want_b);
		hvci_strv_push(&s->projects, ps[k].path);
		if (!listed) /* no mapping at all: the solution's own configuration */
			hvci_strv_push(&s->mapped, chosen);
		else if (active && build && strchr(active, '|'))
			hvci_strv_push(&s->mapped, active);
		else
			hvci_strv_push(&s->mapped, "");
		free(active);
	}
	free(chosen);
out:
	for (size_t k = 0; k < nps; k++) {
		free(ps[k].guid);
		free(ps[k].path);
	}
	free(ps);
	hvci_strv_free(&maps);
	free(dir);
	if (rc)
		hvci_sln_free(s);
	return rc;
}
