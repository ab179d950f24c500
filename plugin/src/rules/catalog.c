/*
 * catalog.c - rules/catalog.yaml: each rule's id, name, severity, summary
 * and Code Analysis warning numbers, its help text (docs/rules/ID.md) and
 * help URI, and the map from Code Analysis numbers to rules that
 * `// hvcilint: ...` and `#pragma warning(suppress: N)` use.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "rules/rules.h"
#include "rules/rules_int.h"
#include "util/util.h"

/* Strings the rules own, freed with them. */
static char *own(hvci_rules *r, const char *s)
{
	if (!s)
		return NULL;
	r->owned = hvci_xrealloc(r->owned, (r->n_owned + 1) * sizeof *r->owned);
	return r->owned[r->n_owned++] = hvci_strdup(s);
}

static char *read_help(const char *rules_dir, const char *id)
{
	char *p = hvci_asprintf("%s/../docs/rules/%s.md", rules_dir, id);
	char *t = hvci_read_file(p, NULL);
	free(p);
	return t;
}

static void add_ca(hvci_rules *r, unsigned ca, const char *id)
{
	ca_map *m = NULL;
	for (size_t i = 0; i < r->n_cas; i++)
		if (r->cas[i].ca == ca)
			m = &r->cas[i];
	if (!m) {
		r->cas = hvci_xrealloc(r->cas, (r->n_cas + 1) * sizeof *r->cas);
		m = &r->cas[r->n_cas++];
		m->ca = ca;
		m->ids = hvci_xcalloc(1, sizeof *m->ids);
	}
	size_t n = 0;
	while (m->ids[n])
		n++;
	m->ids = hvci_xrealloc(m->ids, (n + 2) * sizeof *m->ids);
	m->ids[n] = id;
	m->ids[n + 1] = NULL;
}

/*
 * A rule's help page under `base`: "{id}" in it is replaced by the rule id,
 * else BASE/ID.md is meant (the layout of docs/rules/, the shipped base).
 */
static const char *help_uri(hvci_rules *r, const char *base, const char *id)
{
	hvci_buf b;
	hvci_buf_init(&b);
	const char *at = strstr(base, "{id}");
	if (at) {
		hvci_buf_putn(&b, base, (size_t)(at - base));
		hvci_buf_puts(&b, id);
		hvci_buf_puts(&b, at + 4);
	} else {
		hvci_buf_printf(&b, "%s%s%s.md", base,
		                *base && base[strlen(base) - 1] != '/' ? "/" : "", id);
	}
	char *u = hvci_buf_take(&b);
	const char *o = own(r, u);
	free(u);
	return o;
}

/* A help-URI base must be an absolute URL: SARIF's helpUri is one. */
int hvci_help_base_ok(const char *base)
{
	const char *c = base ? strstr(base, "://") : NULL;
	if (!c || c == base)
		return 0;
	for (const char *p = base; p < c; p++)
		if (!isalnum((unsigned char)*p) && !strchr("+.-", *p))
			return 0;
	for (const char *p = base; *p; p++)
		if ((unsigned char)*p <= ' ')
			return 0;
	return 1;
}

int hvci_rules_set_help_uri_base(hvci_rules *r, const char *base)
{
	if (!hvci_help_base_ok(base))
		return hvci_error_set(HVCI_EINVALID,
		                      "bad help-URI base '%s'; give an absolute URL such as "
		                      "https://example.com/hvcilint/rules/ (BASE/ID.md, or {id} "
		                      "where the rule id goes)",
		                      base ? base : "");
	for (size_t i = 0; i < r->n_infos; i++)
		r->infos[i].help_uri = help_uri(r, base, r->infos[i].id);
	return HVCI_OK;
}

int hvci_rules_load_catalog(hvci_rules *r, const char *path)
{
	ydoc d;
	int rc = hvci_ydoc_load(&d, path);
	if (rc)
		return rc;
	static const char *const top[] = {"help-uri-base", "rules", NULL};
	static const char *const keys[] = {
	    "id",        "name",          "severity", "security-severity",
	    "precision", "code-analysis", "tags",     "short",
	    "full",      "status",        NULL};
	yaml_node_t *root = hvci_yroot(&d);
	if ((rc = hvci_ymap_check_keys(&d, root, top, "catalog.yaml")))
		goto done;
	const char *base = hvci_yscalar(hvci_ymap_get(&d, root, "help-uri-base"));
	yaml_node_t *rules = hvci_ymap_get(&d, root, "rules");
	if (!rules || rules->type != YAML_SEQUENCE_NODE) {
		rc = hvci_yerr(&d, root, "catalog.yaml needs a 'rules' list%s%s", NULL, NULL);
		goto done;
	}
	YSEQ_FOR(&d, rules, it)
	{
		yaml_node_t *e = yaml_document_get_node(&d.doc, *it);
		if ((rc = hvci_ymap_check_keys(&d, e, keys, "a rule")))
			goto done;
		const char *id = hvci_yscalar(hvci_ymap_get(&d, e, "id"));
		const char *sev = hvci_yscalar(hvci_ymap_get(&d, e, "severity"));
		int s = sev ? hvci_severity_parse(sev) : HVCI_SEV_WARNING;
		if (!id || s < 0) {
			rc = hvci_yerr(
			    &d, e,
			    "rule needs an 'id' and a severity of note, warning or error%s%s", NULL,
			    NULL);
			goto done;
		}
		r->infos = hvci_xrealloc(r->infos, (r->n_infos + 1) * sizeof *r->infos);
		hvci_rule_info *ri = &r->infos[r->n_infos++];
		memset(ri, 0, sizeof *ri);
		ri->id = own(r, id);
		ri->name = own(r, hvci_yscalar(hvci_ymap_get(&d, e, "name")));
		ri->short_desc = own(r, hvci_yscalar(hvci_ymap_get(&d, e, "short")));
		ri->full_desc = own(r, hvci_yscalar(hvci_ymap_get(&d, e, "full")));
		ri->precision = own(r, hvci_yscalar(hvci_ymap_get(&d, e, "precision")));
		ri->severity = (hvci_severity)s;
		const char *ss = hvci_yscalar(hvci_ymap_get(&d, e, "security-severity"));
		ri->security_severity = ss ? strtod(ss, NULL) : 5.0;
		char *help = read_help(r->dir, id);
		ri->help_markdown = own(r, help ? help : ri->full_desc);
		free(help);
		if (base)
			ri->help_uri = help_uri(r, base, id);
		hvci_buf tags, cas;
		hvci_buf_init(&tags);
		hvci_buf_init(&cas);
		yaml_node_t *tn = hvci_ymap_get(&d, e, "tags");
		if (tn && tn->type == YAML_SEQUENCE_NODE)
			YSEQ_FOR(&d, tn, t)
			{
				const char *tag = hvci_yscalar(yaml_document_get_node(&d.doc, *t));
				if (tag) {
					if (tags.len)
						hvci_buf_putc(&tags, ',');
					hvci_buf_puts(&tags, tag);
				}
			}
		yaml_node_t *cn = hvci_ymap_get(&d, e, "code-analysis");
		if (cn && cn->type == YAML_SEQUENCE_NODE)
			YSEQ_FOR(&d, cn, c)
			{
				const char *ca = hvci_yscalar(yaml_document_get_node(&d.doc, *c));
				if (!ca)
					continue;
				unsigned num =
				    (unsigned)strtoul(ca[0] == 'C' ? ca + 1 : ca, NULL, 10);
				add_ca(r, num, ri->id);
				if (cas.len)
					hvci_buf_puts(&cas, ", ");
				hvci_buf_printf(&cas, "C%u", num);
			}
		ri->tags = own(r, tags.s ? tags.s : "");
		ri->code_analysis = cas.len ? own(r, cas.s) : NULL;
		hvci_buf_free(&tags);
		hvci_buf_free(&cas);
	}
done:
	yaml_document_delete(&d.doc);
	return rc;
}
