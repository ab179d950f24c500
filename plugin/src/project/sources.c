/*
 * sources.c - drivers built by the WDK's older build utility (build.exe):
 * a folder's `dirs` file names the subfolders to build (DIRS, and
 * OPTIONAL_DIRS, which are read too: their code can ship), and a leaf
 * folder's `sources` file describes one image.  Each file is read with
 * sources_mk.c; what it leaves behind becomes units for the composer
 * (compose.c), so the commands match the MSBuild reader's.
 *
 * From a `sources` file: TARGETNAME and TARGETTYPE (the image and its
 * kind: DRIVER, MINIPORT and GDI_DRIVER are drivers, EXPORT_DRIVER and
 * HAL export drivers, DRIVER_LIBRARY a kernel-mode library; PROGRAM,
 * PROGLIB, DYNLINK, LIBRARY and UMAPPL_NOLIB are user mode), SOURCES and
 * the platform's <ARCH>_SOURCES (C and C++ files; resource, message and
 * assembler files are not compiled by cl), C_DEFINES (/D, -D, /U, -U),
 * INCLUDES (';' separated, relative to the folder), PRECOMPILED_INCLUDE
 * (force-included, as the MSBuild reader does for /Yu) and
 * KMDF_VERSION_MAJOR/MINOR.  The reader sets _BUILDARCH and FREEBUILD from
 * --platform and --configuration (free or checked), as the build
 * environment would; nothing else of that environment is assumed.
 * Files are looked up without case, as on Windows.
 */
#include <ctype.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "project/sources.h"

typedef struct {
	hvci_project *pr;
	const char *root;
	const hvci_wdk *wdk;
	const char *platform; /* MSBuild's spelling: x64, Win32, ARM64, ARM */
	const char *arch;     /* build.exe's: AMD64, I386, ARM64, ARM */
	int debug;
	hvci_strv notes;
	hvci_strset noted;
	hvci_strv stack; /* folders whose dirs file is being read */
	size_t files;
} sx;

static const struct {
	const char *platform, *arch;
} archs[] = {{"x64", "AMD64"}, {"Win32", "I386"}, {"ARM64", "ARM64"}, {"ARM", "ARM"}};

static const struct {
	const char *type, *ext;
	hvci_image_kind kind;
} types[] = {
    {"DRIVER", ".sys", HVCI_IMAGE_DRIVER},     {"MINIPORT", ".sys", HVCI_IMAGE_DRIVER},
    {"GDI_DRIVER", ".dll", HVCI_IMAGE_DRIVER}, {"EXPORT_DRIVER", ".sys", HVCI_IMAGE_EXPORT_DRIVER},
    {"HAL", ".dll", HVCI_IMAGE_EXPORT_DRIVER}, {"DRIVER_LIBRARY", ".lib", HVCI_IMAGE_LIBRARY},
    {"PROGRAM", ".exe", HVCI_IMAGE_USER},      {"PROGLIB", ".exe", HVCI_IMAGE_USER},
    {"UMAPPL_NOLIB", ".exe", HVCI_IMAGE_USER}, {"DYNLINK", ".dll", HVCI_IMAGE_USER},
    {"LIBRARY", ".lib", HVCI_IMAGE_USER},
};

static void note(sx *x, char *msg)
{
	if (hvci_strset_has(&x->noted, msg)) {
		free(msg);
		return;
	}
	hvci_strset_add(&x->noted, msg);
	hvci_strv_take(&x->notes, msg);
}

static const char *rel(const sx *x, const char *p)
{
	return hvci_mk_rel(x->root, p);
}

/* s with each marker written back as $(NAME), for notes. */
static char *shown(const char *s)
{
	hvci_buf b;
	hvci_buf_init(&b);
	hvci_buf_puts(&b, "");
	for (; *s; s++) {
		if (*s == HVCI_MK_UNKNOWN || *s == HVCI_MK_KIT)
			hvci_buf_puts(&b, "$(");
		else if (*s == HVCI_MK_END)
			hvci_buf_putc(&b, ')');
		else
			hvci_buf_putc(&b, (unsigned char)*s < 0x20 ? '?' : *s);
	}
	return hvci_buf_take(&b);
}

static char *trimmed(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t l = strlen(s);
	while (l && (s[l - 1] == ' ' || s[l - 1] == '\t'))
		l--;
	return hvci_xstrndup(s, l);
}

/* The expanded value of a macro, trimmed ("" when not set). */
static char *value(const hvci_mk *m, const char *name)
{
	const char *raw = hvci_mk_get(m, name);
	if (!raw)
		return hvci_strdup("");
	char *x = hvci_mk_expand(m, raw);
	char *t = trimmed(x);
	free(x);
	return t;
}

/* Splits s at blanks (or at ';' when semi), keeping "..." together. */
static void split(const char *s, int semi, hvci_strv *out)
{
	const char *p = s;
	while (*p) {
		while (*p == ' ' || *p == '\t' || (semi && *p == ';'))
			p++;
		if (!*p)
			break;
		const char *q = p;
		int quoted = 0;
		while (*q && (quoted || !(semi ? *q == ';' : (*q == ' ' || *q == '\t')))) {
			if (*q == '"')
				quoted = !quoted;
			q++;
		}
		char *piece = hvci_xstrndup(p, (size_t)(q - p));
		char *t = trimmed(piece);
		free(piece);
		if (*t)
			hvci_strv_take(out, t);
		else
			free(t);
		p = q;
	}
}

/* A file named `name` in dir, matched without case; NULL when none. */
static char *find_named(const char *dir, const char *name)
{
	char *exact = hvci_asprintf("%s/%s", dir, name);
	if (hvci_file_exists(exact))
		return exact;
	free(exact);
	DIR *d = opendir(dir);
	struct dirent *de;
	char *r = NULL;
	while (d && !r && (de = readdir(d)))
		if (!strcasecmp(de->d_name, name)) {
			char *p = hvci_asprintf("%s/%s", dir, de->d_name);
			if (hvci_file_exists(p))
				r = p;
			else
				free(p);
		}
	if (d)
		closedir(d);
	return r;
}

static char *dir_of(const char *path)
{
	const char *s = strrchr(path, '/');
	if (!s)
		return hvci_strdup(".");
	return s == path ? hvci_strdup("/") : hvci_xstrndup(path, (size_t)(s - path));
}

static void mk_init(sx *x, hvci_mk *m)
{
	memset(m, 0, sizeof *m);
	m->root = x->root;
	m->notes = &x->notes;
	m->noted = &x->noted;
	hvci_mk_set(m, "_BUILDARCH", !strcmp(x->arch, "I386") ? "x86" : x->arch);
	hvci_mk_set(m, "FREEBUILD", x->debug ? "0" : "1");
}

/* ---- a sources file ------------------------------------------------------- */

static int valid_define(const char *d)
{
	if (!(isalpha((unsigned char)*d) || *d == '_'))
		return 0;
	while (isalnum((unsigned char)*d) || *d == '_')
		d++;
	if (*d && *d != '=')
		return 0;
	for (; *d; d++)
		if ((unsigned char)*d < 0x20)
			return 0;
	return 1;
}

static void defines(sx *x, const char *path, const char *text, hvci_unit *u)
{
	hvci_strv tok = {NULL, 0};
	split(text, 0, &tok);
	for (size_t i = 0; i < tok.n; i++) {
		const char *t = tok.v[i];
		char *name = NULL;
		if (hvci_mk_sentinel(t, &name)) {
			char *s = shown(t);
			note(x, hvci_asprintf("%s: C_DEFINES piece '%s' names $(%s), which is not "
			                      "known; dropped",
			                      rel(x, path), s, name));
			free(s);
			free(name);
			continue;
		}
		int undef = (t[0] == '/' || t[0] == '-') && t[1] == 'U';
		if (!((t[0] == '/' || t[0] == '-') && (t[1] == 'D' || t[1] == 'U'))) {
			note(x, hvci_asprintf("%s: C_DEFINES piece '%s' is not a /D or /U; dropped",
			                      rel(x, path), t));
			continue;
		}
		const char *v = t + 2;
		if (!*v && i + 1 < tok.n)
			v = tok.v[++i];
		char *d = hvci_strdup(v);
		size_t l = strlen(d);
		if (l >= 2 && d[0] == '"' && d[l - 1] == '"') {
			memmove(d, d + 1, l - 2);
			d[l - 2] = '\0';
		}
		if (!valid_define(d) || (undef && strchr(d, '=')))
			note(x, hvci_asprintf("%s: C_DEFINES piece '%s' is not NAME or NAME=VALUE; "
			                      "dropped",
			                      rel(x, path), t));
		else
			hvci_strv_push(undef ? &u->undefines : &u->defines, d);
		free(d);
	}
	hvci_strv_free(&tok);
}

static void includes(sx *x, const char *path, const char *dir, const char *text, hvci_unit *u)
{
	hvci_strv pieces = {NULL, 0};
	split(text, 1, &pieces);
	for (size_t i = 0; i < pieces.n; i++) {
		const char *p = pieces.v[i];
		char *name = NULL;
		int k = hvci_mk_sentinel(p, &name);
		if (k) {
			char *s = shown(p);
			if (k == HVCI_MK_KIT)
				note(x,
				     hvci_asprintf("%s: INCLUDES folder '%s' is the WDK's own; the "
				                   "kit's folders (--wdk) or the fallback headers "
				                   "serve instead",
				                   rel(x, path), s));
			else
				note(x,
				     hvci_asprintf("%s: INCLUDES folder '%s' names $(%s), which is "
				                   "not known; dropped",
				                   rel(x, path), s, name));
			free(s);
			free(name);
			continue;
		}
		char *abs = hvci_ms_path(p, dir);
		int dup = 0;
		for (size_t k2 = 0; k2 < u->includes.n; k2++)
			dup |= !strcmp(u->includes.v[k2], abs);
		if (!hvci_dir_exists(abs))
			note(x, hvci_asprintf("%s: INCLUDES folder %s does not exist; dropped",
			                      rel(x, path), rel(x, abs)));
		else if (!dup)
			hvci_strv_push(&u->includes, abs);
		free(abs);
	}
	hvci_strv_free(&pieces);
}

static hvci_lang lang_of(const char *file, int *other)
{
	const char *dot = strrchr(file, '.');
	const char *slash = strrchr(file, '/');
	*other = 0;
	if (!dot || (slash && dot < slash)) {
		*other = 1;
		return HVCI_LANG_AUTO;
	}
	if (!strcasecmp(dot, ".c"))
		return HVCI_LANG_C;
	if (!strcasecmp(dot, ".cpp") || !strcasecmp(dot, ".cxx") || !strcasecmp(dot, ".cc"))
		return HVCI_LANG_CXX;
	static const char *const quiet[] = {".rc", ".mc", ".asm", ".s", ".idl", ".mof", ".def"};
	for (size_t i = 0; i < sizeof quiet / sizeof *quiet; i++)
		if (!strcasecmp(dot, quiet[i]))
			return HVCI_LANG_AUTO;
	*other = 1;
	return HVCI_LANG_AUTO;
}

static void add_command(sx *x, hvci_unit *u, const char *path, const char *image)
{
	hvci_strv argv = {NULL, 0};
	hvci_compose(u, &argv, &x->notes);
	hvci_project *pr = x->pr;
	pr->cmds = hvci_xrealloc(pr->cmds, (pr->n + 1) * sizeof *pr->cmds);
	hvci_compile_cmd *c = &pr->cmds[pr->n++];
	memset(c, 0, sizeof *c);
	c->file = hvci_strdup(u->file);
	c->directory = hvci_strdup(u->directory);
	c->argv = argv.v;
	c->argc = argv.n;
	c->image_kind = u->kind;
	c->project = hvci_strdup(path);
	c->image = hvci_strdup(image);
}

/* The units of one `sources` file whose macros are in m. */
static void units(sx *x, hvci_mk *m, const char *path)
{
	char *dir = dir_of(path);
	char *tname = value(m, "TARGETNAME");
	char *ttype = value(m, "TARGETTYPE");
	int t = -1;
	for (size_t i = 0; i < sizeof types / sizeof *types && t < 0; i++)
		if (!strcasecmp(ttype, types[i].type))
			t = (int)i;
	if (!*tname || hvci_mk_sentinel(tname, NULL)) {
		note(x,
		     hvci_asprintf("%s: no TARGETNAME the reader can know; skipped", rel(x, path)));
		goto out;
	}
	if (t < 0) {
		char *s = shown(ttype);
		note(x, hvci_asprintf("%s: TARGETTYPE '%s' is not one the reader knows (DRIVER, "
		                      "EXPORT_DRIVER, DRIVER_LIBRARY, MINIPORT, PROGRAM, DYNLINK, "
		                      "LIBRARY...); skipped",
		                      rel(x, path), s));
		free(s);
		goto out;
	}
	x->pr->n_projects++;
	char *image = hvci_asprintf("%s%s", tname, types[t].ext);
	hvci_unit u;
	memset(&u, 0, sizeof u);
	u.directory = dir;
	u.kind = types[t].kind;
	u.platform = x->platform;
	u.debug = x->debug;
	u.wdk = x->wdk;

	char *v = value(m, "C_DEFINES");
	defines(x, path, v, &u);
	free(v);
	v = value(m, "INCLUDES");
	includes(x, path, dir, v, &u);
	free(v);

	v = value(m, "KMDF_VERSION_MAJOR");
	if (*v && u.kind != HVCI_IMAGE_USER) {
		u.kmdf_major = (unsigned)strtoul(v, NULL, 10);
		char *minor = value(m, "KMDF_VERSION_MINOR");
		if (*minor && isdigit((unsigned char)*minor)) {
			u.kmdf_minor = (unsigned)strtoul(minor, NULL, 10);
		} else {
			u.kmdf_minor = hvci_wdk_default_kmdf_minor(NULL);
			note(x,
			     hvci_asprintf("%s: KMDF_VERSION_MINOR is not set; KMDF 1.%u assumed "
			                   "(set it to the version the driver needs)",
			                   rel(x, path), u.kmdf_minor));
		}
		free(minor);
	}
	free(v);

	v = value(m, "PRECOMPILED_INCLUDE");
	if (*v && !hvci_mk_sentinel(v, NULL)) {
		char *p = hvci_ms_path(v, dir);
		for (size_t i = 0; !hvci_file_exists(p) && i < u.includes.n; i++) {
			free(p);
			p = hvci_ms_path(v, u.includes.v[i]);
		}
		if (hvci_file_exists(p))
			hvci_project_pch_dir(&u.includes, p);
		else
			free(p);
	}
	free(v);

	hvci_strv files = {NULL, 0};
	v = value(m, "SOURCES");
	split(v, 0, &files);
	free(v);
	char *arch_sources = hvci_asprintf("%s_SOURCES", x->arch);
	v = value(m, arch_sources);
	split(v, 0, &files);
	free(v);
	free(arch_sources);
	hvci_strset seen;
	hvci_strset_init(&seen);
	for (size_t i = 0; i < files.n; i++) {
		const char *f = files.v[i];
		char *name = NULL;
		if (hvci_mk_sentinel(f, &name)) {
			char *s = shown(f);
			note(x, hvci_asprintf("%s: source '%s' names $(%s), which is not known; "
			                      "skipped",
			                      rel(x, path), s, name));
			free(s);
			free(name);
			continue;
		}
		int other;
		hvci_lang lang = lang_of(f, &other);
		if (lang == HVCI_LANG_AUTO) {
			if (other)
				note(x, hvci_asprintf("%s: source '%s' is not C or C++; skipped",
				                      rel(x, path), f));
			continue;
		}
		char *abs = hvci_ms_path(f, dir);
		if (!hvci_file_exists(abs)) {
			note(x, hvci_asprintf("%s: source %s does not exist; skipped", rel(x, path),
			                      rel(x, abs)));
		} else if (hvci_strset_add(&seen, abs)) {
			u.file = abs;
			u.lang = lang;
			add_command(x, &u, path, image);
		}
		free(abs);
	}
	hvci_strset_free(&seen);
	hvci_strv_free(&files);
	hvci_strv_free(&u.defines);
	hvci_strv_free(&u.undefines);
	hvci_strv_free(&u.includes);
	hvci_strv_free(&u.forced);
	free(image);
out:
	free(tname);
	free(ttype);
	free(dir);
}

/* ---- dirs files and folders ----------------------------------------------- */

static int visit(sx *x, const char *dir, const char *from, long line, int depth);

static int too_many(sx *x, const char *path)
{
	if (++x->files <= HVCI_SOURCES_MAX_FILES)
		return 0;
	return hvci_error_set(HVCI_EPARSE,
	                      "%s:1: more than %d sources and dirs files in the tree; point "
	                      "--sources at a smaller part of it",
	                      path, HVCI_SOURCES_MAX_FILES);
}

static int read_sources(sx *x, const char *path, const char *buf, size_t len)
{
	if (too_many(x, path))
		return -1;
	hvci_mk m;
	mk_init(x, &m);
	int rc = hvci_mk_read(&m, path, buf, len);
	if (!rc)
		units(x, &m, path);
	hvci_mk_free(&m);
	return rc;
}

/* 1 when a dirs entry's {…} decoration lets it build on this platform. */
static int arch_ok(const sx *x, const char *deco)
{
	static const char *const names[] = {"i386", "amd64", "ia64", "arm", "arm64"};
	hvci_strv parts = {NULL, 0};
	char *d = hvci_strdup(deco);
	for (char *c = d; *c; c++)
		if (*c == ',')
			*c = ' ';
	split(d, 0, &parts);
	free(d);
	int any_arch = 0, ours = 0;
	for (size_t i = 0; i < parts.n; i++)
		for (size_t k = 0; k < sizeof names / sizeof *names; k++)
			if (!strcasecmp(parts.v[i], names[k])) {
				any_arch = 1;
				ours |= !strcasecmp(parts.v[i], x->arch);
			}
	hvci_strv_free(&parts);
	return !any_arch || ours;
}

static int read_dirs(sx *x, const char *path, const char *buf, size_t len, int depth)
{
	if (too_many(x, path))
		return -1;
	hvci_mk m;
	mk_init(x, &m);
	int rc = hvci_mk_read(&m, path, buf, len);
	char *dir = dir_of(path);
	static const char *const lists[] = {"DIRS", "OPTIONAL_DIRS"};
	for (size_t l = 0; l < 2 && !rc; l++) {
		char *v = value(&m, lists[l]);
		hvci_strv entries = {NULL, 0};
		split(v, 0, &entries);
		free(v);
		for (size_t i = 0; i < entries.n && !rc; i++) {
			char *e = entries.v[i];
			char *name = NULL;
			if (hvci_mk_sentinel(e, &name)) {
				char *s = shown(e);
				note(x, hvci_asprintf("%s: %s entry '%s' names $(%s), which is not "
				                      "known; skipped",
				                      rel(x, path), lists[l], s, name));
				free(s);
				free(name);
				continue;
			}
			char *brace = strchr(e, '{');
			if (brace) {
				*brace = '\0';
				char *close = strchr(brace + 1, '}');
				if (close)
					*close = '\0';
				if (!arch_ok(x, brace + 1))
					continue;
			}
			if (!*e)
				continue;
			if (strchr(e, '*') || strchr(e, '?')) {
				note(x,
				     hvci_asprintf("%s: %s entry '%s' is a wildcard; not expanded",
				                   rel(x, path), lists[l], e));
				continue;
			}
			char *sub = hvci_ms_path(e, dir);
			rc = visit(x, sub, path, 0, depth + 1);
			free(sub);
		}
		hvci_strv_free(&entries);
	}
	free(dir);
	hvci_mk_free(&m);
	return rc;
}

static int inside(const char *root, const char *p)
{
	size_t l = strlen(root);
	return !strcmp(root, "/") || (!strncmp(p, root, l) && (p[l] == '/' || !p[l]));
}

/* A folder named by a dirs file (from) or on the command line (from NULL). */
static int visit(sx *x, const char *dir, const char *from, long line, int depth)
{
	(void)line;
	if (!hvci_dir_exists(dir)) {
		if (!from)
			return hvci_error_set(HVCI_ENOTFOUND,
			                      "%s:1: no such folder; pass the folder holding a "
			                      "sources or dirs file",
			                      dir);
		note(x, hvci_asprintf("%s: folder %s does not exist; skipped", rel(x, from),
		                      rel(x, dir)));
		return 0;
	}
	char *real = realpath(dir, NULL);
	const char *key = real ? real : dir;
	if (from && !inside(x->root, key)) {
		int rc = hvci_error_set(HVCI_EINVALID,
		                        "%s:1: folder %s leaves the tree %s; keep DIRS inside the "
		                        "tree (or pass a wider --root)",
		                        from, dir, x->root);
		free(real);
		return rc;
	}
	for (size_t i = 0; i < x->stack.n; i++)
		if (!strcmp(x->stack.v[i], key)) {
			int rc = hvci_error_set(HVCI_EPARSE,
			                        "%s:1: dirs cycle: %s is already being read above "
			                        "this file; remove the entry that leads back to it",
			                        from ? from : dir, dir);
			free(real);
			return rc;
		}
	if (depth > HVCI_SOURCES_MAX_DIRS_DEPTH) {
		int rc = hvci_error_set(HVCI_EPARSE,
		                        "%s:1: dirs files nested more than %d deep; point "
		                        "--sources at a deeper folder",
		                        from ? from : dir, HVCI_SOURCES_MAX_DIRS_DEPTH);
		free(real);
		return rc;
	}
	char *dirs = find_named(dir, "dirs");
	char *srcs = dirs ? NULL : find_named(dir, "sources");
	int rc = 0;
	if (!dirs && !srcs) {
		if (!from)
			rc =
			    hvci_error_set(HVCI_ENOTFOUND,
			                   "%s:1: no sources or dirs file in this folder; pass the "
			                   "folder of a driver (sources) or of a tree (dirs)",
			                   dir);
		else
			note(x, hvci_asprintf("%s: folder %s has no sources or dirs file; skipped",
			                      rel(x, from), rel(x, dir)));
	} else {
		const char *p = dirs ? dirs : srcs;
		size_t len;
		char *buf = hvci_project_read(p, &len);
		if (!buf) {
			rc = -1;
		} else {
			hvci_strv_push(&x->stack, key);
			rc = dirs ? read_dirs(x, p, buf, len, depth) : read_sources(x, p, buf, len);
			free(x->stack.v[--x->stack.n]);
			x->stack.v[x->stack.n] = NULL;
			free(buf);
		}
	}
	free(dirs);
	free(srcs);
	free(real);
	return rc;
}

/* ---- entry points --------------------------------------------------------- */

static int is_dirs_name(const char *path)
{
	const char *b = strrchr(path, '/');
	return !strcasecmp(b ? b + 1 : path, "dirs");
}

static int load(hvci_project **out, const char *path, const char *buf, size_t len,
                const hvci_project_options *o)
{
	*out = NULL;
	hvci_project_options none = {NULL, NULL, NULL, NULL};
	if (!o)
		o = &none;
	const char *cfg = o->configuration ? o->configuration : "free";
	int debug;
	if (!strcasecmp(cfg, "free") || !strcasecmp(cfg, "fre") || !strcasecmp(cfg, "Release"))
		debug = 0;
	else if (!strcasecmp(cfg, "checked") || !strcasecmp(cfg, "chk") ||
	         !strcasecmp(cfg, "Debug"))
		debug = 1;
	else
		return hvci_error_set(
		    HVCI_EINVALID,
		    "%s:1: unknown configuration '%s' for a sources tree; use free "
		    "(Release) or checked (Debug)",
		    path, cfg);
	const char *plat = hvci_wdk_platform_name(o->platform ? o->platform : "x64");
	if (!plat)
		return hvci_error_set(HVCI_EINVALID,
		                      "%s:1: unknown platform '%s'; use x64, x86, ARM64 or ARM",
		                      path, o->platform);
	char *abs = hvci_abspath(path, NULL);
	size_t al = strlen(abs);
	while (al > 1 && abs[al - 1] == '/')
		abs[--al] = '\0';
	if (!buf && !hvci_dir_exists(abs) && !hvci_file_exists(abs)) {
		int rc = hvci_error_set(HVCI_ENOTFOUND,
		                        "%s:1: no such folder or file; pass the folder holding a "
		                        "sources or dirs file",
		                        abs);
		free(abs);
		return rc;
	}
	int is_dir = !buf && hvci_dir_exists(abs);
	char *dir = is_dir ? hvci_strdup(abs) : dir_of(abs);
	char *root = o->root ? hvci_abspath(o->root, NULL) : hvci_project_default_root(dir);
	size_t rl = strlen(root);
	while (rl > 1 && root[rl - 1] == '/')
		root[--rl] = '\0';
	char *rr = realpath(root, NULL);
	if (rr) {
		free(root);
		root = rr;
	}
	hvci_wdk *wdk = NULL;
	int rc = hvci_wdk_open(&wdk, o->wdk_root);
	sx x;
	memset(&x, 0, sizeof x);
	x.pr = hvci_xcalloc(1, sizeof *x.pr);
	x.root = root;
	x.wdk = wdk;
	x.platform = plat;
	x.debug = debug;
	hvci_strset_init(&x.noted);
	for (size_t i = 0; i < sizeof archs / sizeof *archs; i++)
		if (!strcmp(plat, archs[i].platform))
			x.arch = archs[i].arch;
	x.pr->configuration = hvci_strdup(debug ? "checked" : "free");
	x.pr->platform = hvci_strdup(plat);
	if (!rc && wdk)
		x.pr->wdk_version = hvci_strdup(hvci_wdk_version(wdk));
	if (rc) {
	} else if (buf) {
		rc = is_dirs_name(abs) ? read_dirs(&x, abs, buf, len, 0)
		                       : read_sources(&x, abs, buf, len);
	} else if (is_dir) {
		rc = visit(&x, abs, NULL, 0, 0);
	} else {
		size_t n;
		char *b = hvci_project_read(abs, &n);
		if (!b) {
			rc = -1;
		} else {
			char *real = realpath(dir, NULL);
			hvci_strv_push(&x.stack, real ? real : dir);
			free(real);
			rc = is_dirs_name(abs) ? read_dirs(&x, abs, b, n, 0)
			                       : read_sources(&x, abs, b, n);
			free(b);
		}
	}
	x.pr->notes = x.notes.v;
	x.pr->n_notes = x.notes.n;
	hvci_strset_free(&x.noted);
	hvci_strv_free(&x.stack);
	hvci_wdk_free(wdk);
	free(root);
	free(dir);
	free(abs);
	if (rc) {
		hvci_project_free(x.pr);
		return hvci_error_last_code() ? hvci_error_last_code() : HVCI_ERROR;
	}
	*out = x.pr;
	return 0;
}

int hvci_project_load_sources(hvci_project **out, const char *dir_or_file,
                              const hvci_project_options *o)
{
	return load(out, dir_or_file, NULL, 0, o);
}

int hvci_sources_load_buffer(hvci_project **out, const char *buf, size_t len, const char *path,
                             const hvci_project_options *o)
{
	return load(out, path, buf ? buf : "", len, o);
}
