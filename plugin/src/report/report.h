/*
 * report.h - the writers behind hvci_write(): text (clang style), JSON,
 * SARIF 2.1.0, an HTML dashboard and JUnit XML.  Each takes finished
 * results and prints; none analyses.
 */
#ifndef HVCI_REPORT_H
#define HVCI_REPORT_H

#include <jansson.h>
#include <stdio.h>

#include "hvcilint.h"

json_t *hvci_finding_json(const hvci_finding *f);
json_t *hvci_tu_json(const hvci_tu_result *r);
json_t *hvci_coverage_json(const hvci_coverage *c);
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

/* Escapes `s` for XML and HTML text and quoted attributes (NULL: nothing). */
void hvci_markup_put(FILE *out, const char *s);
/* `file` relative to `root` when it lies below it, else `file` itself. */
const char *hvci_report_relpath(const char *file, const char *root);

#endif
