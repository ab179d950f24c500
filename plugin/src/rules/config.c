/*
 * config.c - the user's config files (.hvcilint.yaml or --config): API rows
 * for the project's own wrappers (`apis:`), driver images (`images:`), the
 * rule selection (`disable:` and clang-tidy style `checks:`, to which the
 * command line's --checks is appended), per-rule `severity:`, source files
 * left out (`exclude:`), `header-filter:` and `inherit:` (whether the
 * configs of the folders above count; the caller decides which files to
 * load, see cli/confset.c).  It also prints the effective
 * config back as YAML (hvci_rules_dump_config), in a form it reads again.
 * The YAML helpers and the table itself live in rules.c.
 */
#include <fnmatch.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules/rules_int.h"
#include "util/util.h"

/* The folder of `path`, absolute, without a trailing slash. Caller frees. */
static char *config_dir(const char *path)
{
	char *abs = realpath(path, NULL);
	if (!abs)
		abs = hvci_strdup(path);
	char *slash = strrchr(abs, '/');
	if (slash && slash != abs)
		*slash = '\0';
	else if (slash)
		slash[1] = '\0';
	else
		strcpy(abs, ".");
	return abs;
}

/* A config's file glob, absolute against its folder `base`. */
static char *glob_abs(const char *g, const char *base)
{
	if (g[0] == '/')
		return hvci_strdup(g);
	return hvci_asprintf("%s/%s", base, g[0] == '.' && g[1] == '/' ? g + 2 : g);
}

/* '*' also matches across folders; a glob naming a folder covers what is below it. */
int hvci_rules_path_match(const char *g, const char *file)
{
	if (fnmatch(g, file, 0) == 0)
		return 1;
	size_t l = strlen(g);
	return !strncmp(g, file, l) && (file[l] == '/' || (l && g[l - 1] == '/'));
}

int hvci_rules_excluded(const hvci_rules *r, const char *file)
{
	for (size_t i = 0; r && file && i < r->n_excludes; i++)
		if (hvci_rules_path_match(r->excludes[i], file))
			return 1;
	return 0;
}

/*
 * images: {NAME: [GLOB, ...], ...}.  Globs are relative to the config's
 * folder unless absolute; '*' also matches across folders (fnmatch without
 * FNM_PATHNAME), and a glob that names a folder covers every file below it.
 */
static int load_images(hvci_rules *r, ydoc *d, yaml_node_t *map, const char *path)
{
	if (map->type != YAML_MAPPING_NODE)
		return hvci_yerr(
		    d, map,
		    "'images' must map each driver image name to a list of file globs, "
		    "e.g. 'mydrv: [src/mydrv/*.c]'%s%s",
		    NULL, NULL);
	char *base = config_dir(path);
	int rc = HVCI_OK;
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start;
	     p < map->data.mapping.pairs.top && !rc; p++) {
		yaml_node_t *kn = yaml_document_get_node(&d->doc, p->key);
		yaml_node_t *vn = yaml_document_get_node(&d->doc, p->value);
		const char *name = hvci_yscalar(kn);
		if (!name || !*name) {
			rc = hvci_yerr(d, kn,
			               "an image name in 'images' must be a non-empty string%s%s",
			               NULL, NULL);
			break;
		}
		if (!vn || vn->type != YAML_SEQUENCE_NODE) {
			rc =
			    hvci_yerr(d, vn ? vn : kn,
			              "image '%s' must list file globs, e.g. '%s: [src/mydrv/*.c]'",
			              name, name);
			break;
		}
		YSEQ_FOR(d, vn, it)
		{
			yaml_node_t *e = yaml_document_get_node(&d->doc, *it);
			const char *g = hvci_yscalar(e);
			if (!g || !*g) {
				rc = hvci_yerr(
				    d, e, "image '%s' lists something that is not a file glob%s",
				    name, NULL);
				break;
			}
			size_t k = r->n_image_globs++;
			r->image_names = hvci_xrealloc(r->image_names,
			                               r->n_image_globs * sizeof *r->image_names);
			r->image_globs = hvci_xrealloc(r->image_globs,
			                               r->n_image_globs * sizeof *r->image_globs);
			r->image_names[k] = hvci_strdup(name);
			r->image_globs[k] =
			    g[0] == '/' ? hvci_strdup(g)
			                : hvci_asprintf("%s/%s", base,
			                                g[0] == '.' && g[1] == '/' ? g + 2 : g);
		}
	}
	free(base);
	return rc;
}

const char *hvci_rules_image_for(const hvci_rules *r, const char *file)
{
	for (size_t i = 0; r && file && i < r->n_image_globs; i++) {
		const char *g = r->image_globs[i];
		if (fnmatch(g, file, 0) == 0)
			return r->image_names[i];
		size_t l = strlen(g);
		if (!strncmp(g, file, l) && (file[l] == '/' || (l && g[l - 1] == '/')))
			return r->image_names[i];
	}
	return NULL;
}

static void add_sel(hvci_rules *r, const char *glob, size_t len, int on, const char *where)
{
	r->sel = hvci_xrealloc(r->sel, (r->n_sel + 1) * sizeof *r->sel);
	hvci_rule_sel *e = &r->sel[r->n_sel++];
	e->glob = hvci_xmalloc(len + 1);
	memcpy(e->glob, glob, len);
	e->glob[len] = '\0';
	e->on = on;
	e->where = hvci_strdup(where);
}

static void add_warning(hvci_rules *r, char *w)
{
	r->warnings = hvci_xrealloc(r->warnings, (r->n_warnings + 1) * sizeof *r->warnings);
	r->warnings[r->n_warnings++] = w;
}

/*
 * A clang-tidy glob list: globs separated by commas (or new lines), each
 * with an optional '-' that turns the matching rules off, applied in order
 * after what came before.  A glob that names no rule is kept (harmless) and
 * told once as a warning.
 */
static void add_glob_list(hvci_rules *r, const char *list, const char *where)
{
	const char *p = list;
	while (*p) {
		size_t n = strcspn(p, ",\n");
		const char *s = p, *e = p + n;
		p = *e ? e + 1 : e;
		while (s < e && (*s == ' ' || *s == '\t' || *s == '\r'))
			s++;
		while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
			e--;
		int on = 1;
		if (s < e && *s == '-') {
			on = 0;
			s++;
			while (s < e && (*s == ' ' || *s == '\t'))
				s++;
		}
		if (s == e)
			continue;
		add_sel(r, s, (size_t)(e - s), on, where);
		const char *g = r->sel[r->n_sel - 1].glob;
		if (!hvci_rules_known_id(r, g))
			add_warning(
			    r, hvci_asprintf("%s%s: '%s' in the check list %s; run "
			                     "'hvcilint rules' for the rule ids",
			                     where[0] == '-' ? "hvcilint: warning: " : where,
			                     where[0] == '-' ? where : ": warning", g,
			                     strchr(g, '*') || strchr(g, '?') ? "matches no rule"
			                                                      : "is not a rule"));
	}
}

void hvci_rules_add_checks(hvci_rules *r, const char *list)
{
	if (!list || !*list)
		return;
	r->sel_cli = 1;
	add_glob_list(r, list, "--checks");
}

/* `checks:` is a glob list in one string, or a list of globs. */
static int load_checks(hvci_rules *r, ydoc *d, yaml_node_t *n)
{
	char where[4200];
	snprintf(where, sizeof where, "%s:%lu", d->path, (unsigned long)n->start_mark.line + 1);
	const char *s = hvci_yscalar(n);
	if (s) {
		add_glob_list(r, s, where);
		return HVCI_OK;
	}
	if (n->type != YAML_SEQUENCE_NODE)
		return hvci_yerr(d, n,
		                 "'checks' must be a glob list such as '-*,hvci-exec-*' (or a "
		                 "list of such globs)%s%s",
		                 NULL, NULL);
	YSEQ_FOR(d, n, it)
	{
		yaml_node_t *e = yaml_document_get_node(&d->doc, *it);
		const char *g = hvci_yscalar(e);
		if (!g)
			return hvci_yerr(d, e, "'checks' lists something that is not a glob%s%s",
			                 NULL, NULL);
		snprintf(where, sizeof where, "%s:%lu", d->path,
		         (unsigned long)e->start_mark.line + 1);
		add_glob_list(r, g, where);
	}
	return HVCI_OK;
}

/* severity: {RULE-OR-GLOB: note|warning|error, ...}: the rules' own level. */
static int load_severity(hvci_rules *r, ydoc *d, yaml_node_t *map)
{
	if (map->type != YAML_MAPPING_NODE)
		return hvci_yerr(d, map,
		                 "'severity' must map rule ids to note, warning or error, e.g. "
		                 "'severity: {hvci-exec-mdl: error}'%s%s",
		                 NULL, NULL);
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
	     p++) {
		yaml_node_t *kn = yaml_document_get_node(&d->doc, p->key);
		yaml_node_t *vn = yaml_document_get_node(&d->doc, p->value);
		const char *id = hvci_yscalar(kn);
		const char *v = hvci_yscalar(vn);
		if (!id || !hvci_rules_known_id(r, id))
			return hvci_yerr(
			    d, kn,
			    "unknown rule '%s' in 'severity'; run 'hvcilint rules' for "
			    "the list%s",
			    id ? id : "?", NULL);
		int s = v ? hvci_severity_parse(v) : -1;
		if (s < HVCI_SEV_NOTE || s > HVCI_SEV_ERROR)
			return hvci_yerr(d, vn ? vn : kn,
			                 "bad severity '%s' for '%s'; use note, warning or error",
			                 v ? v : "?", id);
		r->sev = hvci_xrealloc(r->sev, (r->n_sev + 1) * sizeof *r->sev);
		r->sev[r->n_sev].glob = hvci_strdup(id);
		r->sev[r->n_sev++].severity = (hvci_severity)s;
		for (size_t i = 0; i < r->n_infos; i++)
			if (hvci_glob_match(id, r->infos[i].id))
				r->infos[i].severity = (hvci_severity)s;
	}
	return HVCI_OK;
}

/* exclude: [GLOB, ...]: source files left out, relative to the config's folder. */
static int load_exclude(hvci_rules *r, ydoc *d, yaml_node_t *seq, const char *path)
{
	if (seq->type != YAML_SEQUENCE_NODE)
		return hvci_yerr(d, seq,
		                 "'exclude' must be a list of file globs, e.g. "
		                 "'exclude: [third_party/*]'%s%s",
		                 NULL, NULL);
	char *base = config_dir(path);
	int rc = HVCI_OK;
	YSEQ_FOR(d, seq, it)
	{
		yaml_node_t *e = yaml_document_get_node(&d->doc, *it);
		const char *g = hvci_yscalar(e);
		if (!g || !*g) {
			rc =
			    hvci_yerr(d, e, "'exclude' lists something that is not a file glob%s%s",
			              NULL, NULL);
			break;
		}
		r->excludes = hvci_xrealloc(r->excludes, (r->n_excludes + 1) * sizeof *r->excludes);
		r->excludes[r->n_excludes++] = glob_abs(g, base);
	}
	free(base);
	return rc;
}

/* inherit: true|false (default true); anything else is an error. */
static int read_inherit(ydoc *d, yaml_node_t *root, int *out)
{
	*out = 1;
	yaml_node_t *n =
	    root && root->type == YAML_MAPPING_NODE ? hvci_ymap_get(d, root, "inherit") : NULL;
	if (!n)
		return HVCI_OK;
	const char *v = hvci_yscalar(n);
	if (v && (!strcmp(v, "true") || !strcmp(v, "false"))) {
		*out = v[0] == 't';
		return HVCI_OK;
	}
	return hvci_yerr(d, n, "'inherit' must be true or false ('%s' is not)%s", v ? v : "?",
	                 NULL);
}

int hvci_rules_config_inherits(const char *path, int *out)
{
	ydoc d;
	int rc = hvci_ydoc_load(&d, path);
	if (rc)
		return rc;
	rc = read_inherit(&d, hvci_yroot(&d), out);
	yaml_document_delete(&d.doc);
	return rc;
}

int hvci_rules_load_config(hvci_rules *r, const char *path)
{
	ydoc d;
	int rc = hvci_ydoc_load(&d, path);
	if (rc)
		return rc;
	static const char *const top[] = {"apis",     "disable", "checks",        "images",
	                                  "severity", "exclude", "header-filter", "help-uri-base",
	                                  "inherit",  NULL};
	yaml_node_t *root = hvci_yroot(&d);
	if (!root)
		goto done;
	if ((rc = hvci_ymap_check_keys(&d, root, top, "an hvcilint config file")))
		goto done;
	int inherit;
	if ((rc = read_inherit(&d, root, &inherit)))
		goto done;
	yaml_node_t *apis = hvci_ymap_get(&d, root, "apis");
	if (apis && (rc = hvci_rules_load_rows(r, &d, apis, 1)))
		goto done;
	yaml_node_t *img = hvci_ymap_get(&d, root, "images");
	if (img && (rc = load_images(r, &d, img, path)))
		goto done;
	/* Where the rule pages are served for this project (an internal
	 * mirror): every rule's helpUri points there. */
	yaml_node_t *hub = hvci_ymap_get(&d, root, "help-uri-base");
	if (hub) {
		const char *base = hvci_yscalar(hub);
		if (!hvci_help_base_ok(base)) {
			rc = hvci_yerr(&d, hub,
			               "'help-uri-base' must be an absolute URL such as "
			               "https://example.com/hvcilint/rules/ ('%s' is not)%s",
			               base ? base : "?", NULL);
			goto done;
		}
		hvci_rules_set_help_uri_base(r, base);
	}
	yaml_node_t *dis = hvci_ymap_get(&d, root, "disable");
	if (dis) {
		if (dis->type != YAML_SEQUENCE_NODE) {
			rc = hvci_yerr(&d, dis, "'disable' must be a list of rule ids%s%s", NULL,
			               NULL);
			goto done;
		}
		YSEQ_FOR(&d, dis, it)
		{
			yaml_node_t *e = yaml_document_get_node(&d.doc, *it);
			const char *id = hvci_yscalar(e);
			if (!id || !hvci_rules_known_id(r, id)) {
				rc = hvci_yerr(
				    &d, e,
				    "unknown rule '%s' in 'disable'; run 'hvcilint rules' "
				    "for the list%s",
				    id ? id : "?", NULL);
				goto done;
			}
			r->disabled =
			    hvci_xrealloc(r->disabled, (r->n_disabled + 1) * sizeof *r->disabled);
			r->disabled[r->n_disabled++] = hvci_strdup(id);
			char where[4200];
			snprintf(where, sizeof where, "%s:%lu", path,
			         (unsigned long)e->start_mark.line + 1);
			add_sel(r, id, strlen(id), 0, where);
		}
	}
	/* After `disable:`, so a file's own `checks:` can turn a rule back on. */
	yaml_node_t *chk = hvci_ymap_get(&d, root, "checks");
	if (chk && (rc = load_checks(r, &d, chk)))
		goto done;
	yaml_node_t *sev = hvci_ymap_get(&d, root, "severity");
	if (sev && (rc = load_severity(r, &d, sev)))
		goto done;
	yaml_node_t *exc = hvci_ymap_get(&d, root, "exclude");
	if (exc && (rc = load_exclude(r, &d, exc, path)))
		goto done;
	yaml_node_t *hf = hvci_ymap_get(&d, root, "header-filter");
	if (hf) {
		const char *re = hvci_yscalar(hf);
		regex_t rx;
		if (!re || regcomp(&rx, re, REG_EXTENDED | REG_NOSUB) != 0) {
			rc = hvci_yerr(
			    &d, hf,
			    "'header-filter' must be a POSIX extended regular expression, "
			    "e.g. 'header-filter: \"/src/\"'%s%s",
			    NULL, NULL);
			goto done;
		}
		regfree(&rx);
		free(r->header_filter);
		r->header_filter = hvci_strdup(re);
	}
done:
	yaml_document_delete(&d.doc);
	return rc;
}

void hvci_rules_free_config(hvci_rules *r)
{
	for (size_t i = 0; i < r->n_image_globs; i++) {
		free(r->image_names[i]);
		free(r->image_globs[i]);
	}
	free(r->image_names);
	free(r->image_globs);
	for (size_t i = 0; i < r->n_disabled; i++)
		free(r->disabled[i]);
	free(r->disabled);
	for (size_t i = 0; i < r->n_configs; i++)
		free(r->configs[i]);
	free(r->configs);
	for (size_t i = 0; i < r->n_sel; i++) {
		free(r->sel[i].glob);
		free(r->sel[i].where);
	}
	free(r->sel);
	for (size_t i = 0; i < r->n_sev; i++)
		free(r->sev[i].glob);
	free(r->sev);
	for (size_t i = 0; i < r->n_excludes; i++)
		free(r->excludes[i]);
	free(r->excludes);
	free(r->header_filter);
	for (size_t i = 0; i < r->n_warnings; i++)
		free(r->warnings[i]);
	free(r->warnings);
}

/* ---- answers ---------------------------------------------------------------- */

size_t hvci_rules_config_count(const hvci_rules *r)
{
	return r->n_configs;
}

const char *hvci_rules_config(const hvci_rules *r, size_t i)
{
	return i < r->n_configs ? r->configs[i] : NULL;
}

int hvci_rules_disabled(const hvci_rules *r, const char *rule_id)
{
	int on = 1;
	for (size_t i = 0; i < r->n_sel; i++)
		if (hvci_glob_match(r->sel[i].glob, rule_id))
			on = r->sel[i].on;
	return !on;
}

/* The catalog's rules that are off, in catalog order. */
size_t hvci_rules_disabled_count(const hvci_rules *r)
{
	size_t n = 0;
	for (size_t i = 0; i < r->n_infos; i++)
		n += hvci_rules_disabled(r, r->infos[i].id);
	return n;
}

const char *hvci_rules_disabled_id(const hvci_rules *r, size_t k)
{
	for (size_t i = 0; i < r->n_infos; i++)
		if (hvci_rules_disabled(r, r->infos[i].id) && k-- == 0)
			return r->infos[i].id;
	return NULL;
}

int hvci_rules_selection_from_cli(const hvci_rules *r)
{
	return r->sel_cli;
}

size_t hvci_rules_warning_count(const hvci_rules *r)
{
	return r->n_warnings;
}

const char *hvci_rules_warning(const hvci_rules *r, size_t i)
{
	return i < r->n_warnings ? r->warnings[i] : NULL;
}

void hvci_rules_add_exclude(hvci_rules *r, const char *abs_glob)
{
	r->excludes = hvci_xrealloc(r->excludes, (r->n_excludes + 1) * sizeof *r->excludes);
	r->excludes[r->n_excludes++] = hvci_strdup(abs_glob);
}

void hvci_rules_set_header_filter(hvci_rules *r, const char *re)
{
	free(r->header_filter);
	r->header_filter = hvci_strdup(re);
}

const char *hvci_rules_header_filter(const hvci_rules *r)
{
	return r->header_filter;
}

size_t hvci_rules_exclude_count(const hvci_rules *r)
{
	return r->n_excludes;
}

const char *hvci_rules_exclude(const hvci_rules *r, size_t i)
{
	return i < r->n_excludes ? r->excludes[i] : NULL;
}

/* ---- the effective config as YAML --------------------------------------------- */

/* A YAML single-quoted scalar. */
static void yq(FILE *out, const char *s)
{
	fputc('\'', out);
	for (; s && *s; s++) {
		if (*s == '\'')
			fputc('\'', out);
		fputc(*s, out);
	}
	fputc('\'', out);
}

void hvci_rules_dump_config(const hvci_rules *r, FILE *out)
{
	fputs("# the effective hvcilint config; it reads back as a config file\n", out);
	if (!r->n_configs)
		fputs("# merged from: no config file\n", out);
	for (size_t i = 0; i < r->n_configs; i++)
		fprintf(out, "# merged from: %s\n", r->configs[i]);
	/* disable: entries become '-ID' globs in their place, so one list says it all. */
	fputs("checks: ", out);
	hvci_buf b;
	hvci_buf_init(&b);
	for (size_t i = 0; i < r->n_sel; i++)
		hvci_buf_printf(&b, "%s%s%s", i ? "," : "", r->sel[i].on ? "" : "-",
		                r->sel[i].glob);
	yq(out, b.len ? b.s : "*"); /* every rule is on until a glob says otherwise */
	hvci_buf_free(&b);
	fputc('\n', out);
	fputs("# rules on:", out);
	size_t on = 0;
	for (size_t i = 0; i < r->n_infos; i++)
		if (!hvci_rules_disabled(r, r->infos[i].id))
			fprintf(out, "%s %s", on++ ? "," : "", r->infos[i].id);
	fputs(on ? "\n" : " none\n", out);
	fputs("severity:\n", out);
	for (size_t i = 0; i < r->n_infos; i++)
		fprintf(out, "  %s: %s\n", r->infos[i].id,
		        hvci_severity_name(r->infos[i].severity));
	if (r->n_excludes) {
		fputs("exclude:\n", out);
		for (size_t i = 0; i < r->n_excludes; i++) {
			fputs("  - ", out);
			yq(out, r->excludes[i]);
			fputc('\n', out);
		}
	}
	if (r->header_filter) {
		fputs("header-filter: ", out);
		yq(out, r->header_filter);
		fputc('\n', out);
	}
	if (r->n_image_globs) {
		fputs("images:\n", out);
		for (size_t i = 0; i < r->n_image_globs; i++) {
			size_t k = 0;
			while (k < i && strcmp(r->image_names[k], r->image_names[i]))
				k++;
			if (k < i)
				continue; /* printed with the name's first glob */
			fputs("  ", out);
			yq(out, r->image_names[i]);
			fputs(":\n", out);
			for (size_t j = i; j < r->n_image_globs; j++) {
				if (strcmp(r->image_names[j], r->image_names[i]))
					continue;
				fputs("    - ", out);
				yq(out, r->image_globs[j]);
				fputc('\n', out);
			}
		}
	}
	size_t nu = 0;
	for (size_t i = 0; i < r->n_rows; i++)
		nu += r->rows[i].user;
	if (nu) {
		fputs("apis:\n", out);
		for (size_t i = 0; i < r->n_rows; i++) {
			const hvci_api_row *w = &r->rows[i];
			if (!w->user)
				continue;
			fputs("  - api: ", out);
			yq(out, w->api);
			fprintf(out, "\n    kind: %s\n", hvci_kind_name(w->kind));
			if (w->arg >= 0)
				fprintf(out, "    arg: %d\n", w->arg);
			if (w->params >= 0)
				fprintf(out, "    params: %d\n", w->params);
			const char *const keys[] = {"ca", "replacement", "header", "note", "rule"};
			const char *const vals[] = {w->ca, w->replacement, w->header, w->note,
			                            w->rule};
			for (size_t k = 0; k < 5; k++)
				if (vals[k]) {
					fprintf(out, "    %s: ", keys[k]);
					yq(out, vals[k]);
					fputc('\n', out);
				}
			if (w->unconfirmed)
				fputs("    confidence: unconfirmed\n", out);
			if (w->deprecated)
				fputs("    deprecated: true\n", out);
			if (w->allocator_arg >= 0)
				fprintf(out, "    allocator-arg: %d\n", w->allocator_arg);
			if (w->user_mode_arg >= 0)
				fprintf(out, "    user-mode-arg: %d\n", w->user_mode_arg);
			fprintf(out, "    # from %s:%u\n", w->from_file ? w->from_file : "?",
			        w->from_line);
		}
	}
}
