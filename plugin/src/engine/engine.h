/*
 * engine.h - the analysis engine's internal interface.
 *
 * The walker (walker.c) visits every function defined in user code and
 * runs a structured dataflow over its body: straight-line assignments,
 * joins at if/else, switch, loops and ternaries.  The evaluator (eval.c)
 * turns an argument expression into the set of values it may hold, each
 * remembering where it was written.  Calls are matched against the API
 * table and against summaries of functions defined in the translation unit
 * (wrappers that forward a parameter to an affected API).  Checks
 * (checks/check_*.c) register per argument kind and decide what to report.
 */
#ifndef HVCI_ENGINE_H
#define HVCI_ENGINE_H

#include <clang-c/Index.h>
#include <stdint.h>

#include "frontend/frontend.h"
#include "hvcilint.h"
#include "rules/rules.h"
#include "util/fingerprint.h"
#include "util/util.h"

#define HVCI_VS_MAX 8

/*
 * Where a value that is not an integer constant came from.  Such values
 * have param -1 and must never be read as constants: the integer checks
 * skip them.  HVCI_PROV_BITS is an unknown integer of which the bits in v
 * are known to be clear (`x & ~0x10000`), HVCI_PROV_FLIPPED one whose bits
 * in v are inverted from what was read (`x ^ 0x10000`); the others are
 * pointers.
 */
typedef enum {
	HVCI_PROV_NONE,      /* an integer constant or a parameter */
	HVCI_PROV_CODE,      /* the address of a function */
	HVCI_PROV_POOL,      /* returned by a data allocator (rules: returns-data) */
	HVCI_PROV_LOCAL,     /* the address of an automatic variable or buffer */
	HVCI_PROV_GLOBAL,    /* the address of a global or static variable or buffer */
	HVCI_PROV_BITS,      /* unknown integer, v = bits known to be clear */
	HVCI_PROV_ROUTINE,   /* a pointer to the routine #v looked up by name (routines.c) */
	HVCI_PROV_CODE_MDL,  /* an MDL that describes code; origin: the call that built it */
	HVCI_PROV_CODE_MAP,  /* a mapping of an MDL over code; origin: where the MDL was built */
	HVCI_PROV_CODE_ADDR, /* code found another way: v = code-fields row (values.yaml) or
	                        HVCI_CODE_READ; origin: the field or the read */
	HVCI_PROV_FLIPPED    /* unknown integer, v = bits inverted from the value read */
} hvci_prov;

/* A HVCI_PROV_CODE_ADDR value read from code itself (`*(PULONG_PTR)(Fn + 2)`). */
#define HVCI_CODE_READ UINT64_MAX

/* One value an expression may hold. */
typedef struct {
	uint64_t v;      /* the constant, or the OR-mask when param >= 0 */
	int param;       /* -1: constant; else "parameter #param | v" */
	int optin;       /* read from a POOL_NX_OPTIN run-time variable */
	CXCursor origin; /* the expression it was written as (null if none) */
	int prov;        /* hvci_prov: not a constant when nonzero */
} hvci_val;

/* param >= HVCI_TPARAM: the template's value parameter #(param - HVCI_TPARAM),
 * known at each call from the instantiation's template arguments; from
 * HVCI_CPARAM on, the value parameter of the class template whose
 * specialization the called method belongs to. */
#define HVCI_TPARAM 1024
#define HVCI_CPARAM 1536

typedef struct {
	int n;
	int unknown; /* some path gives a value we cannot know */
	hvci_val v[HVCI_VS_MAX];
} hvci_vs;

void hvci_vs_unknown(hvci_vs *vs);
void hvci_vs_add(hvci_vs *vs, const hvci_val *v);
void hvci_vs_union(hvci_vs *dst, const hvci_vs *src);

/* A variable or field path the dataflow tracks. */
typedef struct {
	CXCursor decl; /* VarDecl / ParmDecl */
	char *path;    /* "" or ".Field" / "->Field.Sub" */
	hvci_vs vs;
} hvci_binding;

typedef struct {
	hvci_binding *b;
	size_t n;
	int dead;       /* no path reaches this point (after return, break, goto) */
	int optin_init; /* ExInitializeDriverRuntime(DrvRtPoolNxOptIn) ran on every path
	                   here (POOL_NX_OPTIN files; joins keep it only if both have it) */
} hvci_env;

void hvci_env_init(hvci_env *e);
void hvci_env_free(hvci_env *e);
void hvci_env_copy(hvci_env *dst, const hvci_env *src);
/* dst = join(dst, src); src is left untouched. */
void hvci_env_join(hvci_env *dst, const hvci_env *src);
const hvci_vs *hvci_env_get(const hvci_env *e, CXCursor decl, const char *path);
void hvci_env_set(hvci_env *e, CXCursor decl, const char *path, const hvci_vs *vs);
/* Forgets decl's bindings (and its fields') after its address escaped. */
void hvci_env_kill(hvci_env *e, CXCursor decl);
/* Forgets every binding reached through a pointer ("->"). */
void hvci_env_kill_indirect(hvci_env *e);

/* A parameter a function forwards to an affected API. */
typedef struct {
	int param;               /* the function's parameter */
	uint64_t mask;           /* ORed in on the way */
	const hvci_api_row *row; /* the API row it finally reaches */
	CXCursor inner_call;     /* the call inside the function */
	char *inner_api;         /* name of what that call calls */
	int optin;               /* the mask holds a POOL_NX_OPTIN run-time value */
	hvci_loc ext_at;         /* a summary from another file: its inner call (file NULL: none) */
	/* The fact of another file's summary this one rests on: that function's
	 * USR (borrowed from the unit's table of external functions) and the
	 * forward's place in its summary; NULL when it rests on this file alone.
	 * A table kept from an earlier run is checked with these (cli/scale.c). */
	const char *via;
	int via_k;
	int alias; /* HVCI_ALIAS_WRITE: the function writes through a writable alias of the
	              parameter (an MDL it builds over it and maps); HVCI_ALIAS_FLAGS: it
	              forges the flags of an MDL over it (row: a code-dest row either way);
	              HVCI_ALIAS_LOCK: the parameter is an MDL it locks or protects with
	              the operation in mask (row: the mdl-lock or mdl-protect row) */
} hvci_forward;

enum { HVCI_ALIAS_WRITE = 1, HVCI_ALIAS_FLAGS = 2, HVCI_ALIAS_LOCK = 3 };

/*
 * An allocation, nonpaged lookaside list or MDL mapping whose NX-ness comes
 * from a POOL_NX_OPTIN run-time variable, seen while walking a function.
 */
typedef struct {
	CXCursor call;   /* the call in this function: the API, or the callee leading to it */
	CXCursor inner;  /* when through a callee: the API call at the end, else null */
	char *api;       /* the name written at `call` */
	int before_init; /* on some path no opt-in call ran before it in this function */
} hvci_optin_use;

/* A field a function sets through its pointer parameter: `p->Pool = v`. */
typedef struct {
	int param;
	char *path; /* "->Pool", as the binding of the parameter */
	hvci_vs vs;
} hvci_out_store;

typedef struct {
	CXCursor def;
	int state; /* 0 new, 1 being walked, 2 done */
	hvci_forward *fw;
	size_t n_fw;
	/* What the function does about the run-time NX opt-in (only recorded
	 * in POOL_NX_OPTIN files; read by check_optin.c after the walk). */
	CXCursor init_direct; /* its own first ExInitializeDriverRuntime call, or null */
	CXCursor init_any;    /* that call, or one a callee makes (the innermost), or null */
	hvci_optin_use *uses;
	size_t n_uses;
	CXCursor *callees; /* canonical definitions it calls directly */
	size_t n_callees;
	int goto_uninit;     /* a goto left a path on which the call had not run */
	int calls_elsewhere; /* calls a user function defined in another file */
	/* What the function gives back (effects.c): the values it returns,
	 * and the fields it sets through pointer parameters, as seen where
	 * it returns (the union over its return points). */
	hvci_vs *ret;    /* NULL while every value returned is unknown: most are, and a
	                    value set in every summary made a large file's pages */
	int ret_unknown; /* ret's unknown flag while ret is NULL */
	int returns;     /* a return with a value was seen */
	hvci_env exit;
	hvci_out_store *outs;
	size_t n_outs;
	hvci_loc *callers; /* calls of it in user code (effects.c), for related locations */
	size_t n_callers;
} hvci_summary;

typedef struct hvci_ctx hvci_ctx;

/* What a check sees at a call whose decisive argument it owns. */
typedef struct {
	hvci_ctx *ctx;
	CXCursor call;               /* the call being reported */
	const char *api;             /* the name the user wrote */
	const hvci_api_row *row;     /* the row (for wrappers: the inner API's) */
	const hvci_vs *vs;           /* values of the decisive argument here */
	uint64_t mask;               /* ORed in by wrappers before the API */
	CXCursor arg;                /* the argument expression (null: none) */
	const hvci_forward *fw;      /* set when reached through a wrapper */
	const hvci_vs *allocator_vs; /* custom Allocate routine argument, or NULL */
} hvci_site;

typedef void (*hvci_check_fn)(const hvci_site *site);
typedef int (*hvci_exec_pred)(uint64_t v);
/* A check that looks at the translation unit as a whole (pragmas,
 * declarations); runs once per TU after the function walk. */
typedef void (*hvci_tu_check_fn)(hvci_ctx *ctx);

#define HVCI_TU_CHECKS_MAX 16

/* What a check sees at a store through a pointer (`*p = x`, `p[i] = x`)
 * or at a call through a pointer (`((PFN)p)()`, `fp()`). */
typedef struct {
	hvci_ctx *ctx;
	CXCursor at;       /* the assignment or the call */
	CXCursor ptr;      /* the pointer expression (the callee for calls) */
	const hvci_vs *vs; /* values of the pointer here */
	const char *flag;  /* MDL flag hook: the first listed flag the write changes */
} hvci_ptr_site;

typedef void (*hvci_ptr_fn)(const hvci_ptr_site *site);

/*
 * How a value kind's findings are decided and worded: the rule, which
 * values are executable (NULL: the API always is) and the message parts of
 * hvci_report_values.  Shared by the AST checks and the token fallback
 * (coverage.c), so both say the same thing.
 */
typedef struct {
	const char *rule;
	hvci_exec_pred is_exec;
	const char *what;
	const char *tail;
	int hex;
} hvci_words;

typedef struct {
	hvci_check_fn by_kind[HVCI_K__COUNT];
	const hvci_words *words[HVCI_K__COUNT];
	hvci_exec_pred exec_by_kind[HVCI_K__COUNT]; /* which values are executable */
	hvci_tu_check_fn tu[HVCI_TU_CHECKS_MAX];
	size_t n_tu;
	hvci_ptr_fn on_store; /* stores through a pointer */
	hvci_ptr_fn on_icall; /* calls through a pointer */
	/* A write to the flags field of an MDL (values.yaml mdl-flags) that
	 * changes a listed flag; ptr is the MDL. */
	hvci_ptr_fn on_mdl_flags;
	/* Run at the end of the walk, while the function summaries are alive. */
	hvci_tu_check_fn tu_end[HVCI_TU_CHECKS_MAX];
	size_t n_tu_end;
} hvci_registry;

void hvci_register_kind(hvci_registry *r, hvci_kind k, hvci_check_fn fn);
void hvci_register_tu(hvci_registry *r, hvci_tu_check_fn fn);
void hvci_register_store(hvci_registry *r, hvci_ptr_fn fn);
void hvci_register_icall(hvci_registry *r, hvci_ptr_fn fn);
void hvci_register_mdl_flags(hvci_registry *r, hvci_ptr_fn fn);
/* Tells the engine which values of a kind are executable (the NX opt-in
 * bookkeeping needs it independently of whether the kind's rule is on). */
void hvci_register_exec(hvci_registry *r, hvci_kind k, hvci_exec_pred pred);
void hvci_register_tu_end(hvci_registry *r, hvci_tu_check_fn fn);
/* The wording and verdict of a value kind, for the token fallback. */
void hvci_register_words(hvci_registry *r, hvci_kind k, const hvci_words *w);
/* hvci_report_values with a kind's words. */
void hvci_report_words(const hvci_site *s, const hvci_words *w);

struct hvci_ctx {
	const hvci_rules *rules;
	const hvci_cmdline *cl;
	CXTranslationUnit tu;
	hvci_tu_result *res;
	hvci_registry reg;
	hvci_summary **sums; /* each allocated alone: walks nest */
	size_t n_sums, cap_sums;
	struct hvci_cursormap *sum_index; /* canonical definition -> index in sums */
	struct hvci_srccache *src;        /* source files read for findings (cursormap.c) */
	CXCursor func;                    /* function being walked */
	int summary_only;                 /* walking a header inline for its summary */
	hvci_forward **fw_out;            /* forwards of the function being walked */
	hvci_summary *cur;                /* summary of the function being walked */
	size_t *n_fw_out;
	/* NX opt-in state of the translation unit, from the preprocessor. */
	int optin, optin_auto, optout;
	CXCursor optout_def; /* the #define POOL_NX_OPTOUT, or null */
	/* The PCH of WDK headers the unit loaded, whose declarations its root
	 * walks do not see (hvci_pch.partial), or NULL.  A question only the
	 * whole unit answers sets pch_whole (hvci_whole_unit_needed), and the
	 * unit is analysed again without the PCH. */
	const hvci_pch *pch_partial;
	int pch_whole;
	CXFile *user_files; /* memo of file -> user/WDK decisions */
	int *user_flags;
	size_t n_files;
	struct hvci_top *tops; /* top-level cursors that may hold user code (tops.c) */
	size_t n_tops, cap_tops;
	int tops_ready;
	CXCursor *all_tops; /* every top-level cursor, as hvci_visit_top offers them */
	size_t n_all_tops, cap_all_tops;
	int all_tops_ready;
	struct hvci_file_text_slot { /* every file hvci_file_text was asked for */
		const char *buf;
		size_t size;
	} * text;
	size_t n_text;
	hvci_ptrmap text_of; /* file handle -> its place in text */
	char *unsaved_file;
	const char *unsaved_text;
	size_t unsaved_len;
	/* Cross-file summaries (xtu.c): other files' wrappers, and the index
	 * this unit exports for them. */
	const hvci_summaries *ext;
	int want_index;
	int index_no_deps; /* the index without the read files' hashes */
	struct hvci_xtu *xtu;
	/* Affected calls the walker analysed, by "file:offset" (coverage.c). */
	hvci_strset cov_ast;
	unsigned cov_standin_calls;     /* of those, calls whose decisive value is a stand-in */
	struct hvci_routines *routines; /* routines.c, NULL until a lookup is seen */
	int in_lambda; /* walking a lambda's body: its returns are not the function's */
	/* The stack the walk may use (hvci_stack_short): where it began and
	 * how far it may grow; how often it stopped short, and whether the
	 * unit was told. */
	uintptr_t stack_top;
	size_t stack_budget;
	unsigned stack_cuts;
	int stack_noted;
	struct hvci_globals *globals;     /* globals.c: values of file-static variables */
	struct hvci_code_mdls *code_mdls; /* codeaddr.c: MDLs over the driver's own code */
	/* The operator new overloads user code defines, found on first use. */
	CXCursor *news;
	size_t n_news;
	int news_found;
	/* The unit's inclusions, asked of libclang once (hvci_unit_inclusions). */
	CXFile *incl;
	unsigned *incl_depth;
	size_t n_incl;
	int incl_ready;
};

/* ---- source locations and text (srcloc.c) ---- */

/* 1 when the location is in user code (not the WDK, fallback or system headers). */
int hvci_is_user_loc(hvci_ctx *ctx, CXSourceLocation loc);
/* The same for a whole file of the unit. */
int hvci_is_user_file(hvci_ctx *ctx, CXFile f);
/* hvci_inclusions for the unit being analysed: each file it read, in
 * libclang's order, with the depth of its inclusion (the stack is NULL).
 * Several checks ask; clang_getInclusions walks every entry of the
 * unit's source manager, so its answer is kept. */
void hvci_unit_inclusions(hvci_ctx *ctx, CXInclusionVisitor visit, CXClientData d);
/* 1 when the location is in a stand-in that recovery parsing declared. */
int hvci_is_standin_loc(hvci_ctx *ctx, CXSourceLocation loc);
/* 1 when the type, or a field or element of it at any depth, is a stand-in:
 * its size and layout are guesses, so no verdict may rest on them. */
int hvci_type_uses_standin(hvci_ctx *ctx, CXType t);
/* 1 when the expression names, at any depth, a declaration whose type is a
 * stand-in (or is itself of such a type). */
int hvci_expr_uses_standin(hvci_ctx *ctx, CXCursor e);
/* Expansion location of the cursor's start, as a finding location with its range. */
void hvci_loc_from_cursor(hvci_ctx *ctx, CXCursor c, hvci_loc *out);
void hvci_loc_from_location(CXSourceLocation l, hvci_loc *out);
/* Source text of the cursor's expansion range, tokens single-spaced. */
char *hvci_cursor_text(hvci_ctx *ctx, CXCursor c);
/* Name the user wrote for the callee of a call (a macro alias included). */
char *hvci_callee_spelling(hvci_ctx *ctx, CXCursor call, const char *real_name);
/* The function a declaration is in (or is), qualified as Class::Method; NULL
 * at file scope and for expressions (see hvci_name_functions). */
char *hvci_function_name(CXCursor c);
/* Names the function of each finding made so far that has none, from where
 * the finding is: the user function definition that contains it. */
void hvci_name_functions(hvci_ctx *ctx);
/* Text of one line of a file (the unit's copy of it, or the unsaved buffer). */
char *hvci_source_line(hvci_ctx *ctx, const char *file, unsigned line);

/* ---- the unit's top level, without the WDK's (tops.c) ---- */

/* Visits the top-level cursors written in user files as clang_visitChildren
 * on the unit's root would (Recurse and Break included), and the user
 * declarations inside containers outside user files when `enters` names
 * every kind of container around them (HVCI_TOPS_*); preprocessing
 * cursors and WDK declarations are not offered.  For passes that ignore
 * those and would only have entered such containers. */
enum { HVCI_TOPS_LINKAGE = 1, HVCI_TOPS_UNEXPOSED = 2 };
typedef struct hvci_top {
	CXCursor c;
	unsigned via; /* HVCI_TOPS_* containers outside user files around it */
} hvci_top;
void hvci_visit_user_tops(hvci_ctx *ctx, unsigned enters, CXCursorVisitor visit, CXClientData d);
/* 1 when declaration c (of kind k) of a C unit holds no variable, nor
 * anything that could: a structure, union, enum, typedef, field,
 * enumerator, parameter, or a function declared without its body.  The
 * passes that look for variables skip these before asking where they are,
 * the costly part on a unit whose own headers declare thousands.  0 in a
 * C++ unit (a class holds static members, a default argument a lambda). */
int hvci_c_decl_without_vars(const hvci_ctx *ctx, CXCursor c, enum CXCursorKind k);
/* hvci_visit_top on the unit being analysed, over the top-level cursors
 * listed at the first call: the same cursors in the same order, with
 * Recurse and Break as clang_visitChildren treats them.  Asking libclang
 * for a unit's top level costs about a thousand instructions a cursor
 * (tens of thousands of cursors with the preprocessing record), and half
 * a dozen passes ask. */
void hvci_visit_unit_tops(hvci_ctx *ctx, CXCursorVisitor visit, CXClientData d);
/* The same, offering only the top-level cursors of one kind: for a pass
 * that leaves every other kind alone (returns Continue for it), such as
 * one that reads macro definitions among tens of thousands of expansions. */
void hvci_visit_unit_tops_of(hvci_ctx *ctx, enum CXCursorKind kind, CXCursorVisitor visit,
                             CXClientData d);
void hvci_tops_free(hvci_ctx *ctx);

/* ---- lookups by cursor, source files read once (cursormap.c) ---- */

typedef struct hvci_cursormap hvci_cursormap;
typedef struct hvci_srccache hvci_srccache;
hvci_cursormap *hvci_cursormap_new(void);
void hvci_cursormap_free(hvci_cursormap *m);
/* 1 and *val when the map holds a cursor equal to c. */
int hvci_cursormap_get(const hvci_cursormap *m, CXCursor c, size_t *val);
void hvci_cursormap_put(hvci_cursormap *m, CXCursor c, size_t val);
/* A file's text as first read during this unit (NULL: unreadable); the
 * unit owns it until hvci_srccache_free. */
const char *hvci_srccache_text(hvci_ctx *ctx, const char *file, size_t *len);
void hvci_srccache_free(hvci_ctx *ctx);
/* Statement bounds of that file (for fingerprints), made once; NULL when it
 * cannot be read. */
const hvci_stmt_index *hvci_srccache_stmts(hvci_ctx *ctx, const char *file);
/* The statement key (util/fingerprint.h) of file:line:col, or NULL. Caller frees. */
char *hvci_source_statement_key(hvci_ctx *ctx, const char *file, unsigned line, unsigned col);
/* A new forward of the function being walked, zeroed but for these, or NULL
 * when it has one with the same parameter, row, mask and alias already.
 * `from` is the callee's forward it was learnt through (NULL: the function's
 * own call); the new one rests on what `from` rests on, and one already
 * there stops resting on another file once the function is seen to reach
 * the row on its own. */
hvci_forward *hvci_forward_add(hvci_ctx *ctx, int param, const hvci_api_row *row, uint64_t mask,
                               int alias, const hvci_forward *from);
int hvci_cursor_is_null(CXCursor c);
/* 1 when the whole expression is written in a file, not produced by a macro. */
int hvci_written_in_file(hvci_ctx *ctx, CXCursor c);
/* 1 when the unit's PCH hides what a question needs from the walks (see
 * pch_partial): the question then goes unanswered here, and the unit is
 * analysed again without the PCH. */
int hvci_whole_unit_needed(hvci_ctx *ctx);
/* The text libclang parsed of a file of the unit (NULL: none). */
const char *hvci_file_text(hvci_ctx *ctx, CXFile f, size_t *size);
/* The length of the line splice at buf[i] (`\`, blanks, a newline, as clang
 * splices them), 0 when there is none; buf ends at `end`. */
size_t hvci_splice_len(const char *buf, size_t i, size_t end);
CXCursor hvci_strip(CXCursor e);
/* What whole-file scans found in a user file's text, for the worker's
 * life (textmemo.c); each scan owns its fields. NULL: not kept. */
typedef struct hvci_textmemo {
	char *path, *text;
	size_t len;
	int pragma;       /* pragmas.c: spells a pragma that matters (-1: not asked) */
	char *cov_sig;    /* coverage.c: the names cov_runs were found for (NULL: none) */
	size_t *cov_runs; /* offsets of the runs of identifier characters naming one */
	size_t n_cov_runs;
	int cov_spliced; /* a run may cross a line splice: always tokenize */
	/* pragmas.c: the text's tokens as libclang lexes it, before any unit's
	 * skipped ranges are taken out (NULL: not kept), the options they were
	 * lexed under, how to free them and their size for the memo's bound. */
	void *lexed;
	char *lexed_sig;
	void (*lexed_free)(void *);
	size_t lexed_bytes;
} hvci_textmemo;
hvci_textmemo *hvci_textmemo_get(const char *path, const char *text, size_t len);
/* Keeps `lexed` (lexed under `sig`; both handed over, `bytes` of them
 * counted against the memo's bound) in place of m's earlier ones. */
void hvci_textmemo_set_lexed(hvci_textmemo *m, void *lexed, char *sig, void (*free_fn)(void *),
                             size_t bytes);
/* The same for a file of ctx's unit: NULL for the unit's main file, which
 * a worker sees once per unit, so that a copy of it (megabytes for a large
 * generated file) would cost more than the scans it saves. */
hvci_textmemo *hvci_textmemo_for(const hvci_ctx *ctx, const char *path, const char *text,
                                 size_t len);
/* Children of a cursor, in order; caller frees. */
CXCursor *hvci_children(CXCursor c, unsigned *n);
/* The same into the caller's storage, for the evaluator's hottest nodes:
 * most have one to three children, and an allocation per node cost more
 * than the rest of its bookkeeping.  Past HVCI_KIDS_INLINE they spill to
 * the heap; hvci_kids_free releases that. */
#define HVCI_KIDS_INLINE 8
typedef struct {
	CXCursor *v;
	unsigned n, cap;
	CXCursor inl[HVCI_KIDS_INLINE];
} hvci_kids;
void hvci_kids_of(CXCursor c, hvci_kids *k);
void hvci_kids_free(hvci_kids *k);
/*
 * The walk recurses once per nested expression and once per callee whose
 * summary it makes on the way, so hostile or generated code (a chain of
 * thousands of `+`, thousands of functions each calling the next) could
 * overflow the stack.  hvci_stack_start notes where the walk begins and
 * half of what the thread's stack leaves it; hvci_stack_short answers 1
 * when more than budget / div of it is in use, and then counts a cut and
 * notes the unit once, at `at` (hvci_stack_cut).  Callers stop going
 * deeper there.  Frame addresses, not a local's: a sanitizer may keep
 * locals off the stack.
 */
void hvci_stack_start(hvci_ctx *ctx);
int hvci_stack_cut(hvci_ctx *ctx, CXCursor at);
static inline int hvci_stack_short(hvci_ctx *ctx, unsigned div, CXCursor at)
{
	uintptr_t now = (uintptr_t)__builtin_frame_address(0);
	if (now >= ctx->stack_top || ctx->stack_top - now <= ctx->stack_budget / div)
		return 0;
	return hvci_stack_cut(ctx, at);
}

/* Text the preprocessor skipped (#if 0 ...) in one file, as byte offsets. */
typedef struct {
	unsigned begin, end;            /* byte offsets, end exclusive */
	unsigned first_line, last_line; /* 1-based, inclusive */
} hvci_skipped;
/* The skipped ranges of `f`; caller frees the array. */
hvci_skipped *hvci_skipped_ranges(CXTranslationUnit tu, CXFile f, size_t *n);
/* 1 when `offset` lies in one of the ranges. */
int hvci_skipped_has_offset(const hvci_skipped *s, size_t n, unsigned offset);

/* ---- evaluation (eval.c) and walking (walker.c) ---- */

void hvci_eval(hvci_ctx *ctx, CXCursor e, hvci_env *env, hvci_vs *out);
/* v cut to the size of e's type. */
uint64_t hvci_width_mask(CXCursor e, uint64_t v);

/* arith.c: the operators of the evaluator. */
/* a op b for a CXBinaryOperator (plain or compound); 0 when not folded. */
int hvci_binop(int op, uint64_t a, uint64_t b, uint64_t *r);
/* 1 for a provenance that is a pointer (not a constant, not known bits). */
int hvci_is_pointer_prov(int prov);
/* out = a op b over every pair of values (e: the expression, for origins). */
void hvci_combine(int op, const hvci_vs *a, const hvci_vs *b, CXCursor e, hvci_vs *out);
/* The variable and field path an lvalue names; 0 when not tracked. */
int hvci_lvalue(CXCursor e, CXCursor *decl, hvci_buf *path);
void hvci_walk_stmt(hvci_ctx *ctx, CXCursor s, hvci_env *env);
/* Processes a call: checks, summaries, side effects on env. */
void hvci_process_call(hvci_ctx *ctx, CXCursor call, hvci_env *env, hvci_vs *ret);
/* Hands a decisive argument to its check, and records what a wrapper forwards. */
void hvci_dispatch(hvci_ctx *ctx, const hvci_site *s, const hvci_env *env);
/* The callee's name as the table spells it ("Class::Method" for methods). Caller frees. */
char *hvci_callee_name(CXCursor ref);
/* Carries a callee's opt-in-dependent uses and opt-in call into the caller. */
void hvci_follow_optin(hvci_ctx *ctx, CXCursor call, const char *shown, const hvci_summary *sum,
                       hvci_env *env);
/*
 * Applies the API table's rows for `shown` (else `name`) to a call whose
 * argument values are vs; 1 when a row applied.  *writes is set for a
 * code-dest row.
 */
int hvci_apply_rows(hvci_ctx *ctx, CXCursor call, const char *shown, const char *name, hvci_vs *vs,
                    CXCursor *args, int nargs, hvci_env *env, int *writes);

/* routines.c: affected APIs called through pointers looked up by name. */
struct hvci_routines;
/* A routine-lookup or name-init row at a call; sets *ret for a lookup. */
void hvci_routine_call(hvci_ctx *ctx, CXCursor call, const hvci_api_row *row, const CXCursor *args,
                       int nargs, hvci_vs *ret);
/* A store of vs into lhs: remembers a looked-up pointer kept in a global or field. */
void hvci_routine_store(hvci_ctx *ctx, CXCursor lhs, const hvci_vs *vs);
/* A call through `callee`: 1 when it was checked as a looked-up API now. */
int hvci_routine_icall(hvci_ctx *ctx, CXCursor call, CXCursor callee, const hvci_vs *callee_vs,
                       hvci_vs *vs, CXCursor *args, int nargs, hvci_env *env);
/* Checks the calls through globals and fields, then frees the state. */
void hvci_routines_finish(hvci_ctx *ctx);
/* A lookup wrapper's "routine parameter p names" at a call whose argument p
 * is `arg`: the routine its literal names (1), else 0. */
int hvci_routine_of_param(hvci_ctx *ctx, CXCursor call, CXCursor arg, hvci_val *out);
/* The name of looked-up routine #idx (a HVCI_PROV_ROUTINE value's v), or NULL. */
const char *hvci_routine_name(hvci_ctx *ctx, uint64_t idx);
/* An MDL built over code, and a mapping of one: sets *ret (mdl-base and
 * mdl-map rows of the call). */
void hvci_alias_call(hvci_ctx *ctx, CXCursor call, const char *shown, const char *name,
                     const hvci_vs *vs, int nargs, hvci_vs *ret);

/* codeaddr.c: code addresses other than designators and lookups. */
/* A member that values.yaml lists as holding code (a module base): *out set, 1. */
int hvci_code_field_value(hvci_ctx *ctx, CXCursor member, hvci_vs *out);
/* A pointer-sized load through `ptr` (values of the pointer) out of code:
 * *out becomes a code address read there; otherwise *out is left alone. */
void hvci_code_read(hvci_ctx *ctx, CXCursor deref, const hvci_vs *ptr, hvci_vs *out);
/* An assignment (op) of rhs to lhs: tells the MDL flag hook when lhs is an
 * MDL's flags field and a listed flag changes. */
void hvci_mdl_flags_write(hvci_ctx *ctx, CXCursor at, int op, CXCursor lhs, const hvci_vs *rhs,
                          hvci_env *env);
/*
 * An MDL over the driver's own code, built by the call `created`: its
 * finding (taken) waits for the end of the walk and is dropped when the MDL
 * is only ever locked for reading and nothing writes through it.
 */
void hvci_code_mdl_defer(hvci_ctx *ctx, CXCursor created, hvci_finding *f);
/* What happens to that MDL: locked for reading (writes 0), or made or used
 * writable (writes 1: a write lock or protection, flags, a write through it). */
void hvci_code_mdl_event(hvci_ctx *ctx, CXCursor created, int writes);
/* The mdl-lock and mdl-protect rows of a call on an MDL over code. */
void hvci_code_mdl_call(hvci_ctx *ctx, const hvci_api_row *row, const hvci_vs *vs, int nargs);
/* `lhs op rhs` gave out: a code address plus a header field that holds the
 * RVA of data (values.yaml data-offsets) is not code, and is dropped. */
void hvci_code_offset(hvci_ctx *ctx, int op, CXCursor lhs, CXCursor rhs, hvci_vs *out);
/* A call to a helper whose summary locks or protects the MDL passed as
 * f->param (an HVCI_ALIAS_LOCK forward; f->mask is the operation). */
void hvci_code_mdl_forwarded(hvci_ctx *ctx, const hvci_forward *f, const hvci_vs *mdl,
                             const char *callee);
/* Commits the deferred findings that stand, then frees the state. */
void hvci_code_mdls_finish(hvci_ctx *ctx);
/* A store through `ptr` (values pv) in the function walked: when it writes
 * through a mapping of an MDL over a parameter, the summary says so. */
void hvci_code_alias_store(hvci_ctx *ctx, CXCursor at, const hvci_vs *pv);
/* "first", "second"... for a 0-based parameter index. */
const char *hvci_ordinal(int i);
/* The row a store's alias forward carries (a code-dest row named "(store)"). */
const hvci_api_row *hvci_store_row(void);
/* At the end of the walk of s's function: an MDL over a parameter that is
 * written through, or only locked for reading, is not reported as built. */
void hvci_code_alias_finish(hvci_ctx *ctx, hvci_summary *s);

/* effects.c: what a function's summary says it returns and sets. */
/* A return of `value` (NULL: none) with the env there, in the function walked. */
void hvci_effects_return(hvci_ctx *ctx, const hvci_vs *value, const hvci_env *env);
/* At the end of the walk of `s`'s function, with the env at its end. */
void hvci_effects_finish(hvci_ctx *ctx, hvci_summary *s, const hvci_env *end);
/* At a call of the function: its return values (parameters substituted)
 * into *ret when it has any, its out-stores into the caller's env. */
void hvci_effects_apply(hvci_ctx *ctx, const hvci_summary *s, CXCursor call, const hvci_vs *vs,
                        const CXCursor *args, int nargs, hvci_env *env, hvci_vs *ret);
void hvci_effects_free(hvci_summary *s);
/* Records a user-code call of s's function. */
void hvci_effects_caller(hvci_ctx *ctx, hvci_summary *s, CXCursor call);
/* At the end of the unit: a finding inside a function (a literal value in a
 * helper) gets the helper's callers as related locations. */
void hvci_effects_related(hvci_ctx *ctx);

/* target.c: the minimum Windows version (NTDDI form) the build targets,
 * or 0 when the unit does not say or says it in a way not evaluated. */
uint64_t hvci_min_target(hvci_ctx *ctx);

/* globals.c: the constants file-static variables are assigned, read before the walk. */
struct hvci_globals;
void hvci_globals_scan(hvci_ctx *ctx);
/* 1 with *out set when decl is a file-static variable whose values are known. */
int hvci_globals_value(hvci_ctx *ctx, CXCursor decl, hvci_vs *out);
/* The same for a field path (".Pool") of a file-static structure. */
int hvci_globals_field_value(hvci_ctx *ctx, CXCursor decl, const char *path, hvci_vs *out);
void hvci_globals_free(hvci_ctx *ctx);

/* walk_cxx.c: the initializer of a global, static member or field, walked once. */
void hvci_walk_initializer(hvci_ctx *ctx, CXCursor decl);
void hvci_cxx_free(hvci_ctx *ctx);
void hvci_process_new(hvci_ctx *ctx, CXCursor ne, hvci_env *env);
/* Summary of a function definition, computing it on first use. */
const hvci_summary *hvci_summary_of(hvci_ctx *ctx, CXCursor def);
/* Walks every function defined in user code of the translation unit. */
void hvci_walk_tu(hvci_ctx *ctx);

/* ---- cross-file summaries and the unit's index (xtu.c) ---- */

/* Records the summaries this unit exports; called before they are freed. */
void hvci_xtu_export(hvci_ctx *ctx);
/*
 * For a call to `ref`, a function this unit does not define: notes the
 * call for the index and returns the forwards of its summary from another
 * file (borrowed, *n set; NULL when none).
 */
const hvci_forward *hvci_xtu_lookup(hvci_ctx *ctx, CXCursor ref, size_t *n);
/* One function's summary in a project table (summaries.c), or NULL. */
struct json_t *hvci_summaries_get(const hvci_summaries *s, const char *usr);
/* The index JSON (deps, defs, calls); frees the cross-file state. */
char *hvci_xtu_index(hvci_ctx *ctx);
void hvci_xtu_free(hvci_ctx *ctx);

/* ---- user-mode units (unitmode.c) ---- */

/*
 * 1 for a unit that includes windows.h and no kernel header, in a command
 * that does not say kernel mode: a user-mode program next to the driver,
 * skipped rather than analysed with kernel defaults.  A windows.h that was
 * not found counts as included.
 */
int hvci_user_mode_unit(CXTranslationUnit tu, const hvci_cmdline *cl);

/* ---- coverage (coverage.c) ---- */

/* Notes a call of an affected API that the walker analysed. */
void hvci_cov_note_call(hvci_ctx *ctx, CXCursor call, const char *api);
/* A token's spelling, malloc'ed. */
char *hvci_token_text(CXTranslationUnit tu, CXToken t);
/* 1 when coverage counts calls of `name` (an API with a value rule). */
int hvci_cov_is_affected(const hvci_rules *r, const char *name);

/* The unit's own macros that call an affected API (covmacro.c). */
typedef struct hvci_cov_wrappers hvci_cov_wrappers;
hvci_cov_wrappers *hvci_cov_wrappers_find(hvci_ctx *ctx);
/* The affected API macro `name` calls, or NULL. */
const char *hvci_cov_wrapper_api(const hvci_cov_wrappers *w, const char *name);
/* The name of wrapper macro #i when it reaches an affected API, else NULL (i < count). */
size_t hvci_cov_wrapper_count(const hvci_cov_wrappers *w);
const char *hvci_cov_wrapper_name(const hvci_cov_wrappers *w, size_t i);
void hvci_cov_wrappers_free(hvci_cov_wrappers *w);
/*
 * The tokens a use of a wrapper macro expands to.  use[0..n_use) spells the
 * use, `NAME ( args )`; the body's parameters are replaced by the use's
 * arguments, and wrapper macros the body uses are expanded in turn.  0 when
 * it cannot say (stringizing or pasting, a count of arguments that does not
 * match, nesting too deep); else 1 with *out (free each and the array).
 */
int hvci_cov_wrapper_expand(const hvci_cov_wrappers *w, char *const *use, size_t n_use,
                            hvci_strv *out);

/* Decisive arguments read from tokens (tokeval.c). */
typedef struct hvci_tokeval hvci_tokeval;
hvci_tokeval *hvci_tokeval_new(hvci_ctx *ctx);
void hvci_tokeval_free(hvci_tokeval *te);
/* t[0..n) as a decisive argument of kind `kind`: 1 with *v, and *optin set
 * when POOL_NX_OPTIN makes it a run-time value; 0 when the tokens do not
 * give a value. */
int hvci_tokeval_arg(hvci_tokeval *te, hvci_kind kind, char *const *t, size_t n, uint64_t *v,
                     int *optin);
/*
 * After the walk: finds every affected call written in live user code,
 * checks the ones the AST did not hold from their tokens, and fills the
 * result's coverage.
 */
void hvci_cov_finish(hvci_ctx *ctx);

/* ---- findings (finding.c) ---- */

/*
 * The shared reporting logic for value kinds: reports when any value of
 * site->vs (ORed with the wrappers' mask) satisfies is_exec.  `what` is
 * the message middle, e.g. "allocates executable memory: pool type", and
 * `tail` an optional suffix such as " lacks MdlMappingNoExecute".
 */
void hvci_report_values(const hvci_site *s, const char *rule, hvci_exec_pred is_exec,
                        const char *what, const char *tail, int hex);
/* Reports an API that is executable whatever its arguments. */
void hvci_report_api(const hvci_site *s, const char *rule, const char *message);

/*
 * Findings that are not about a call (a pragma, a declaration): start one
 * at `loc` (taken over; msg is taken over too), add notes, then add it.
 * hvci_finding_commit drops it when the user's config disabled the rule.
 */
void hvci_finding_begin(hvci_ctx *ctx, hvci_finding *f, const char *rule, hvci_loc *loc, char *msg);
void hvci_finding_note(hvci_finding *f, hvci_loc *loc, char *msg);
void hvci_finding_commit(hvci_ctx *ctx, hvci_finding *f);

/* Check registration (checks/check_*.c). */
void hvci_check_pool_register(hvci_registry *r);
void hvci_check_protect_register(hvci_registry *r);
void hvci_check_mdl_register(hvci_registry *r);
void hvci_check_api_register(hvci_registry *r);
void hvci_check_section_register(hvci_registry *r);
void hvci_check_straddle_register(hvci_registry *r);
void hvci_check_code_register(hvci_registry *r);
void hvci_check_image_section_register(hvci_registry *r);
void hvci_check_optin_register(hvci_registry *r);

#endif
