/*
 * sources_mk.c - the part of NMAKE that WDK `sources` and `dirs` files
 * use, read without running anything: `#` comments, `\` line
 * continuations, NAME=VALUE assignments, $(NAME) and $(NAME:old=new)
 * expansion, `!if`/`!ifdef`/`!ifndef`/`!elseif`/`!else`/`!endif`,
 * `!include`, `!undef`, and `!message`/`!error` (noted, never fatal).
 * The expressions of `!if` are evaluated by sources_if.c.
 * Rules, inference rules and commands are not read: build.exe's files hold
 * none that decide how a source is compiled.
 *
 * No Debian library reads NMAKE files, and the subset is small, so this
 * is a hand-written reader with bounds on file size, nesting and
 * expansion.
 *
 * What it cannot know it does not guess.  A macro that no assignment, no
 * environment variable and no value the reader sets (sources.c) gives
 * expands to a marker, so the reader of the value drops that piece with a
 * note.  An `!if` whose expression depends on such a macro (or does not
 * parse) is noted, and none of its branches' assignments are used: taking
 * either could invent defines or sources the build does not have, and a
 * skipped branch is named in the note.  defined(NAME) is true when NAME
 * is known in that sense; `==` and `!=` compare text exactly, numbers as
 * numbers.  Macros are expanded when used, as NMAKE does, except a
 * reference to the macro being assigned (C_DEFINES=$(C_DEFINES) -DX),
 * which takes the value so far.
 */
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "project/sources.h"

/* Expansion output beyond this is cut short (a macro doubling itself). */
#define MAX_EXPANSION (1u << 20)
#define MAX_EXPANSION_DEPTH 32

/* ---- the macro table ------------------------------------------------------ */

void hvci_mk_set(hvci_mk *m, const char *name, const char *value)
{
	for (size_t i = 0; i < m->n; i++)
		if (!strcmp(m->v[i].name, name)) {
			char *v = hvci_strdup(value);
			free(m->v[i].value);
			m->v[i].value = v;
			return;
		}
	m->v = hvci_xrealloc(m->v, (m->n + 1) * sizeof *m->v);
	m->v[m->n].name = hvci_strdup(name);
	m->v[m->n].value = hvci_strdup(value);
	m->n++;
}

const char *hvci_mk_get(const hvci_mk *m, const char *name)
{
	for (size_t i = 0; i < m->n; i++)
		if (!strcmp(m->v[i].name, name))
			return m->v[i].value;
	return NULL;
}

static void unset(hvci_mk *m, const char *name)
{
	for (size_t i = 0; i < m->n; i++)
		if (!strcmp(m->v[i].name, name)) {
			free(m->v[i].name);
			free(m->v[i].value);
			m->v[i] = m->v[--m->n];
			return;
		}
}

void hvci_mk_free(hvci_mk *m)
{
	for (size_t i = 0; i < m->n; i++) {
		free(m->v[i].name);
		free(m->v[i].value);
	}
	free(m->v);
	m->v = NULL;
	m->n = 0;
}

const char *hvci_mk_rel(const char *root, const char *path)
{
	size_t l = strlen(root);
	if (!strncmp(path, root, l) && path[l] == '/')
		return path + l + 1;
	return path;
}

void hvci_mk_note(hvci_mk *m, char *msg)
{
	if (hvci_strset_has(m->noted, msg)) {
		free(msg);
		return;
	}
	hvci_strset_add(m->noted, msg);
	hvci_strv_take(m->notes, msg);
}

/*
 * Macros that name the WDK's own include folders in build.exe's
 * environment.  The composer adds the kit's folders (or the fallback
 * headers serve), so a piece naming one of these is dropped as covered.
 */
static const char *const kit_macros[] = {
    "DDK_INC_PATH",  "SDK_INC_PATH",  "CRT_INC_PATH",    "WDM_INC_PATH", "IFSKIT_INC_PATH",
    "KMDF_INC_PATH", "UMDF_INC_PATH", "HALKIT_INC_PATH", "BASEDIR",      "PUBLIC_ROOT",
};

static int is_kit_macro(const char *name)
{
	for (size_t i = 0; i < sizeof kit_macros / sizeof *kit_macros; i++)
		if (!strcmp(name, kit_macros[i]))
			return 1;
	return 0;
}

/* ---- expansion ------------------------------------------------------------ */

typedef struct {
	const hvci_mk *m;
	hvci_buf out;
	int cut; /* the budget ran out */
} xp;

static void put_sentinel(hvci_buf *b, char kind, const char *name, size_t n)
{
	hvci_buf_putc(b, kind);
	hvci_buf_putn(b, name, n);
	hvci_buf_putc(b, HVCI_MK_END);
}

static void expand_into(xp *x, const char *s, int depth);

/* The value of NAME expanded, into a fresh buffer (for :old=new). */
static char *value_of(xp *x, const char *name, size_t n, int depth)
{
	char *nm = hvci_xstrndup(name, n);
	const char *v = hvci_mk_get(x->m, nm);
	xp sub = {x->m, {0}, 0};
	hvci_buf_init(&sub.out);
	hvci_buf_puts(&sub.out, "");
	if (v) {
		expand_into(&sub, v, depth + 1);
	} else if (getenv(nm)) {
		hvci_buf_puts(&sub.out, getenv(nm));
	} else {
		put_sentinel(&sub.out, is_kit_macro(nm) ? HVCI_MK_KIT : HVCI_MK_UNKNOWN, name, n);
	}
	x->cut |= sub.cut;
	free(nm);
	return hvci_buf_take(&sub.out);
}

static void expand_into(xp *x, const char *s, int depth)
{
	while (*s) {
		if (x->out.len > MAX_EXPANSION) {
			x->cut = 1;
			return;
		}
		if (s[0] != '$' || (s[1] != '(' && s[1] != '$')) {
			hvci_buf_putc(&x->out, *s++);
			continue;
		}
		if (s[1] == '$') {
			hvci_buf_putc(&x->out, '$');
			s += 2;
			continue;
		}
		const char *close = strchr(s + 2, ')');
		if (!close) {
			hvci_buf_puts(&x->out, s);
			return;
		}
		const char *name = s + 2;
		const char *colon = memchr(name, ':', (size_t)(close - name));
		size_t n = (size_t)((colon ? colon : close) - name);
		if (depth >= MAX_EXPANSION_DEPTH) {
			x->cut = 1;
			put_sentinel(&x->out, HVCI_MK_UNKNOWN, name, n);
		} else {
			char *v = value_of(x, name, n, depth);
			const char *eq = colon ? memchr(colon, '=', (size_t)(close - colon)) : NULL;
			if (eq && eq > colon + 1 && !strchr(v, HVCI_MK_UNKNOWN) &&
			    !strchr(v, HVCI_MK_KIT)) {
				/* $(NAME:old=new): every old replaced by new. */
				char *from = hvci_xstrndup(colon + 1, (size_t)(eq - colon - 1));
				char *to = hvci_xstrndup(eq + 1, (size_t)(close - eq - 1));
				size_t fl = strlen(from);
				for (const char *p = v; *p;) {
					if (!strncmp(p, from, fl)) {
						hvci_buf_puts(&x->out, to);
						p += fl;
					} else {
						hvci_buf_putc(&x->out, *p++);
					}
				}
				free(from);
				free(to);
			} else {
				hvci_buf_puts(&x->out, v);
			}
			free(v);
		}
		s = close + 1;
	}
}

char *hvci_mk_expand(const hvci_mk *m, const char *raw)
{
	xp x = {m, {0}, 0};
	hvci_buf_init(&x.out);
	hvci_buf_puts(&x.out, "");
	expand_into(&x, raw, 0);
	if (x.cut) {
		hvci_buf_free(&x.out);
		hvci_buf_init(&x.out);
		put_sentinel(&x.out, HVCI_MK_UNKNOWN, "(expansion too large)", 21);
	}
	return hvci_buf_take(&x.out);
}

int hvci_mk_sentinel(const char *s, char **name)
{
	for (const char *p = s; *p; p++)
		if (*p == HVCI_MK_UNKNOWN || *p == HVCI_MK_KIT) {
			const char *e = strchr(p + 1, HVCI_MK_END);
			if (name)
				*name =
				    hvci_xstrndup(p + 1, e ? (size_t)(e - p - 1) : strlen(p + 1));
			return *p;
		}
	return 0;
}

/* ---- reading -------------------------------------------------------------- */

typedef struct {
	signed char state; /* 1 taken, 0 not, -1 unknown: none of the branches */
	char done;         /* a branch was taken (or the chain is unknown) */
	long line;
} frame;

typedef struct {
	hvci_mk *m;
	const char *path, *dir;
	frame *f;
	size_t nf;
} rd;

static int active(const rd *r, size_t upto)
{
	for (size_t i = 0; i < upto; i++)
		if (r->f[i].state != 1)
			return 0;
	return 1;
}

static void push_frame(rd *r, int state, long line)
{
	r->f = hvci_xrealloc(r->f, (r->nf + 1) * sizeof *r->f);
	r->f[r->nf].state = (signed char)state;
	r->f[r->nf].done = state != 0;
	r->f[r->nf].line = line;
	r->nf++;
}

static int cond_value(rd *r, long line, const char *kw, const char *arg)
{
	char *why = NULL;
	int v;
	if (!strcasecmp(kw, "ifdef") || !strcasecmp(kw, "elseifdef") || !strcasecmp(kw, "ifndef") ||
	    !strcasecmp(kw, "elseifndef")) {
		char *name = hvci_strdup(arg);
		name[strcspn(name, " \t")] = '\0';
		v = hvci_mk_get(r->m, name) != NULL || getenv(name) != NULL;
		if (strstr(kw, "ndef") || strstr(kw, "NDEF"))
			v = !v;
		free(name);
	} else {
		v = hvci_mk_evaluate(r->m, r->dir, arg, &why);
	}
	if (v < 0) {
		hvci_mk_note(r->m,
		             hvci_asprintf("%s:%ld: cannot evaluate '!%s %s' (%s); the "
		                           "assignments of none of its branches are used",
		                           hvci_mk_rel(r->m->root, r->path), line, kw, arg, why));
		free(why);
	}
	return v;
}

static int inside(const char *root, const char *path)
{
	size_t l = strlen(root);
	return !strcmp(root, "/") || (!strncmp(path, root, l) && (path[l] == '/' || !path[l]));
}

static int include_file(rd *r, long line, const char *arg)
{
	char *x = hvci_mk_expand(r->m, arg);
	char *name = NULL;
	const char *rel = hvci_mk_rel(r->m->root, r->path);
	if (hvci_mk_sentinel(x, &name)) {
		hvci_mk_note(r->m,
		             hvci_asprintf("%s:%ld: !include of a path naming $(%s), which is "
		                           "not known; not read",
		                           rel, line, name));
		free(name);
		free(x);
		return 0;
	}
	char *t = x;
	while (*t == ' ' || *t == '\t')
		t++;
	size_t l = strlen(t);
	while (l && (t[l - 1] == ' ' || t[l - 1] == '\t'))
		t[--l] = '\0';
	if (*t == '<') {
		hvci_mk_note(r->m, hvci_asprintf("%s:%ld: !include %s searches the INCLUDE path of "
		                                 "the build environment; not read",
		                                 rel, line, t));
		free(x);
		return 0;
	}
	if (*t == '"' && l >= 2 && t[l - 1] == '"') {
		t[l - 1] = '\0';
		t++;
	}
	for (char *q = t; *q; q++)
		if (*q == '\\')
			*q = '/';
	char *abs = hvci_abspath(t, r->dir);
	free(x);
	char *real = realpath(abs, NULL);
	int ok = inside(r->m->root, abs) && (!real || inside(r->m->root, real));
	free(real);
	if (!ok) {
		int rc = hvci_error_set(HVCI_EINVALID,
		                        "%s:%ld: !include of %s leaves the tree %s; keep included "
		                        "files inside the tree (or pass a wider --root)",
		                        r->path, line, abs, r->m->root);
		free(abs);
		return rc;
	}
	if (r->m->depth >= HVCI_MK_MAX_INCLUDE_DEPTH) {
		free(abs);
		return hvci_error_set(HVCI_EPARSE,
		                      "%s:%ld: !include nested more than %d deep; does the file "
		                      "include itself?",
		                      r->path, line, HVCI_MK_MAX_INCLUDE_DEPTH);
	}
	char *found = hvci_resolve_case(abs);
	free(abs);
	size_t len;
	char *buf = hvci_project_read(found, &len);
	if (!buf) {
		int rc = hvci_error_set(HVCI_ENOTFOUND,
		                        "%s:%ld: cannot read the !include file %s; check the path "
		                        "(it is relative to the including file's folder)",
		                        r->path, line, found);
		free(found);
		return rc;
	}
	r->m->depth++;
	int rc = hvci_mk_read(r->m, found, buf, len);
	r->m->depth--;
	free(buf);
	free(found);
	return rc;
}

/* A directive: "!" already skipped. */
static int directive(rd *r, long line, const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	char kw[16];
	size_t k = 0;
	while (isalpha((unsigned char)s[k]) && k < sizeof kw - 1) {
		kw[k] = (char)tolower((unsigned char)s[k]);
		k++;
	}
	kw[k] = '\0';
	const char *arg = s + k;
	while (*arg == ' ' || *arg == '\t')
		arg++;
	/* "!else if X" is "!elseif X". */
	if (!strcmp(kw, "else") && !strncasecmp(arg, "if", 2)) {
		size_t j = 2;
		while (isalpha((unsigned char)arg[j]))
			j++;
		if (j <= 5) {
			snprintf(kw, sizeof kw, "else%.*s", (int)j, arg);
			for (char *c = kw; *c; c++)
				*c = (char)tolower((unsigned char)*c);
			arg += j;
			while (*arg == ' ' || *arg == '\t')
				arg++;
		}
	}
	const char *rel = hvci_mk_rel(r->m->root, r->path);
	if (!strcmp(kw, "if") || !strcmp(kw, "ifdef") || !strcmp(kw, "ifndef")) {
		if (!active(r, r->nf))
			push_frame(r, 0, line), r->f[r->nf - 1].done = 1;
		else
			push_frame(r, cond_value(r, line, kw, arg), line);
		return 0;
	}
	if (!strcmp(kw, "else") || !strncmp(kw, "elseif", 6)) {
		if (!r->nf)
			return hvci_error_set(HVCI_EPARSE,
			                      "%s:%ld: !%s without !if; remove it or add the !if",
			                      r->path, line, kw);
		frame *f = &r->f[r->nf - 1];
		if (!active(r, r->nf - 1) || (f->done && f->state != -1)) {
			f->state = 0;
		} else if (f->state == -1) {
			/* An unknown chain stays unknown: no branch of it is used. */
		} else if (!strcmp(kw, "else")) {
			f->state = 1;
			f->done = 1;
		} else {
			int v = cond_value(r, line, kw, arg);
			f->state = (signed char)v;
			f->done = v != 0;
		}
		return 0;
	}
	if (!strcmp(kw, "endif")) {
		if (!r->nf)
			return hvci_error_set(
			    HVCI_EPARSE, "%s:%ld: !endif without !if; remove it or add the !if",
			    r->path, line);
		r->nf--;
		return 0;
	}
	if (!active(r, r->nf))
		return 0;
	if (!strcmp(kw, "include"))
		return include_file(r, line, arg);
	if (!strcmp(kw, "undef")) {
		char *n = hvci_strdup(arg);
		n[strcspn(n, " \t")] = '\0';
		unset(r->m, n);
		free(n);
		return 0;
	}
	if (!strcmp(kw, "error")) {
		char *x = hvci_mk_expand(r->m, arg);
		for (char *c = x; *c; c++)
			if ((unsigned char)*c < 0x20)
				*c = '?';
		hvci_mk_note(r->m, hvci_asprintf("%s:%ld: the build would stop here: !error %s",
		                                 rel, line, x));
		free(x);
		return 0;
	}
	if (!strcmp(kw, "message") || !strcmp(kw, "cmdswitches"))
		return 0;
	hvci_mk_note(r->m,
	             hvci_asprintf("%s:%ld: unknown directive '!%s'; ignored", rel, line, kw));
	return 0;
}

static int is_name_char(char c)
{
	return isalnum((unsigned char)c) || c == '_' || c == '.';
}

static void assignment(rd *r, const char *s)
{
	const char *eq = strchr(s, '=');
	const char *e = eq;
	while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	for (const char *p = s; p < e; p++)
		if (!is_name_char(*p))
			return; /* a rule or a command: not ours */
	if (e == s)
		return;
	char *name = hvci_xstrndup(s, (size_t)(e - s));
	const char *v = eq + 1;
	while (*v == ' ' || *v == '\t')
		v++;
	char *text = hvci_strdup(v);
	size_t l = strlen(text);
	while (l && (text[l - 1] == ' ' || text[l - 1] == '\t'))
		text[--l] = '\0';
	/* $(NAME) inside NAME's own value is the value so far. */
	char *self = hvci_asprintf("$(%s)", name);
	if (strstr(text, self)) {
		const char *old = hvci_mk_get(r->m, name);
		if (!old)
			old = getenv(name) ? getenv(name) : "";
		hvci_buf b;
		hvci_buf_init(&b);
		hvci_buf_puts(&b, "");
		size_t sl = strlen(self);
		for (const char *p = text; *p;) {
			if (!strncmp(p, self, sl)) {
				hvci_buf_puts(&b, old);
				p += sl;
			} else {
				hvci_buf_putc(&b, *p++);
			}
		}
		free(text);
		text = hvci_buf_take(&b);
	}
	if (strlen(text) <= MAX_EXPANSION)
		hvci_mk_set(r->m, name, text);
	free(self);
	free(text);
	free(name);
}

int hvci_mk_read(hvci_mk *m, const char *path, const char *buf, size_t len)
{
	char *dir = hvci_strdup(path);
	char *slash = strrchr(dir, '/');
	if (slash)
		*(slash == dir ? slash + 1 : slash) = '\0';
	rd r = {m, path, dir, NULL, 0};
	hvci_buf logical;
	hvci_buf_init(&logical);
	long line = 0, start = 0;
	int rc = 0;
	size_t i = 0;
	while (i < len && !rc) {
		size_t e = i;
		while (e < len && buf[e] != '\n')
			e++;
		line++;
		char *phys = hvci_xstrndup(buf + i, e - i);
		i = e + 1;
		/* A NUL inside the text ends that line, as C strings do. */
		size_t pl = strlen(phys);
		/* '#' starts a comment, unless escaped as ^#. */
		for (size_t k = 0; k < pl; k++) {
			if (phys[k] == '^' && phys[k + 1] == '#') {
				memmove(phys + k, phys + k + 1, pl - k);
				pl--;
				continue;
			}
			if (phys[k] == '#') {
				phys[k] = '\0';
				pl = k;
				break;
			}
		}
		while (pl && (phys[pl - 1] == ' ' || phys[pl - 1] == '\t' || phys[pl - 1] == '\r'))
			phys[--pl] = '\0';
		int more = pl && phys[pl - 1] == '\\';
		if (more)
			phys[--pl] = '\0';
		if (!logical.len)
			start = line;
		else
			hvci_buf_putc(&logical, ' ');
		hvci_buf_puts(&logical, phys);
		free(phys);
		if (more && i < len)
			continue;
		char *l = hvci_buf_take(&logical);
		hvci_buf_init(&logical);
		const char *s = l ? l : "";
		while (*s == ' ' || *s == '\t')
			s++;
		if (*s == '!')
			rc = directive(&r, start, s + 1);
		else if (*s && strchr(s, '=') && active(&r, r.nf))
			assignment(&r, s);
		free(l);
	}
	hvci_buf_free(&logical);
	if (!rc && r.nf)
		rc = hvci_error_set(HVCI_EPARSE,
		                    "%s:%ld: !if without !endif; close it with !endif before the "
		                    "end of the file",
		                    path, r.f[r.nf - 1].line);
	free(r.f);
	free(dir);
	return rc;
}
