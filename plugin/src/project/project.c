/*
 * project.c - the public side of the project readers: loading a .sln or
 * .vcxproj (choosing the tree root, the WDK and the configuration),
 * freeing the result, and writing it as compile_commands.json.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "project/msbuild.h"
#include "util/util.h"

const char *hvci_image_kind_name(hvci_image_kind k)
{
	switch (k) {
	case HVCI_IMAGE_DRIVER:
		return "driver";
	case HVCI_IMAGE_EXPORT_DRIVER:
		return "export-driver";
	case HVCI_IMAGE_LIBRARY:
		return "library";
	case HVCI_IMAGE_USER:
		return "user";
	default:
		return "unknown";
	}
}

void hvci_project_free(hvci_project *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->n; i++) {
		hvci_compile_cmd *c = &p->cmds[i];
		free(c->file);
		free(c->directory);
		for (size_t k = 0; k < c->argc; k++)
			free(c->argv[k]);
		free(c->argv);
		free(c->image);
		free(c->project);
	}
	free(p->cmds);
	for (size_t i = 0; i < p->n_notes; i++)
		free(p->notes[i]);
	free(p->notes);
	free(p->configuration);
	free(p->platform);
	free(p->wdk_version);
	free(p);
}

void hvci_project_pch_dir(hvci_strv *includes, char *header)
{
	char *slash = strrchr(header, '/');
	if (slash && slash != header)
		*slash = '\0';
	hvci_strv_take_new(includes, header);
}

/* The nearest folder at or above dir holding .git, else dir itself. */
char *hvci_project_default_root(const char *dir)
{
	char *d = hvci_strdup(dir);
	for (;;) {
		char *g = hvci_asprintf("%s/.git", d);
		int found = hvci_file_exists(g) || hvci_dir_exists(g);
		free(g);
		if (found)
			return d;
		char *s = strrchr(d, '/');
		if (!s || s == d) {
			free(d);
			return hvci_strdup(dir);
		}
		*s = '\0';
	}
}

static int ends_ci(const char *s, const char *suf)
{
	size_t a = strlen(s), b = strlen(suf);
	return a >= b && !strcasecmp(s + a - b, suf);
}

static int load(hvci_project **out, const char *buf, size_t len, const char *path,
                const hvci_project_options *o)
{
	*out = NULL;
	hvci_project_options none = {NULL, NULL, NULL, NULL};
	if (!o)
		o = &none;
	char *abs = hvci_abspath(path, NULL);
	char *dir = hvci_xstrndup(abs, (size_t)(strrchr(abs, '/') - abs));
	char *root = o->root ? hvci_abspath(o->root, NULL) : hvci_project_default_root(dir);
	size_t rl = strlen(root);
	while (rl > 1 && root[rl - 1] == '/')
		root[--rl] = '\0';
	hvci_wdk *wdk = NULL;
	int rc = hvci_wdk_open(&wdk, o->wdk_root);
	hvci_project *pr = hvci_xcalloc(1, sizeof *pr);
	if (!rc && wdk)
		pr->wdk_version = hvci_strdup(hvci_wdk_version(wdk));
	if (rc) {
	} else if (ends_ci(abs, ".sln")) {
		hvci_sln s;
		rc = hvci_sln_parse(&s, buf, len, abs, o->configuration, o->platform);
		if (!rc) {
			pr->configuration = hvci_strdup(s.configuration);
			pr->platform = hvci_strdup(s.platform);
			for (size_t i = 0; i < s.projects.n && !rc; i++) {
				const char *p = s.projects.v[i];
				if (!*s.mapped.v[i]) {
					hvci_strv n = {pr->notes, pr->n_notes};
					hvci_strv_take(
					    &n, hvci_asprintf("%s: not built in solution "
					                      "configuration %s|%s; skipped",
					                      p, s.configuration, s.platform));
					pr->notes = n.v;
					pr->n_notes = n.n;
					continue;
				}
				size_t plen;
				char *pb = hvci_project_read(p, &plen);
				if (!pb) {
					rc = -1;
					break;
				}
				rc = hvci_ms_load_vcxproj(pr, pb, plen, p, root, wdk, s.mapped.v[i],
				                          NULL, NULL, abs);
				free(pb);
			}
			hvci_sln_free(&s);
		}
	} else {
		rc = hvci_ms_load_vcxproj(pr, buf, len, abs, root, wdk, NULL, o->configuration,
		                          o->platform, NULL);
	}
	hvci_wdk_free(wdk);
	free(root);
	free(dir);
	free(abs);
	if (rc) {
		hvci_project_free(pr);
		return rc < 0 ? rc : HVCI_ERROR;
	}
	*out = pr;
	return 0;
}

int hvci_project_load_msbuild(hvci_project **out, const char *path, const hvci_project_options *o)
{
	*out = NULL;
	size_t len;
	char *buf = hvci_project_read(path, &len);
	if (!buf)
		return hvci_error_last_code() ? hvci_error_last_code() : HVCI_ENOTFOUND;
	int rc = load(out, buf, len, path, o);
	free(buf);
	return rc;
}

int hvci_msbuild_load_buffer(hvci_project **out, const char *buf, size_t len, const char *path,
                             const hvci_project_options *o)
{
	return load(out, buf, len, path, o);
}

char *hvci_project_to_compdb(const hvci_project *p)
{
	json_t *arr = json_array();
	for (size_t i = 0; p && i < p->n; i++) {
		const hvci_compile_cmd *c = &p->cmds[i];
		json_t *args = json_array();
		for (size_t k = 0; k < c->argc; k++)
			json_array_append_new(args, json_string(c->argv[k]));
		json_t *e = json_object();
		json_object_set_new(e, "directory", json_string(c->directory));
		json_object_set_new(e, "file", json_string(c->file));
		json_object_set_new(e, "arguments", args);
		json_object_set_new(e, "output", json_string(c->image));
		json_array_append_new(arr, e);
	}
	char *s = json_dumps(arr, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(arr);
	if (!s)
		return NULL;
	char *r = hvci_asprintf("%s\n", s);
	free(s);
	return r;
}
