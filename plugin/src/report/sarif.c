/*
 * sarif.c - SARIF 2.1.0 output, shaped for code-scanning services: the
 * rule catalog in tool.driver.rules (descriptions, help text and markdown,
 * helpUri, a numeric security-severity), relative URIs against a SRCROOT
 * base, primaryLocationLineHash fingerprints that survive unrelated edits
 * above a finding and file moves (they hash the rule, the function and the
 * normalised source line, never the path or line number), related
 * locations for the notes (those saying "here" linked from the message, so
 * code scanning shows them on the alert), code flows for the value's way
 * from its origin through wrappers to the call, fixes for the fix-its,
 * inSource suppressions with their justification, baselineState against a
 * compared run, and an analysis category (automationDetails.id) that keeps
 * source and image runs, or any the user names, apart.  Image paths are
 * SRCROOT-relative like sources.
 *
 * It stays inside GitHub code scanning's upload limits (docs.github.com,
 * "SARIF results exceed limits"): at most 25,000 results per run, a hard
 * limit (the most severe are kept, and a tool notification says how many
 * were left out; the service displays the top 5,000 by severity anyway),
 * 1,000 locations per result and 20 tags per rule (10 are shown, so 10
 * are written).  The 10 MB limit applies to the gzip-compressed file,
 * which 25,000 results do not reach.
 *
 * Coverage is not a result: each call that was not analysed is a tool
 * execution notification (warning, descriptor hvci-coverage) at the call
 * (stand-in headers are the engine's tool notes), the run totals sit in the run's
 * properties, and a run with unanalysed calls is not an execution that
 * succeeded unless partial coverage was accepted.
 */
#include <ctype.h>
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "report/report.h"
#include "rules/rules.h"
#include "util/fingerprint.h"
#include "util/util.h"

#define SARIF_MAX_RESULTS 25000
#define SARIF_MAX_RELATED 999 /* plus the primary location: 1,000 */
#define SARIF_MAX_TAGS 10

static const char *level(hvci_severity s)
{
	return s == HVCI_SEV_ERROR ? "error" : s == HVCI_SEV_WARNING ? "warning" : "note";
}

static char *uri_encode(const char *p)
{
	hvci_buf b;
	hvci_buf_init(&b);
	for (; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (isalnum(c) || strchr("-._~/:@!$&'()*+,;=", c))
			hvci_buf_putc(&b, (char)c);
		else
			hvci_buf_printf(&b, "%%%02X", c);
	}
	return hvci_buf_take(&b);
}

static json_t *artifact_abs(const char *file, const char *root);

/*
 * A path as given on the command line (hvcilint image x.sys) is relative
 * to the current directory, which is the root reports are written
 * against: made absolute first, so it is SRCROOT-relative like the rest.
 */
static json_t *artifact(const char *file, const char *root)
{
	if (!file || file[0] == '/' || !root || !*file || strstr(file, "://"))
		return artifact_abs(file, root);
	char *real = realpath(file, NULL);
	if (!real) {
		while (file[0] == '.' && file[1] == '/')
			file += 2;
		real = hvci_asprintf("%s/%s", root, file);
	}
	json_t *o = artifact_abs(real, root);
	free(real);
	return o;
}

static json_t *artifact_abs(const char *file, const char *root)
{
	size_t rl = root ? strlen(root) : 0;
	if (root && file && !strncmp(file, root, rl) && file[rl] == '/') {
		char *u = uri_encode(file + rl + 1);
		json_t *o = json_pack("{s:s,s:s}", "uri", u, "uriBaseId", "SRCROOT");
		free(u);
		return o;
	}
	char *u = uri_encode(file ? file : "");
	char *full = file && file[0] == '/' ? hvci_asprintf("file://%s", u) : hvci_strdup(u);
	json_t *o = json_pack("{s:s}", "uri", full);
	free(full);
	free(u);
	return o;
}

static json_t *region(const hvci_loc *l, const char *snippet)
{
	json_t *r = json_pack("{s:I,s:I}", "startLine", (json_int_t)l->line, "startColumn",
	                      (json_int_t)(l->col ? l->col : 1));
	if (l->end_line) {
		json_object_set_new(r, "endLine", json_integer(l->end_line));
		json_object_set_new(r, "endColumn", json_integer(l->end_col));
	}
	if (snippet)
		json_object_set_new(r, "snippet", json_pack("{s:s}", "text", snippet));
	return r;
}

static json_t *location(const hvci_loc *l, const char *root, const char *snippet)
{
	json_t *pl = json_pack("{s:o}", "artifactLocation", artifact(l->file, root));
	struct stat st;
	if (l->line)
		json_object_set_new(pl, "region", region(l, snippet));
	else if (l->file && stat(l->file, &st) == 0 && S_ISREG(st.st_mode))
		/* An image finding is placed by its logical location (section,
		 * RVA); physically it is about the whole file. */
		json_object_set_new(
		    pl, "region",
		    json_pack("{s:i,s:I}", "byteOffset", 0, "byteLength", (json_int_t)st.st_size));
	json_t *loc = json_pack("{s:o}", "physicalLocation", pl);
	if (l->logical)
		json_object_set_new(
		    loc, "logicalLocations",
		    json_pack("[{s:s,s:s}]", "fullyQualifiedName", l->logical, "kind", "module"));
	return loc;
}

static json_t *rule_json(const hvci_rule_info *ri)
{
	json_t *tags = json_array();
	char *t = hvci_strdup(ri->tags ? ri->tags : "");
	for (char *tok = strtok(t, ","); tok && json_array_size(tags) < SARIF_MAX_TAGS;
	     tok = strtok(NULL, ","))
		json_array_append_new(tags, json_string(tok));
	free(t);
	char sec[16];
	snprintf(sec, sizeof sec, "%.1f", ri->security_severity);
	json_t *props =
	    json_pack("{s:o,s:s,s:s,s:s}", "tags", tags, "precision",
	              ri->precision ? ri->precision : "high", "problem.severity",
	              ri->severity == HVCI_SEV_NOTE ? "recommendation" : level(ri->severity),
	              "security-severity", sec);
	json_t *r = json_pack("{s:s,s:s,s:{s:s},s:{s:s},s:{s:s,s:s},s:{s:s},s:o}", "id", ri->id,
	                      "name", ri->name ? ri->name : ri->id, "shortDescription", "text",
	                      ri->short_desc ? ri->short_desc : ri->id, "fullDescription", "text",
	                      ri->full_desc ? ri->full_desc : ri->id, "help", "text",
	                      ri->full_desc ? ri->full_desc : ri->id, "markdown",
	                      ri->help_markdown ? ri->help_markdown : "", "defaultConfiguration",
	                      "level", level(ri->severity), "properties", props);
	if (ri->help_uri)
		json_object_set_new(r, "helpUri", json_string(ri->help_uri));
	return r;
}

/* A result waiting for the size limit: kept in order, dropped by rank. */
typedef struct {
	json_t *json;
	int rank; /* 0 is kept first: unsuppressed errors */
	size_t seq;
} pending;

static int rank_of(const hvci_finding *f)
{
	if (f->baseline == HVCI_BASELINE_ABSENT)
		return 5;
	if (f->suppressed)
		return 4;
	return 3 - (int)f->severity; /* error 0, warning 1, note 2 */
}

static int by_rank(const void *a, const void *b)
{
	const pending *x = a, *y = b;
	if (x->rank != y->rank)
		return x->rank - y->rank;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int by_seq(const void *a, const void *b)
{
	const pending *x = a, *y = b;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/*
 * Where a note puts its place on the value's way to the call: where the
 * value starts (a constant, an address taken), or a wrapper passing it on
 * to the API.  Other notes (what to use instead) are beside the path.
 */
enum { STEP_NONE, STEP_ORIGIN, STEP_ONWARD };

static int note_step(const char *m)
{
	if (strstr(m, " comes from here") || strstr(m, " is taken here"))
		return STEP_ORIGIN;
	if (strstr(m, " passes it to "))
		return STEP_ONWARD;
	return STEP_NONE;
}

/* The last whole word "here" or "there" in m, or NULL. */
static const char *link_word(const char *m, size_t *len)
{
	const char *best = NULL;
	for (const char *p = m; *p; p++) {
		size_t l = !strncmp(p, "here", 4) ? 4 : !strncmp(p, "there", 5) ? 5 : 0;
		if (!l || (p > m && isalnum((unsigned char)p[-1])) ||
		    isalnum((unsigned char)p[l]) || p[l] == '_')
			continue;
		best = p;
		*len = l;
	}
	return best;
}

/*
 * The result message with the notes that say "here" or "there" appended,
 * that word made an embedded link to the note's related location, so
 * code scanning links them from the alert: "... (0). The value 'X' comes
 * from [here](1); 'W' passes it to 'API' [here](2)."  The finding's own
 * message stays the first sentence, which is what is shown when space is
 * short.
 */
static char *linked_message(const hvci_finding *f, size_t n_notes)
{
	hvci_buf b;
	hvci_buf_init(&b);
	hvci_buf_puts(&b, f->message);
	int linked = 0;
	for (size_t k = 0; k < n_notes; k++) {
		const char *m = f->notes[k].message;
		size_t wl = 0;
		const char *w = m ? link_word(m, &wl) : NULL;
		if (!w)
			continue;
		hvci_buf_puts(&b, linked ? "; " : ". ");
		/* A new sentence starts with a capital, also when the note
		 * starts with the linked word itself ("there ..." from a
		 * store or a worker, which is not trusted). */
		char first = !linked && islower((unsigned char)m[0])
		                 ? (char)toupper((unsigned char)m[0])
		                 : m[0];
		if (w == m) {
			hvci_buf_printf(&b, "[%c%.*s](%zu)%s", first, (int)wl - 1, w + 1, k + 1,
			                w + wl);
		} else {
			hvci_buf_putc(&b, first);
			hvci_buf_putn(&b, m + 1, (size_t)(w - m - 1));
			hvci_buf_printf(&b, "[%.*s](%zu)%s", (int)wl, w, k + 1, w + wl);
		}
		linked = 1;
	}
	if (linked)
		hvci_buf_putc(&b, '.');
	return hvci_buf_take(&b);
}

static json_t *flow_step(const hvci_loc *l, const char *root, const char *text)
{
	json_t *loc = location(l, root, NULL);
	json_object_set_new(loc, "message", json_pack("{s:s}", "text", text));
	return json_pack("{s:o}", "location", loc);
}

/*
 * The value's way to the call as code flows, one per place it can start:
 * its origin, the finding (the call, or the wrapper call), then each
 * wrapper passing it on.  Only for findings whose notes trace a path.
 */
static json_t *code_flows(const hvci_finding *f, size_t n_notes, const char *root)
{
	size_t origins = 0, onward = 0;
	for (size_t k = 0; k < n_notes; k++) {
		int s = note_step(f->notes[k].message);
		origins += s == STEP_ORIGIN;
		onward += s == STEP_ONWARD;
	}
	if (!origins && !onward)
		return NULL;
	json_t *flows = json_array();
	for (size_t o = 0; o < n_notes || (!origins && o == 0); o++) {
		if (origins && note_step(f->notes[o].message) != STEP_ORIGIN)
			continue;
		json_t *steps = json_array();
		if (origins)
			json_array_append_new(
			    steps, flow_step(&f->notes[o].loc, root, f->notes[o].message));
		json_array_append_new(steps, flow_step(&f->loc, root, f->message));
		for (size_t k = 0; k < n_notes; k++)
			if (note_step(f->notes[k].message) == STEP_ONWARD)
				json_array_append_new(
				    steps, flow_step(&f->notes[k].loc, root, f->notes[k].message));
		json_array_append_new(flows,
		                      json_pack("{s:[{s:o}]}", "threadFlows", "locations", steps));
		if (!origins)
			break;
	}
	return flows;
}

static json_t *result_json(const hvci_finding *f, const hvci_rules *rules, const char *root,
                           const char *fp, size_t *dropped_locations)
{
	size_t keep = f->n_notes < SARIF_MAX_RELATED ? f->n_notes : SARIF_MAX_RELATED;
	char *text = linked_message(f, keep);
	json_t *res = json_pack("{s:s,s:s,s:{s:s},s:[o]}", "ruleId", f->rule_id, "level",
	                        level(f->severity), "message", "text", text, "locations",
	                        location(&f->loc, root, f->source_line));
	free(text);
	if (f->function) {
		/* The enclosing function as a SARIF logical location; name is its
		 * last component, fullyQualifiedName keeps Class::Method. */
		json_t *pl = json_array_get(json_object_get(res, "locations"), 0);
		json_t *ll = json_object_get(pl, "logicalLocations");
		if (!ll) {
			ll = json_array();
			json_object_set_new(pl, "logicalLocations", ll);
		}
		const char *sep = strrchr(f->function, ':');
		json_array_append_new(
		    ll, json_pack("{s:s,s:s,s:s}", "name", sep ? sep + 1 : f->function,
		                  "fullyQualifiedName", f->function, "kind", "function"));
	}
	size_t nr = rules ? hvci_rules_count(rules) : 0;
	for (size_t k = 0; k < nr; k++)
		if (!strcmp(hvci_rules_at(rules, k)->id, f->rule_id))
			json_object_set_new(res, "ruleIndex", json_integer((json_int_t)k));
	json_object_set_new(res, "partialFingerprints",
	                    json_pack("{s:s}", "primaryLocationLineHash", fp));
	if (f->n_notes) {
		json_t *rel = json_array();
		*dropped_locations += f->n_notes - keep;
		for (size_t k = 0; k < keep; k++) {
			json_t *l = location(&f->notes[k].loc, root, NULL);
			json_object_set_new(l, "id", json_integer((json_int_t)k + 1));
			json_object_set_new(l, "message",
			                    json_pack("{s:s}", "text", f->notes[k].message));
			json_array_append_new(rel, l);
		}
		json_object_set_new(res, "relatedLocations", rel);
		json_t *flows = code_flows(f, keep, root);
		if (flows)
			json_object_set_new(res, "codeFlows", flows);
	}
	if (f->n_fixits) {
		json_t *changes = json_array();
		for (size_t k = 0; k < f->n_fixits; k++) {
			const hvci_fixit *x = &f->fixits[k];
			hvci_loc del = x->range;
			if (!del.end_line) {
				del.end_line = del.line;
				del.end_col = del.col;
			}
			json_array_append_new(
			    changes, json_pack("{s:o,s:[{s:o,s:{s:s}}]}", "artifactLocation",
			                       artifact(x->range.file, root), "replacements",
			                       "deletedRegion", region(&del, NULL),
			                       "insertedContent", "text", x->text));
		}
		json_object_set_new(res, "fixes",
		                    json_pack("[{s:{s:s},s:o}]", "description", "text",
		                              "Make the memory non-executable", "artifactChanges",
		                              changes));
	}
	static const char *const states[] = {NULL, "new", "unchanged", "absent"};
	if (f->baseline > 0 && f->baseline < 4)
		json_object_set_new(res, "baselineState", json_string(states[f->baseline]));
	/* A finding gone since the compared run is carried as suppressed so it
	 * never counts; it has no suppression comment of its own. */
	if (f->suppressed && f->baseline != HVCI_BASELINE_ABSENT) {
		json_t *s = json_pack("{s:s}", "kind", "inSource");
		if (f->justification)
			json_object_set_new(s, "justification", json_string(f->justification));
		json_object_set_new(res, "suppressions", json_pack("[o]", s));
	}
	return res;
}

static json_t *notification(const char *lvl, const char *text)
{
	return json_pack("{s:s,s:{s:s},s:{s:s}}", "level", lvl, "message", "text", text,
	                 "descriptor", "id", "hvcilint-sarif-limit");
}

static json_t *coverage_notification(const char *lvl, const char *text, const hvci_loc *l,
                                     const char *root)
{
	return json_pack("{s:s,s:{s:s},s:[o],s:{s:s}}", "level", lvl, "message", "text", text,
	                 "locations", location(l, root, NULL), "descriptor", "id",
	                 HVCI_COVERAGE_CODE);
}

static void coverage_notifications(json_t *notes, const hvci_tu_result *r, const char *root)
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
		json_array_append_new(notes, coverage_notification("warning", m, &l, root));
		free(m);
	}
}

int hvci_write_sarif(FILE *out, const hvci_rules *rules, hvci_tu_result *const *results, size_t n,
                     const hvci_write_options *wo)
{
	const char *root = wo ? wo->root : NULL;
	json_t *jrules = json_array();
	size_t nr = rules ? hvci_rules_count(rules) : 0;
	for (size_t i = 0; i < nr; i++)
		json_array_append_new(jrules, rule_json(hvci_rules_at(rules, i)));
	json_t *notes = json_array();
	pending *all = NULL;
	size_t n_all = 0, cap_all = 0, dropped_locations = 0;
	for (size_t i = 0; i < n; i++) {
		const hvci_tu_result *r = results[i];
		for (size_t j = 0; j < r->n_diags; j++) {
			const hvci_tool_diag *d = &r->diags[j];
			json_array_append_new(notes, json_pack("{s:s,s:{s:s},s:[o]}", "level",
			                                       level(d->severity), "message",
			                                       "text", d->message, "locations",
			                                       location(&d->loc, root, NULL)));
		}
		coverage_notifications(notes, r, root);
		hvci_fp_counter fpc = {NULL, 0};
		for (size_t j = 0; j < r->n_findings; j++) {
			const hvci_finding *f = &r->findings[j];
			char fp[48];
			hvci_report_fingerprint(f, &fpc, fp, sizeof fp);
			if (n_all == cap_all) {
				cap_all = cap_all ? cap_all * 2 : 64;
				all = hvci_xrealloc(all, cap_all * sizeof *all);
			}
			all[n_all].json = result_json(f, rules, root, fp, &dropped_locations);
			/* The driver image decides the NX opt-in (hvci-nx-optin). */
			if (r->image)
				json_object_set_new(all[n_all].json, "properties",
				                    json_pack("{s:s}", "image", r->image));
			all[n_all].rank = rank_of(f);
			all[n_all].seq = n_all;
			n_all++;
		}
		hvci_fp_counter_reset(&fpc);
	}
	size_t kept = n_all;
	if (n_all > SARIF_MAX_RESULTS) {
		qsort(all, n_all, sizeof *all, by_rank);
		kept = SARIF_MAX_RESULTS;
		for (size_t i = kept; i < n_all; i++)
			json_decref(all[i].json);
		qsort(all, kept, sizeof *all, by_seq);
		char *msg = hvci_asprintf(
		    "%zu of %zu results left out: code scanning accepts at most %d results per "
		    "run, so the most severe were kept; see the full list with --format json "
		    "or html",
		    n_all - kept, n_all, SARIF_MAX_RESULTS);
		json_array_append_new(notes, notification("warning", msg));
		free(msg);
	}
	if (dropped_locations) {
		char *msg = hvci_asprintf("%zu related locations left out: code scanning accepts "
		                          "at most 1000 locations per result",
		                          dropped_locations);
		json_array_append_new(notes, notification("warning", msg));
		free(msg);
	}
	json_t *jres = json_array();
	for (size_t i = 0; i < kept; i++)
		json_array_append_new(jres, all[i].json);
	free(all);
	char *full = hvci_asprintf("hvcilint %s", HVCI_VERSION);
	json_t *run =
	    json_pack("{s:{s:{s:s,s:s,s:s,s:s,s:s,s:o}},s:o}", "tool", "driver", "name", "hvcilint",
	              "fullName", full, "version", HVCI_VERSION, "semanticVersion", HVCI_VERSION,
	              "informationUri", "https://github.com/hvcilint/hvcilint", "rules", jrules,
	              "results", jres);
	free(full);
	/* The part before the last '/' is the analysis category code scanning
	 * keeps results apart by; the rest names this run.  Image runs have
	 * their own, so uploading one never closes the alerts of the other. */
	int all_images = n > 0;
	for (size_t i = 0; i < n; i++)
		all_images &= results[i]->status == HVCI_TU_IMAGE;
	const char *cat = wo && wo->sarif_category ? wo->sarif_category
	                  : all_images             ? "hvcilint/image"
	                                           : "hvcilint";
	size_t cl = strlen(cat);
	while (cl && cat[cl - 1] == '/')
		cl--;
	char *aid = wo && wo->run_id
	                ? hvci_asprintf("%.*s/run-%lld", (int)cl, cat, (long long)wo->run_id)
	                : hvci_asprintf("%.*s/", (int)cl, cat);
	json_object_set_new(run, "automationDetails", json_pack("{s:s}", "id", aid));
	free(aid);
	hvci_coverage_totals cov;
	hvci_coverage_sum(results, n, &cov);
	if (cov.units || cov.units_skipped)
		json_object_set_new(
		    run, "properties",
		    json_pack("{s:o}", "coverage", hvci_coverage_totals_json(&cov)));
	int complete = !cov.calls_unanalysed || (wo && wo->allow_partial);
	json_t *inv = json_pack("{s:b,s:o}", "executionSuccessful", complete,
	                        "toolExecutionNotifications", notes);
	if (wo && wo->command_line)
		json_object_set_new(inv, "commandLine", json_string(wo->command_line));
	/* Which user configs shaped the run, and the rules they turned off: a
	 * reader of the log sees why a rule is silent. */
	if (rules && hvci_rules_config_count(rules)) {
		json_t *cf = json_array(), *dis = json_array();
		for (size_t i = 0; i < hvci_rules_config_count(rules); i++)
			json_array_append_new(cf, json_string(hvci_rules_config(rules, i)));
		for (size_t i = 0; i < hvci_rules_disabled_count(rules); i++)
			json_array_append_new(dis, json_string(hvci_rules_disabled_id(rules, i)));
		json_object_set_new(
		    inv, "properties",
		    json_pack("{s:o,s:o}", "configFiles", cf, "disabledRules", dis));
	}
	json_object_set_new(run, "invocations", json_pack("[o]", inv));
	if (root) {
		char *u = uri_encode(root);
		char *base = hvci_asprintf("file://%s/", u);
		json_object_set_new(run, "originalUriBaseIds",
		                    json_pack("{s:{s:s}}", "SRCROOT", "uri", base));
		free(base);
		free(u);
	}
	json_t *doc =
	    json_pack("{s:s,s:s,s:[o]}", "$schema", "https://json.schemastore.org/sarif-2.1.0.json",
	              "version", "2.1.0", "runs", run);
	int rc = json_dumpf(doc, out, JSON_INDENT(2));
	fputc('\n', out);
	json_decref(doc);
	return rc ? HVCI_ERROR : HVCI_OK;
}

int hvci_write(FILE *out, hvci_format fmt, const hvci_rules *rules, hvci_tu_result *const *results,
               size_t n, const hvci_write_options *wo)
{
	switch (fmt) {
	case HVCI_FORMAT_JSON:
		return hvci_write_json(out, results, n);
	case HVCI_FORMAT_SARIF:
		return hvci_write_sarif(out, rules, results, n, wo);
	case HVCI_FORMAT_HTML:
		return hvci_write_html(out, rules, results, n, wo);
	case HVCI_FORMAT_JUNIT:
		return hvci_write_junit(out, rules, results, n, wo);
	case HVCI_FORMAT_CODECLIMATE:
		return hvci_write_codeclimate(out, rules, results, n, wo);
	default:
		return hvci_write_text(out, results, n, wo);
	}
}
