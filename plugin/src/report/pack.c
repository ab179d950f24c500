/*
 * pack.c - one unit's result as bytes, from a worker to its parent.
 *
 * The JSON form (json.c) cost a large file's worker and parent more than
 * a tenth of what the checks did: a tree of objects built, printed,
 * parsed and freed for every finding. Here the fields of hvci_tu_result go
 * in a fixed order, each number as 8 bytes and each string as its length
 * and bytes (a NULL string as the largest length). It is no file format:
 * both sides are the same build and nothing else reads it. The reader
 * checks every length against what is left, so a cut or damaged message is
 * an error, never a read past its end.
 *
 * The parent gets what the JSON form would give it, field for field: the
 * same members, coverage only when the unit has something to say in it,
 * the flags as 0 or 1, no end column without an end line. Strings cross
 * as their bytes, also those that are not UTF-8, which JSON cannot carry.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "report/report.h"
#include "util/util.h"

#define NO_STRING UINT64_MAX

static void put_u64(hvci_buf *b, uint64_t v)
{
	hvci_buf_putn(b, (const char *)&v, sizeof v);
}

static void put_str(hvci_buf *b, const char *s)
{
	if (!s) {
		put_u64(b, NO_STRING);
		return;
	}
	size_t n = strlen(s);
	put_u64(b, n);
	hvci_buf_putn(b, s, n);
}

static void put_loc(hvci_buf *b, const hvci_loc *l)
{
	put_str(b, l->file);
	put_u64(b, l->line);
	put_u64(b, l->col);
	put_u64(b, l->end_line);
	put_u64(b, l->end_line ? l->end_col : 0);
	put_str(b, l->logical);
}

static void put_finding(hvci_buf *b, const hvci_finding *f)
{
	put_str(b, f->rule_id);
	put_u64(b, (uint64_t)f->severity);
	put_loc(b, &f->loc);
	put_str(b, f->message);
	put_str(b, f->function);
	put_str(b, f->source_line);
	put_str(b, f->statement_key);
	put_u64(b, f->n_notes);
	for (size_t i = 0; i < f->n_notes; i++) {
		put_loc(b, &f->notes[i].loc);
		put_str(b, f->notes[i].message);
	}
	put_u64(b, f->n_fixits);
	for (size_t i = 0; i < f->n_fixits; i++) {
		put_loc(b, &f->fixits[i].range);
		put_str(b, f->fixits[i].text);
	}
	put_u64(b, f->suppressed != 0);
	put_str(b, f->suppression);
	put_str(b, f->justification);
	put_u64(b, f->needs_runtime_optin != 0);
}

static void put_strings(hvci_buf *b, char *const *v, size_t n)
{
	put_u64(b, n);
	for (size_t i = 0; i < n; i++)
		put_str(b, v[i]);
}

char *hvci_tu_result_pack(const hvci_tu_result *r, size_t *len)
{
	hvci_buf b;
	hvci_buf_init(&b);
	put_str(&b, r->file);
	put_str(&b, r->image);
	put_u64(&b, (uint64_t)r->status);
	put_u64(&b, r->parse_errors);
	put_u64(&b, r->runtime_optin_called != 0);
	uint64_t secs;
	memcpy(&secs, &r->seconds, sizeof secs);
	put_u64(&b, secs);
	const hvci_coverage *c = &r->coverage;
	int cov = hvci_coverage_present(c);
	put_u64(&b, (uint64_t)cov);
	if (cov) {
		put_u64(&b, c->functions);
		put_u64(&b, c->functions_analysed);
		put_u64(&b, c->calls);
		put_u64(&b, c->calls_ast);
		put_u64(&b, c->calls_tokens);
		put_u64(&b, c->calls_unanalysed);
		put_u64(&b, c->recovery_passes);
		put_strings(&b, c->stand_in_headers, c->n_stand_in_headers);
		put_strings(&b, c->stand_in_names, c->n_stand_in_names);
		put_u64(&b, c->n_sites);
		for (size_t i = 0; i < c->n_sites; i++) {
			put_loc(&b, &c->sites[i].loc);
			put_str(&b, c->sites[i].api);
			put_u64(&b, (uint64_t)c->sites[i].how);
			put_str(&b, c->sites[i].reason);
		}
	}
	put_u64(&b, r->n_findings);
	for (size_t i = 0; i < r->n_findings; i++)
		put_finding(&b, &r->findings[i]);
	put_u64(&b, r->n_diags);
	for (size_t i = 0; i < r->n_diags; i++) {
		put_u64(&b, (uint64_t)r->diags[i].severity);
		put_loc(&b, &r->diags[i].loc);
		put_str(&b, r->diags[i].message ? r->diags[i].message : "");
	}
	put_str(&b, r->index);
	*len = b.len;
	return b.s ? b.s : hvci_strdup("");
}

/* ---- reading -------------------------------------------------------------- */

typedef struct {
	const char *p, *end;
	int bad;
} rd;

static uint64_t get_u64(rd *in)
{
	uint64_t v = 0;
	if (in->bad || (size_t)(in->end - in->p) < sizeof v) {
		in->bad = 1;
		return 0;
	}
	memcpy(&v, in->p, sizeof v);
	in->p += sizeof v;
	return v;
}

/* A count of things each at least `least` bytes long, or 0 (and bad) when
 * what is left cannot hold that many. */
static size_t get_count(rd *in, size_t least)
{
	uint64_t n = get_u64(in);
	if (in->bad || n > (uint64_t)(in->end - in->p) / least) {
		in->bad = 1;
		return 0;
	}
	return (size_t)n;
}

static unsigned get_uint(rd *in)
{
	uint64_t v = get_u64(in);
	return v <= UINT32_MAX ? (unsigned)v : 0;
}

static char *get_str(rd *in)
{
	uint64_t n = get_u64(in);
	if (in->bad || n == NO_STRING)
		return NULL;
	if (n > (uint64_t)(in->end - in->p) || memchr(in->p, '\0', (size_t)n)) {
		in->bad = 1;
		return NULL;
	}
	char *s = hvci_xstrndup(in->p, (size_t)n);
	in->p += n;
	return s;
}

static void get_loc(rd *in, hvci_loc *l)
{
	l->file = get_str(in);
	l->line = get_uint(in);
	l->col = get_uint(in);
	l->end_line = get_uint(in);
	l->end_col = get_uint(in);
	l->logical = get_str(in);
}

/* The smallest packed location and finding, for get_count. */
#define LOC_MIN (6 * 8)
#define FINDING_MIN (12 * 8 + LOC_MIN)

static void get_finding(rd *in, hvci_finding *f)
{
	memset(f, 0, sizeof *f);
	f->rule_id = get_str(in);
	uint64_t sev = get_u64(in);
	f->severity = sev <= HVCI_SEV_ERROR ? (hvci_severity)sev : HVCI_SEV_WARNING;
	get_loc(in, &f->loc);
	f->message = get_str(in);
	f->function = get_str(in);
	f->source_line = get_str(in);
	f->statement_key = get_str(in);
	f->n_notes = get_count(in, LOC_MIN + 8);
	f->notes = f->n_notes ? hvci_xcalloc(f->n_notes, sizeof *f->notes) : NULL;
	for (size_t i = 0; i < f->n_notes; i++) {
		get_loc(in, &f->notes[i].loc);
		f->notes[i].message = get_str(in);
	}
	f->n_fixits = get_count(in, LOC_MIN + 8);
	f->fixits = f->n_fixits ? hvci_xcalloc(f->n_fixits, sizeof *f->fixits) : NULL;
	for (size_t i = 0; i < f->n_fixits; i++) {
		get_loc(in, &f->fixits[i].range);
		f->fixits[i].text = get_str(in);
	}
	f->suppressed = get_u64(in) != 0;
	f->suppression = get_str(in);
	f->justification = get_str(in);
	f->needs_runtime_optin = get_u64(in) != 0;
}

static void get_strings(rd *in, char ***v, size_t *n)
{
	*n = get_count(in, 8);
	*v = *n ? hvci_xcalloc(*n, sizeof **v) : NULL;
	for (size_t i = 0; i < *n; i++)
		(*v)[i] = get_str(in);
}

int hvci_tu_result_unpack(hvci_tu_result **out, const void *bytes, size_t len)
{
	*out = NULL;
	rd in = {bytes, (const char *)bytes + len, 0};
	hvci_tu_result *r = hvci_xcalloc(1, sizeof *r);
	r->file = get_str(&in);
	r->image = get_str(&in);
	uint64_t st = get_u64(&in);
	r->status = st <= HVCI_TU_SKIPPED ? (hvci_tu_status)st : HVCI_TU_OK;
	r->parse_errors = get_uint(&in);
	r->runtime_optin_called = get_u64(&in) != 0;
	uint64_t secs = get_u64(&in);
	memcpy(&r->seconds, &secs, sizeof secs);
	if (get_u64(&in)) {
		hvci_coverage *c = &r->coverage;
		c->functions = get_uint(&in);
		c->functions_analysed = get_uint(&in);
		c->calls = get_uint(&in);
		c->calls_ast = get_uint(&in);
		c->calls_tokens = get_uint(&in);
		c->calls_unanalysed = get_uint(&in);
		c->recovery_passes = get_uint(&in);
		get_strings(&in, &c->stand_in_headers, &c->n_stand_in_headers);
		get_strings(&in, &c->stand_in_names, &c->n_stand_in_names);
		c->n_sites = get_count(&in, LOC_MIN + 3 * 8);
		c->sites = c->n_sites ? hvci_xcalloc(c->n_sites, sizeof *c->sites) : NULL;
		for (size_t i = 0; i < c->n_sites; i++) {
			get_loc(&in, &c->sites[i].loc);
			c->sites[i].api = get_str(&in);
			uint64_t how = get_u64(&in);
			c->sites[i].how =
			    how <= HVCI_COV_UNANALYSED ? (hvci_cov_how)how : HVCI_COV_UNANALYSED;
			c->sites[i].reason = get_str(&in);
		}
	}
	size_t nf = get_count(&in, FINDING_MIN);
	for (size_t i = 0; i < nf && !in.bad; i++) {
		hvci_finding f;
		get_finding(&in, &f);
		hvci_tu_result_add(r, &f);
	}
	size_t nd = get_count(&in, 8 + LOC_MIN + 8);
	for (size_t i = 0; i < nd && !in.bad; i++) {
		uint64_t sev = get_u64(&in);
		hvci_loc l;
		get_loc(&in, &l);
		char *m = get_str(&in);
		hvci_tu_result_add_diag(r,
		                        sev <= HVCI_SEV_ERROR ? (hvci_severity)sev : HVCI_SEV_NOTE,
		                        &l, "%s", m ? m : "");
		free(m);
		hvci_loc_clear(&l);
	}
	r->index = get_str(&in);
	const char *what = in.bad || in.p != in.end ? "the message is cut or runs on"
	                                            : hvci_tu_result_malformed(r);
	if (what) {
		hvci_tu_result_free(r);
		return hvci_error_set(HVCI_EPARSE, "worker output: %s; this is a bug in hvcilint",
		                      what);
	}
	*out = r;
	return HVCI_OK;
}
