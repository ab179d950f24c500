/*
 * rules.c - loads and validates the rule data: rules/catalog.yaml (the rule
 * catalog and Code Analysis mapping), rules/values.yaml (named constants per
 * argument kind, with their mechanical fixes) and every rules/NAME.api.yaml
 * (the affected-API table), then the user's config files, which may add API
 * rows (their own allocator wrappers) and disable rules.  YAML is parsed by
 * libyaml (through ydoc.c, which bounds it); this file only walks the
 * documents and checks their shape, and catalog.c reads the catalog.  Every
 * error names the file and line and says what to change.  A user config may
 * also group files into driver images (`images:`), read here and answered
 * by hvci_rules_image_for, and name where the rule pages are served
 * (`help-uri-base:`, each rule's help URI).
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

#include "rules/rules.h"
#include "rules/rules_int.h"
#include "util/paths.h"
#include "util/util.h"

static const char *const kind_names[HVCI_K__COUNT] = {
    "pool-type",  "pool-flags",   "page-protect", "mdl-priority", "lookaside-flags",
    "cache-type", "section-attr", "heap-flags",   "always-exec",  "listed",
    "code-dest",  "mdl-base",     "cr0-write",    "returns-data", "routine-lookup",
    "name-init",  "mdl-map",      "mdl-lock",     "mdl-protect",
};

/* Which rule a kind's findings belong to. */
static const char *const kind_rules[HVCI_K__COUNT] = {
    "hvci-exec-pool",
    "hvci-exec-pool",
    "hvci-exec-protect",
    "hvci-exec-mdl",
    "hvci-exec-pool",
    "hvci-exec-api",
    "hvci-exec-image",
    "hvci-exec-pool",
    "hvci-exec-api",
    NULL,
    "hvci-code-write",
    "hvci-code-write",
    "hvci-code-write",
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
};

const char *hvci_kind_name(hvci_kind k)
{
	return k < HVCI_K__COUNT ? kind_names[k] : "?";
}

const char *hvci_kind_rule(hvci_kind k)
{
	return k < HVCI_K__COUNT ? kind_rules[k] : NULL;
}

const char *hvci_row_rule(const hvci_api_row *row)
{
	return row->rule ? row->rule : hvci_kind_rule(row->kind);
}

/* ---- API rows ------------------------------------------------------------ */

static const char *const row_keys[] = {
    "api",           "arg",    "params",     "kind",       "ca",
    "replacement",   "header", "confidence", "deprecated", "allocator-arg",
    "user-mode-arg", "source", "note",       "rule",       NULL};

static int parse_kind(const char *s)
{
	for (int k = 0; s && k < HVCI_K__COUNT; k++)
		if (!strcmp(s, kind_names[k]))
			return k;
	return -1;
}

static int load_row(hvci_rules *r, ydoc *d, yaml_node_t *n, int user)
{
	int rc = hvci_ymap_check_keys(d, n, row_keys, "an API row");
	if (rc)
		return rc;
	hvci_api_row row;
	memset(&row, 0, sizeof row);
	row.allocator_arg = row.user_mode_arg = -1;
	row.from_line = (unsigned)n->start_mark.line + 1;
	const char *api = hvci_yscalar(hvci_ymap_get(d, n, "api"));
	if (!api || !*api)
		return hvci_yerr(d, n, "API row without 'api'; name the function%s%s", NULL, NULL);
	yaml_node_t *kn = hvci_ymap_get(d, n, "kind");
	int kind = parse_kind(hvci_yscalar(kn));
	if (kind < 0)
		return hvci_yerr(
		    d, kn ? kn : n,
		    "bad 'kind' '%s' for '%s'; use pool-type, pool-flags, page-protect, "
		    "mdl-priority, lookaside-flags, cache-type, section-attr, heap-flags, "
		    "always-exec, listed, code-dest, mdl-base, cr0-write, returns-data, "
		    "routine-lookup, name-init, mdl-map, mdl-lock or mdl-protect",
		    hvci_yscalar(kn) ? hvci_yscalar(kn) : "(missing)", api);
	long long arg = -1, params = -1, v;
	yaml_node_t *an = hvci_ymap_get(d, n, "arg");
	if (an && (rc = hvci_yint(d, an, &arg, "arg")))
		return rc;
	yaml_node_t *pn = hvci_ymap_get(d, n, "params");
	if (pn && (rc = hvci_yint(d, pn, &params, "params")))
		return rc;
	int needs_arg =
	    kind != HVCI_K_ALWAYS_EXEC && kind != HVCI_K_LISTED && kind != HVCI_K_RETURNS_DATA;
	if (needs_arg && !an)
		return hvci_yerr(d, n,
		                 "API row '%s' of kind %s needs 'arg' (0-based argument index)",
		                 api, kind_names[kind]);
	if (!needs_arg)
		arg = -1;
	if (needs_arg && (arg < 0 || (params >= 0 && arg >= params) || arg > 64)) {
		char num[32];
		snprintf(num, sizeof num, "%lld", arg);
		return hvci_yerr(
		    d, an, "'arg' %s is out of range for '%s'; use a 0-based index below 'params'",
		    num, api);
	}
	row.api = hvci_strdup(api);
	row.arg = (int)arg;
	row.params = (int)params;
	row.kind = (hvci_kind)kind;
	const char *ca = hvci_yscalar(hvci_ymap_get(d, n, "ca"));
	row.ca = (ca && strcmp(ca, "none")) ? hvci_strdup(ca) : NULL;
	row.replacement = hvci_strdup(hvci_yscalar(hvci_ymap_get(d, n, "replacement")));
	row.header = hvci_strdup(hvci_yscalar(hvci_ymap_get(d, n, "header")));
	row.source = hvci_strdup(hvci_yscalar(hvci_ymap_get(d, n, "source")));
	row.note = hvci_strdup(hvci_yscalar(hvci_ymap_get(d, n, "note")));
	/* A row may file its findings under another rule than its kind's (the
	 * data-scan sections are page-protect rows reported as image mappings). */
	yaml_node_t *rn = hvci_ymap_get(d, n, "rule");
	if (rn) {
		const char *id = hvci_yscalar(rn);
		if (!id || !hvci_rules_find(r, id)) {
			rc = hvci_yerr(d, rn,
			               "unknown 'rule' '%s' for '%s'; use an id from catalog.yaml",
			               id ? id : "?", api);
			goto bad;
		}
		row.rule = hvci_strdup(id);
	}
	yaml_node_t *cn = hvci_ymap_get(d, n, "confidence");
	if (cn) {
		const char *c = hvci_yscalar(cn);
		if (c && !strcmp(c, "unconfirmed"))
			row.unconfirmed = 1;
		else if (!c || strcmp(c, "confirmed")) {
			rc = hvci_yerr(d, cn,
			               "bad 'confidence' '%s'; use confirmed or unconfirmed%s",
			               c ? c : "?", NULL);
			goto bad;
		}
	}
	yaml_node_t *dn = hvci_ymap_get(d, n, "deprecated");
	if (dn && (rc = hvci_ybool(d, dn, &row.deprecated, "deprecated")))
		goto bad;
	yaml_node_t *aa = hvci_ymap_get(d, n, "allocator-arg");
	if (aa) {
		if ((rc = hvci_yint(d, aa, &v, "allocator-arg")))
			goto bad;
		if (v < -1 || v > 64) {
			rc = hvci_yerr(
			    d, aa,
			    "'allocator-arg' is out of range for '%s'; use a 0-based index "
			    "up to 64, or -1 for none%s",
			    api, NULL);
			goto bad;
		}
		row.allocator_arg = (int)v;
	}
	yaml_node_t *um = hvci_ymap_get(d, n, "user-mode-arg");
	if (um) {
		if ((rc = hvci_yint(d, um, &v, "user-mode-arg")))
			goto bad;
		if (v < -1 || v > 64) {
			rc = hvci_yerr(
			    d, um,
			    "'user-mode-arg' is out of range for '%s'; use a 0-based index "
			    "up to 64, or -1 for none%s",
			    api, NULL);
			goto bad;
		}
		row.user_mode_arg = (int)v;
	}
	row.from_file = hvci_strdup(d->path);
	row.user = user;
	r->rows = hvci_xrealloc(r->rows, (r->n_rows + 1) * sizeof *r->rows);
	r->rows[r->n_rows++] = row;
	return HVCI_OK;
bad:
	free(row.api);
	free(row.rule);
	free(row.ca);
	free(row.replacement);
	free(row.header);
	free(row.source);
	free(row.note);
	return rc;
}

int hvci_rules_load_rows(hvci_rules *r, ydoc *d, yaml_node_t *seq, int user)
{
	if (!seq || seq->type != YAML_SEQUENCE_NODE)
		return hvci_yerr(d, seq, "'apis' must be a list of API rows%s%s", NULL, NULL);
	YSEQ_FOR(d, seq, it)
	{
		int rc = load_row(r, d, yaml_document_get_node(&d->doc, *it), user);
		if (rc)
			return rc;
	}
	return HVCI_OK;
}

static int load_api_file(hvci_rules *r, const char *path)
{
	ydoc d;
	int rc = hvci_ydoc_load(&d, path);
	if (rc)
		return rc;
	yaml_node_t *root = hvci_yroot(&d);
	static const char *const keys[] = {"apis", NULL};
	if (!root)
		rc = HVCI_OK; /* an empty file adds nothing */
	else if (!(rc = hvci_ymap_check_keys(&d, root, keys, "an API table file")))
		rc = hvci_rules_load_rows(r, &d, hvci_ymap_get(&d, root, "apis"), 0);
	yaml_document_delete(&d.doc);
	return rc;
}

/* ---- values.yaml --------------------------------------------------------- */

static int load_values(hvci_rules *r, const char *path)
{
	ydoc d;
	int rc = hvci_ydoc_load(&d, path);
	if (rc)
		return rc;
	yaml_node_t *root = hvci_yroot(&d);
	static const char *const top[] = {"optin-variables", "optin-init",   "kinds", "code-fields",
	                                  "mdl-flags",       "data-offsets", NULL};
	static const char *const ikeys[] = {"api", "flag", "entries", NULL};
	static const char *const kkeys[] = {"label", "append", "values", NULL};
	static const char *const vkeys[] = {"name", "value", "fix", NULL};
	static const char *const okeys[] = {"name", "kind", NULL};
	if ((rc = hvci_ymap_check_keys(&d, root, top, "values.yaml")))
		goto done;
	yaml_node_t *ov = hvci_ymap_get(&d, root, "optin-variables");
	if (ov && ov->type == YAML_SEQUENCE_NODE) {
		YSEQ_FOR(&d, ov, it)
		{
			yaml_node_t *e = yaml_document_get_node(&d.doc, *it);
			if ((rc = hvci_ymap_check_keys(&d, e, okeys, "an opt-in variable")))
				goto done;
			int k = parse_kind(hvci_yscalar(hvci_ymap_get(&d, e, "kind")));
			const char *nm = hvci_yscalar(hvci_ymap_get(&d, e, "name"));
			if (k < 0 || !nm) {
				rc = hvci_yerr(
				    &d, e, "opt-in variable needs 'name' and a valid 'kind'%s%s",
				    NULL, NULL);
				goto done;
			}
			r->optin_names = hvci_xrealloc(r->optin_names,
			                               (r->n_optin + 1) * sizeof *r->optin_names);
			r->optin_kinds = hvci_xrealloc(r->optin_kinds,
			                               (r->n_optin + 1) * sizeof *r->optin_kinds);
			r->optin_names[r->n_optin] = hvci_strdup(nm);
			r->optin_kinds[r->n_optin++] = k;
		}
	}
	yaml_node_t *oi = hvci_ymap_get(&d, root, "optin-init");
	if (oi) {
		long long f;
		if ((rc = hvci_ymap_check_keys(&d, oi, ikeys, "optin-init")) ||
		    (rc = hvci_yint(&d, hvci_ymap_get(&d, oi, "flag"), &f, "flag")))
			goto done;
		free(r->optin_init_api);
		for (size_t i = 0; i < r->n_optin_entries; i++)
			free(r->optin_entries[i]);
		free(r->optin_entries);
		r->optin_entries = NULL;
		r->n_optin_entries = 0;
		r->optin_init_api = hvci_strdup(hvci_yscalar(hvci_ymap_get(&d, oi, "api")));
		r->optin_init_flag = (uint64_t)f;
		yaml_node_t *en = hvci_ymap_get(&d, oi, "entries");
		if (en && en->type != YAML_SEQUENCE_NODE) {
			rc = hvci_yerr(&d, en, "'entries' must be a list of function names%s%s",
			               NULL, NULL);
			goto done;
		}
		if (en) {
			YSEQ_FOR(&d, en, it)
			{
				const char *nm = hvci_yscalar(yaml_document_get_node(&d.doc, *it));
				if (!nm || !*nm) {
					rc = hvci_yerr(&d, en, "'entries' holds an empty name%s%s",
					               NULL, NULL);
					goto done;
				}
				r->optin_entries =
				    hvci_xrealloc(r->optin_entries, (r->n_optin_entries + 1) *
				                                        sizeof *r->optin_entries);
				r->optin_entries[r->n_optin_entries++] = hvci_strdup(nm);
			}
		}
	}
	if ((rc = hvci_rules_load_code_values(r, &d, root)))
		goto done;
	yaml_node_t *kinds = hvci_ymap_get(&d, root, "kinds");
	if (!kinds || kinds->type != YAML_MAPPING_NODE) {
		rc = hvci_yerr(&d, root, "values.yaml needs a 'kinds' mapping%s%s", NULL, NULL);
		goto done;
	}
	for (yaml_node_pair_t *p = kinds->data.mapping.pairs.start;
	     p < kinds->data.mapping.pairs.top; p++) {
		yaml_node_t *kn = yaml_document_get_node(&d.doc, p->key);
		yaml_node_t *kv = yaml_document_get_node(&d.doc, p->value);
		int k = parse_kind(hvci_yscalar(kn));
		if (k < 0) {
			rc = hvci_yerr(&d, kn, "unknown kind '%s' in values.yaml%s",
			               hvci_yscalar(kn), NULL);
			goto done;
		}
		if ((rc = hvci_ymap_check_keys(&d, kv, kkeys, "a kind")))
			goto done;
		hvci_kind_info *ki = &r->kinds[k];
		free(ki->label);
		free(ki->append);
		ki->label = hvci_strdup(hvci_yscalar(hvci_ymap_get(&d, kv, "label")));
		ki->append = hvci_strdup(hvci_yscalar(hvci_ymap_get(&d, kv, "append")));
		yaml_node_t *vals = hvci_ymap_get(&d, kv, "values");
		if (!vals)
			continue;
		if (vals->type != YAML_SEQUENCE_NODE) {
			rc = hvci_yerr(&d, vals, "'values' must be a list%s%s", NULL, NULL);
			goto done;
		}
		YSEQ_FOR(&d, vals, it)
		{
			yaml_node_t *e = yaml_document_get_node(&d.doc, *it);
			if ((rc = hvci_ymap_check_keys(&d, e, vkeys, "a named value")))
				goto done;
			long long v;
			const char *nm = hvci_yscalar(hvci_ymap_get(&d, e, "name"));
			if (!nm) {
				rc = hvci_yerr(&d, e, "named value without 'name'%s%s", NULL, NULL);
				goto done;
			}
			if ((rc = hvci_yint(&d, hvci_ymap_get(&d, e, "value"), &v, "value")))
				goto done;
			ki->values =
			    hvci_xrealloc(ki->values, (ki->n_values + 1) * sizeof *ki->values);
			hvci_named_value *nv = &ki->values[ki->n_values++];
			nv->name = hvci_strdup(nm);
			nv->value = (uint64_t)v;
			nv->fix = hvci_strdup(hvci_yscalar(hvci_ymap_get(&d, e, "fix")));
		}
	}
done:
	yaml_document_delete(&d.doc);
	return rc;
}

/* ---- sections.yaml ------------------------------------------------------ */

static const char *const sect_keys[] = {"code-sections", "iat-sections", "writable-sections", NULL};

static int load_sections(hvci_rules *r, const char *path)
{
	ydoc d;
	int rc = hvci_ydoc_load(&d, path);
	if (rc)
		return rc;
	yaml_node_t *root = hvci_yroot(&d);
	if ((rc = hvci_ymap_check_keys(&d, root, sect_keys, "sections.yaml")))
		goto done;
	for (int role = 0; role < HVCI_SECT__COUNT; role++) {
		yaml_node_t *seq = hvci_ymap_get(&d, root, sect_keys[role]);
		if (!seq || seq->type != YAML_SEQUENCE_NODE) {
			rc = hvci_yerr(&d, root,
			               "sections.yaml needs '%s' as a list of section names%s",
			               sect_keys[role], NULL);
			goto done;
		}
		YSEQ_FOR(&d, seq, it)
		{
			yaml_node_t *e = yaml_document_get_node(&d.doc, *it);
			const char *name = hvci_yscalar(e);
			if (!name || !*name) {
				rc = hvci_yerr(&d, e, "'%s' entries must be section names%s",
				               sect_keys[role], NULL);
				goto done;
			}
			r->sect[role] =
			    hvci_xrealloc(r->sect[role], (r->n_sect[role] + 1) * sizeof(char *));
			r->sect[role][r->n_sect[role]++] = hvci_strdup(name);
		}
	}
done:
	yaml_document_delete(&d.doc);
	return rc;
}

int hvci_rules_section_is(const hvci_rules *r, hvci_sect_role role, const char *name)
{
	for (size_t i = 0; i < r->n_sect[role]; i++)
		if (hvci_glob_match(r->sect[role][i], name))
			return 1;
	return 0;
}

/* ---- loading -------------------------------------------------------------- */

/* by_api, over the sorted rows (see rules_int.h). */
static void index_apis(hvci_rules *r)
{
	size_t want = 16;
	while (want < 2 * r->n_rows)
		want *= 2;
	r->by_api = hvci_xcalloc(want, sizeof *r->by_api);
	r->n_by_api = want;
	for (size_t i = 0; i < r->n_rows; i++) {
		if (i && !strcmp(r->rows[i].api, r->rows[i - 1].api))
			continue;
		size_t h = (size_t)hvci_str_hash(r->rows[i].api) & (want - 1);
		while (r->by_api[h])
			h = (h + 1) & (want - 1);
		r->by_api[h] = i + 1;
	}
}

static int row_cmp(const void *a, const void *b)
{
	const hvci_api_row *x = a, *y = b;
	int c = strcmp(x->api, y->api);
	if (c)
		return c;
	/* User rows come first so they can override a shipped row. */
	if (x->user != y->user)
		return y->user - x->user;
	return x->arg - y->arg;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int hvci_rules_load(hvci_rules **out, const char *dir, const char *const *configs, size_t n_configs)
{
	*out = NULL;
	char *found = NULL;
	if (dir) {
		if (!hvci_file_exists(dir) && !hvci_dir_exists(dir))
			return hvci_error_set(
			    HVCI_ENOTFOUND,
			    "%s:1: rules directory not found; pass --rules-dir with the "
			    "folder holding catalog.yaml",
			    dir);
		found = hvci_strdup(dir);
	} else {
		found = hvci_data_path("rules", "catalog.yaml");
		if (!found)
			return hvci_error_set(
			    HVCI_ENOTFOUND,
			    "rules/catalog.yaml:1: the rule data was not found next to "
			    "the binary or in the install dir; pass --rules-dir");
	}
	hvci_rules *r = hvci_xcalloc(1, sizeof *r);
	r->dir = found;
	char *p = hvci_asprintf("%s/catalog.yaml", r->dir);
	int rc = hvci_rules_load_catalog(r, p);
	free(p);
	if (rc)
		goto fail;
	p = hvci_asprintf("%s/values.yaml", r->dir);
	rc = load_values(r, p);
	free(p);
	if (rc)
		goto fail;
	p = hvci_asprintf("%s/sections.yaml", r->dir);
	rc = load_sections(r, p);
	free(p);
	if (rc)
		goto fail;
	DIR *dh = opendir(r->dir);
	if (!dh) {
		rc = hvci_error_set(HVCI_ENOTFOUND, "%s:1: cannot list the rules directory: %s",
		                    r->dir, strerror(errno));
		goto fail;
	}
	char **names = NULL;
	size_t n_names = 0;
	struct dirent *de;
	while ((de = readdir(dh))) {
		size_t l = strlen(de->d_name);
		if (l > 9 && !strcmp(de->d_name + l - 9, ".api.yaml")) {
			names = hvci_xrealloc(names, (n_names + 1) * sizeof *names);
			names[n_names++] = hvci_strdup(de->d_name);
		}
	}
	closedir(dh);
	/* Sorted, so the effective table does not depend on directory order. */
	if (n_names > 1)
		qsort(names, n_names, sizeof *names, name_cmp);
	for (size_t i = 0; i < n_names; i++) {
		if (!rc) {
			p = hvci_asprintf("%s/%s", r->dir, names[i]);
			rc = load_api_file(r, p);
			free(p);
		}
		free(names[i]);
	}
	free(names);
	if (rc)
		goto fail;
	for (size_t i = 0; i < n_configs; i++) {
		if ((rc = hvci_rules_load_config(r, configs[i])))
			goto fail;
		r->configs = hvci_xrealloc(r->configs, (r->n_configs + 1) * sizeof *r->configs);
		r->configs[r->n_configs++] = hvci_strdup(configs[i]);
	}
	if (r->n_rows > 1)
		qsort(r->rows, r->n_rows, sizeof *r->rows, row_cmp);
	index_apis(r);
	*out = r;
	return HVCI_OK;
fail:
	hvci_rules_free(r);
	return rc;
}

void hvci_rules_free(hvci_rules *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n_rows; i++) {
		hvci_api_row *w = &r->rows[i];
		free(w->api);
		free(w->ca);
		free(w->replacement);
		free(w->header);
		free(w->source);
		free(w->note);
		free(w->rule);
		free(w->from_file);
	}
	free(r->rows);
	free(r->by_api);
	for (int k = 0; k < HVCI_K__COUNT; k++) {
		hvci_kind_info *ki = &r->kinds[k];
		for (size_t i = 0; i < ki->n_values; i++) {
			free(ki->values[i].name);
			free(ki->values[i].fix);
		}
		free(ki->values);
		free(ki->label);
		free(ki->append);
	}
	hvci_rules_free_config(r);
	hvci_rules_free_code_values(r);
	for (size_t i = 0; i < r->n_optin; i++)
		free(r->optin_names[i]);
	free(r->optin_names);
	free(r->optin_kinds);
	free(r->optin_init_api);
	for (size_t i = 0; i < r->n_optin_entries; i++)
		free(r->optin_entries[i]);
	free(r->optin_entries);
	for (size_t i = 0; i < r->n_cas; i++)
		free(r->cas[i].ids);
	free(r->cas);
	for (size_t i = 0; i < r->n_owned; i++)
		free(r->owned[i]);
	free(r->owned);
	for (int k = 0; k < HVCI_SECT__COUNT; k++) {
		for (size_t i = 0; i < r->n_sect[k]; i++)
			free(r->sect[k][i]);
		free(r->sect[k]);
	}
	free(r->infos);
	free(r->dir);
	free(r);
}

const char *hvci_rules_dir(const hvci_rules *r)
{
	return r->dir;
}

const hvci_api_row *hvci_rules_lookup(const hvci_rules *r, const char *api, size_t *n_out)
{
	size_t lo = 0, hi = r->n_rows;
	if (r->n_by_api) {
		size_t h = (size_t)hvci_str_hash(api) & (r->n_by_api - 1);
		for (lo = r->n_rows; r->by_api[h]; h = (h + 1) & (r->n_by_api - 1))
			if (!strcmp(r->rows[r->by_api[h] - 1].api, api)) {
				lo = r->by_api[h] - 1;
				break;
			}
		hi = lo; /* found (or n_rows): no search */
	}
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (strcmp(r->rows[mid].api, api) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t n = 0;
	while (lo + n < r->n_rows && !strcmp(r->rows[lo + n].api, api))
		n++;
	*n_out = n;
	return n ? &r->rows[lo] : NULL;
}

size_t hvci_rules_row_count(const hvci_rules *r)
{
	return r->n_rows;
}

const hvci_api_row *hvci_rules_row(const hvci_rules *r, size_t i)
{
	return i < r->n_rows ? &r->rows[i] : NULL;
}

const hvci_kind_info *hvci_rules_kind(const hvci_rules *r, hvci_kind k)
{
	return &r->kinds[k];
}

const char *hvci_rules_value_name(const hvci_rules *r, hvci_kind k, uint64_t v)
{
	const hvci_kind_info *ki = &r->kinds[k];
	for (size_t i = 0; i < ki->n_values; i++)
		if (ki->values[i].value == v)
			return ki->values[i].name;
	return NULL;
}

const char *hvci_rules_value_fix(const hvci_rules *r, hvci_kind k, const char *name)
{
	const hvci_kind_info *ki = &r->kinds[k];
	for (size_t i = 0; i < ki->n_values; i++)
		if (!strcmp(ki->values[i].name, name))
			return ki->values[i].fix;
	return NULL;
}

int hvci_rules_is_value_name(const hvci_rules *r, const char *name)
{
	for (int k = 0; k < HVCI_K__COUNT; k++)
		for (size_t i = 0; i < r->kinds[k].n_values; i++)
			if (!strcmp(r->kinds[k].values[i].name, name))
				return 1;
	return 0;
}

int hvci_rules_optin_var(const hvci_rules *r, const char *name)
{
	for (size_t i = 0; i < r->n_optin; i++)
		if (!strcmp(r->optin_names[i], name))
			return r->optin_kinds[i];
	return -1;
}

int hvci_rules_optin_entry(const hvci_rules *r, const char *name)
{
	for (size_t i = 0; name && i < r->n_optin_entries; i++)
		if (!strcmp(r->optin_entries[i], name))
			return 1;
	return 0;
}

void hvci_rules_optin_init(const hvci_rules *r, const char **api, uint64_t *flag)
{
	*api = r->optin_init_api;
	*flag = r->optin_init_flag;
}

static uint64_t hash_name(uint64_t h, const char *s)
{
	/* The terminator too, so ("ab", "c") and ("a", "bc") differ. */
	return s ? hvci_hash_bytes(h, s, strlen(s) + 1) : hvci_hash_bytes(h, "", 0);
}

uint64_t hvci_rules_names_hash(const hvci_rules *r)
{
	uint64_t h = HVCI_HASH_INIT;
	for (size_t i = 0; i < r->n_rows; i++)
		h = hash_name(h, r->rows[i].api);
	for (int k = 0; k < HVCI_K__COUNT; k++)
		for (size_t i = 0; i < r->kinds[k].n_values; i++)
			h = hash_name(h, r->kinds[k].values[i].name);
	for (size_t i = 0; i < r->n_optin; i++)
		h = hash_name(h, r->optin_names[i]);
	return hash_name(h, r->optin_init_api);
}

int hvci_rules_known_id(const hvci_rules *r, const char *id)
{
	for (size_t i = 0; i < r->n_infos; i++)
		if (hvci_glob_match(id, r->infos[i].id))
			return 1;
	return 0;
}

size_t hvci_rules_count(const hvci_rules *r)
{
	return r->n_infos;
}

const hvci_rule_info *hvci_rules_at(const hvci_rules *r, size_t i)
{
	return i < r->n_infos ? &r->infos[i] : NULL;
}

const hvci_rule_info *hvci_rules_find(const hvci_rules *r, const char *id)
{
	for (size_t i = 0; i < r->n_infos; i++)
		if (!strcmp(r->infos[i].id, id))
			return &r->infos[i];
	return NULL;
}

const char *const *hvci_rules_for_ca(const hvci_rules *r, unsigned ca)
{
	for (size_t i = 0; i < r->n_cas; i++)
		if (r->cas[i].ca == ca)
			return r->cas[i].ids;
	return NULL;
}

const char *hvci_rules_exec_only_api(const hvci_rules *r, const char *api)
{
	size_t n;
	const hvci_api_row *rows = hvci_rules_lookup(r, api, &n);
	for (size_t i = 0; i < n; i++)
		if (!rows[i].unconfirmed &&
		    (rows[i].kind == HVCI_K_ALWAYS_EXEC || rows[i].kind == HVCI_K_CACHE_TYPE))
			return rows[i].replacement ? rows[i].replacement : "";
	return NULL;
}

void hvci_rules_dump(const hvci_rules *r, FILE *out)
{
	fprintf(out, "# rule catalog (%s)\n", r->dir);
	for (size_t i = 0; i < r->n_infos; i++) {
		const hvci_rule_info *ri = &r->infos[i];
		fprintf(out, "%-22s %-8s %-14s %s%s\n", ri->id, hvci_severity_name(ri->severity),
		        ri->code_analysis ? ri->code_analysis : "-",
		        ri->short_desc ? ri->short_desc : "",
		        hvci_rules_disabled(r, ri->id) ? " (disabled by config)" : "");
	}
	fprintf(out, "\n# affected-API table: %zu rows\n", r->n_rows);
	fprintf(out, "%-46s %4s %-15s %-7s %-12s %s\n", "api", "arg", "kind", "ca", "confidence",
	        "replacement");
	for (size_t i = 0; i < r->n_rows; i++) {
		const hvci_api_row *w = &r->rows[i];
		fprintf(out, "%-46s %4d %-15s %-7s %-12s %s%s%s%s", w->api, w->arg,
		        kind_names[w->kind], w->ca ? w->ca : "-",
		        w->unconfirmed ? "unconfirmed" : "confirmed",
		        w->replacement ? w->replacement : "-", w->rule ? "  [rule " : "",
		        w->rule ? w->rule : "", w->rule ? "]" : "");
		fputs(w->user ? "  [user config]\n" : "\n", out);
	}
}
