/*
 * project.c - the commands' side of MSBuild projects: the options that
 * name a solution or project (--msbuild, --configuration, --platform,
 * --wdk, --root), loading it with one located error line on failure, the
 * notes and the configuration used on stderr, and the units as jobs for
 * `check` (user-mode units are listed as skipped, not analysed).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

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
	default:
		return 0;
	}
}

hvci_project *cli_project_load(const cli_project_opts *po)
{
	hvci_project_options o = {po->configuration, po->platform, po->wdk, po->root};
	hvci_project *p = NULL;
	if (hvci_project_load_msbuild(&p, po->msbuild, &o)) {
		cli_error("%s", hvci_error_last() ? hvci_error_last() : "cannot read the project");
		return NULL;
	}
	for (size_t i = 0; i < p->n_notes; i++)
		cli_note("%s", p->notes[i]);
	cli_note("%s: configuration %s|%s, %zu project%s, %zu source%s, WDK %s", po->msbuild,
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
		*v = realloc(*v, (*n + 1) * sizeof **v);
		cli_job *j = &(*v)[(*n)++];
		memset(j, 0, sizeof *j);
		j->image = c->image ? strdup(c->image) : NULL;
		j->file = strdup(c->file);
		j->directory = strdup(c->directory);
		j->argv = calloc(c->argc + 1, sizeof *j->argv);
		j->argc = c->argc;
		for (size_t k = 0; k < c->argc; k++)
			j->argv[k] = strdup(c->argv[k]);
	}
	hvci_project_free(p);
	return 0;
}
