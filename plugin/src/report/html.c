/*
 * html.c - the HTML dashboard: one self-contained file (inline CSS, inline
 * script, inline SVG; a Content-Security-Policy forbids every fetch, so
 * viewing it never touches the network).  It shows totals by severity and
 * by rule, what is new and what was fixed since the compared run, a trend
 * chart over the last runs in the store, counts by directory, and the list
 * of findings with their source line, notes, fixes and a link to the
 * rule's help, with client-side filters.  When some code was not fully
 * analysed, the header gives the share of affected calls analysed and a
 * coverage section marks each file with unanalysed calls or stand-in
 * headers and lists those calls.
 *
 * Every string that comes from a source file, a path, the store or the
 * rule data is escaped with hvci_markup_put(); the script reads only data
 * attributes and writes only textContent, so markup in a file name or a
 * message stays text.  The page works without the script too: filters
 * are then inert and every finding is shown.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "report/report.h"
#include "util/util.h"

/* What a finding is relative to the compared run and its suppressions:
 * space-separated tokens the filters match against. */
static const char *state_of(const hvci_finding *f)
{
	if (f->baseline == HVCI_BASELINE_ABSENT)
		return "fixed";
	if (f->suppressed)
		return f->baseline == HVCI_BASELINE_NEW ? "suppressed new" : "suppressed";
	if (f->baseline == HVCI_BASELINE_NEW)
		return "open new";
	if (f->baseline == HVCI_BASELINE_UNCHANGED)
		return "open unchanged";
	return "open";
}

static int is_open(const hvci_finding *f)
{
	return !f->suppressed && f->baseline != HVCI_BASELINE_ABSENT;
}

typedef struct {
	const char *rule;
	unsigned by_sev[4], fresh, suppressed, fixed;
} rule_count;

typedef struct {
	char *dir;
	unsigned open, total;
} dir_count;

static char *dir_of(const char *rel)
{
	const char *slash = strrchr(rel, '/');
	return slash ? hvci_xstrndup(rel, (size_t)(slash - rel)) : hvci_strdup(".");
}

static int by_dir_count(const void *a, const void *b)
{
	const dir_count *x = a, *y = b;
	if (x->open != y->open)
		return x->open < y->open ? 1 : -1;
	return strcmp(x->dir, y->dir);
}

static int by_rule_id(const void *a, const void *b)
{
	return strcmp(((const rule_count *)a)->rule, ((const rule_count *)b)->rule);
}

static const char css[] =
    "body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1d2330;background:#f5f6f8}"
    "header{background:#1d2330;color:#fff;padding:14px 24px}header h1{margin:0;font-size:20px}"
    "header p{margin:4px 0 0;color:#c8cdd8}main{padding:8px 24px 40px;max-width:1200px}"
    "section{background:#fff;border:1px solid #dde1e8;border-radius:6px;margin:14px 0;"
    "padding:10px 16px}h2{font-size:16px;margin:4px 0 10px}"
    ".cards{display:flex;flex-wrap:wrap;gap:10px}.card{border:1px solid #dde1e8;"
    "border-radius:6px;padding:8px 14px;min-width:90px}.card b{display:block;font-size:22px}"
    "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:3px 8px;"
    "border-bottom:1px solid #eef0f3}td.n,th.n{text-align:right}"
    ".error{color:#b3261e}.warning{color:#a35d00}.note{color:#44617b}"
    ".badge{display:inline-block;border-radius:3px;padding:0 6px;font-size:12px;"
    "font-weight:600;border:1px solid currentColor}"
    ".tag{display:inline-block;background:#e8f0fe;color:#1a4fa0;border-radius:3px;"
    "padding:0 5px;font-size:12px;margin-left:4px}.tag.fixed{background:#e6f4ea;color:#1e6b34}"
    ".tag.suppressed{background:#eee;color:#555}"
    "article{border-top:1px solid #eef0f3;padding:8px 0}article h3{font-size:14px;margin:0;"
    "font-weight:normal}article code{font-size:13px}"
    "pre{background:#f5f6f8;border-radius:4px;padding:6px 10px;margin:6px 0;overflow-x:auto;"
    "white-space:pre-wrap}pre .ln{color:#8a93a3;user-select:none;margin-right:10px}"
    "pre.fix{background:#e6f4ea}ul.notes{margin:4px 0;padding-left:20px;color:#44617b}"
    ".filters{display:flex;flex-wrap:wrap;gap:10px;align-items:center;margin-bottom:6px}"
    ".filters input{min-width:220px}#shown{color:#5b6472}svg text{font-size:11px;fill:#5b6472}"
    ".muted{color:#8a93a3}.tag.partial{background:#fdecea;color:#b3261e}"
    ".tag.standin{background:#fff4e5;color:#a35d00}";

static const char script[] =
    "(function(){\n"
    "var items=Array.prototype.slice.call(document.querySelectorAll('#list article'));\n"
    "var sev=document.getElementById('f-sev'),rule=document.getElementById('f-rule'),\n"
    "dir=document.getElementById('f-dir'),state=document.getElementById('f-state'),\n"
    "q=document.getElementById('f-q'),shown=document.getElementById('shown');\n"
    "function apply(){var n=0,text=q.value.toLowerCase();\n"
    "items.forEach(function(a){var ok=(!sev.value||a.dataset.sev===sev.value)&&\n"
    "(!rule.value||a.dataset.rule===rule.value)&&(!dir.value||a.dataset.dir===dir.value)&&\n"
    "(state.value==='all'||a.dataset.state.split(' ').indexOf(state.value)>=0)&&\n"
    "(!text||a.textContent.toLowerCase().indexOf(text)>=0);a.hidden=!ok;if(ok)n++;});\n"
    "shown.textContent=n+' of '+items.length+' findings shown';}\n"
    "[sev,rule,dir,state].forEach(function(e){e.addEventListener('change',apply);});\n"
    "q.addEventListener('input',apply);\n"
    "Array.prototype.forEach.call(document.querySelectorAll('[data-filter]'),function(e){\n"
    "e.addEventListener('click',function(ev){ev.preventDefault();\n"
    "var s=document.getElementById(e.dataset.filter);s.value=e.dataset.value;\n"
    "state.value='all';apply();document.getElementById('findings').scrollIntoView();});});\n"
    "apply();\n"
    "document.body.setAttribute('data-ready','1');\n"
    "})();\n";

/*
 * A link from the rule catalog (which --rules-dir can replace) is shown
 * only when it is https:, http: or relative: a javascript: or data: link
 * would run in the page's origin when clicked.
 */
static int safe_link(const char *u)
{
	if (!strncasecmp(u, "https://", 8) || !strncasecmp(u, "http://", 7))
		return 1;
	/* Relative: no scheme, i.e. no ':' before the first '/', '?' or '#'. */
	size_t k = strcspn(u, ":/?#");
	return u[k] != ':';
}

/* base64 of the SHA-256 of the script element's text, for the policy. */
static char *script_hash(void)
{
	size_t n = strlen(script);
	char *text = hvci_xmalloc(n + 2);
	text[0] = '\n';
	memcpy(text + 1, script, n + 1);
	unsigned char d[32];
	hvci_sha256(text, n + 1, d);
	free(text);
	return hvci_base64(d, sizeof d);
}

static void put_loc(FILE *out, const hvci_loc *l, const char *root)
{
	hvci_markup_put(out, hvci_report_relpath(l->file, root));
	if (l->logical) {
		fputs(": ", out);
		hvci_markup_put(out, l->logical);
	} else if (l->line) {
		fprintf(out, ":%u:%u", l->line, l->col);
	}
}

/* Inline SVG line chart of open findings per run, by severity. */
static void trend(FILE *out, const hvci_write_options *wo)
{
	size_t k = wo ? wo->n_history : 0;
	if (k < 2) {
		fputs("<p class=\"muted\">The trend appears once the store holds two runs.</p>\n",
		      out);
		if (!k)
			return;
	}
	const hvci_run_summary *h = wo->history;
	unsigned max = 4;
	for (size_t i = 0; i < k; i++) {
		unsigned t = h[i].by_severity[1] + h[i].by_severity[2] + h[i].by_severity[3];
		if (t > max)
			max = t;
	}
	max = (max + 3) / 4 * 4; /* whole numbers on the four grid lines */
	const double W = 720, H = 200, L = 44, R = 16, T = 12, B = 28;
	double step = k > 1 ? (W - L - R) / (double)(k - 1) : 0;
	fprintf(out,
	        "<svg viewBox=\"0 0 %.0f %.0f\" width=\"100%%\" style=\"max-width:%.0fpx\" "
	        "role=\"img\" aria-label=\"open findings per run\">\n",
	        W, H, W);
	for (int g = 0; g <= 4; g++) {
		double y = T + (H - T - B) * (1 - g / 4.0);
		fprintf(out,
		        "<line x1=\"%.0f\" x2=\"%.0f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#eef0f3\"/>"
		        "<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\">%.0f</text>\n",
		        L, W - R, y, y, L - 6, y + 4, max * g / 4.0);
	}
	static const char *const colors[] = {"#1d2330", "#b3261e", "#a35d00", "#44617b"};
	static const char *const names[] = {"all", "errors", "warnings", "notes"};
	for (int s = 0; s < 4; s++) {
		fprintf(out, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"%s\" points=\"",
		        colors[s], s ? "1.5" : "2.5");
		for (size_t i = 0; i < k; i++) {
			unsigned v =
			    s ? h[i].by_severity[4 - s]
			      : h[i].by_severity[1] + h[i].by_severity[2] + h[i].by_severity[3];
			fprintf(out, "%.1f,%.1f ", L + step * (double)i,
			        T + (H - T - B) * (1 - (double)v / max));
		}
		fputs("\"/>\n", out);
	}
	for (size_t i = 0; i < k; i++) {
		unsigned t = h[i].by_severity[1] + h[i].by_severity[2] + h[i].by_severity[3];
		double x = L + step * (double)i;
		fprintf(
		    out,
		    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#1d2330\"><title>run %lld, ",
		    x, T + (H - T - B) * (1 - (double)t / max), (long long)h[i].id);
		hvci_markup_put(out, h[i].started_at);
		fprintf(out,
		        ": %u open (%u errors, %u warnings, %u notes), %u suppressed</title>"
		        "</circle>\n",
		        t, h[i].by_severity[3], h[i].by_severity[2], h[i].by_severity[1],
		        h[i].suppressed);
		/* Label every run while they fit, then every few. */
		if (k <= 12 || i % ((k + 11) / 12) == 0 || i == k - 1)
			fprintf(out,
			        "<text x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\">#%lld</text>\n",
			        x, H - 8, (long long)h[i].id);
	}
	fputs("</svg>\n<p>", out);
	for (int s = 0; s < 4; s++)
		fprintf(out, "<span style=\"color:%s\">&#9632; %s</span> ", colors[s], names[s]);
	fputs("</p>\n", out);
}

/* Files that were not fully analysed, with their unanalysed calls. */
static void coverage_section(FILE *out, hvci_tu_result *const *results, size_t n,
                             const hvci_coverage_totals *t, const char *root)
{
	fputs("<section id=\"coverage\"><h2>Coverage</h2>\n<p>", out);
	char *sum = hvci_coverage_summary(t);
	hvci_markup_put(out, sum);
	free(sum);
	fputs(".</p>\n", out);
	int table = 0;
	for (size_t i = 0; i < n; i++) {
		const hvci_tu_result *r = results[i];
		const hvci_coverage *c = &r->coverage;
		if (!c->calls_unanalysed && !c->calls_tokens && !c->n_stand_in_headers)
			continue;
		if (!table++)
			fputs(
			    "<table><tr><th>file</th><th class=\"n\">not analysed</th>"
			    "<th class=\"n\">from tokens</th><th class=\"n\">functions parsed</th>"
			    "<th>stand-in headers</th></tr>\n",
			    out);
		fputs("<tr class=\"cov-file\" data-file=\"", out);
		hvci_markup_put(out, hvci_report_relpath(r->file, root));
		fputs("\"><td><code>", out);
		hvci_markup_put(out, hvci_report_relpath(r->file, root));
		fputs("</code>", out);
		if (c->calls_unanalysed)
			fputs(" <span class=\"tag partial\">calls not analysed</span>", out);
		if (c->n_stand_in_headers)
			fputs(" <span class=\"tag standin\">stand-in headers</span>", out);
		fprintf(out,
		        "</td><td class=\"n\">%u</td><td class=\"n\">%u</td>"
		        "<td class=\"n\">%u of %u</td><td>",
		        c->calls_unanalysed, c->calls_tokens, c->functions_analysed, c->functions);
		for (size_t k = 0; k < c->n_stand_in_headers; k++) {
			fputs(k ? ", <code>" : "<code>", out);
			hvci_markup_put(out, c->stand_in_headers[k]);
			fputs("</code>", out);
		}
		fputs("</td></tr>\n", out);
		for (size_t k = 0; k < c->n_sites; k++) {
			const hvci_cov_call *sc = &c->sites[k];
			if (sc->how != HVCI_COV_UNANALYSED)
				continue;
			hvci_loc l = sc->loc;
			if (!l.file)
				l.file = r->file;
			fputs("<tr class=\"cov-call\"><td colspan=\"5\"><code>", out);
			put_loc(out, &l, root);
			fputs("</code>: ", out);
			char *m = hvci_coverage_site_message(sc);
			hvci_markup_put(out, m);
			free(m);
			fputs("</td></tr>\n", out);
		}
	}
	if (table)
		fputs("</table>\n", out);
	fputs("</section>\n", out);
}

static void finding(FILE *out, const hvci_finding *f, const hvci_rules *rules, const char *root)
{
	const char *rel = hvci_report_relpath(f->loc.file, root);
	char *dir = dir_of(rel);
	const char *sev = hvci_severity_name(f->severity);
	fprintf(out, "<article data-sev=\"%s\" data-rule=\"", sev);
	hvci_markup_put(out, f->rule_id);
	fputs("\" data-dir=\"", out);
	hvci_markup_put(out, dir);
	fprintf(out, "\" data-state=\"%s\">\n<h3><span class=\"badge %s\">%s</span> <code>",
	        state_of(f), sev, sev);
	put_loc(out, &f->loc, root);
	fputs("</code> <a href=\"#rule-", out);
	hvci_markup_put(out, f->rule_id);
	fputs("\">", out);
	hvci_markup_put(out, f->rule_id);
	fputs("</a>", out);
	if (f->baseline == HVCI_BASELINE_NEW)
		fputs("<span class=\"tag\">new</span>", out);
	if (f->baseline == HVCI_BASELINE_ABSENT)
		fputs("<span class=\"tag fixed\">fixed</span>", out);
	else if (f->suppressed)
		fputs("<span class=\"tag suppressed\">suppressed</span>", out);
	fputs("</h3>\n<p>", out);
	hvci_markup_put(out, f->message);
	if (f->function) {
		fputs(" <span class=\"muted\">in ", out);
		hvci_markup_put(out, f->function);
		fputs("()</span>", out);
	}
	fputs("</p>\n", out);
	if (f->source_line) {
		fprintf(out, "<pre><span class=\"ln\">%u</span>", f->loc.line);
		hvci_markup_put(out, f->source_line);
		fputs("</pre>\n", out);
	}
	if (f->n_notes) {
		fputs("<ul class=\"notes\">", out);
		for (size_t k = 0; k < f->n_notes; k++) {
			fputs("<li><code>", out);
			put_loc(out, &f->notes[k].loc, root);
			fputs("</code>: ", out);
			hvci_markup_put(out, f->notes[k].message);
			fputs("</li>", out);
		}
		fputs("</ul>\n", out);
	}
	for (size_t k = 0; k < f->n_fixits; k++) {
		const hvci_fixit *x = &f->fixits[k];
		fputs("<pre class=\"fix\">fix at ", out);
		put_loc(out, &x->range, root);
		fputs(x->range.end_line ? ": replace with " : ": insert ", out);
		hvci_markup_put(out, x->text);
		fputs("</pre>\n", out);
	}
	if (f->suppressed && f->baseline != HVCI_BASELINE_ABSENT) {
		fputs("<p class=\"muted\">Suppressed by ", out);
		hvci_markup_put(out, f->suppression ? f->suppression : "a suppression");
		if (f->justification) {
			fputs(": ", out);
			hvci_markup_put(out, f->justification);
		}
		fputs("</p>\n", out);
	}
	const hvci_rule_info *ri = rules ? hvci_rules_find(rules, f->rule_id) : NULL;
	if (ri && ri->short_desc) {
		fputs("<p class=\"muted\">", out);
		hvci_markup_put(out, ri->short_desc);
		fputs("</p>\n", out);
	}
	fputs("</article>\n", out);
	free(dir);
}

static void rule_help(FILE *out, const hvci_rule_info *ri)
{
	fputs("<article id=\"rule-", out);
	hvci_markup_put(out, ri->id);
	fputs("\">\n<h3><code>", out);
	hvci_markup_put(out, ri->id);
	fprintf(out, "</code> <span class=\"badge %s\">%s</span> ",
	        hvci_severity_name(ri->severity), hvci_severity_name(ri->severity));
	hvci_markup_put(out, ri->short_desc);
	fputs("</h3>\n<p>", out);
	hvci_markup_put(out, ri->full_desc);
	fputs("</p>\n", out);
	if (ri->help_markdown) {
		fputs("<details><summary>How to fix</summary><pre>", out);
		hvci_markup_put(out, ri->help_markdown);
		fputs("</pre></details>\n", out);
	}
	if (ri->help_uri && safe_link(ri->help_uri)) {
		fputs("<p><a href=\"", out);
		hvci_markup_put(out, ri->help_uri);
		fputs("\">Rule documentation</a></p>\n", out);
	}
	fputs("</article>\n", out);
}

static void options(FILE *out, const char *const *values, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		fputs("<option value=\"", out);
		hvci_markup_put(out, values[i]);
		fputs("\">", out);
		hvci_markup_put(out, values[i]);
		fputs("</option>", out);
	}
}

int hvci_write_html(FILE *out, const hvci_rules *rules, hvci_tu_result *const *results, size_t n,
                    const hvci_write_options *wo)
{
	const char *root = wo ? wo->root : NULL;
	/* Without a compared run, new and fixed mean nothing: not shown. */
	const int compared = wo && (wo->compare_id || wo->compare_label);
	rule_count *rc = NULL;
	dir_count *dc = NULL;
	size_t n_rc = 0, n_dc = 0, total = 0;
	unsigned by_sev[4] = {0}, fresh = 0, fixed = 0, suppressed = 0;
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < results[i]->n_findings; j++) {
			const hvci_finding *f = &results[i]->findings[j];
			total++;
			size_t k = 0;
			while (k < n_rc && strcmp(rc[k].rule, f->rule_id))
				k++;
			if (k == n_rc) {
				rc = hvci_xrealloc(rc, ++n_rc * sizeof *rc);
				memset(&rc[k], 0, sizeof *rc);
				rc[k].rule = f->rule_id;
			}
			unsigned sev = f->severity <= HVCI_SEV_ERROR ? (unsigned)f->severity : 0;
			if (f->baseline == HVCI_BASELINE_ABSENT) {
				rc[k].fixed++;
				fixed++;
				continue;
			}
			if (f->suppressed) {
				rc[k].suppressed++;
				suppressed++;
			} else {
				rc[k].by_sev[sev]++;
				by_sev[sev]++;
				if (f->baseline == HVCI_BASELINE_NEW) {
					rc[k].fresh++;
					fresh++;
				}
			}
			char *dir = dir_of(hvci_report_relpath(f->loc.file, root));
			size_t d = 0;
			while (d < n_dc && strcmp(dc[d].dir, dir))
				d++;
			if (d == n_dc) {
				dc = hvci_xrealloc(dc, ++n_dc * sizeof *dc);
				dc[d].dir = dir;
				dc[d].open = dc[d].total = 0;
			} else {
				free(dir);
			}
			dc[d].total++;
			dc[d].open += is_open(f);
		}
	if (n_rc)
		qsort(rc, n_rc, sizeof *rc, by_rule_id);
	if (n_dc)
		qsort(dc, n_dc, sizeof *dc, by_dir_count);

	/* Only our own script may run: the policy names it by its hash (the
	 * element's text is "\n" and the script), so markup that slipped into
	 * the page could not add one, and inline event handlers are refused. */
	char *hash = script_hash();
	fprintf(out,
	        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
	        "style-src 'unsafe-inline'; script-src 'sha256-%s'\">\n"
	        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
	        hash);
	free(hash);
	fprintf(out, "<title>hvcilint report</title>\n<style>%s</style>\n</head>\n<body>\n", css);
	fputs("<header><h1>hvcilint: HVCI compatibility report</h1><p>", out);
	const hvci_run_summary *cur =
	    wo && wo->n_history && wo->history[wo->n_history - 1].id == wo->run_id
	        ? &wo->history[wo->n_history - 1]
	        : NULL;
	if (wo && wo->run_id)
		fprintf(out, "Run %lld", (long long)wo->run_id);
	else
		fputs("Current results", out);
	if (cur) {
		fputs(", started ", out);
		hvci_markup_put(out, cur->started_at);
		if (cur->git_branch || cur->git_commit) {
			fputs(", ", out);
			hvci_markup_put(out, cur->git_branch);
			fputs(" ", out);
			hvci_markup_put(out, cur->git_commit);
		}
		if (cur->status && strcmp(cur->status, "complete")) {
			fputs(" (", out);
			hvci_markup_put(out, cur->status);
			fputs(")", out);
		}
	}
	fprintf(out, "; %zu files analysed", n);
	hvci_coverage_totals cov;
	hvci_coverage_sum(results, n, &cov);
	if (cov.units) {
		fprintf(out, "; <span id=\"coverage-figure\">%u of %u affected calls analysed",
		        cov.calls_ast + cov.calls_tokens, cov.calls);
		if (cov.calls_unanalysed)
			fprintf(
			    out,
			    ", <a href=\"#coverage\" class=\"tag partial\">%u not analysed in %u "
			    "%s</a>",
			    cov.calls_unanalysed, cov.files_unanalysed,
			    cov.files_unanalysed == 1 ? "file" : "files");
		fputs("</span>", out);
	}
	if (compared) {
		fputs("; compared with ", out);
		if (wo->compare_label)
			hvci_markup_put(out, wo->compare_label);
		else
			fprintf(out, "run %lld", (long long)wo->compare_id);
	} else {
		/* No new or fixed counts are shown then, rather than zeros. */
		fputs("; <span id=\"no-comparison\">not compared with an earlier run (none in the "
		      "store, or the run was not recorded)</span>",
		      out);
	}
	fputs("</p></header>\n<main>\n", out);

	/* Totals. */
	fputs("<section id=\"totals\"><h2>Totals</h2><div class=\"cards\">\n", out);
	fprintf(out,
	        "<div class=\"card error\"><b>%u</b>errors</div>"
	        "<div class=\"card warning\"><b>%u</b>warnings</div>"
	        "<div class=\"card note\"><b>%u</b>notes</div>"
	        "<div class=\"card\"><b>%u</b>suppressed</div>\n",
	        by_sev[3], by_sev[2], by_sev[1], suppressed);
	if (compared)
		fprintf(out,
		        "<div class=\"card\"><b>%u</b>new since the compared run</div>"
		        "<div class=\"card\"><b>%u</b>fixed since the compared run</div>\n",
		        fresh, fixed);
	fputs("</div></section>\n", out);

	if (hvci_coverage_partial(&cov))
		coverage_section(out, results, n, &cov, root);

	fputs("<section id=\"trend\"><h2>Trend over the last runs</h2>\n", out);
	trend(out, wo);
	fputs("</section>\n", out);

	/* By rule. */
	fputs("<section id=\"by-rule\"><h2>By rule</h2>\n", out);
	if (!n_rc)
		fputs("<p>No findings.</p>\n", out);
	else
		fprintf(out,
		        "<table><tr><th>rule</th><th>description</th><th class=\"n\">errors</th>"
		        "<th class=\"n\">warnings</th><th class=\"n\">notes</th>%s"
		        "<th class=\"n\">suppressed</th>%s</tr>\n",
		        compared ? "<th class=\"n\">new</th>" : "",
		        compared ? "<th class=\"n\">fixed</th>" : "");
	for (size_t k = 0; k < n_rc; k++) {
		const hvci_rule_info *ri = rules ? hvci_rules_find(rules, rc[k].rule) : NULL;
		fputs("<tr><td><a href=\"#findings\" data-filter=\"f-rule\" data-value=\"", out);
		hvci_markup_put(out, rc[k].rule);
		fputs("\">", out);
		hvci_markup_put(out, rc[k].rule);
		fputs("</a></td><td>", out);
		hvci_markup_put(out, ri ? ri->short_desc : NULL);
		fprintf(
		    out,
		    "</td><td class=\"n\">%u</td><td class=\"n\">%u</td><td class=\"n\">%u</td>",
		    rc[k].by_sev[3], rc[k].by_sev[2], rc[k].by_sev[1]);
		if (compared)
			fprintf(out, "<td class=\"n\">%u</td>", rc[k].fresh);
		fprintf(out, "<td class=\"n\">%u</td>", rc[k].suppressed);
		if (compared)
			fprintf(out, "<td class=\"n\">%u</td>", rc[k].fixed);
		fputs("</tr>\n", out);
	}
	if (n_rc)
		fputs("</table>\n", out);
	fputs("</section>\n", out);

	/* By directory. */
	fputs("<section id=\"by-dir\"><h2>By directory</h2>\n", out);
	if (!n_dc)
		fputs("<p>No findings.</p>\n", out);
	else
		fputs("<table><tr><th>directory</th><th class=\"n\">open</th>"
		      "<th class=\"n\">all current</th></tr>\n",
		      out);
	for (size_t d = 0; d < n_dc; d++) {
		fputs("<tr><td><a href=\"#findings\" data-filter=\"f-dir\" data-value=\"", out);
		hvci_markup_put(out, dc[d].dir);
		fputs("\">", out);
		hvci_markup_put(out, dc[d].dir);
		fprintf(out, "</a></td><td class=\"n\">%u</td><td class=\"n\">%u</td></tr>\n",
		        dc[d].open, dc[d].total);
	}
	if (n_dc)
		fputs("</table>\n", out);
	fputs("</section>\n", out);

	/* Findings with filters. */
	fputs("<section id=\"findings\"><h2>Findings</h2>\n<div class=\"filters\">"
	      "<label>Severity <select id=\"f-sev\"><option value=\"\">any</option>"
	      "<option value=\"error\">error</option><option value=\"warning\">warning</option>"
	      "<option value=\"note\">note</option></select></label>\n"
	      "<label>Rule <select id=\"f-rule\"><option value=\"\">any</option>",
	      out);
	const char **vals = hvci_xmalloc((n_rc + n_dc + 1) * sizeof *vals);
	for (size_t k = 0; k < n_rc; k++)
		vals[k] = rc[k].rule;
	options(out, vals, n_rc);
	fputs("</select></label>\n<label>Directory <select id=\"f-dir\"><option "
	      "value=\"\">any</option>",
	      out);
	for (size_t d = 0; d < n_dc; d++)
		vals[d] = dc[d].dir;
	options(out, vals, n_dc);
	free(vals);
	fputs("</select></label>\n<label>State <select id=\"f-state\">"
	      "<option value=\"open\">open</option>",
	      out);
	if (compared)
		fputs("<option value=\"new\">new</option><option "
		      "value=\"unchanged\">unchanged</option>",
		      out);
	fputs("<option value=\"suppressed\">suppressed</option>", out);
	if (compared)
		fputs("<option value=\"fixed\">fixed</option>", out);
	fputs("<option value=\"all\">all</option></select></label>\n"
	      "<label>Search <input id=\"f-q\" type=\"search\" placeholder=\"file, message, "
	      "code\"></label>\n"
	      "<span id=\"shown\"></span></div>\n<div id=\"list\">\n",
	      out);
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < results[i]->n_findings; j++)
			finding(out, &results[i]->findings[j], rules, root);
	if (!total)
		fputs("<p>No findings.</p>\n", out);
	fputs("</div></section>\n", out);

	/* Help for the rules that appear. */
	fputs("<section id=\"rules\"><h2>Rule help</h2>\n", out);
	for (size_t k = 0; k < n_rc; k++) {
		const hvci_rule_info *ri = rules ? hvci_rules_find(rules, rc[k].rule) : NULL;
		if (ri)
			rule_help(out, ri);
	}
	fputs("</section>\n", out);
	fprintf(out,
	        "<noscript><p class=\"muted\">Filters need JavaScript.</p></noscript>\n"
	        "</main>\n<footer class=\"muted\" style=\"padding:0 24px 20px\">hvcilint %s"
	        "</footer>\n<script>\n%s</script>\n</body>\n</html>\n",
	        HVCI_VERSION, script);
	free(rc);
	for (size_t d = 0; d < n_dc; d++)
		free(dc[d].dir);
	free(dc);
	return ferror(out) ? HVCI_ERROR : HVCI_OK;
}
