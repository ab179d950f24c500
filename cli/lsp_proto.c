/*
 * lsp_proto.c - the LSP base protocol: "Content-Length" framed messages on
 * a pipe, JSON-RPC request/response/notification objects, and file URIs.
 *
 * The reader never trusts the peer: a header block without a usable
 * Content-Length is dropped and reported to the caller (which answers with
 * a parse error) and reading picks up again at the next "Content-Length:"
 * (so a stray byte costs no more than the message it lands in front of),
 * an oversized body is skipped unread, and a stream that
 * ends inside a frame is simply EOF.  What a message means is the
 * servers' business (lsp.c, clangd_proxy.c).
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "lsp.h"
#include "util/util.h"

/* A header block longer than this without its blank line is not LSP. */
#define MAX_HEADER 8192

double lsp_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void lsp_reader_init(lsp_reader *r, int fd)
{
	memset(r, 0, sizeof *r);
	r->fd = fd;
}

void lsp_reader_free(lsp_reader *r)
{
	free(r->buf);
	memset(r, 0, sizeof *r);
}

int lsp_reader_fill(lsp_reader *r)
{
	if (r->cap - r->len < 65536) {
		r->cap = r->cap ? r->cap * 2 : 131072;
		r->buf = hvci_xrealloc(r->buf, r->cap);
	}
	ssize_t n = read(r->fd, r->buf + r->len, r->cap - r->len);
	if (n < 0 && (errno == EINTR || errno == EAGAIN))
		return 0;
	if (n <= 0) {
		r->eof = 1;
		return -1;
	}
	/* Dropping the rest of an oversized body as it arrives. */
	size_t got = (size_t)n;
	if (r->skip) {
		size_t d = got < r->skip ? got : r->skip;
		r->skip -= d;
		memmove(r->buf + r->len, r->buf + r->len + d, got - d);
		got -= d;
	}
	r->len += got;
	return 0;
}

static void consume(lsp_reader *r, size_t n)
{
	memmove(r->buf, r->buf + n, r->len - n);
	r->len -= n;
}

static char *find_blank_line(char *p, size_t len)
{
	for (size_t i = 0; i + 3 < len; i++)
		if (p[i] == '\r' && p[i + 1] == '\n' && p[i + 2] == '\r' && p[i + 3] == '\n')
			return p + i;
	return NULL;
}

/* Content-Length from a header block; -1 when missing or malformed. */
static long long content_length(const char *h, size_t len, const char **why)
{
	long long cl = -1;
	const char *p = h, *end = h + len;
	while (p < end) {
		const char *eol = p;
		while (eol + 1 < end && !(eol[0] == '\r' && eol[1] == '\n'))
			eol++;
		if (eol + 1 >= end)
			eol = end;
		const char *colon = memchr(p, ':', (size_t)(eol - p));
		if (!colon) {
			*why = "a header line lacks ':'";
			return -1;
		}
		if ((size_t)(colon - p) == 14 && !strncasecmp(p, "Content-Length", 14)) {
			const char *v = colon + 1;
			while (v < eol && (*v == ' ' || *v == '\t'))
				v++;
			if (v == eol || !isdigit((unsigned char)*v)) {
				*why = "Content-Length is not a number";
				return -1;
			}
			long long n = 0;
			while (v < eol && isdigit((unsigned char)*v)) {
				n = n * 10 + (*v - '0');
				if (n > (long long)1 << 40) {
					*why = "Content-Length is too large";
					return -1;
				}
				v++;
			}
			while (v < eol && (*v == ' ' || *v == '\t'))
				v++;
			if (v != eol) {
				*why = "Content-Length is not a number";
				return -1;
			}
			cl = n;
		}
		p = eol + 2;
	}
	if (cl < 0)
		*why = "the header has no Content-Length";
	return cl;
}

/*
 * After a header block without a usable Content-Length (a stray byte
 * before "Content-Length:", a line of noise between messages), the next
 * message most likely starts at the next "Content-Length:" in the buffer,
 * even inside the block just rejected.  Drops everything before it (at
 * least one byte, so reading always advances); 0 when there is none.
 */
static int resync(lsp_reader *r)
{
	static const char key[] = "content-length:";
	const size_t kl = sizeof key - 1;
	for (size_t i = 1; i + kl <= r->len; i++)
		if (!strncasecmp(r->buf + i, key, kl)) {
			consume(r, i);
			return 1;
		}
	return 0;
}

lsp_next_status lsp_reader_next(lsp_reader *r, lsp_frame *f, const char **why)
{
	memset(f, 0, sizeof *f);
	*why = NULL;
	if (r->skip)
		return LSP_NEED_MORE;
	char *blank = find_blank_line(r->buf, r->len);
	if (!blank) {
		if (r->len > MAX_HEADER) {
			/* Not a header: drop what we have and resynchronise on
			 * the next "Content-Length". */
			if (!resync(r))
				consume(r, r->len - 3);
			*why = "no header end within 8 KiB";
			return LSP_BAD_FRAME;
		}
		return LSP_NEED_MORE;
	}
	size_t hlen = (size_t)(blank - r->buf);
	long long cl = content_length(r->buf, hlen, why);
	if (cl < 0) {
		if (!resync(r))
			consume(r, hlen + 4);
		return LSP_BAD_FRAME;
	}
	if ((size_t)cl > LSP_MAX_BODY) {
		size_t have = r->len - (hlen + 4);
		consume(r, hlen + 4);
		if (have >= (size_t)cl) {
			consume(r, (size_t)cl);
		} else {
			r->skip = (size_t)cl - have;
			r->len = 0;
		}
		*why = "the message is larger than 256 MiB";
		return LSP_BAD_FRAME;
	}
	size_t total = hlen + 4 + (size_t)cl;
	if (r->len < total)
		return LSP_NEED_MORE;
	f->raw = hvci_xmalloc(total + 1);
	memcpy(f->raw, r->buf, total);
	f->raw[total] = '\0';
	f->raw_len = total;
	f->body = f->raw + hlen + 4;
	f->body_len = (size_t)cl;
	consume(r, total);
	return LSP_FRAME;
}

int lsp_write_all(int fd, const char *buf, size_t len)
{
	size_t off = 0;
	while (off < len) {
		ssize_t w = write(fd, buf + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		off += (size_t)w;
	}
	return 0;
}

int lsp_send(int fd, json_t *msg)
{
	char *body = json_dumps(msg, JSON_COMPACT);
	json_decref(msg);
	if (!body)
		return -1;
	size_t bl = strlen(body);
	char head[64];
	int hl = snprintf(head, sizeof head, "Content-Length: %zu\r\n\r\n", bl);
	/* One write for small messages keeps frames whole for readers that peek. */
	size_t tl = (size_t)hl + bl;
	char *all = hvci_xmalloc(tl);
	memcpy(all, head, (size_t)hl);
	memcpy(all + hl, body, bl);
	int rc = lsp_write_all(fd, all, tl);
	free(all);
	free(body);
	return rc;
}

json_t *lsp_response(json_t *id, json_t *result)
{
	return json_pack("{s:s,s:O,s:o}", "jsonrpc", "2.0", "id", id ? id : json_null(), "result",
	                 result ? result : json_null());
}

json_t *lsp_error(json_t *id, int code, const char *message)
{
	return json_pack("{s:s,s:O,s:{s:i,s:s}}", "jsonrpc", "2.0", "id", id ? id : json_null(),
	                 "error", "code", code, "message", message);
}

json_t *lsp_notification(const char *method, json_t *params)
{
	return json_pack("{s:s,s:s,s:o}", "jsonrpc", "2.0", "method", method, "params", params);
}

json_t *lsp_message(const char *method, int type, const char *fmt, ...)
{
	char buf[2048];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	return lsp_notification(method, json_pack("{s:i,s:s}", "type", type, "message", buf));
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

char *lsp_uri_to_path(const char *uri)
{
	if (strncmp(uri, "file://", 7))
		return NULL;
	const char *p = uri + 7;
	/* "file://host/path": only the local host is a file here. */
	if (*p != '/') {
		if (strncmp(p, "localhost/", 10))
			return NULL;
		p += 9;
	}
	char *out = hvci_xmalloc(strlen(p) + 1), *o = out;
	for (; *p && *p != '?' && *p != '#'; p++) {
		if (*p == '%' && hexval(p[1]) >= 0 && hexval(p[2]) >= 0) {
			*o++ = (char)(hexval(p[1]) * 16 + hexval(p[2]));
			p += 2;
		} else {
			*o++ = *p;
		}
	}
	*o = '\0';
	return out;
}

char *lsp_path_to_uri(const char *path)
{
	size_t l = strlen(path);
	char *out = hvci_xmalloc(l * 3 + 8), *o = out;
	o += sprintf(o, "file://");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		/* Unreserved characters and '/' as they are; clients such as VS
		 * Code compare URIs as strings and encode ':' themselves. */
		if (isalnum(*p) || strchr("-._~/", *p))
			*o++ = (char)*p;
		else
			o += sprintf(o, "%%%02X", *p);
	}
	*o = '\0';
	return out;
}
