/*
 * pathmap.c - reading compile databases written on Windows on this machine.
 *
 * A database CMake or an MSBuild exporter wrote on Windows names its folders
 * "C:\src\drv" and its files and include folders the same way.  Here such a
 * path is mapped to a local one by the longest WINDOWS=LOCAL prefix given
 * (like clangd's --path-mappings), the prefix compared without regard to
 * case or to the kind of slash, at a folder boundary; the rest of the path
 * keeps its case and gets forward slashes.  Under WSL every drive letter
 * maps to /mnt/<letter> unless the user mapped it.  The command line of such
 * an entry is split the way Windows programs split theirs
 * (CommandLineToArgvW), not the POSIX way, which would eat the backslashes.
 *
 * Which arguments hold paths is known from a short list of the options that
 * take one (include folders, forced includes, the sources, the outputs);
 * everything else, such as a -D value with backslashes in it, is left as
 * written.  What to do with a path no mapping covers is the caller's choice.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hvcilint.h"
#include "util/util.h"

typedef struct {
	char *from; /* normalised: forward slashes, lower case, no trailing slash */
	char *to;   /* no trailing slash, except for "/" itself */
} pm_entry;

struct hvci_pathmap {
	pm_entry *v;
	size_t n;
};

hvci_pathmap *hvci_pathmap_new(void)
{
	return hvci_xcalloc(1, sizeof(hvci_pathmap));
}

void hvci_pathmap_free(hvci_pathmap *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->n; i++) {
		free(m->v[i].from);
		free(m->v[i].to);
	}
	free(m->v);
	free(m);
}

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int is_sep(char c)
{
	return c == '/' || c == '\\';
}

int hvci_path_is_windows(const char *p)
{
	if (!p)
		return 0;
	/* A drive letter with a slash after it, or a UNC path \\server\share. */
	if (((p[0] >= 'A' && p[0] <= 'Z') || (p[0] >= 'a' && p[0] <= 'z')) && p[1] == ':' &&
	    (is_sep(p[2]) || !p[2]))
		return 1;
	return p[0] == '\\' && p[1] == '\\' && p[2] && p[2] != '\\';
}

/* Forward slashes, lower case, no trailing slash (a drive keeps "c:"). */
static char *norm_windows(const char *p)
{
	char *s = hvci_strdup(p);
	for (char *q = s; *q; q++)
		*q = (char)(*q == '\\' ? '/' : lower((unsigned char)*q));
	size_t l = strlen(s);
	while (l > 0 && s[l - 1] == '/')
		s[--l] = '\0';
	return s;
}

static void add(hvci_pathmap *m, const char *from, const char *to)
{
	m->v = hvci_xrealloc(m->v, (m->n + 1) * sizeof *m->v);
	pm_entry *e = &m->v[m->n++];
	e->from = norm_windows(from);
	e->to = hvci_strdup(to);
	size_t l = strlen(e->to);
	while (l > 1 && e->to[l - 1] == '/')
		e->to[--l] = '\0';
}

int hvci_pathmap_add(hvci_pathmap *m, const char *spec)
{
	/* The Windows side holds no '=' (not allowed in its folder names by
	 * the tools that write databases), the local side may. */
	const char *eq = spec ? strchr(spec, '=') : NULL;
	if (!eq || eq == spec || !eq[1])
		return hvci_error_set(HVCI_EINVALID,
		                      "--path-map '%s': give WINDOWS=LOCAL, e.g. "
		                      "--path-map 'C:\\src=/home/me/src'",
		                      spec ? spec : "");
	char *from = hvci_xmalloc((size_t)(eq - spec) + 1);
	memcpy(from, spec, (size_t)(eq - spec));
	from[eq - spec] = '\0';
	int ok = hvci_path_is_windows(from);
	if (!ok || eq[1] != '/') {
		int rc = hvci_error_set(HVCI_EINVALID,
		                        "--path-map '%s': the left side must be a Windows folder "
		                        "(C:\\src or \\\\server\\share) and the right side an "
		                        "absolute local folder",
		                        spec);
		free(from);
		return rc;
	}
	add(m, from, eq + 1);
	free(from);
	return HVCI_OK;
}

void hvci_pathmap_add_drives(hvci_pathmap *m, const char *root)
{
	for (char d = 'a'; d <= 'z'; d++) {
		char from[3] = {d, ':', '\0'};
		char *to = hvci_asprintf("%s/%c", root, d);
		add(m, from, to);
		free(to);
	}
}

int hvci_pathmap_is_wsl(void)
{
	if (access("/proc/sys/fs/binfmt_misc/WSLInterop", F_OK) == 0)
		return 1;
	FILE *f = fopen("/proc/version", "r");
	if (!f)
		return 0;
	char buf[512];
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	for (char *p = buf; *p; p++)
		*p = (char)lower((unsigned char)*p);
	return strstr(buf, "microsoft") != NULL;
}

char *hvci_pathmap_path(const hvci_pathmap *m, const char *p)
{
	if (!hvci_path_is_windows(p)) {
		char *s = hvci_strdup(p);
		for (char *q = s; *q; q++)
			if (*q == '\\')
				*q = '/';
		return s;
	}
	char *n = norm_windows(p);
	const pm_entry *best = NULL;
	size_t best_len = 0;
	for (size_t i = 0; m && i < m->n; i++) {
		size_t l = strlen(m->v[i].from);
		/* On a tie the earlier wins: the user's before the drive defaults. */
		if ((!best || l > best_len) && !strncmp(n, m->v[i].from, l) &&
		    (n[l] == '/' || !n[l])) {
			best = &m->v[i];
			best_len = l;
		}
	}
	free(n);
	if (!best)
		return NULL;
	/* The rest of the original path, past as many characters as the
	 * matched prefix had (normalising changes case and slashes only). */
	const char *rest = p + best_len;
	while (is_sep(*rest))
		rest++;
	char *r = *rest ? hvci_asprintf("%s%s%s", best->to, strcmp(best->to, "/") ? "/" : "", rest)
	                : hvci_strdup(best->to);
	for (char *q = r + strlen(best->to); *q; q++)
		if (*q == '\\')
			*q = '/';
	return r;
}

char **hvci_split_windows_command(const char *cmd, size_t *argc)
{
	char **v = hvci_xcalloc(1, sizeof *v);
	size_t n = 0;
	const char *p = cmd;
	size_t cap = strlen(cmd) + 1;
	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		if (!*p)
			break;
		char *a = hvci_xmalloc(cap);
		size_t k = 0;
		int quoted = 0;
		while (*p && (quoted || (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r'))) {
			if (*p == '\\') {
				size_t bs = 0;
				while (p[bs] == '\\')
					bs++;
				if (p[bs] == '"') {
					/* 2n backslashes and a quote: n backslashes, the
					 * quote toggles; 2n+1: n backslashes and a quote. */
					for (size_t i = 0; i < bs / 2; i++)
						a[k++] = '\\';
					if (bs % 2)
						a[k++] = '"';
					else
						quoted = !quoted;
					p += bs + 1;
				} else {
					for (size_t i = 0; i < bs; i++)
						a[k++] = '\\';
					p += bs;
				}
			} else if (*p == '"') {
				/* "" inside quotes is a literal quote. */
				if (quoted && p[1] == '"') {
					a[k++] = '"';
					p += 2;
				} else {
					quoted = !quoted;
					p++;
				}
			} else {
				a[k++] = *p++;
			}
		}
		a[k] = '\0';
		v = hvci_xrealloc(v, (n + 2) * sizeof *v);
		v[n++] = a;
		v[n] = NULL;
	}
	*argc = n;
	return v;
}

/* Options whose value is a path, in both spellings ('-' and '/' for cl). */
static const char *const path_opts[] = {
    "I",  "isystem", "iquote", "idirafter", "imsvc", "include", "imacros", "external:I", "FI", "Tc",
    "Tp", "Fo",      "Fd",     "Fp",        "Fa",    "Fe",      "o",       "isysroot",   "MF", NULL,
};

/* Options whose separate value is not a path: that value stays as written. */
static const char *const value_opts[] = {
    "D", "U", "x", "target", "Xclang", "mllvm", "MT", "MQ", "arch", NULL,
};

static int takes_plain_value(const char *a)
{
	for (size_t i = 0; (a[0] == '-' || a[0] == '/') && value_opts[i]; i++)
		if (!strcmp(a + 1, value_opts[i]))
			return 1;
	return 0;
}

/* Which option of path_opts argument `a` starts with, or NULL. */
static const char *path_opt(const char *a)
{
	if (a[0] != '-' && a[0] != '/')
		return NULL;
	const char *best = NULL;
	for (size_t i = 0; path_opts[i]; i++)
		if (!strncmp(a + 1, path_opts[i], strlen(path_opts[i])) &&
		    (!best || strlen(path_opts[i]) > strlen(best)))
			best = path_opts[i];
	return best;
}

int hvci_pathmap_args(const hvci_pathmap *m, char **argv, size_t argc, char **unmapped)
{
	int missed = 0;
	if (unmapped)
		*unmapped = NULL;
	int next_is_path = 0;
	/* argv[0], the compiler, is only read for its name. */
	for (size_t i = 1; i < argc; i++) {
		char *a = argv[i];
		size_t skip = 0;
		if (next_is_path) {
			next_is_path = 0;
		} else if (takes_plain_value(a)) {
			i++;
			continue;
		} else if (a[0] == '-' || a[0] == '/') {
			const char *o = path_opt(a);
			if (!o)
				continue; /* -DX="C:\x" and the like stay as written */
			skip = 1 + strlen(o);
			if (!a[skip]) {
				next_is_path = 1;
				continue;
			}
		}
		char *mapped = hvci_pathmap_path(m, a + skip);
		if (!mapped) {
			if (!missed++ && unmapped)
				*unmapped = hvci_strdup(a + skip);
			/* Left with forward slashes: a folder that does not exist
			 * here is skipped by the compiler like any other. */
			for (char *q = a + skip; *q; q++)
				if (*q == '\\')
					*q = '/';
			continue;
		}
		char *r = hvci_asprintf("%.*s%s", (int)skip, a, mapped);
		free(mapped);
		free(argv[i]);
		argv[i] = r;
	}
	return missed;
}
