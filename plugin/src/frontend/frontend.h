/*
 * frontend.h - turning a compile command into a libclang translation unit:
 * command-line normalisation (clang-cl and gcc styles, plugin removal, the
 * flags that keep the AST alive for old driver code), the shipped WDK
 * fallback headers, case-insensitive #include resolution, and parsing.
 * The analysis itself is in engine/.
 */
#ifndef HVCI_FRONTEND_H
#define HVCI_FRONTEND_H

#include <clang-c/Index.h>
#include "hvcilint.h"
#include "util/util.h"

typedef struct {
	char **argv; /* full argv for clang_parseTranslationUnit2FullArgv */
	size_t argc;
	int cl_mode;         /* clang-cl / cl.exe style */
	int cxx;             /* the unit is C++ (/TP, -x c++ or its extension) */
	char *directory;     /* working directory of the command */
	char *main_file;     /* absolute */
	char **include_dirs; /* -I style dirs, absolute, in order */
	size_t n_include_dirs;
	/* In step with include_dirs: 1 for a folder named by -I or /I.  Those
	 * are searched first, in the order given; the other kinds (-isystem,
	 * -imsvc, -idirafter, /external:I) after them, whatever their place. */
	unsigned char *include_plain;
	char **wdk_dirs; /* include dirs that hold WDK headers: never report there */
	size_t n_wdk_dirs;
	char *fallback_dir; /* the shipped wdk/ headers */
	char **warnings;    /* tool warnings (dropped plugins, ...) */
	size_t n_warnings;
	char *overlay_path;       /* temporary VFS overlay for case-insensitive includes */
	hvci_dircache *listings;  /* the folder listings the overlay was made with, this
	                           * unit's round (the process owns them): NULL before */
	char *standin_dir;        /* recovery's stand-in files (recover.c), or NULL */
	size_t file_args;         /* arguments hvci_cmdline_finish appended (1 or 2) */
	const char *forced_first; /* the argv element of the first forced include */
	hvci_strv pch_inputs;     /* files the shared PCH on the command line holds */
	/* The overlay's names (absolute, as the parse asks for them) and the
	 * files it gives for them, in step: the PCH prefix scan reads on into
	 * a header of the user's only where the parse will. */
	hvci_strv case_virt, case_real;
	/* The main file as the unit's analysis read it once, for every pass
	 * that reads it (NUL-terminated; NULL when not read or unreadable). */
	char *main_text;
	size_t main_len;
} hvci_cmdline;

int hvci_cmdline_build(hvci_cmdline *out, const hvci_analyze_options *o);
/* Appends the main file; call after every option is in place. */
void hvci_cmdline_finish(hvci_cmdline *c);
void hvci_cmdline_free(hvci_cmdline *c);

/*
 * Resolves #include names whose case differs from the file system, writing
 * a VFS overlay and adding it to the command line.  Only user files are
 * scanned; the WDK and fallback headers are consistent already.
 */
void hvci_caseinc_prepare(hvci_cmdline *c, const char *unsaved, size_t unsaved_len);

/* 1 when the path lies in the WDK or the fallback headers. */
int hvci_cmdline_is_wdk_path(const hvci_cmdline *c, const char *path);
/* ...or in clang's own headers (the command's resource folder). */
int hvci_cmdline_is_wdk_or_clang_path(const hvci_cmdline *c, const char *path);

/*
 * Shared precompiled headers (pch.c): units whose leading #include lines
 * and command agree parse those headers from one PCH in `cache_dir`.
 */
typedef struct {
	int attached;     /* the PCH options are on the command line */
	char *path, *key; /* the PCH and its key */
	char *base;       /* its files' path without the extension */
	char *stamp;      /* its build's, which its names file repeats */
	hvci_strv inputs; /* the files it holds, while detached */
	/* The PCH holds WDK (and clang's own) headers only, and says which
	 * variables it declares: a unit that loads it may be parsed with the
	 * PCH's declarations left out of walks over its root, which then see
	 * the user's code alone instead of reading the whole PCH back. */
	int partial;
	hvci_strv vars; /* top-level and extern "C" variables it declares */
	/* It may declare a file-static variable: the globals scan
	 * (engine/globals.c) then reads every body even when the unit's own
	 * code declares none. */
	int statics;
	/* libclang crashed building the unit's PCH: the unit is not parsed
	 * in this process, whose libclang is no longer to be trusted. */
	int crashed;
} hvci_pch;
void hvci_pch_init(hvci_pch *p);
void hvci_pch_free(hvci_pch *p);
/* Puts the unit's shared PCH on its command line when one fits; 1 if so. */
int hvci_pch_attach(hvci_pch *p, hvci_cmdline *cl, const char *cache_dir);
/* The PCH at `path` that a replayed command line loads (recovery's
 * snapshot of an earlier round kept it): 1 when it is still what it was
 * built from, and then p describes it as hvci_pch_attach would. */
int hvci_pch_adopt(hvci_pch *p, hvci_cmdline *cl, const char *path);
/* 1 unless the parse shows that the attached PCH did not fit the unit. */
int hvci_pch_fits(const hvci_pch *p, CXTranslationUnit tu);
/* Brackets one unit's analysis (begin 1, end 0): within it, the size and
 * time of a file that a PCH's or a kept replay's list gave, once found
 * true, are not asked of the file system again (replay_cache.c). */
void hvci_file_stamps_unit(int begin);
/* Takes the PCH off the command line; with `misfit`, for the rest of the
 * process too. */
void hvci_pch_detach(hvci_pch *p, hvci_cmdline *cl, int misfit);
/* After a detach without misfit: the unit analysed is the one parsed with
 * the PCH after all, so its headers count among the inclusions again. */
void hvci_pch_reattach_inputs(hvci_pch *p, hvci_cmdline *cl);
/*
 * What recovery needs to know of a PCH that a partial parse leaves out of
 * its walks, so that its plans over such a parse are the plans over the
 * whole unit: the names the PCH declares (as recovery's own walks collect
 * them), the functions it defines, every identifier its headers spell,
 * and its files.  Read from the build's names file once per process;
 * NULL when there is none.
 */
typedef struct {
	hvci_strset declared; /* valid file-scope names, enumerators, macros */
	hvci_strset anywhere; /* every name declared outside a function body */
	hvci_strset defined;  /* the functions it defines */
	hvci_strset words;    /* every identifier in its headers' code */
	hvci_strset files;    /* the files it holds (real paths) */
} hvci_pch_names;
const hvci_pch_names *hvci_pch_names_of(const hvci_pch *p, const hvci_cmdline *cl);

/* clang_visitChildren over the unit's root, as a whole parse lists it:
 * without the implicit template instantiations a partial parse lists
 * there (visit.c).  Every walk over an analysed unit's root goes here. */
unsigned hvci_visit_top(CXTranslationUnit tu, CXCursorVisitor visit, CXClientData d);
/* A variable of static storage at file or namespace scope (visit.c). */
int hvci_is_file_static(CXCursor decl);
/* Whether the walk above meets one, in namespaces and extern "C" too. */
int hvci_declares_file_static(CXTranslationUnit tu);
/* That walk's visitor, for a caller that offers the top level itself:
 * sets the int `d` points to and breaks at the first such variable. */
enum CXChildVisitResult hvci_find_file_static(CXCursor c, CXCursor parent, CXClientData d);

/* clang_getInclusions, plus the files a PCH holds (there, only the file
 * argument means anything: the stack is NULL). */
void hvci_inclusions(CXTranslationUnit tu, const hvci_cmdline *cl, CXInclusionVisitor visit,
                     CXClientData d);

/*
 * Recovery parsing (recover.c): stand-ins for missing headers and for names
 * the unit never declares, so a further parse keeps the functions that
 * used them.  Never for a name the rules know.
 */
struct hvci_rules;
typedef struct hvci_recovery hvci_recovery;
hvci_recovery *hvci_recovery_new(void);
/* Reads the unit's errors; 1 when it planned new stand-ins worth a parse. */
int hvci_recovery_plan(hvci_recovery *rv, CXTranslationUnit tu, const struct hvci_rules *rules);
/* Writes the stand-ins and puts them on the command line (the first time). */
int hvci_recovery_apply(hvci_recovery *rv, hvci_cmdline *cl);
/* Extra parses made so far. */
int hvci_recovery_passes(const hvci_recovery *rv);
/* The #include names that got empty stand-ins, and where each was
 * included (a location whose file is NULL when unknown). Borrowed. */
const char *const *hvci_recovery_headers(const hvci_recovery *rv, size_t *n, const hvci_loc **at);
/* How many names got stand-in declarations; returns the first, with
 * where it was used in *at. Borrowed; NULL when none. */
const char *hvci_recovery_names(const hvci_recovery *rv, size_t *n, const hvci_loc **at);
/* The next name the unit uses that got a stand-in, from *k on (start at
 * 0); NULL after the last. */
const char *hvci_recovery_next_name(const hvci_recovery *rv, size_t *k);
/* The k-th correction made to a copy of a user file for code MSVC
 * accepts (recover_msvc.c): where, and the note for the user in *note.
 * NULL after the last.  Borrowed. */
const hvci_loc *hvci_recovery_corrected(const hvci_recovery *rv, size_t k, const char **note);
/* The file in the recovery folder (cl->standin_dir) that maps each user
 * file parsed from a corrected copy to the hash of the user's own text,
 * as a JSON object. */
#define HVCI_RECOVERY_ORIGINALS "originals.json"
/* The name in an "'NAME' file not found" diagnostic (also its "use quotes"
 * form), or NULL for any other message; caller frees. */
char *hvci_missing_include(const char *msg);
/*
 * A unit analysed again later in the same run (a later summary round)
 * need not repeat its recovery passes, which depend on the unit and the
 * rules only (recover_replay.c).  hvci_recovery_snapshot appends to `out`
 * how the pass chosen for the analysis parsed: its command line and the
 * files of the recovery folder.  hvci_recovery_replay writes those files
 * into a new folder of rv's and makes the command line to parse once with
 * (*argv, NULL-terminated; the caller frees it with hvci_recovery_argv_free
 * unless hvci_recovery_adopt takes it).  It refuses (-1, nothing made
 * that rv does not own) a snapshot that does not fit cl: another compile
 * command, another case overlay, a path leaving the folder.
 */
void hvci_recovery_snapshot(const hvci_recovery *rv, const hvci_cmdline *cl, hvci_buf *out);
int hvci_recovery_replay(hvci_recovery *rv, const hvci_cmdline *cl, const char *snap, size_t len,
                         char ***argv, size_t *argc);
void hvci_recovery_argv_free(char **argv);
/* Makes argv cl's command line, and rv's folder (if any) stand-in files
 * for the checks, as after hvci_recovery_apply. */
void hvci_recovery_adopt(hvci_recovery *rv, hvci_cmdline *cl, char **argv, size_t argc);
/* Removes the stand-in files. */
void hvci_recovery_free(hvci_recovery *rv);

/*
 * Recovery kept between runs (replay_cache.c): a unit's replay (the result
 * so far and the snapshot, as a summary round gets them) in the PCH
 * folder, under a key of its command, its main file's content and the
 * rules' names, with the files and folders its parse depended on and the
 * PCH its analysis was given (`attached`, "" for none).
 * hvci_replay_load gives both back (caller frees) only while all of them
 * are as they were.
 */
char *hvci_replay_key(const hvci_cmdline *cl, const char *file, const char *directory,
                      uint64_t names_hash);
/* 1 for recovery's stand-in folder (cl->standin_dir) and the paths in it:
 * made again by each analysis, no part of what a result depends on. */
int hvci_in_standins(const hvci_cmdline *cl, const char *path);
/*
 * What a unit that recovery gave stand-ins rests on besides the files it
 * read, for its kept replay and for the store's index (engine/xtu.c):
 * every folder a header could have been found in (the folder of each of
 * `files`, the command's include, WDK and fallback folders; none in the
 * stand-in folder), added once each to `dirs` with the hash of its entry
 * names in step in `hashes`, or to `absent` when it cannot be read; then
 * each of the `missing` headers (names as written) under each folder of
 * `dirs` that does not exist, to `absent`.
 */
void hvci_header_search(const hvci_cmdline *cl, const hvci_strv *files, char *const *missing,
                        size_t n_missing, hvci_strv *dirs, hvci_strv *hashes, hvci_strv *absent);
char *hvci_replay_load(const char *cache_dir, const char *key, size_t *len, char **attached);
void hvci_replay_store(const char *cache_dir, const char *key, const char *attached,
                       CXTranslationUnit tu, const hvci_cmdline *cl, const hvci_recovery *rv,
                       const char *replay, size_t len);
/* The names recovery's walks collect from a parse (for a PCH's build):
 * see hvci_pch_names. */
void hvci_recovery_names_of(CXTranslationUnit tu, hvci_strset *declared, hvci_strset *anywhere,
                            hvci_strset *defined);
/* Plans from parses whose walks leave out a PCH's declarations, with what
 * the PCH declares from n.  When a plan needs more than n tells (or the
 * stand-ins it plans could read differently after the PCH's headers than
 * before them), planning stops and hvci_recovery_needs_whole says so: the
 * unit is then recovered from a parse without the PCH. */
void hvci_recovery_use_pch(hvci_recovery *rv, const hvci_pch_names *n);
int hvci_recovery_uses_pch(const hvci_recovery *rv);
/* The PCH came off during recovery: the unit needs the whole parse. */
void hvci_recovery_give_up_pch(hvci_recovery *rv);
int hvci_recovery_needs_whole(const hvci_recovery *rv);

#endif
