/*
 * code_values.c - the parts of values.yaml that describe where code lives
 * rather than what an argument means: `code-fields:` (fields such as a
 * module's DllBase that hold a code address), `data-offsets:` (header fields
 * that hold the RVA of data, such as an import table's) and `mdl-flags:` (the MdlFlags
 * bits whose change on an MDL over code forges a mapping).  Loaded with the
 * rest of values.yaml by rules.c; hvci-code-write reads them.
 */
#include <stdlib.h>
#include <string.h>

#include "rules/rules_int.h"
#include "util/util.h"

/* Loads a `code-fields:` (need_what) or `data-offsets:` list into *arr. */
static int load_fields(ydoc *d, yaml_node_t *seq, hvci_code_field **arr, size_t *n,
                       int need_what)
{
	static const char *const keys[] = {"field", "records", "what", NULL};
	if (seq->type != YAML_SEQUENCE_NODE)
		return hvci_yerr(d, seq, "'%s' must be a list%s", need_what ? "code-fields" : "data-offsets",
		                 NULL);
	YSEQ_FOR(d, seq, it)
	{
		yaml_node_t *e = yaml_document_get_node(&d->doc, *it);
		int rc = hvci_ymap_check_keys(d, e, keys, "a code field");
		if (rc)
			return rc;
		const char *field = hvci_yscalar(hvci_ymap_get(d, e, "field"));
		const char *what = hvci_yscalar(hvci_ymap_get(d, e, "what"));
		yaml_node_t *recs = hvci_ymap_get(d, e, "records");
		if (!field || !*field || (need_what && (!what || !*what)) ||
		    (recs && recs->type != YAML_SEQUENCE_NODE))
			return hvci_yerr(d, e,
			                 "a code field needs 'field', 'what' and 'records' as a "
			                 "list%s%s",
			                 NULL, NULL);
		*arr = hvci_xrealloc(*arr, (*n + 1) * sizeof **arr);
		hvci_code_field *cf = &(*arr)[(*n)++];
		memset(cf, 0, sizeof *cf);
		cf->field = hvci_strdup(field);
		cf->what = hvci_strdup(what && *what ? what : "data offset");
		if (!recs)
			continue;
		YSEQ_FOR(d, recs, rt)
		{
			const char *rec = hvci_yscalar(yaml_document_get_node(&d->doc, *rt));
			if (!rec || !*rec)
				return hvci_yerr(d, recs, "'records' holds an empty name%s%s", NULL,
				                 NULL);
			cf->records =
			    hvci_xrealloc(cf->records, (cf->n_records + 1) * sizeof *cf->records);
			cf->records[cf->n_records++] = hvci_strdup(rec);
		}
	}
	return HVCI_OK;
}

static int load_mdl_flags(hvci_rules *r, ydoc *d, yaml_node_t *map)
{
	static const char *const keys[] = {"field", "values", NULL};
	static const char *const vkeys[] = {"name", "value", NULL};
	int rc = hvci_ymap_check_keys(d, map, keys, "mdl-flags");
	if (rc)
		return rc;
	const char *field = hvci_yscalar(hvci_ymap_get(d, map, "field"));
	yaml_node_t *vals = hvci_ymap_get(d, map, "values");
	if (!field || !*field || !vals || vals->type != YAML_SEQUENCE_NODE)
		return hvci_yerr(d, map, "'mdl-flags' needs 'field' and a list of 'values'%s%s",
		                 NULL, NULL);
	free(r->mdl_flags_field);
	r->mdl_flags_field = hvci_strdup(field);
	YSEQ_FOR(d, vals, it)
	{
		yaml_node_t *e = yaml_document_get_node(&d->doc, *it);
		long long v;
		const char *nm = hvci_yscalar(hvci_ymap_get(d, e, "name"));
		if ((rc = hvci_ymap_check_keys(d, e, vkeys, "an MDL flag")))
			return rc;
		if (!nm || !*nm)
			return hvci_yerr(d, e, "MDL flag without 'name'%s%s", NULL, NULL);
		if ((rc = hvci_yint(d, hvci_ymap_get(d, e, "value"), &v, "value")))
			return rc;
		r->mdl_flags =
		    hvci_xrealloc(r->mdl_flags, (r->n_mdl_flags + 1) * sizeof *r->mdl_flags);
		hvci_named_value *nv = &r->mdl_flags[r->n_mdl_flags++];
		nv->name = hvci_strdup(nm);
		nv->value = (uint64_t)v;
		nv->fix = NULL;
	}
	return HVCI_OK;
}

int hvci_rules_load_code_values(hvci_rules *r, ydoc *d, yaml_node_t *root)
{
	yaml_node_t *cf = hvci_ymap_get(d, root, "code-fields");
	int rc = cf ? load_fields(d, cf, &r->code_fields, &r->n_code_fields, 1) : HVCI_OK;
	yaml_node_t *df = hvci_ymap_get(d, root, "data-offsets");
	if (!rc && df)
		rc = load_fields(d, df, &r->data_offsets, &r->n_data_offsets, 0);
	yaml_node_t *mf = hvci_ymap_get(d, root, "mdl-flags");
	if (!rc && mf)
		rc = load_mdl_flags(r, d, mf);
	return rc;
}

static void free_fields(hvci_code_field *arr, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		hvci_code_field *cf = &arr[i];
		for (size_t j = 0; j < cf->n_records; j++)
			free(cf->records[j]);
		free(cf->records);
		free(cf->field);
		free(cf->what);
	}
	free(arr);
}

void hvci_rules_free_code_values(hvci_rules *r)
{
	free_fields(r->code_fields, r->n_code_fields);
	free_fields(r->data_offsets, r->n_data_offsets);
	r->data_offsets = NULL;
	r->n_data_offsets = 0;
	for (size_t i = 0; i < r->n_mdl_flags; i++)
		free(r->mdl_flags[i].name);
	free(r->mdl_flags);
	free(r->mdl_flags_field);
	r->code_fields = NULL;
	r->mdl_flags = NULL;
	r->mdl_flags_field = NULL;
	r->n_code_fields = r->n_mdl_flags = 0;
}

static int field_in(const hvci_code_field *arr, size_t n, const char *field, const char *record)
{
	for (size_t i = 0; field && i < n; i++) {
		const hvci_code_field *cf = &arr[i];
		if (strcmp(cf->field, field))
			continue;
		if (!cf->n_records)
			return (int)i;
		for (size_t j = 0; record && j < cf->n_records; j++)
			if (strstr(record, cf->records[j]))
				return (int)i;
	}
	return -1;
}

int hvci_rules_code_field(const hvci_rules *r, const char *field, const char *record)
{
	return field_in(r->code_fields, r->n_code_fields, field, record);
}

int hvci_rules_data_offset(const hvci_rules *r, const char *field, const char *record)
{
	return field_in(r->data_offsets, r->n_data_offsets, field, record) >= 0;
}

const hvci_code_field *hvci_rules_code_field_at(const hvci_rules *r, size_t i)
{
	return i < r->n_code_fields ? &r->code_fields[i] : NULL;
}

const char *hvci_rules_mdl_flags_field(const hvci_rules *r)
{
	return r->mdl_flags_field;
}

const char *hvci_rules_mdl_flag_in(const hvci_rules *r, uint64_t bits)
{
	for (size_t i = 0; i < r->n_mdl_flags; i++)
		if (bits & r->mdl_flags[i].value)
			return r->mdl_flags[i].name;
	return NULL;
}
