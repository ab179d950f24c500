/*
 * rules.h - the engine's view of the rule data in rules/: the affected-API
 * table (one row per API and decisive argument), the named constants per
 * argument kind (for messages and fix-its) and the rule catalog.  Loading
 * and validation live in rules.c; nothing here knows about libclang.
 */
#ifndef HVCI_RULES_INTERNAL_H
#define HVCI_RULES_INTERNAL_H

#include <stdint.h>
#include <stdio.h>
#include "hvcilint.h"

/* Argument kinds of the API table.  The names are the YAML spellings. */
typedef enum {
	HVCI_K_POOL_TYPE,
	HVCI_K_POOL_FLAGS,
	HVCI_K_PAGE_PROTECT,
	HVCI_K_MDL_PRIORITY,
	HVCI_K_LOOKASIDE_FLAGS,
	HVCI_K_CACHE_TYPE,
	HVCI_K_SECTION_ATTR,
	HVCI_K_HEAP_FLAGS,
	HVCI_K_ALWAYS_EXEC,
	HVCI_K_LISTED,
	HVCI_K_CODE_DEST,      /* destination of a copy or store: not a function's code */
	HVCI_K_MDL_BASE,       /* virtual address an MDL describes: not a function's code */
	HVCI_K_CR0_WRITE,      /* value written to CR0: keeps WP (bit 16) */
	HVCI_K_RETURNS_DATA,   /* returns a data buffer (arg -1); nothing is reported */
	HVCI_K_ROUTINE_LOOKUP, /* returns a pointer to the routine argument `arg` names */
	HVCI_K_NAME_INIT,      /* copies the name in argument `arg` into argument 0 */
	HVCI_K_MDL_MAP,        /* returns a mapping of the pages the MDL `arg` describes */
	HVCI_K_MDL_LOCK,       /* locks the MDL `arg` for the operation in the last argument */
	HVCI_K_MDL_PROTECT,    /* sets the protection (last argument) of the MDL `arg`'s mapping */
	HVCI_K__COUNT
} hvci_kind;

const char *hvci_kind_name(hvci_kind k);

typedef struct {
	char *api;  /* callee name, "Class::Method" or "operator new" */
	int arg;    /* decisive argument, -1 for always-exec / listed */
	int params; /* arguments the API takes */
	hvci_kind kind;
	char *ca;          /* "C30030" or NULL */
	char *replacement; /* the HVCI-safe replacement, for the note */
	char *header;
	int unconfirmed; /* facts say UNCONFIRMED: report as a note */
	int deprecated;
	int allocator_arg; /* custom Allocate routine argument, or -1 */
	int user_mode_arg; /* AccessMode argument, or -1 */
	char *source;
	char *note;
	char *rule;      /* rule id overriding the kind's (`rule:`), or NULL */
	char *from_file; /* where the row was defined */
	unsigned from_line;
	int user; /* 1 when it came from a user config file */
} hvci_api_row;

typedef struct {
	char *name;
	uint64_t value;
	char *fix; /* mechanical replacement, or NULL */
} hvci_named_value;

typedef struct {
	char *label;  /* "pool type", "protection", ... */
	char *append; /* flag to OR in as a fix ("MdlMappingNoExecute") */
	hvci_named_value *values;
	size_t n_values;
} hvci_kind_info;

/* All rows for `api` (sorted table, contiguous); *n_out gets the count. */
const hvci_api_row *hvci_rules_lookup(const hvci_rules *r, const char *api, size_t *n_out);
size_t hvci_rules_row_count(const hvci_rules *r);
const hvci_api_row *hvci_rules_row(const hvci_rules *r, size_t i);
const hvci_kind_info *hvci_rules_kind(const hvci_rules *r, hvci_kind k);
/* Name of a constant of this kind whose value is v, or NULL. Borrowed. */
const char *hvci_rules_value_name(const hvci_rules *r, hvci_kind k, uint64_t v);
/* Fix for a token spelled `name` of this kind, or NULL. Borrowed. */
const char *hvci_rules_value_fix(const hvci_rules *r, hvci_kind k, const char *name);
/* 1 when `name` is a named constant of any kind (values.yaml). */
int hvci_rules_is_value_name(const hvci_rules *r, const char *name);
/* Kind of a run-time opt-in variable (ExDefaultNonPagedPoolType), or -1. */
int hvci_rules_optin_var(const hvci_rules *r, const char *name);
/* The run-time opt-in call (ExInitializeDriverRuntime) and its NX flag. */
void hvci_rules_optin_init(const hvci_rules *r, const char **api, uint64_t *flag);
/* A hash of every name the checks treat as known (the API table, the
 * value table, the NX opt-in model): recovery never stands in for one, so
 * a plan kept from an earlier run is only good under the same names. */
uint64_t hvci_rules_names_hash(const hvci_rules *r);

/* A field that holds the address of code (values.yaml `code-fields:`). */
typedef struct {
	char *field;
	char **records; /* substrings of the record's type name; none: any record */
	size_t n_records;
	char *what; /* "module base", for messages */
} hvci_code_field;
/* The code-fields row for `field` of a record of type `record`, or -1. */
int hvci_rules_code_field(const hvci_rules *r, const char *field, const char *record);
const hvci_code_field *hvci_rules_code_field_at(const hvci_rules *r, size_t i);
/* 1 when `field` of a record of type `record` holds the RVA of data
 * (values.yaml `data-offsets:`). */
int hvci_rules_data_offset(const hvci_rules *r, const char *field, const char *record);
/* The MDL field whose flags values.yaml lists (`MdlFlags`), or NULL. */
const char *hvci_rules_mdl_flags_field(const hvci_rules *r);
/* The listed MDL flags among the bits of `bits`: the first one's name, or NULL. */
const char *hvci_rules_mdl_flag_in(const hvci_rules *r, uint64_t bits);
/* 1 when `name` is a driver entry function that must make the opt-in call. */
int hvci_rules_optin_entry(const hvci_rules *r, const char *name);
/* 1 when the user's config disabled the rule. */
int hvci_rules_disabled(const hvci_rules *r, const char *rule_id);
/* The user config files loaded, in load order (paths as given). Borrowed. */
size_t hvci_rules_config_count(const hvci_rules *r);
const char *hvci_rules_config(const hvci_rules *r, size_t i);
/* The catalog's rules that are off (by `disable:`, `checks:` or --checks). Borrowed. */
size_t hvci_rules_disabled_count(const hvci_rules *r);
const char *hvci_rules_disabled_id(const hvci_rules *r, size_t i);
/*
 * Appends a clang-tidy glob list (--checks: "-*,hvci-exec-*") to the
 * selection the configs made; a glob naming no rule adds a warning.
 */
void hvci_rules_add_checks(hvci_rules *r, const char *list);
/* 1 when --checks was added. */
int hvci_rules_selection_from_cli(const hvci_rules *r);
/* Warning lines ("FILE:LINE: warning: ...") about check-list globs naming no rule. */
size_t hvci_rules_warning_count(const hvci_rules *r);
const char *hvci_rules_warning(const hvci_rules *r, size_t i);
/* The command line's --exclude (absolute) and --header-filter, joining the configs'. */
void hvci_rules_add_exclude(hvci_rules *r, const char *abs_glob);
void hvci_rules_set_header_filter(hvci_rules *r, const char *re);
/* The `header-filter:` regular expression in force, or NULL. */
const char *hvci_rules_header_filter(const hvci_rules *r);
/* The configs' `exclude:` globs (absolute), and whether `file` (absolute) is one. */
size_t hvci_rules_exclude_count(const hvci_rules *r);
const char *hvci_rules_exclude(const hvci_rules *r, size_t i);
int hvci_rules_excluded(const hvci_rules *r, const char *file);
/* 1 when an absolute config glob matches `file` ('*' crosses folders; a folder covers its files).
 */
int hvci_rules_path_match(const char *glob, const char *file);
/* A config's `inherit:` (1 when absent); an error code when it cannot be read. */
int hvci_rules_config_inherits(const char *path, int *out);
/* The effective user config as YAML that reads back as a config file. */
void hvci_rules_dump_config(const hvci_rules *r, FILE *out);
/* Roles of section names in rules/sections.yaml. */
typedef enum {
	HVCI_SECT_CODE,     /* holds code by default (.text, PAGE, INIT) */
	HVCI_SECT_IAT,      /* holds the import address table (.rdata, .idata) */
	HVCI_SECT_WRITABLE, /* default writable data (.data, .bss) */
	HVCI_SECT__COUNT
} hvci_sect_role;

/* 1 when `name` matches one of the role's patterns (globs, case-sensitive). */
int hvci_rules_section_is(const hvci_rules *r, hvci_sect_role role, const char *name);
/* Rule id a kind's findings carry. */
const char *hvci_kind_rule(hvci_kind k);
/* Rule id a row's findings carry: its own `rule:`, else its kind's. */
const char *hvci_row_rule(const hvci_api_row *row);

#endif
