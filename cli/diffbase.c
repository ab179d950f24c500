/*
 * diffbase.c - which lines a change touches, read from git's unified diff
 * with no context (`git diff -U0`), the way clang-tidy-diff scopes a run to
 * a patch: legacy code keeps its findings out of the way of a commit.
 *
 * Only the new side of each hunk counts: added and rewritten lines, by
 * their line numbers in the work tree (or, for --staged, the index; a
 * pre-commit hook sees both equal, because pre-commit sets unstaged edits
 * aside while hooks run).  A pure deletion touches no line.  Untracked
 * files are not part of `git diff`; they count once `git add` (or
 * `git add -N`) makes them known.  git runs through cli_git_run (git.c):
 * without a shell, and without the programs (fsmonitor, clean filters,
 * external diff, textconv) a repository's configuration could name.
 *
 * This file does not run the analysis; it answers "is this file changed"
 * before, and filters findings after.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "util/util.h"
#include "diffbase.h"

typedef struct {
	unsigned first, last; /* new-side lines, inclusive */
} line_range;

typedef struct {
	char *path;    /* absolute, symlinks resolved when the file exists */
	line_range *r; /* changed line ranges, in diff order */
	size_t nr;     /* entries in r */
} changed_file;

struct cli_changes {
	changed_file *f;
	size_t nf;
};

/* A path from a "+++ " line: C-quoted when git had to, trailing tab dropped. */
static char *diff_path(const char *s, size_t n)
{
	char *r = hvci_xmalloc(n + 1), *w = r;
	if (n && s[0] == '"') {
		for (size_t i = 1; i < n && s[i] != '"'; i++) {
			if (s[i] != '\\' || i + 1 >= n) {
				*w++ = s[i];
				continue;
			}
			char c = s[++i];
			if (c >= '0' && c <= '7') {
				int v = 0;
				for (int k = 0; k < 3 && i < n && s[i] >= '0' && s[i] <= '7'; k++)
					v = v * 8 + (s[i++] - '0');
				i--;
				*w++ = (char)v;
			} else {
				*w++ = c == 't'   ? '\t'
				       : c == 'n' ? '\n'
				       : c == 'a' ? '\a'
				       : c == 'b' ? '\b'
				       : c == 'f' ? '\f'
				       : c == 'r' ? '\r'
				       : c == 'v' ? '\v'
				                  : c;
			}
		}
	} else {
		while (n && (s[n - 1] == '\t' || s[n - 1] == '\r'))
			n--;
		memcpy(w, s, n);
		w += n;
	}
	*w = '\0';
	return r;
}

static void parse_diff(cli_changes *c, const char *top, const char *text)
{
	changed_file *cur = NULL;
	unsigned left_old = 0, left_new = 0; /* body lines still due in the hunk */
	for (const char *l = text; *l;) {
		const char *e = strchr(l, '\n');
		size_t n = e ? (size_t)(e - l) : strlen(l);
		if (left_old || left_new) {
			/* Hunk body: a line may itself begin with "+++" or "@@". */
			if (l[0] == '-' && left_old)
				left_old--;
			else if (l[0] == '+' && left_new)
				left_new--;
			else if (l[0] == ' ') {
				if (left_old)
					left_old--;
				if (left_new)
					left_new--;
			}
		} else if (n > 4 && !strncmp(l, "+++ ", 4)) {
			cur = NULL;
			char *p = diff_path(l + 4, n - 4);
			if (!strncmp(p, "b/", 2)) {
				size_t pl = strlen(top) + strlen(p) + 2;
				char *abs = hvci_xmalloc(pl);
				snprintf(abs, pl, "%s/%s", top, p + 2);
				c->f = hvci_xrealloc(c->f, (c->nf + 1) * sizeof *c->f);
				cur = &c->f[c->nf++];
				cur->path = cli_real_path(abs, NULL);
				cur->r = NULL;
				cur->nr = 0;
				free(abs);
			} /* else /dev/null: the file was deleted */
			free(p);
		} else if (n > 2 && !strncmp(l, "@@ ", 3)) {
			unsigned os = 0, oc = 1, ns = 0, nc = 1;
			const char *q = l + 3;
			char *end;
			if (*q == '-') {
				os = (unsigned)strtoul(q + 1, &end, 10);
				q = end;
				if (*q == ',') {
					oc = (unsigned)strtoul(q + 1, &end, 10);
					q = end;
				}
			}
			while (*q == ' ')
				q++;
			if (*q == '+') {
				ns = (unsigned)strtoul(q + 1, &end, 10);
				q = end;
				if (*q == ',')
					nc = (unsigned)strtoul(q + 1, &end, 10);
			}
			(void)os;
			left_old = oc;
			left_new = nc;
			if (cur && nc) {
				cur->r = hvci_xrealloc(cur->r, (cur->nr + 1) * sizeof *cur->r);
				cur->r[cur->nr++] = (line_range){ns, ns + nc - 1};
			}
		}
		if (!e)
			break;
		l = e + 1;
	}
}

int cli_changes_load(cli_changes **out, const char *rev)
{
	*out = NULL;
	const char *what = rev ? "--diff-base" : "--staged";
	if (rev && rev[0] == '-') {
		cli_error(
		    "--diff-base '%s': a revision cannot start with '-'; pass a commit, branch "
		    "or tag",
		    rev);
		return -1;
	}
	char *o, *err;
	size_t len;
	static const char *const top_args[] = {"rev-parse", "--show-toplevel", NULL};
	int st = cli_git_run(NULL, top_args, &o, &len, &err);
	if (st != 0) {
		cli_error("%s needs a git repository: %s; run hvcilint inside the repository", what,
		          st < 0 ? "git cannot be started"
		          : err  ? err
		                 : "git rev-parse failed");
		free(o);
		free(err);
		return -1;
	}
	o[strcspn(o, "\r\n")] = '\0';
	char *top = cli_real_path(o, NULL);
	free(o);
	free(err);
	const char *diff_args[] = {"diff",
	                           "-U0",
	                           "--no-color",
	                           "--no-ext-diff",
	                           "--no-textconv",
	                           "--src-prefix=a/",
	                           "--dst-prefix=b/",
	                           rev ? rev : "--cached",
	                           "--",
	                           NULL};
	st = cli_git_run(top, diff_args, &o, &len, &err);
	if (st != 0) {
		if (rev)
			cli_error("--diff-base '%s': git diff failed: %s; pass a revision this "
			          "repository has",
			          rev, err ? err : "no message");
		else
			cli_error("--staged: git diff --cached failed: %s",
			          err ? err : "no message");
		free(o);
		free(err);
		free(top);
		return -1;
	}
	cli_changes *c = hvci_xcalloc(1, sizeof *c);
	parse_diff(c, top, o);
	free(o);
	free(err);
	free(top);
	*out = c;
	return 0;
}

void cli_changes_free(cli_changes *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->nf; i++) {
		free(c->f[i].path);
		free(c->f[i].r);
	}
	free(c->f);
	free(c);
}

static const changed_file *find(const cli_changes *c, const char *path)
{
	for (size_t i = 0; i < c->nf; i++)
		if (!strcmp(c->f[i].path, path))
			return &c->f[i];
	return NULL;
}

int cli_changes_touch(const cli_changes *c, const char *file, const char *dir)
{
	char *p = cli_real_path(file, dir);
	const changed_file *f = find(c, p);
	free(p);
	return f && f->nr;
}

/* Does [first, last] in `file` meet a changed line? */
static int hits(const cli_changes *c, const char *file, const char *dir, unsigned first,
                unsigned last)
{
	if (!file || !first)
		return 0;
	if (last < first)
		last = first;
	char *p = cli_real_path(file, dir);
	const changed_file *f = find(c, p);
	free(p);
	for (size_t i = 0; f && i < f->nr; i++)
		if (f->r[i].first <= last && first <= f->r[i].last)
			return 1;
	return 0;
}

void cli_changes_filter(const cli_changes *c, hvci_tu_result *const *results, size_t n,
                        const char *const *dirs)
{
	for (size_t i = 0; i < n; i++) {
		hvci_tu_result *r = results[i];
		const char *dir = dirs ? dirs[i] : NULL;
		size_t o = 0;
		for (size_t j = 0; j < r->n_findings; j++) {
			hvci_finding *f = &r->findings[j];
			/* A changed line that sets the value (a note) or would take the fix
			 * introduced the finding as much as the line it is reported on. */
			int keep = hits(c, f->loc.file, dir, f->loc.line, f->loc.end_line);
			for (size_t k = 0; k < f->n_notes && !keep; k++)
				keep = hits(c, f->notes[k].loc.file, dir, f->notes[k].loc.line,
				            f->notes[k].loc.end_line);
			for (size_t k = 0; k < f->n_fixits && !keep; k++)
				keep = hits(c, f->fixits[k].range.file, dir,
				            f->fixits[k].range.line, f->fixits[k].range.end_line);
			if (keep)
				r->findings[o++] = *f;
			else
				hvci_finding_clear(f);
		}
		r->n_findings = o;
		/* A call that was not analysed counts only on a changed line, as a
		 * finding there would: old code that does not parse does not block
		 * a change. */
		hvci_coverage *cov = &r->coverage;
		o = 0;
		for (size_t k = 0; k < cov->n_sites; k++) {
			hvci_cov_call *s = &cov->sites[k];
			if (s->how != HVCI_COV_UNANALYSED ||
			    hits(c, s->loc.file ? s->loc.file : r->file, dir, s->loc.line,
			         s->loc.end_line)) {
				cov->sites[o++] = *s;
				continue;
			}
			if (cov->calls_unanalysed)
				cov->calls_unanalysed--;
			if (cov->calls)
				cov->calls--;
			hvci_loc_clear(&s->loc);
			free(s->api);
			free(s->reason);
		}
		cov->n_sites = o;
	}
}
