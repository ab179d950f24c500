/*
 * fix.c - `check --fix` and `check --fix-dry-run`: turns the findings'
 * fix-its into edits of the source files.
 *
 * Fix-its name byte ranges by line and byte column, as clang counts them
 * (a UTF-8 byte-order mark is part of line 1's columns; "\r\n" and a lone
 * "\r" end a line).  The edits are made on the raw bytes, so a file's
 * encoding, its BOM and every byte outside the replaced ranges stay as they
 * were; replacement text that spans lines gets the line ending of the line
 * it lands on, so a CRLF file never gains a lone LF.
 *
 * The same fix-it arrives several times when several translation units
 * include the header it edits: identical edits are applied once.  A finding
 * whose fix-it overlaps a different edit already taken is skipped whole
 * with a warning; its finding stays in the report.  Each file is rewritten
 * atomically (a temporary file in the same directory, given the original's
 * mode, renamed over it), so a reader or a crash never sees half an edit;
 * a hard link to the file keeps the old content.
 *
 * Fix-its are data from a worker or a store, and the files they name
 * belong to a project the user may not have written, so each is checked
 * before anything is written: it must edit a file the analysed unit read
 * (its index lists the file with the hash of the bytes clang parsed),
 * under one of the project's roots (the repository, or the current folder,
 * and the compile database's repository); the file's content must still
 * hash to what was analysed, so the replaced bytes are the ones the
 * finding was about; and the range must lie inside the file, on lines
 * that exist, with a replacement of sane size.  A fix-it failing any of
 * these is skipped with a warning naming the file and line; its finding
 * stays in the report.
 *
 * The dry run prints a unified diff of the touched lines with three lines
 * of context, which `git apply` and `patch -p1` accept (fix_diff.c).  This
 * file neither analyses anything nor decides exit codes: the caller reports
 * what is left.  A run that fails on findings with fix-its ends with the
 * command that applies them (cli_fix_hint, in fix_hint.c), so a blocked
 * commit says how to unblock it.
 */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "fix.h"
#include "fix_int.h"
#include "util/util.h"

typedef struct {
	size_t result, finding; /* which finding this is */
	size_t *files;          /* fix_file indexes its edits went to */
	size_t nfiles;          /* entries in files */
} fixed_finding;

/* One file a unit read, with the hash of the bytes clang parsed. */
typedef struct {
	char *path; /* real path */
	char hex[17];
	int corrected; /* parsed from a corrected copy: hex is the file's own text's */
} dep;

typedef struct {
	fix_file *f;
	size_t nf;
	fixed_finding *ff;
	size_t nff;
	char **roots; /* real paths of the project's roots */
	size_t nroots;
	dep *deps; /* the current unit's */
	size_t ndeps;
} fix_set;

/* The longest replacement a fix-it may bring: ours are a token or a line. */
#define FIXIT_MAX_TEXT 4096

/* The files results[i]'s index says the unit read; 0 entries without an index. */
static void load_deps(fix_set *s, const hvci_tu_result *r, const char *dir)
{
	for (size_t i = 0; i < s->ndeps; i++)
		free(s->deps[i].path);
	free(s->deps);
	s->deps = NULL;
	s->ndeps = 0;
	json_t *idx = r->index ? json_loads(r->index, 0, NULL) : NULL;
	json_t *deps = json_object_get(idx, "deps");
	const char *k;
	json_t *v;
	if (json_is_object(deps)) {
		s->deps = hvci_xcalloc(json_object_size(deps) + 1, sizeof *s->deps);
		json_object_foreach(deps, k, v)
		{
			const char *h = json_string_value(v);
			int corrected = h && !strncmp(h, "orig:", 5);
			if (corrected)
				h += 5;
			if (!h || strlen(h) != 16 || !s->deps)
				continue;
			dep *d = &s->deps[s->ndeps++];
			d->path = cli_real_path(k, dir);
			memcpy(d->hex, h, 17);
			d->corrected = corrected;
		}
	}
	json_decref(idx);
}

static const dep *find_dep(const fix_set *s, const char *path)
{
	for (size_t i = 0; i < s->ndeps; i++)
		if (!strcmp(s->deps[i].path, path))
			return &s->deps[i];
	return NULL;
}

static int under_roots(const fix_set *s, const char *path)
{
	for (size_t i = 0; i < s->nroots; i++) {
		size_t l = strlen(s->roots[i]);
		while (l > 1 && s->roots[i][l - 1] == '/')
			l--;
		if (!strncmp(path, s->roots[i], l) && (path[l] == '/' || l == 1))
			return 1;
	}
	return 0;
}

static int read_all(const char *path, unsigned char **out, size_t *len, struct stat *st)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return -1;
	if (fstat(fileno(fp), st) != 0 || !S_ISREG(st->st_mode)) {
		fclose(fp);
		errno = EINVAL;
		return -1;
	}
	size_t cap = (size_t)st->st_size + 1, n = 0;
	unsigned char *b = hvci_xmalloc(cap);
	for (;;) {
		if (n == cap) {
			cap *= 2;
			b = hvci_xrealloc(b, cap);
		}
		size_t r = fread(b + n, 1, cap - n, fp);
		n += r;
		if (r == 0)
			break;
	}
	int bad = ferror(fp);
	fclose(fp);
	if (bad) {
		free(b);
		errno = EIO;
		return -1;
	}
	*out = b;
	*len = n;
	return 0;
}

/* Line starts the way clang numbers lines: "\n", "\r\n" and a lone "\r". */
static void index_lines(fix_file *ff)
{
	size_t cap = 64;
	ff->lines = hvci_xmalloc(cap * sizeof *ff->lines);
	ff->nlines = 0;
	ff->lines[ff->nlines++] = 0;
	for (size_t i = 0; i < ff->len; i++) {
		if (ff->buf[i] != '\n' && ff->buf[i] != '\r')
			continue;
		if (ff->buf[i] == '\r' && i + 1 < ff->len && ff->buf[i + 1] == '\n')
			i++;
		if (ff->nlines == cap) {
			cap *= 2;
			ff->lines = hvci_xrealloc(ff->lines, cap * sizeof *ff->lines);
		}
		ff->lines[ff->nlines++] = i + 1;
	}
}

/* Offset of the line break ending line `line` (1-based), or the file's length. */
static size_t line_end(const fix_file *ff, unsigned line)
{
	size_t p = ff->lines[line - 1];
	while (p < ff->len && ff->buf[p] != '\n' && ff->buf[p] != '\r')
		p++;
	return p;
}

static int to_offset(const fix_file *ff, unsigned line, unsigned col, size_t *out)
{
	if (line < 1 || line > ff->nlines || col < 1)
		return -1;
	size_t off = ff->lines[line - 1] + (col - 1);
	if (off > line_end(ff, line))
		return -1;
	*out = off;
	return 0;
}

static int crlf_at(const fix_file *ff, unsigned line)
{
	size_t e = line_end(ff, line);
	if (e == ff->len) {
		/* The last line has no ending of its own: follow the file's first. */
		e = 0;
		while (e < ff->len && ff->buf[e] != '\n' && ff->buf[e] != '\r')
			e++;
	}
	return e + 1 < ff->len && ff->buf[e] == '\r' && ff->buf[e + 1] == '\n';
}

static char *match_endings(const char *text, int crlf)
{
	size_t n = strlen(text), extra = 0;
	if (!crlf)
		return hvci_strdup(text);
	for (size_t i = 0; i < n; i++)
		extra += text[i] == '\n' && (i == 0 || text[i - 1] != '\r');
	char *r = hvci_xmalloc(n + extra + 1), *w = r;
	for (size_t i = 0; i < n; i++) {
		if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r'))
			*w++ = '\r';
		*w++ = text[i];
	}
	*w = '\0';
	return r;
}

static size_t get_file(fix_set *s, const char *file, const char *dir)
{
	char *path = cli_real_path(file, dir);
	for (size_t i = 0; i < s->nf; i++)
		if (!strcmp(s->f[i].path, path)) {
			free(path);
			return i;
		}
	s->f = hvci_xrealloc(s->f, (s->nf + 1) * sizeof *s->f);
	fix_file *ff = &s->f[s->nf];
	memset(ff, 0, sizeof *ff);
	ff->path = path;
	if (!under_roots(s, path)) {
		ff->outside = 1; /* never read, never written */
	} else if (read_all(path, &ff->buf, &ff->len, &ff->st)) {
		cli_error("%s:1: cannot read this file to fix it: %s; check the path", path,
		          strerror(errno));
		ff->unreadable = 1;
	} else {
		index_lines(ff);
		snprintf(ff->hex, sizeof ff->hex, "%016llx",
		         (unsigned long long)hvci_hash_bytes(HVCI_HASH_INIT, ff->buf, ff->len));
	}
	return s->nf++;
}

/* 0: independent, 1: the same edit, 2: they overlap. */
static int compare_edits(const edit *a, const edit *b)
{
	if (a->start == b->start && a->end == b->end && !strcmp(a->text, b->text))
		return 1;
	if (a->start == a->end && b->start == b->end)
		return a->start == b->start ? 2 : 0; /* two insertions: order unknown */
	if (a->start == a->end)
		return b->start < a->start && a->start < b->end ? 2 : 0;
	if (b->start == b->end)
		return a->start < b->start && b->start < a->end ? 2 : 0;
	return a->start < b->end && b->start < a->end ? 2 : 0;
}

typedef struct {
	size_t file;
	edit e;
	int dup; /* already taken, from another finding or translation unit */
} candidate;

static void free_candidates(candidate *c, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(c[i].e.text);
	free(c);
}

/* Takes all of a finding's fix-its, or none of them. */
static void collect_finding(fix_set *s, size_t ri, size_t fi, const hvci_finding *f,
                            const char *dir)
{
	candidate *c = hvci_xcalloc(f->n_fixits, sizeof *c);
	size_t nc = 0;
	const char *why = NULL;
	unsigned wline = f->loc.line, wcol = f->loc.col;
	const char *wfile = f->loc.file;
	for (size_t k = 0; k < f->n_fixits && !why; k++) {
		const hvci_fixit *x = &f->fixits[k];
		if (!x->range.file || !x->range.file[0]) {
			why = "it names no file";
			break;
		}
		size_t idx = get_file(s, x->range.file, dir);
		fix_file *ff = &s->f[idx];
		const dep *d = find_dep(s, ff->path);
		if (ff->outside)
			why = "its file is outside the project";
		else if (!d)
			why = "its file is not one the analysis read";
		else if (ff->unreadable)
			why = "its file cannot be read";
		else if (d->corrected)
			why = "its file was analysed from a corrected copy (code MSVC accepts), "
			      "whose text is not the file's";
		else if (strcmp(d->hex, ff->hex))
			why = "the file changed since it was analysed";
		else if (x->range.line < 1 || x->range.col < 1 ||
		         (x->range.end_line &&
		          (x->range.end_line < x->range.line || x->range.end_col < 1)))
			why = "its range is malformed";
		else if (x->text && strlen(x->text) > FIXIT_MAX_TEXT)
			why = "its replacement is too long";
		size_t a = 0, b = 0;
		if (!why && (to_offset(ff, x->range.line, x->range.col, &a) ||
		             (x->range.end_line &&
		              to_offset(ff, x->range.end_line, x->range.end_col, &b)))) {
			why = "its range lies outside the file";
		}
		if (why) {
			wfile = x->range.file;
			wline = x->range.line;
			wcol = x->range.col;
			break;
		}
		if (!x->range.end_line)
			b = a;
		if (b < a) {
			why = "its range ends before it starts";
			break;
		}
		candidate *cd = &c[nc++];
		cd->file = idx;
		cd->e.start = a;
		cd->e.end = b;
		cd->e.line = x->range.line;
		cd->e.col = x->range.col;
		cd->e.text = match_endings(x->text ? x->text : "", crlf_at(ff, x->range.line));
		for (size_t i = 0; i < ff->ne && !why; i++) {
			int r = compare_edits(&cd->e, &ff->e[i]);
			if (r == 1)
				cd->dup = 1;
			else if (r == 2)
				why = "it conflicts with the fix-it of another finding there";
		}
		for (size_t i = 0; i + 1 < nc && !why; i++) {
			if (c[i].file != idx || c[i].dup)
				continue;
			int r = compare_edits(&cd->e, &c[i].e);
			if (r == 1)
				cd->dup = 1;
			else if (r == 2)
				why = "its fix-its overlap each other";
		}
		if (why) {
			wfile = x->range.file;
			wline = x->range.line;
			wcol = x->range.col;
		}
	}
	if (why) {
		cli_warning("%s:%u:%u: skipped the fix-it for [%s]: %s; fix this one by hand",
		            wfile, wline, wcol, f->rule_id, why);
		free_candidates(c, nc);
		return;
	}
	s->ff = hvci_xrealloc(s->ff, (s->nff + 1) * sizeof *s->ff);
	fixed_finding *fx = &s->ff[s->nff++];
	fx->result = ri;
	fx->finding = fi;
	fx->files = hvci_xcalloc(nc + 1, sizeof *fx->files);
	fx->nfiles = 0;
	for (size_t i = 0; i < nc; i++) {
		fx->files[fx->nfiles++] = c[i].file;
		if (c[i].dup)
			continue;
		fix_file *ff = &s->f[c[i].file];
		c[i].e.owner = s->nff - 1;
		ff->e = hvci_xrealloc(ff->e, (ff->ne + 1) * sizeof *ff->e);
		ff->e[ff->ne++] = c[i].e;
		c[i].e.text = NULL; /* moved */
	}
	free_candidates(c, nc);
}

static int edit_order(const void *pa, const void *pb)
{
	const edit *a = pa, *b = pb;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->end != b->end)
		return a->end < b->end ? -1 : 1; /* an insertion before a replacement there */
	return 0;
}

/* The file's bytes with edits [from, to) applied between offsets lo and hi. */
char *cli_fix__splice(const fix_file *ff, size_t lo, size_t hi, size_t from, size_t to, size_t *len)
{
	size_t n = hi - lo;
	for (size_t i = from; i < to; i++)
		n += strlen(ff->e[i].text);
	char *r = hvci_xmalloc(n + 1), *w = r;
	size_t at = lo;
	for (size_t i = from; i < to; i++) {
		memcpy(w, ff->buf + at, ff->e[i].start - at);
		w += ff->e[i].start - at;
		size_t t = strlen(ff->e[i].text);
		memcpy(w, ff->e[i].text, t);
		w += t;
		at = ff->e[i].end;
	}
	memcpy(w, ff->buf + at, hi - at);
	w += hi - at;
	*w = '\0';
	*len = (size_t)(w - r);
	return r;
}

/* ---- writing ----------------------------------------------------------------- */

static int write_atomically(fix_file *ff, const char *data, size_t len)
{
	unsigned line = ff->e[0].line;
	/* rename() would replace a read-only file too; the mode says "hands off". */
	if (access(ff->path, W_OK) != 0 || !(ff->st.st_mode & 0222)) {
		cli_error("%s:%u: cannot apply the fix-its: the file is read-only; make it "
		          "writable or edit it by hand",
		          ff->path, line);
		return -1;
	}
	const char *slash = strrchr(ff->path, '/');
	size_t dl = slash ? (size_t)(slash - ff->path) : 0;
	const char *base = slash ? slash + 1 : ff->path;
	size_t l = strlen(ff->path) + 32;
	char *tmp = hvci_xmalloc(l);
	snprintf(tmp, l, "%.*s%s.%s.hvcilint-XXXXXX", (int)dl, ff->path, slash ? "/" : "", base);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		cli_error("%s:%u: cannot apply the fix-its: cannot create a file next to it (%s); "
		          "check the directory's permissions",
		          ff->path, line, strerror(errno));
		free(tmp);
		return -1;
	}
	int ok = 1;
	size_t off = 0;
	while (ok && off < len) {
		ssize_t w = write(fd, data + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			ok = 0;
		else
			off += (size_t)w;
	}
	int err = errno;
	if (ok && fchmod(fd, ff->st.st_mode & 07777) != 0) {
		ok = 0;
		err = errno;
	}
	if (ok && fchown(fd, ff->st.st_uid, ff->st.st_gid) != 0) {
		/* Only the owner's group or root may keep ownership; the file stays ours. */
	}
	if (ok && fsync(fd) != 0) {
		ok = 0;
		err = errno;
	}
	if (close(fd) != 0 && ok) {
		ok = 0;
		err = errno;
	}
	struct stat now;
	if (ok && (stat(ff->path, &now) != 0 || now.st_size != ff->st.st_size ||
	           now.st_mtim.tv_sec != ff->st.st_mtim.tv_sec ||
	           now.st_mtim.tv_nsec != ff->st.st_mtim.tv_nsec)) {
		cli_error("%s:%u: the file changed while its fix-its were applied; left it as it "
		          "is, run again",
		          ff->path, line);
		unlink(tmp);
		free(tmp);
		return -1;
	}
	if (ok && rename(tmp, ff->path) != 0) {
		ok = 0;
		err = errno;
	}
	if (!ok) {
		cli_error("%s:%u: cannot apply the fix-its: %s; check free space and permissions",
		          ff->path, line, strerror(err));
		unlink(tmp);
		free(tmp);
		return -1;
	}
	free(tmp);
	return 0;
}

/* The path as the diff names it: relative to root when inside it. */
static const char *shown_path(const char *path, const char *root)
{
	size_t rl = root ? strlen(root) : 0;
	while (rl > 1 && root[rl - 1] == '/')
		rl--;
	if (rl && !strncmp(path, root, rl) && path[rl] == '/')
		return path + rl + 1;
	return path;
}

/* A YAML double-quoted scalar: every byte outside printable ASCII escaped. */
static void yaml_str(FILE *out, const char *s)
{
	fputc('"', out);
	for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(out, "\\%c", *p);
		else if (*p == '\n')
			fputs("\\n", out);
		else if (*p == '\r')
			fputs("\\r", out);
		else if (*p == '\t')
			fputs("\\t", out);
		else if (*p < 0x20 || *p == 0x7f)
			fprintf(out, "\\x%02x", *p);
		else
			fputc(*p, out);
	}
	fputc('"', out);
}

/*
 * --export-fixes: the accepted fix-its as clang-apply-replacements reads
 * them (clang-tidy's format): one diagnostic per fixed finding, each with
 * its replacements as byte offsets into the file as it is now.  A fix-it
 * that several units produced goes with the first finding only.
 */
static void export_yaml(fix_set *s, hvci_tu_result *const *results, size_t n,
                        const char *const *dirs, FILE *out)
{
	fputs("---\nMainSourceFile: ", out);
	char *main_file = n == 1 ? cli_real_path(results[0]->file, dirs ? dirs[0] : NULL) : NULL;
	yaml_str(out, main_file ? main_file : "");
	free(main_file);
	fputs("\nDiagnostics:", out);
	if (!s->nff)
		fputs(" []", out);
	fputc('\n', out);
	for (size_t k = 0; k < s->nff; k++) {
		const hvci_finding *f = &results[s->ff[k].result]->findings[s->ff[k].finding];
		const char *dir = dirs ? dirs[s->ff[k].result] : NULL;
		fputs("  - DiagnosticName: ", out);
		yaml_str(out, f->rule_id);
		fputs("\n    DiagnosticMessage:\n      Message: ", out);
		yaml_str(out, f->message);
		size_t off = 0, fi = f->loc.file ? get_file(s, f->loc.file, dir) : (size_t)-1;
		fix_file *lf = fi != (size_t)-1 ? &s->f[fi] : NULL;
		if (!lf || !lf->buf || to_offset(lf, f->loc.line, f->loc.col, &off))
			off = 0;
		fputs("\n      FilePath: ", out);
		yaml_str(out, lf ? lf->path : "");
		fprintf(out, "\n      FileOffset: %zu\n      Replacements:", off);
		int any = 0;
		for (size_t i = 0; i < s->nf; i++)
			for (size_t e = 0; e < s->f[i].ne; e++) {
				const edit *ed = &s->f[i].e[e];
				if (ed->owner != k)
					continue;
				fputs(any++ ? "" : "\n", out);
				fputs("        - FilePath: ", out);
				yaml_str(out, s->f[i].path);
				fprintf(out, "\n          Offset: %zu\n          Length: %zu\n",
				        ed->start, ed->end - ed->start);
				fputs("          ReplacementText: ", out);
				yaml_str(out, ed->text);
				fputc('\n', out);
			}
		fputs(any ? "" : " []\n", out);
		fprintf(out, "    Level: %s\n",
		        f->severity == HVCI_SEV_ERROR  ? "Error"
		        : f->severity == HVCI_SEV_NOTE ? "Remark"
		                                       : "Warning");
		fputs("    BuildDirectory: ", out);
		yaml_str(out, dir ? dir : "");
		fputc('\n', out);
	}
	fputs("...\n", out);
}

int cli_fix_apply(hvci_tu_result *const *results, size_t n, const char *const *dirs, int dry_run,
                  const char *const *roots, size_t nroots, FILE *diff_out)
{
	fix_set s;
	memset(&s, 0, sizeof s);
	int rc = HVCI_EXIT_OK;
	const char *root = nroots ? roots[0] : NULL;
	s.roots = hvci_xcalloc(nroots + 1, sizeof *s.roots);
	for (size_t i = 0; i < nroots && s.roots; i++)
		if (roots[i])
			s.roots[s.nroots++] = cli_real_path(roots[i], NULL);
	for (size_t i = 0; i < n; i++) {
		int loaded = 0;
		for (size_t j = 0; j < results[i]->n_findings; j++) {
			const hvci_finding *f = &results[i]->findings[j];
			/* A suppressed finding was judged by a person: leave its code alone. */
			if (!f->n_fixits || f->suppressed)
				continue;
			if (!loaded++)
				load_deps(&s, results[i], dirs ? dirs[i] : NULL);
			collect_finding(&s, i, j, f, dirs ? dirs[i] : NULL);
		}
	}
	if (dry_run == CLI_FIX_EXPORT)
		export_yaml(&s, results, n, dirs, diff_out);
	for (size_t i = 0; i < s.ndeps; i++)
		free(s.deps[i].path);
	free(s.deps);
	for (size_t i = 0; i < s.nroots; i++)
		free(s.roots[i]);
	free(s.roots);
	char *real_root = root ? realpath(root, NULL) : NULL;
	for (size_t i = 0; i < s.nf; i++) {
		fix_file *ff = &s.f[i];
		if (ff->unreadable) {
			rc = HVCI_EXIT_ERROR;
			continue;
		}
		if (ff->outside || !ff->ne || dry_run == CLI_FIX_EXPORT)
			continue;
		qsort(ff->e, ff->ne, sizeof *ff->e, edit_order);
		if (dry_run) {
			cli_fix__print_diff(diff_out, ff,
			                    shown_path(ff->path, real_root ? real_root : root));
			continue;
		}
		size_t len;
		char *data = cli_fix__splice(ff, 0, ff->len, 0, ff->ne, &len);
		if (len == ff->len && !memcmp(data, ff->buf, len)) {
			free(data);
			continue;
		}
		if (write_atomically(ff, data, len)) {
			rc = HVCI_EXIT_ERROR;
		} else {
			ff->written = 1;
			fprintf(stderr, "hvcilint: applied %zu fix-it%s to %s\n", ff->ne,
			        ff->ne == 1 ? "" : "s", ff->path);
		}
		free(data);
	}
	free(real_root);
	/* What was fixed leaves the report; the rest is what the exit code counts. */
	if (dry_run == CLI_FIX_APPLY) {
		for (size_t k = 0; k < s.nff; k++) {
			fixed_finding *fx = &s.ff[k];
			int all = 1;
			for (size_t i = 0; i < fx->nfiles; i++)
				all &= s.f[fx->files[i]].written;
			if (all) {
				hvci_finding *f = &results[fx->result]->findings[fx->finding];
				hvci_finding_clear(f);
				f->rule_id = NULL; /* marks it for removal below */
			}
		}
		for (size_t i = 0; i < n; i++) {
			size_t o = 0;
			for (size_t j = 0; j < results[i]->n_findings; j++)
				if (results[i]->findings[j].rule_id)
					results[i]->findings[o++] = results[i]->findings[j];
			results[i]->n_findings = o;
		}
	}
	for (size_t k = 0; k < s.nff; k++)
		free(s.ff[k].files);
	free(s.ff);
	for (size_t i = 0; i < s.nf; i++) {
		for (size_t k = 0; k < s.f[i].ne; k++)
			free(s.f[i].e[k].text);
		free(s.f[i].e);
		free(s.f[i].buf);
		free(s.f[i].lines);
		free(s.f[i].path);
	}
	free(s.f);
	return rc;
}

int cli_fix_export(hvci_tu_result *const *results, size_t n, const char *const *dirs,
                   const char *const *roots, size_t nroots, const char *path)
{
	char *tmp = hvci_asprintf("%s.tmp%ld", path, (long)getpid());
	FILE *out = tmp ? fopen(tmp, "w") : NULL;
	if (!out) {
		cli_error("%s:1: cannot write the fix-its: %s; check the folder", path,
		          strerror(errno));
		free(tmp);
		return HVCI_EXIT_ERROR;
	}
	int rc = cli_fix_apply(results, n, dirs, CLI_FIX_EXPORT, roots, nroots, out);
	if (fclose(out) != 0 || rename(tmp, path) != 0) {
		cli_error("%s:1: cannot write the fix-its: %s; check free space and permissions",
		          path, strerror(errno));
		remove(tmp);
		rc = HVCI_EXIT_ERROR;
	}
	free(tmp);
	return rc;
}
