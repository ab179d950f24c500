/*
 * check_image.c - hvci_analyze_image(): the HVCI checks that are
 * properties of the linked driver rather than of its source.  It reads the
 * image into memory, parses it with pe.c and reports W+X sections, a
 * SectionAlignment that is not a page multiple, an IAT inside an executable
 * section, base relocations that straddle a 4 KiB page, and imports of APIs
 * that can only produce executable memory.  Each finding carries notes with
 * the build or source change that removes it.  It does not disassemble
 * code, so it cannot see run-time allocations: those stay the job of the
 * source checks.  An optional linker map (link.exe / lld-link /MAP format)
 * names the symbol behind each straddling relocation.
 */
#include "image/check_image.h"
#include "image/pe.h"

#include "hvcilint.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define PAGE 0x1000u
/* A .sys is at most tens of MiB; refusing more keeps a stray disk image from eating memory. */
#define MAX_IMAGE_BYTES ((size_t)1 << 30)
#define MAX_LISTED_RELOCS 8

static char *xprintf(const char *fmt, ...) HVCI_PRINTF(1, 2);

static char *xprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return NULL;
	char *s = malloc((size_t)n + 1);
	if (!s)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

static int read_whole_file(const char *path, uint8_t **out, size_t *out_size)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return hvci_error_set(HVCI_ENOTFOUND, "%s: cannot open image: %s", path,
		                      strerror(errno));
	size_t cap = 0, len = 0;
	uint8_t *buf = NULL;
	for (;;) {
		if (len == cap) {
			if (cap >= MAX_IMAGE_BYTES) {
				free(buf);
				fclose(f);
				return hvci_error_set(
				    HVCI_EIMAGE,
				    "%s: file is larger than 1 GiB at offset 0x%zx; "
				    "pass a driver image",
				    path, len);
			}
			size_t ncap = cap ? cap * 2 : 65536;
			uint8_t *nb = realloc(buf, ncap);
			if (!nb) {
				free(buf);
				fclose(f);
				return hvci_error_set(HVCI_ERROR, "%s: out of memory", path);
			}
			buf = nb;
			cap = ncap;
		}
		errno = 0;
		size_t got = fread(buf + len, 1, cap - len, f);
		len += got;
		if (got == 0)
			break;
	}
	int failed = ferror(f), err = errno;
	fclose(f);
	if (failed) {
		free(buf);
		return hvci_error_set(HVCI_ERROR, "%s: cannot read image: %s", path,
		                      err ? strerror(err) : "read error");
	}
	*out = buf;
	*out_size = len;
	return HVCI_OK;
}

/*
 * A copy of a name read from the image or the map fit for a one-line
 * message: bytes outside printable ASCII, the quote that delimits names in
 * messages and the backslash become "\xNN".  Real import and symbol names
 * never need it; a damaged table could otherwise put a newline, a terminal
 * escape or bytes that are not UTF-8 into every report format.
 */
static char *printable(const char *s)
{
	size_t n = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		n += (*p >= 0x20 && *p < 0x7f && *p != '\'' && *p != '\\') ? 1 : 4;
	char *out = malloc(n + 1), *o = out;
	if (!out)
		return NULL;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p >= 0x20 && *p < 0x7f && *p != '\'' && *p != '\\') {
			*o++ = (char)*p;
		} else {
			static const char hex[] = "0123456789abcdef";
			*o++ = '\\';
			*o++ = 'x';
			*o++ = hex[*p >> 4];
			*o++ = hex[*p & 15];
		}
	}
	*o = '\0';
	return out;
}

/* ------------------------------------------------------------------ */
/* Linker map: symbol names for RVAs.                                  */

typedef struct {
	uint32_t rva;
	char *name;
} map_sym;

typedef struct {
	map_sym *v;
	size_t n;
} map_syms;

static int cmp_sym(const void *a, const void *b)
{
	const map_sym *x = a, *y = b;
	return x->rva < y->rva ? -1 : x->rva > y->rva;
}

static void map_free(map_syms *m)
{
	for (size_t i = 0; i < m->n; i++)
		free(m->v[i].name);
	free(m->v);
	m->v = NULL;
	m->n = 0;
}

/*
 * Reads the "Publics by Value" and "Static symbols" lines of a link.exe or
 * lld-link /MAP file: " 0003:00000000       g_table    0000000140003000 ...".
 * The section:offset pair is used rather than Rva+Base so a map whose
 * preferred base differs from the image's still lines up.  Lines of any
 * other shape are skipped, which makes the reader indifferent to headers.
 */
static int map_load(map_syms *m, FILE *f, const char *map_path, const pe_image *img)
{
	size_t cap = 0;
	char line[2048];
	while (fgets(line, sizeof line, f)) {
		if (!strchr(line, '\n') && !feof(f)) {
			/* Longer than any symbol line we use: skip its rest. */
			int c;
			while ((c = fgetc(f)) != EOF && c != '\n')
				;
			continue;
		}
		unsigned sec, off;
		unsigned long long va;
		char name[1024];
		if (sscanf(line, " %4x:%8x %1023s %llx", &sec, &off, name, &va) != 4)
			continue;
		/* Section 0 holds absolute symbols; ".text" style names are contributions. */
		if (sec == 0 || sec > img->n_sections || name[0] == '.')
			continue;
		uint64_t rva = (uint64_t)img->sections[sec - 1].virtual_address + off;
		if (rva > UINT32_MAX)
			continue;
		if (m->n == cap) {
			size_t ncap = cap ? cap * 2 : 256;
			map_sym *nv = realloc(m->v, ncap * sizeof *nv);
			if (!nv)
				goto oom;
			m->v = nv;
			cap = ncap;
		}
		m->v[m->n].rva = (uint32_t)rva;
		m->v[m->n].name = printable(name);
		if (!m->v[m->n].name)
			goto oom;
		m->n++;
	}
	if (m->n)
		qsort(m->v, m->n, sizeof *m->v, cmp_sym);
	return HVCI_OK;
oom:
	map_free(m);
	return hvci_error_set(HVCI_ERROR, "%s: out of memory", map_path);
}

/* "g_table+0xffa" for the symbol at or below `rva` in the same section, or NULL. */
static char *map_name_for(const map_syms *m, const pe_image *img, uint32_t rva)
{
	if (!m->n)
		return NULL;
	size_t lo = 0, hi = m->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (m->v[mid].rva <= rva)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return NULL;
	const map_sym *s = &m->v[lo - 1];
	if (pe_section_for_rva(img, s->rva) != pe_section_for_rva(img, rva))
		return NULL;
	if (s->rva == rva)
		return hvci_strdup(s->name);
	return xprintf("%s+0x%x", s->name, rva - s->rva);
}

/* ------------------------------------------------------------------ */
/* Building findings.                                                  */

typedef struct {
	hvci_tu_result *res;
	const char *path;
	const pe_image *img;
	int oom;
} ctx;

typedef struct {
	hvci_note *v;
	size_t n;
	size_t cap;
} notes;

static char *logical_at(const pe_image *img, uint32_t rva)
{
	const pe_section *s = pe_section_for_rva(img, rva);
	if (s)
		return xprintf("section %s, RVA 0x%x", s->name, rva);
	return xprintf("headers, RVA 0x%x", rva);
}

static void note_add(ctx *c, notes *ns, char *logical, char *msg)
{
	if (!msg) { /* xprintf() ran out of memory */
		free(logical);
		c->oom = 1;
		return;
	}
	if (ns->n == ns->cap) {
		size_t ncap = ns->cap ? ns->cap * 2 : 4;
		hvci_note *nv = realloc(ns->v, ncap * sizeof *nv);
		if (!nv) {
			free(logical);
			free(msg);
			c->oom = 1;
			return;
		}
		ns->v = nv;
		ns->cap = ncap;
	}
	hvci_note *n = &ns->v[ns->n++];
	memset(n, 0, sizeof *n);
	n->loc.file = hvci_strdup(c->path);
	n->loc.logical = logical;
	n->message = msg;
	if (!n->loc.file)
		c->oom = 1;
}

/* Takes ownership of logical, msg and the notes, whatever happens. */
static void finding_add(ctx *c, const char *rule, hvci_severity sev, char *logical, char *msg,
                        notes *ns)
{
	hvci_finding f;
	memset(&f, 0, sizeof f);
	f.rule_id = hvci_strdup(rule);
	f.severity = sev;
	f.loc.file = hvci_strdup(c->path);
	f.loc.logical = logical;
	f.message = msg;
	f.notes = ns->v;
	f.n_notes = ns->n;
	ns->v = NULL;
	ns->n = ns->cap = 0;
	if (c->oom || !f.rule_id || !f.loc.file || !f.loc.logical || !f.message ||
	    hvci_tu_result_add(c->res, &f) != HVCI_OK) {
		hvci_finding_clear(&f);
		c->oom = 1;
	}
}

static void verifier_note(ctx *c, notes *ns, unsigned code)
{
	note_add(c, ns, NULL,
	         xprintf("at load time, Driver Verifier's code integrity checks report this as bug "
	                 "check 0xC4 with parameter 1 = 0x%x",
	                 code));
}

/* ------------------------------------------------------------------ */
/* The checks.                                                         */

static void check_wx(ctx *c)
{
	for (size_t i = 0; i < c->img->n_sections; i++) {
		const pe_section *s = &c->img->sections[i];
		const uint32_t wx = PE_SCN_MEM_WRITE | PE_SCN_MEM_EXECUTE;
		if ((s->characteristics & wx) != wx)
			continue;
		/* Windows strips W from INIT at load, so it never becomes W+X in memory. */
		int init = strcmp(s->name, "INIT") == 0;
		notes ns = {0};
		if (init)
			note_add(c, &ns, NULL,
			         hvci_strdup(
			             "when it loads a driver, Windows removes write access from a "
			             "section named 'INIT', so this does not stop the load; "
			             "old Visual Studio 2013 builds marked INIT as RWX"));
		note_add(
		    c, &ns, NULL,
		    xprintf("remove 'E' or 'W' from '/SECTION:%s,...' or from the '#pragma "
		            "section(\"%s\", ...)' attributes, and do not /MERGE a data section "
		            "into a code section",
		            s->name, s->name));
		if (!init)
			verifier_note(c, &ns, 0x2003);
		finding_add(c, "hvci-wx-section", init ? HVCI_SEV_NOTE : HVCI_SEV_WARNING,
		            xprintf("section %s, RVA 0x%x", s->name, s->virtual_address),
		            xprintf("section '%s' is both writable and executable (characteristics "
		                    "0x%08X)",
		                    s->name, s->characteristics),
		            &ns);
	}
}

static void check_align(ctx *c)
{
	const pe_image *img = c->img;
	uint32_t sa = img->section_alignment;
	if (sa == 0 || sa % PAGE != 0) {
		notes ns = {0};
		note_add(c, &ns, NULL,
		         hvci_strdup("link with /ALIGN:0x1000 or a multiple (WDK: "
		                     "DRIVER_ALIGNMENT=0x1000); remove /SECTION:...,ALIGN= options "
		                     "that lower it"));
		verifier_note(c, &ns, 0x2004);
		finding_add(
		    c, "hvci-section-align", HVCI_SEV_WARNING,
		    xprintf("optional header, offset 0x%zx", img->section_alignment_offset),
		    xprintf("section alignment is 0x%x, not a multiple of the 4 KiB page size "
		            "0x1000 (optional header field 'SectionAlignment')",
		            sa),
		    &ns);
		return;
	}
	/* With a good SectionAlignment only a hand-edited header misplaces a section. */
	for (size_t i = 0; i < img->n_sections; i++) {
		const pe_section *s = &img->sections[i];
		if (s->virtual_address % PAGE == 0)
			continue;
		notes ns = {0};
		note_add(
		    c, &ns, NULL,
		    hvci_strdup("link with /ALIGN:0x1000 or a multiple; remove /SECTION:...,ALIGN= "
		                "options and any post-link editing of the section table"));
		verifier_note(c, &ns, 0x2004);
		finding_add(c, "hvci-section-align", HVCI_SEV_WARNING,
		            xprintf("section %s, RVA 0x%x", s->name, s->virtual_address),
		            xprintf("section '%s' starts at RVA 0x%x, which is not page aligned",
		                    s->name, s->virtual_address),
		            &ns);
	}
}

static void check_iat(ctx *c)
{
	const pe_image *img = c->img;
	uint32_t rva = img->dirs[PE_DIR_IAT].rva, size = img->dirs[PE_DIR_IAT].size;
	/*
	 * Without an IAT directory the loader still writes the FirstThunk
	 * arrays, so the first of them stands in for it.
	 */
	if (rva == 0 || size == 0) {
		size = 0;
		for (size_t i = 0; i < img->n_imports; i++)
			if (rva == 0 || img->imports[i].iat_rva < rva)
				rva = img->imports[i].iat_rva;
	}
	if (rva == 0)
		return;
	const pe_section *s = pe_section_for_rva(img, rva);
	if (!s || !(s->characteristics & PE_SCN_MEM_EXECUTE))
		return;
	notes ns = {0};
	note_add(c, &ns, NULL,
	         hvci_strdup("remove /MERGE:.rdata=.text (or any /MERGE of .rdata or .idata into a "
	                     "code section) and any 'E' added by '/SECTION:.rdata,...'; the loader "
	                     "must write the IAT, so it cannot live in a read-execute section"));
	verifier_note(c, &ns, 0x2005);
	finding_add(c, "hvci-iat-exec", HVCI_SEV_WARNING,
	            xprintf("section %s, RVA 0x%x", s->name, rva),
	            size ? xprintf("import address table (RVA 0x%x, 0x%x bytes) is in executable "
	                           "section '%s' (characteristics 0x%08X)",
	                           rva, size, s->name, s->characteristics)
	                 : xprintf("import address table (RVA 0x%x) is in executable section '%s' "
	                           "(characteristics 0x%08X)",
	                           rva, s->name, s->characteristics),
	            &ns);
}

/* Per-section tally of straddling relocations, filled in one pass over the table. */
typedef struct {
	size_t count;
	size_t listed[MAX_LISTED_RELOCS]; /* indexes into img->relocs */
} straddle_tally;

static void straddle_finding(ctx *c, const map_syms *m, const pe_section *sec,
                             const straddle_tally *t)
{
	const pe_image *img = c->img;
	notes ns = {0};
	size_t shown = t->count < MAX_LISTED_RELOCS ? t->count : MAX_LISTED_RELOCS;
	for (size_t k = 0; k < shown; k++) {
		const pe_reloc *r = &img->relocs[t->listed[k]];
		unsigned w = pe_reloc_width(img, r->type);
		char *sym = map_name_for(m, img, r->rva);
		note_add(
		    c, &ns, logical_at(img, r->rva),
		    xprintf("%s relocation at RVA 0x%x patches bytes up to 0x%x, across the page "
		            "boundary at 0x%x%s%s%s",
		            pe_reloc_type_name(r->type), r->rva, r->rva + w - 1,
		            (r->rva | (PAGE - 1)) + 1, sym ? " (in '" : "", sym ? sym : "",
		            sym ? "')" : ""));
		free(sym);
	}
	if (t->count > shown)
		note_add(
		    c, &ns, NULL,
		    xprintf("%zu more straddling relocations are not listed", t->count - shown));
	note_add(c, &ns, NULL,
	         hvci_strdup("compile with /Gy and avoid #pragma pack(1) (pshpack1.h) on structs "
	                     "holding pointers in static data, so the linker can keep each pointer "
	                     "inside one page; Windows 10 1507-1607 refuses such relocations under "
	                     "HVCI (\"Unsupported Relocs\")"));
	uint32_t first = img->relocs[t->listed[0]].rva;
	char *sym = map_name_for(m, img, first);
	const char *where = sec ? "section '" : "the headers";
	const char *name = sec ? sec->name : "";
	const char *close = sec ? "'" : "";
	const char *in = sym ? ", in '" : "";
	const char *sname = sym ? sym : "";
	const char *sclose = sym ? "'" : "";
	char *msg;
	if (t->count == 1)
		msg = xprintf("1 base relocation in %s%s%s straddles a 4 KiB page boundary "
		              "(RVA 0x%x%s%s%s)",
		              where, name, close, first, in, sname, sclose);
	else
		msg = xprintf("%zu base relocations in %s%s%s straddle a 4 KiB page boundary "
		              "(first at RVA 0x%x%s%s%s)",
		              t->count, where, name, close, first, in, sname, sclose);
	free(sym);
	finding_add(c, "hvci-straddle-reloc", HVCI_SEV_WARNING, logical_at(img, first), msg, &ns);
}

static void check_straddle(ctx *c, const map_syms *m)
{
	const pe_image *img = c->img;
	/* Slot n_sections collects targets outside every section (the headers). */
	straddle_tally *tally = calloc(img->n_sections + 1, sizeof *tally);
	if (!tally) {
		c->oom = 1;
		return;
	}
	for (size_t i = 0; i < img->n_relocs; i++) {
		const pe_reloc *r = &img->relocs[i];
		unsigned w = pe_reloc_width(img, r->type);
		if (!w || (r->rva & (PAGE - 1)) + w <= PAGE)
			continue;
		const pe_section *s = pe_section_for_rva(img, r->rva);
		straddle_tally *t = &tally[s ? (size_t)(s - img->sections) : img->n_sections];
		if (t->count < MAX_LISTED_RELOCS)
			t->listed[t->count] = i;
		t->count++;
	}
	for (size_t si = 0; si <= img->n_sections && !c->oom; si++)
		if (tally[si].count)
			straddle_finding(c, m, si < img->n_sections ? &img->sections[si] : NULL,
			                 &tally[si]);
	free(tally);
}

static void check_imports(ctx *c, const hvci_rules *rules)
{
	const pe_image *img = c->img;
	if (!rules)
		return;
	for (size_t i = 0; i < img->n_imports; i++) {
		const pe_import *imp = &img->imports[i];
		if (!imp->name)
			continue;
		const char *repl = hvci_rules_exec_only_api(rules, imp->name);
		if (!repl)
			continue;
		notes ns = {0};
		note_add(c, &ns, NULL, xprintf("replace the calls with %s", repl));
		note_add(c, &ns, NULL,
		         hvci_strdup("run 'hvcilint check' on the sources to find the calls"));
		/* The rules matched the raw name; the message gets an escaped copy. */
		char *name = printable(imp->name), *dll = printable(imp->dll);
		finding_add(c, "hvci-exec-api", HVCI_SEV_NOTE, logical_at(img, imp->iat_rva),
		            name && dll ? xprintf("driver imports '%s' from '%s', which can only "
		                                  "produce executable memory",
		                                  name, dll)
		                        : NULL,
		            &ns);
		free(name);
		free(dll);
	}
}

static double now_seconds(void)
{
	struct timespec ts;
	if (timespec_get(&ts, TIME_UTC) != TIME_UTC)
		return 0;
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int image_check_buffer(hvci_tu_result **out, const hvci_rules *rules, const char *path,
                       const uint8_t *data, size_t size, FILE *map, const char *map_name)
{
	double t0 = now_seconds();
	*out = NULL;
	pe_image img;
	int rc = pe_parse(&img, data, size, path);
	if (rc != HVCI_OK)
		return rc;
	map_syms m = {0};
	if (map && (rc = map_load(&m, map, map_name, &img)) != HVCI_OK)
		goto done;
	hvci_tu_result *res = calloc(1, sizeof *res);
	if (!res || !(res->file = hvci_strdup(path))) {
		free(res);
		rc = hvci_error_set(HVCI_ERROR, "%s: out of memory", path);
		goto done;
	}
	res->status = HVCI_TU_IMAGE;
	ctx c = {res, path, &img, 0};
	check_wx(&c);
	check_align(&c);
	check_iat(&c);
	check_straddle(&c, &m);
	check_imports(&c, rules);
	if (c.oom) {
		hvci_tu_result_free(res);
		rc = hvci_error_set(HVCI_ERROR, "%s: out of memory", path);
		goto done;
	}
	res->seconds = now_seconds() - t0;
	*out = res;
	rc = HVCI_OK;
done:
	map_free(&m);
	pe_free(&img);
	return rc;
}

int hvci_analyze_image(hvci_tu_result **out, const hvci_rules *rules, const char *path,
                       const char *map_path)
{
	if (!out || !path)
		return hvci_error_set(HVCI_EINVALID, "hvci_analyze_image: NULL argument");
	*out = NULL;
	uint8_t *buf = NULL;
	size_t size = 0;
	int rc = read_whole_file(path, &buf, &size);
	if (rc != HVCI_OK)
		return rc;
	FILE *map = NULL;
	if (map_path && !(map = fopen(map_path, "r"))) {
		free(buf);
		return hvci_error_set(HVCI_ENOTFOUND, "%s: cannot open map file: %s", map_path,
		                      strerror(errno));
	}
	rc = image_check_buffer(out, rules, path, buf, size, map, map_path);
	if (map)
		fclose(map);
	free(buf);
	return rc;
}
