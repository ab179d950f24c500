/*
 * rules_int.h - what the rule loader's files share inside the rules module:
 * the rule table's structure, the libyaml document helpers (rules.c) and
 * the user config reader (config.c).  Nothing outside plugin/src/rules
 * includes it.
 */
#ifndef HVCI_RULES_INT_H
#define HVCI_RULES_INT_H

#include <stdio.h>
#include <yaml.h>

#include "rules/rules.h"

/* One entry of the rule selection: a glob that turns rules on or off. */
typedef struct {
	char *glob;
	int on;
	char *where; /* "FILE:LINE" or "--checks" */
} hvci_rule_sel;

typedef struct {
	char *glob;
	hvci_severity severity;
} hvci_sev_override;

typedef struct {
	unsigned ca;
	const char **ids; /* NULL-terminated; strings borrowed from infos */
} ca_map;

struct hvci_rules {
	char *dir;
	hvci_api_row *rows; /* sorted by API name once loaded */
	size_t n_rows;
	/* Each API's first row, by its name's hash (index + 1; 0 is empty):
	 * every call, every identifier coverage meets and every word of a
	 * wrapper macro is looked up. */
	size_t *by_api;
	size_t n_by_api; /* a power of two, or 0 before the load ends */
	hvci_rule_info *infos;
	size_t n_infos;
	hvci_kind_info kinds[HVCI_K__COUNT];
	char **optin_names;
	int *optin_kinds;
	size_t n_optin;
	ca_map *cas;
	size_t n_cas;
	char **disabled; /* `disable:` entries as written (also in sel) */
	size_t n_disabled;
	hvci_rule_sel *sel; /* disable:, checks: and --checks, in order: the last match wins */
	size_t n_sel;
	int sel_cli;            /* --checks added to sel */
	hvci_sev_override *sev; /* `severity:`, in order */
	size_t n_sev;
	char **excludes; /* `exclude:` globs, absolute against their config's folder */
	size_t n_excludes;
	char *header_filter; /* `header-filter:`, or NULL */
	char **warnings;     /* whole lines, for a check-list glob that names no rule */
	size_t n_warnings;
	char **configs; /* the user config files loaded, in order */
	size_t n_configs;
	char *optin_init_api;
	uint64_t optin_init_flag;
	char **optin_entries; /* functions that must make the call (DriverEntry) */
	size_t n_optin_entries;
	char **owned; /* strings the infos point into */
	size_t n_owned;
	char **sect[HVCI_SECT__COUNT]; /* sections.yaml name patterns, per role */
	size_t n_sect[HVCI_SECT__COUNT];
	hvci_code_field *code_fields; /* values.yaml `code-fields:` */
	size_t n_code_fields;
	hvci_code_field *data_offsets; /* values.yaml `data-offsets:` */
	size_t n_data_offsets;
	char *mdl_flags_field; /* values.yaml `mdl-flags:` */
	hvci_named_value *mdl_flags;
	size_t n_mdl_flags;
	char **image_names; /* config `images:`: one entry per glob, in order */
	char **image_globs; /* absolute: made relative to the config's folder */
	size_t n_image_globs;
};

typedef struct {
	yaml_document_t doc;
	const char *path;
} ydoc;

#define YSEQ_FOR(d, seq, it)                                                                       \
	for (yaml_node_item_t *it = (seq)->data.sequence.items.start;                              \
	     it < (seq)->data.sequence.items.top; it++)

/* "PATH:LINE: msg" as the thread's error (HVCI_EPARSE); a and b fill fmt's two %s. */
int hvci_yerr(const ydoc *d, const yaml_node_t *n, const char *fmt, const char *a, const char *b);
/* Loads a YAML file within the size and alias limits; one located error. */
int hvci_ydoc_load(ydoc *d, const char *path);
yaml_node_t *hvci_yroot(ydoc *d);
const char *hvci_yscalar(const yaml_node_t *n);
yaml_node_t *hvci_ymap_get(ydoc *d, yaml_node_t *map, const char *key);
/* Rejects keys not in `allowed` (NULL-terminated). */
int hvci_ymap_check_keys(ydoc *d, yaml_node_t *map, const char *const *allowed, const char *what);
int hvci_yint(ydoc *d, yaml_node_t *n, long long *out, const char *what);
int hvci_ybool(ydoc *d, yaml_node_t *n, int *out, const char *what);
/* Appends the API rows of the list `seq` (user: from a config file). */
int hvci_rules_load_rows(hvci_rules *r, ydoc *d, yaml_node_t *seq, int user);

/* catalog.c: rules/catalog.yaml, with each rule's help text and URI. */
int hvci_rules_load_catalog(hvci_rules *r, const char *path);

/* code_values.c: values.yaml's `code-fields:` and `mdl-flags:` sections. */
int hvci_rules_load_code_values(hvci_rules *r, ydoc *d, yaml_node_t *root);
void hvci_rules_free_code_values(hvci_rules *r);

/* config.c: reads one user config file into r. */
int hvci_rules_load_config(hvci_rules *r, const char *path);
/* 1 when `base` is an absolute URL usable as the rules' help-URI base. */
int hvci_help_base_ok(const char *base);
/* config.c: frees what the user configs added. */
void hvci_rules_free_config(hvci_rules *r);

#endif
