/*
 * report.h - the writers behind hvci_write(): text (clang style), JSON,
 * SARIF 2.1.0, an HTML dashboard, JUnit XML and GitLab Code Quality JSON.
 * Each takes finished results and prints; none analyses.
 */
#ifndef HVCI_REPORT_H
#define HVCI_REPORT_H

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>

#include "hvcilint.h"

json_t *hvci_finding_json(const hvci_finding *f);
json_t *hvci_tu_json(const hvci_tu_result *r);
json_t *hvci_coverage_json(const hvci_coverage *c);
/* Whether a result's coverage says anything: results read back from a store
 * carry none, and neither the JSON form nor the packed one (pack.c) gives it
 * then. */
int hvci_coverage_present(const hvci_coverage *c);
/* Run totals as JSON (the JSON report's and SARIF's "coverage"). */
json_t *hvci_coverage_totals_json(const hvci_coverage_totals *t);
int hvci_write_json(FILE *out, hvci_tu_result *const *results, size_t n);
int hvci_write_text(FILE *out, hvci_tu_result *const *results, size_t n,
                    const hvci_write_options *wo);
int hvci_write_sarif(FILE *out, const hvci_rules *rules, hvci_tu_result *const *results, size_t n,
                     const hvci_write_options *wo);
int hvci_write_html(FILE *out, const hvci_rules *rules, hvci_tu_result *const *results, size_t n,
                    const hvci_write_options *wo);
int hvci_write_junit(FILE *out, const hvci_rules *rules, hvci_tu_result *const *results, size_t n,
                     const hvci_write_options *wo);
int hvci_write_codeclimate(FILE *out, const hvci_rules *rules, hvci_tu_result *const *results,
                           size_t n, const hvci_write_options *wo);

/* Repeats of a hash among one unit's findings (start zeroed). */
typedef struct {
	uint64_t *seen;
	size_t n;
} hvci_fp_counter;
/*
 * f's fingerprint into buf (48 bytes are enough): the stored one, else
 * "v2:HASH:N" with N counted by c over the unit's findings so far.
 */
void hvci_report_fingerprint(const hvci_finding *f, hvci_fp_counter *c, char *buf, size_t size);
/* Frees the counts: call between units and at the end. */
void hvci_fp_counter_reset(hvci_fp_counter *c);

/* Escapes `s` for XML and HTML text and quoted attributes (NULL: nothing). */
void hvci_markup_put(FILE *out, const char *s);
/* `file` relative to `root` when it lies below it, else `file` itself. */
const char *hvci_report_relpath(const char *file, const char *root);

#endif
