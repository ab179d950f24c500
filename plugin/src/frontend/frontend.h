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

typedef struct {
	char **argv; /* full argv for clang_parseTranslationUnit2FullArgv */
	size_t argc;
	int cl_mode;         /* clang-cl / cl.exe style */
	char *directory;     /* working directory of the command */
	char *main_file;     /* absolute */
	char **include_dirs; /* -I style dirs, absolute, in order */
	size_t n_include_dirs;
	char **wdk_dirs; /* include dirs that hold WDK headers: never report there */
	size_t n_wdk_dirs;
	char *fallback_dir; /* the shipped wdk/ headers */
	char **warnings;    /* tool warnings (dropped plugins, ...) */
	size_t n_warnings;
	char *overlay_path; /* temporary VFS overlay for case-insensitive includes */
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

#endif
