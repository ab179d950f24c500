/*
 * recover_int.h - the stand-ins recovery parsing plans (recover.c) and
 * writes into the prelude it force-includes (recover_prelude.c).  Internal
 * to the frontend.
 */
#ifndef HVCI_FRONTEND_RECOVER_INT_H
#define HVCI_FRONTEND_RECOVER_INT_H

#include "frontend/frontend.h"
#include "frontend/srctext.h"
#include "util/util.h"

typedef enum { SI_TYPE, SI_VALUE, SI_CONST, SI_MACRO, SI_FMACRO, SI_ROLE, SI_TAG } standin_kind;

typedef struct {
	char *name;
	standin_kind kind;
	char *ret;      /* SI_ROLE: the return type its functions are defined with */
	int small;      /* SI_CONST: a bit-field width or shift count, so 1 */
	char **members; /* SI_TYPE: members read from it ("(name" when called) */
	size_t n_members;
	int dot;         /* SI_TYPE: a member read with `.`: no pointer */
	int subscripted; /* SI_TYPE: indexed with [] (a typedef'd array) */
	int braced;      /* SI_TYPE: initialized from a braced list in C++ */
	int arrow;       /* SI_TYPE: a member read with `->` */
	int nested;      /* SI_TYPE: the type of a member of one of ours */
	int record;      /* SI_TYPE: a structure, members or not (offsetof) */
	int constant;    /* SI_CONST: a constant in C++ too */
	char *tag;       /* SI_CONST, SI_VALUE: an object of `struct tag` after all */
	int tag_const;   /* ... a const one */
	int guid_value;  /* SI_CONST, SI_VALUE: a GUID's braced value after all */
} standin;

/* A user file parsed from a corrected copy (recover_msvc.c). */
typedef struct {
	char *path; /* the user's file */
	char *copy; /* the corrected copy, in the recovery folder */
	char *text; /* its content */
	size_t len;
	char orig[17]; /* hash of the user's file as clang read it before any correction */
} msvc_copy;

/* One correction, for the user's note. */
typedef struct {
	hvci_loc at;
	char *note;
} msvc_fix;

struct hvci_recovery {
	char *dir;     /* temporary folder holding everything below */
	char *inc;     /* stand-in include root: dir/r/r/r/r */
	char *prelude; /* dir/hvcilint-standins.h */
	standin *si;   /* the prelude's declarations, in order */
	size_t n_si;
	size_t n_named;    /* the entries of si the unit names (not member types) */
	hvci_loc first_at; /* where the first stood-in name was used (file NULL: unknown) */
	hvci_strset done;
	hvci_strset callables; /* every name the unit declares (known_callable) */
	int callables_ready;   /* callables is from this pass's parse */
	struct recover_def {
		char *name;
		CXCursor def;
		size_t seq; /* the unit's order */
	} * defs;           /* the unit's top-level function definitions, by name */
	size_t n_defs;      /* (find_definition) */
	int defs_ready;     /* defs is from this pass's parse */
	struct {
		char *name; /* a structure member declared with an unknown type */
		char *type; /* that type, one of our stand-ins */
		int stars;  /* declared `type *name` (1) rather than `type name` (0) */
	} * fields;         /* found by this pass's errors (note_field) */
	size_t n_fields;
	char **headers;      /* missing #include names, as written */
	hvci_loc *header_at; /* where each was included (file NULL: unknown) */
	size_t n_headers;
	int passes;
	int applied; /* the command line carries the prelude and the folder */
	msvc_copy *copies;
	size_t n_copies;
	msvc_fix *fixes;
	size_t n_fixes;
	char **aliases; /* the prelude's `#define _HvN <type>`, N from 1 */
	size_t n_aliases;
	char *overlay;       /* the VFS overlay naming the copies */
	int overlay_applied; /* the command line carries it */
	hvci_textcache text; /* of the parse being planned from */
	/* Parses leave a PCH's declarations out of walks: what it declares
	 * (hvci_recovery_use_pch), and whether a plan needed more. */
	const hvci_pch_names *pch;
	int whole;
};

/* The stand-in folder is on cl's command line: its files are not user
 * code (recover_prelude.c). */
void hvci_recover_mark_applied(hvci_recovery *rv, hvci_cmdline *cl);
/* Makes the recovery folder (mkdtemp) and its stand-in include root; 1
 * when it exists. */
int hvci_recover_make_dir(hvci_recovery *rv);
/* The index of stand-in e's member named `m` (`len` bytes), however it is
 * kept (called, typed, indexed); e->n_members when it has none
 * (recover_members.c). */
size_t hvci_recover_find_member(const standin *e, const char *m, size_t len);
/* PFOO: a pointer by the kernel's naming convention (recover_prelude.c). */
int hvci_recover_pointer_name(const char *name);
/* A stand-in of kind `k` for `name`, unless the unit declares it or a rule
 * knows it; 1 when it is new (recover.c). */
int hvci_recover_add_standin(hvci_recovery *rv, const hvci_strset *declared,
                             const struct hvci_rules *rules, const char *name, standin_kind k,
                             CXSourceLocation at);

/* The shapes of our stand-in types (recover_members.c); each returns 1
 * when it planned something new.  `x.Member` or `p->Member` on a stand-in
 * type (the error `d` at `t`, `quoted_type` the type it names): */
int hvci_recover_plan_member(hvci_recovery *rv, CXTranslationUnit tu, CXDiagnostic d,
                             const textpos *t, const char *quoted_type);
/* Errors that say a stand-in type is a structure, pointer or array: */
int hvci_recover_plan_shape(hvci_recovery *rv, CXTranslationUnit tu, CXDiagnostic d,
                            const char *msg, const textpos *t, const struct hvci_rules *rules);
/* `name` at t is a variable of a stand-in type, whose declaration fell
 * with the type: 1 when so (its reads then planned, *added set if new). */
int hvci_recover_plan_variable(hvci_recovery *rv, const textpos *t, const char *name, int *added);
/* `T Name` (or `T *Name`, `T &Name`) at t, T our stand-in: a parameter's
 * reads are planned, a structure member is noted for
 * hvci_recover_plan_fields. */
int hvci_recover_note_field(hvci_recovery *rv, const textpos *t, const char *type);
/* The undeclared name at t is the declarator of `FOO *name = ...`, FOO
 * our stand-in type (clang read the declaration as a product). */
int hvci_recover_declared_here(hvci_recovery *rv, const textpos *t);
/* The main file's reads through the noted structure members (by their
 * bare names too in C++, where member functions read them so). */
int hvci_recover_plan_fields(hvci_recovery *rv, CXTranslationUnit tu, int cxx);

/* Stand-in value `name` is an object of `struct tag` (a GUID's braced
 * value when tag is NULL); 1 when that is news (recover_value.c). */
int hvci_recover_mark_object(hvci_recovery *rv, const char *name, const char *tag, int is_const);
/* A stand-in value a GUID after all, from the error `msg` at `t`. */
int hvci_recover_plan_guid(hvci_recovery *rv, const char *msg, const textpos *t);
/* C++: a stand-in value passed where a candidate wants a structure. */
int hvci_recover_plan_argument(hvci_recovery *rv, CXDiagnostic d, const textpos *t);

/* Plans a corrected copy for an error MSVC would not report; 1 when it did. */
int hvci_recover_msvc_plan(hvci_recovery *rv, CXTranslationUnit tu, CXDiagnostic d,
                           const char *msg);
/* Writes the copies and the overlay, and puts it on the command line. */
int hvci_recover_msvc_apply(hvci_recovery *rv, hvci_cmdline *cl);
void hvci_recover_msvc_free(hvci_recovery *rv);
/* Adds options before the source file (recover_prelude.c). */
void hvci_recover_insert_args(hvci_cmdline *c, const char *const *args, size_t n);

#endif
