/*
 * unitmode.c - tells a driver's own units from the user-mode programs that
 * share its compile database (an MSBuild solution holds both), by the
 * command's kernel switches and the headers the unit includes or misses.
 * It does not decide anything about the code inside.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "engine/engine.h"
#include "util/util.h"

typedef struct {
	int windows, kernel;
} mode_scan;

static int base_is(const char *path, const char *const *names)
{
	const char *b = path;
	for (const char *p = path; *p; p++)
		if (*p == '/' || *p == '\\')
			b = p + 1;
	for (size_t i = 0; names[i]; i++)
		if (!strcasecmp(b, names[i]))
			return 1;
	return 0;
}

static const char *const user_headers[] = {"windows.h", NULL};
/* Any of these makes a unit kernel code, whatever else it includes. */
static const char *const kernel_headers[] = {
    "wdm.h",       "ntddk.h",        "ntifs.h",     "wdf.h",      "ndis.h",
    "fltkernel.h", "storport.h",     "video.h",     "portcls.h",  "ks.h",
    "hidport.h",   "wsk.h",          "fwpsk.h",     "ntosp.h",    "miniport.h",
    "scsiport.h",  "netadaptercx.h", "ufxclient.h", "d3dkmddi.h", NULL};

static void visit_mode(CXFile f, CXSourceLocation *stack, unsigned depth, CXClientData d)
{
	(void)stack;
	(void)depth;
	mode_scan *m = d;
	CXString s = clang_getFileName(f);
	const char *n = clang_getCString(s);
	if (n) {
		m->windows |= base_is(n, user_headers);
		m->kernel |= base_is(n, kernel_headers);
	}
	clang_disposeString(s);
}

static int says_kernel(const hvci_cmdline *cl)
{
	for (size_t i = 0; i < cl->argc; i++) {
		const char *a = cl->argv[i];
		if (!strcasecmp(a, "/kernel") || !strcasecmp(a, "-kernel") ||
		    !strcmp(a, "-D_KERNEL_MODE") || !strcmp(a, "/D_KERNEL_MODE") ||
		    !strncmp(a, "-D_KERNEL_MODE=", 15) || !strncmp(a, "/D_KERNEL_MODE=", 15))
			return 1;
	}
	return 0;
}

/*
 * A unit that includes windows.h and no kernel header, in a command that
 * does not say kernel mode, is a user-mode program next to the driver
 * (an MSBuild solution holds both): it is skipped, not analysed with
 * kernel defaults.  A windows.h that was not found counts as included.
 */
int hvci_user_mode_unit(CXTranslationUnit tu, const hvci_cmdline *cl)
{
	if (says_kernel(cl))
		return 0;
	mode_scan m = {0, 0};
	hvci_inclusions(tu, cl, visit_mode, &m);
	unsigned nd = clang_getNumDiagnostics(tu);
	for (unsigned i = 0; i < nd && !m.kernel; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		CXString s = clang_getDiagnosticSpelling(d);
		char *name = hvci_missing_include(clang_getCString(s));
		if (name) {
			m.windows |= base_is(name, user_headers);
			m.kernel |= base_is(name, kernel_headers);
			free(name);
		}
		clang_disposeString(s);
		clang_disposeDiagnostic(d);
	}
	return m.windows && !m.kernel;
}
