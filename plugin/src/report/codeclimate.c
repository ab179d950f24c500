/*
 * codeclimate.c - the GitLab Code Quality report (`--format codeclimate`):
 * a JSON array of Code Climate issues, the subset GitLab reads from an
 * `artifacts: reports: codequality:` file to show findings in merge
 * requests: description, check_name (the rule id), fingerprint, severity
 * and location.path (relative to the project root) with lines.begin.
 *
 * GitLab compares issues between the source and target branch by
 * fingerprint and shows only one issue per fingerprint, so each must be
 * unique in the file and stable across runs.  The finding's own
 * fingerprint (rule, function, tokens of the line; never the line number)
 * is unique only within a file, so the issue's is a hash of it and the
 * relative path: moving lines keeps an issue, moving its file makes it
 * new.
 *
 * Only what needs attention is written: unsuppressed findings that are
 * still there (not "absent" against a compared run), and each affected
 * call that was not analysed, as an "info" issue named hvci-coverage so a
 * merge request shows code the tool could not see.  Tool errors (a file
 * that did not parse) are not code quality issues: stderr and the exit
 * code carry them.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "report/report.h"
#include "util/util.h"

static const char *severity_of(hvci_severity s)
{
	switch (s) {
	case HVCI_SEV_ERROR:
		return "critical";
	case HVCI_SEV_WARNING:
		return "major";
	default:
		return "info";
	}
}

/* 16 hex digits over the path and the finding's own fingerprint. */
static void issue_fingerprint(const char *path, const char *fp, char out[17])
{
	uint64_t h = hvci_hash_bytes(HVCI_HASH_INIT, path, strlen(path) + 1);
	h = hvci_hash_bytes(h, fp, strlen(fp));
	snprintf(out, 17, "%016llx", (unsigned long long)h);
}

static json_t *issue(const char *check, const char *description, const char *sev, const hvci_loc *l,
                     const char *path, const char *fp)
{
	char id[17];
	issue_fingerprint(path, fp, id);
	json_t *lines = json_pack("{s:I}", "begin", (json_int_t)(l->line ? l->line : 1));
	if (l->end_line > l->line)
		json_object_set_new(lines, "end", json_integer(l->end_line));
	return json_pack("{s:s,s:s,s:s,s:[s],s:s,s:s,s:{s:s,s:o}}", "type", "issue", "check_name",
	                 check, "description", description, "categories", "Security", "fingerprint",
	                 id, "severity", sev, "location", "path", path, "lines", lines);
}

/* Unanalysed calls: the API and the call's place make them unique. */
static void coverage_issues(json_t *arr, const hvci_tu_result *r, const char *root)
{
	const hvci_coverage *c = &r->coverage;
	for (size_t k = 0; k < c->n_sites; k++) {
		const hvci_cov_call *s = &c->sites[k];
		if (s->how != HVCI_COV_UNANALYSED)
			continue;
		hvci_loc l = s->loc;
		if (!l.file)
			l.file = r->file;
		char *m = hvci_coverage_site_message(s);
		char *key = hvci_asprintf("%s:%s:%u:%u", HVCI_COVERAGE_CODE, s->api ? s->api : "",
		                          l.line, l.col);
		json_array_append_new(arr, issue(HVCI_COVERAGE_CODE, m, "info", &l,
		                                 hvci_report_relpath(l.file, root), key));
		free(key);
		free(m);
	}
}

int hvci_write_codeclimate(FILE *out, const hvci_rules *rules, hvci_tu_result *const *results,
                           size_t n, const hvci_write_options *wo)
{
	(void)rules;
	const char *root = wo ? wo->root : NULL;
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++) {
		const hvci_tu_result *r = results[i];
		hvci_fp_counter fpc = {NULL, 0};
		for (size_t j = 0; j < r->n_findings; j++) {
			const hvci_finding *f = &r->findings[j];
			char fp[48];
			/* Counted for every finding, as SARIF does, so N agrees. */
			hvci_report_fingerprint(f, &fpc, fp, sizeof fp);
			if (f->suppressed || f->baseline == HVCI_BASELINE_ABSENT)
				continue;
			const char *file = f->loc.file ? f->loc.file : r->file;
			char *desc = f->loc.logical
			                 ? hvci_asprintf("%s (%s)", f->message, f->loc.logical)
			                 : hvci_strdup(f->message);
			json_array_append_new(arr,
			                      issue(f->rule_id, desc, severity_of(f->severity),
			                            &f->loc, hvci_report_relpath(file, root), fp));
			free(desc);
		}
		hvci_fp_counter_reset(&fpc);
		coverage_issues(arr, r, root);
	}
	int rc = json_dumpf(arr, out, JSON_INDENT(2));
	fputc('\n', out);
	json_decref(arr);
	return rc ? HVCI_ERROR : HVCI_OK;
}
