/*
 * util.c - allocation, string buffers, file reading and globbing for the
 * engine.  Allocation failure is fatal here on purpose: the analyzer cannot
 * do anything useful without memory, and checking every small allocation
 * would bury the analysis code.
 */
#include "util/util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

static void out_of_memory(void)
{
	fputs("hvcilint: error: out of memory\n", stderr);
	abort();
}

void *hvci_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *hvci_xcalloc(size_t n, size_t m)
{
	void *p = calloc(n ? n : 1, m ? m : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *hvci_xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		out_of_memory();
	return p;
}

char *hvci_strdup(const char *s)
{
	return s ? hvci_xstrndup(s, strlen(s)) : NULL;
}

char *hvci_xstrndup(const char *s, size_t n)
{
	char *p = hvci_xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *hvci_vasprintf(const char *fmt, va_list ap)
{
	va_list copy;
	va_copy(copy, ap);
	int n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n < 0)
		return hvci_strdup("");
	char *p = hvci_xmalloc((size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *hvci_asprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *p = hvci_vasprintf(fmt, ap);
	va_end(ap);
	return p;
}

/* The length of the UTF-8 sequence at p (lead byte >= 0x80), 0 when the
 * bytes there are not one. */
static size_t utf8_len(const unsigned char *p)
{
	size_t n = *p >= 0xc2 && *p <= 0xdf   ? 2
	           : *p >= 0xe0 && *p <= 0xef ? 3
	           : *p >= 0xf0 && *p <= 0xf4 ? 4
	                                      : 0;
	for (size_t i = 1; i < n; i++)
		if (p[i] < 0x80 || p[i] > 0xbf)
			return 0;
	return n;
}

size_t hvci_printable_unit(const char *s, int keep_tab, size_t *n)
{
	const unsigned char *p = (const unsigned char *)s;
	*n = 1;
	if (!*p)
		return 0;
	if ((*p >= 0x20 && *p < 0x7f) || (*p == '\t' && keep_tab))
		return 1;
	size_t u = *p >= 0x80 ? utf8_len(p) : 0;
	if (!u)
		return 4; /* \xNN: a control, or a byte that is not UTF-8 */
	*n = u;
	return *p == 0xc2 && p[1] <= 0x9f ? 6 : 1; /* \u00NN (C1), or the character */
}

void hvci_fput_printable(FILE *out, const char *s, int keep_tab)
{
	const char *p = s ? s : "";
	while (*p) {
		/* Runs of plain characters go out whole: a report is mostly them. */
		const char *run = p;
		while (*p >= 0x20 && *p < 0x7f)
			p++;
		if (p > run)
			fwrite(run, 1, (size_t)(p - run), out);
		if (!*p)
			break;
		size_t n, cols = hvci_printable_unit(p, keep_tab, &n);
		if (cols == 4)
			fprintf(out, "\\x%02x", (unsigned char)*p);
		else if (cols == 6)
			fprintf(out, "\\u%04x", (unsigned char)p[1]);
		else
			fwrite(p, 1, n, out);
		p += n;
	}
}

void hvci_fprintf_printable(FILE *out, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = hvci_vasprintf(fmt, ap);
	va_end(ap);
	hvci_fput_printable(out, s, 0);
	free(s);
}

void hvci_buf_init(hvci_buf *b)
{
	b->s = NULL;
	b->len = b->cap = 0;
}

static void buf_grow(hvci_buf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < b->len + extra + 1)
		cap *= 2;
	b->s = hvci_xrealloc(b->s, cap);
	b->cap = cap;
}

void hvci_buf_putn(hvci_buf *b, const char *s, size_t n)
{
	buf_grow(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void hvci_pack_put(hvci_buf *b, const void *p, size_t len)
{
	uint64_t n = len;
	hvci_buf_putn(b, (const char *)&n, sizeof n);
	hvci_buf_putn(b, p, len);
}

int hvci_pack_next(const char **p, const char *end, const char **s, size_t *len)
{
	uint64_t n;
	if (*p > end || (size_t)(end - *p) < sizeof n)
		return -1;
	memcpy(&n, *p, sizeof n);
	if (n > (uint64_t)(end - *p) - sizeof n)
		return -1;
	*s = *p + sizeof n;
	*len = (size_t)n;
	*p = *s + n;
	return 0;
}

void hvci_buf_puts(hvci_buf *b, const char *s)
{
	hvci_buf_putn(b, s, strlen(s));
}

void hvci_buf_putc(hvci_buf *b, char c)
{
	hvci_buf_putn(b, &c, 1);
}

void hvci_buf_printf(hvci_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n <= 0)
		return;
	buf_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

char *hvci_buf_take(hvci_buf *b)
{
	char *s = b->s ? b->s : hvci_strdup("");
	hvci_buf_init(b);
	return s;
}

void hvci_buf_free(hvci_buf *b)
{
	free(b->s);
	hvci_buf_init(b);
}

FILE *hvci_fopen_regular(const char *path)
{
	/* O_NONBLOCK: opening a FIFO with no writer returns at once. */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		errno = EINVAL;
		return NULL;
	}
	int fl = fcntl(fd, F_GETFL);
	if (fl >= 0)
		fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
	FILE *f = fdopen(fd, "rb");
	if (!f)
		close(fd);
	return f;
}

char *hvci_read_file(const char *path, size_t *len_out)
{
	FILE *f = hvci_fopen_regular(path);
	if (!f)
		return NULL;
	/* Read into one buffer of the file's size: growing one chunk at a
	 * time copied a large file about twice over, and every page touched
	 * for the first time costs a fault. */
	struct stat st;
	size_t cap = fstat(fileno(f), &st) == 0 && st.st_size > 0 ? (size_t)st.st_size + 1 : 4096;
	char *s = hvci_xmalloc(cap);
	size_t len = 0;
	for (;;) {
		if (len + 1 == cap) {
			/* Full: the file may have grown since it was measured. */
			int c = fgetc(f);
			if (c == EOF)
				break;
			cap *= 2;
			s = hvci_xrealloc(s, cap);
			s[len++] = (char)c;
			continue;
		}
		size_t n = fread(s + len, 1, cap - 1 - len, f);
		if (!n)
			break;
		len += n;
	}
	int err = ferror(f);
	fclose(f);
	if (err) {
		free(s);
		errno = EIO;
		return NULL;
	}
	s[len] = '\0';
	if (len_out)
		*len_out = len;
	return s;
}

size_t *hvci_line_starts(const char *text, size_t len, size_t *n)
{
	const char *end = text + len;
	size_t k = 1;
	for (const char *p = text; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
		k++;
	size_t *v = hvci_xmalloc(k * sizeof *v);
	k = 0;
	v[k++] = 0;
	for (const char *p = text; (p = memchr(p, '\n', (size_t)(end - p))) != NULL;)
		v[k++] = (size_t)(++p - text);
	*n = k;
	return v;
}

size_t hvci_lower_bound(const size_t *v, size_t n, size_t x)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid] < x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int hvci_glob_match(const char *p, const char *s)
{
	for (; *p; p++, s++) {
		if (*p == '*') {
			while (p[1] == '*')
				p++;
			if (!p[1])
				return 1;
			for (; *s; s++)
				if (hvci_glob_match(p + 1, s))
					return 1;
			return 0;
		}
		if (!*s || (*p != '?' && *p != *s))
			return 0;
	}
	return *s == '\0';
}

char *hvci_line_of(const char *text, size_t len, unsigned line)
{
	if (!text || line == 0)
		return NULL;
	size_t i = 0;
	for (unsigned l = 1; l < line; l++) {
		const char *nl = memchr(text + i, '\n', len - i);
		if (!nl)
			return NULL;
		i = (size_t)(nl - text) + 1;
	}
	size_t j = i;
	while (j < len && text[j] != '\n')
		j++;
	if (j > i && text[j - 1] == '\r')
		j--;
	return hvci_xstrndup(text + i, j - i);
}

char *hvci_abspath(const char *path, const char *base_dir)
{
	hvci_buf b;
	hvci_buf_init(&b);
	if (path[0] != '/') {
		char cwd[4096];
		const char *base = base_dir;
		if (!base || !*base)
			base = getcwd(cwd, sizeof cwd) ? cwd : ".";
		hvci_buf_puts(&b, base);
		hvci_buf_putc(&b, '/');
	}
	hvci_buf_puts(&b, path);
	/* Normalise "//", "/./" and "/../" textually, as compilers print paths. */
	char *in = hvci_buf_take(&b);
	size_t n = strlen(in);
	char *out = hvci_xmalloc(n + 2);
	size_t o = 0;
	const char *p = in;
	while (*p) {
		while (*p == '/')
			p++;
		const char *e = p;
		while (*e && *e != '/')
			e++;
		size_t seg = (size_t)(e - p);
		if (seg == 0)
			break;
		if (seg == 1 && p[0] == '.') {
		} else if (seg == 2 && p[0] == '.' && p[1] == '.') {
			while (o > 0 && out[o - 1] != '/')
				o--;
			if (o > 0)
				o--;
		} else {
			out[o++] = '/';
			memcpy(out + o, p, seg);
			o += seg;
		}
		p = e;
	}
	if (o == 0)
		out[o++] = '/';
	out[o] = '\0';
	free(in);
	return out;
}

int hvci_file_exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

int hvci_dir_exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int hvci_mkdirs(const char *path, size_t skip, int whole)
{
	char *p = hvci_strdup(path);
	size_t n = strlen(p);
	int rc = 0;
	for (size_t i = skip + 1; i <= n && !rc; i++) {
		if (p[i] != '/' && (p[i] || !whole))
			continue;
		char c = p[i];
		p[i] = '\0';
		if (mkdir(p, 0700) != 0 && errno != EEXIST)
			rc = -1;
		p[i] = c;
	}
	free(p);
	return rc;
}

static int stat_has(void *ud, const char *dir, const char *name)
{
	(void)ud;
	char *p = hvci_asprintf("%s/%s", dir, name);
	int r = hvci_file_exists(p) || hvci_dir_exists(p);
	free(p);
	return r;
}

static char *readdir_other_case(void *ud, const char *dir, const char *name)
{
	(void)ud;
	DIR *d = opendir(*dir ? dir : "/");
	char *found = NULL;
	for (struct dirent *de; d && !found && (de = readdir(d));)
		if (!strcasecmp(de->d_name, name))
			found = hvci_strdup(de->d_name);
	if (d)
		closedir(d);
	return found;
}

char *hvci_resolve_case_with(const char *abs, const hvci_case_lookup *look, void *ud)
{
	hvci_buf b;
	hvci_buf_init(&b);
	hvci_buf_puts(&b, "");
	const char *p = abs;
	while (*p == '/')
		p++;
	int lost = 0;
	while (*p) {
		const char *e = strchr(p, '/');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		char *seg = hvci_xstrndup(p, n);
		if (!lost && !look->has(ud, b.s, seg)) {
			char *other = look->other_case(ud, b.s, seg);
			if (other) {
				free(seg);
				seg = other;
			}
			lost = !other;
		}
		hvci_buf_putc(&b, '/');
		hvci_buf_puts(&b, seg);
		free(seg);
		p += n;
		while (*p == '/')
			p++;
	}
	return hvci_buf_take(&b);
}

char *hvci_resolve_case(const char *abs)
{
	if (hvci_file_exists(abs) || hvci_dir_exists(abs))
		return hvci_strdup(abs);
	static const hvci_case_lookup on_disk = {stat_has, readdir_other_case};
	return hvci_resolve_case_with(abs, &on_disk, NULL);
}

size_t hvci_env_count(const char *var, size_t dflt, long most)
{
	const char *e = getenv(var);
	char *end;
	long v = e && *e ? strtol(e, &end, 10) : 0;
	return e && *e && !*end && v >= 1 && v <= most ? (size_t)v : dflt;
}
