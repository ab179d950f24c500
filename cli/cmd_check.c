/*
 * cmd_check.c - `hvcilint check`: the main job.
 *
 *   hvcilint check -p DIR [FILE...]        entries of DIR/compile_commands.json
 *   hvcilint check FILE... -- COMPILER-ARGS
 *
 * Translation units are analysed in -j worker processes (pool.c), so a
 * libclang crash or a file running past --timeout costs that file only: it
 * becomes a tool error and the run goes on.  The parent orders the
 * results as the compile database does, drops findings that depend on the
 * POOL_NX_OPTIN run-time call when some file of the same driver image makes
 * it (images: compdb.c, cli_assign_images), removes
 * duplicates from headers seen by several files, and prints.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "diffbase.h"
#include "util/util.h"
#include "fix.h"
#include "verify.h"

typedef cli_job job;

typedef struct {
	job *v;
	size_t n;
} jobs;

static job *job_add(jobs *js, const char *file, const char *dir, char **argv, size_t argc)
{
	js->v = realloc(js->v, (js->n + 1) * sizeof *js->v);
	job *j = &js->v[js->n++];
	memset(j, 0, sizeof *j);
	j->file = strdup(file);
	j->directory = strdup(dir);
	j->argv = argv;
	j->argc = argc;
	return j;
}

static void free_job(job *j)
{
	cli_compile_cmd_clear(j);
}

static void free_jobs(jobs *js)
{
	for (size_t i = 0; i < js->n; i++)
		free_job(&js->v[i]);
	free(js->v);
}

/* What jobs_from_db does with a FILE its database does not list. */
enum unlisted { UNLISTED_ERROR, UNLISTED_SKIP, UNLISTED_DEFAULTS };

/*
 * Jobs for FILEs (every entry when nfiles is 0) from DIR/compile_commands.json.
 * An unlisted FILE is an error, skipped with a note, or (UNLISTED_DEFAULTS)
 * left to the caller with a note and unlisted[i] set.
 */
static int jobs_from_db(jobs *js, const char *dir, char **files, size_t nfiles,
                        enum unlisted policy, char *unlisted)
{
	cli_compile_cmd *all;
	size_t n;
	if (cli_compdb_load(dir, &all, &n))
		return -1;
	int rc = 0;
	for (size_t i = 0; i < (nfiles ? nfiles : n); i++) {
		const cli_compile_cmd *c = nfiles ? cli_compdb_match(all, n, files[i]) : &all[i];
		if (!c && policy == UNLISTED_DEFAULTS) {
			cli_note("%s: no entry in %s/compile_commands.json; analysed "
			         "with the default driver flags",
			         files[i], dir);
			unlisted[i] = 1;
			continue;
		}
		if (!c && policy == UNLISTED_SKIP) {
			cli_note("%s: no entry in %s/compile_commands.json; skipped (a "
			         "header's findings come through the files that include it)",
			         files[i], dir);
			continue;
		}
		if (!c) {
			cli_error(
			    "%s:1: no entry for this file in %s/compile_commands.json; add it "
			    "to the build or pass flags after '--'",
			    files[i], dir);
			rc = -1;
			continue;
		}
		/* libclang would only say it cannot parse a file that is not there. */
		if (access(c->file, R_OK) != 0) {
			cli_error("%s/compile_commands.json:1: lists %s, which is not there (%s); "
			          "regenerate the database or restore the file",
			          dir, c->file, strerror(errno));
			rc = -1;
			continue;
		}
		/* One translation unit per named file, even if built several ways. */
		char **argv = calloc(c->argc + 1, sizeof *argv);
		for (size_t k = 0; k < c->argc; k++)
			argv[k] = strdup(c->argv[k]);
		job *j = job_add(js, c->file, c->directory, argv, c->argc);
		j->image = c->image ? strdup(c->image) : NULL;
		j->image_default = c->image_default ? strdup(c->image_default) : NULL;
	}
	cli_compile_cmds_free(all, n);
	return rc;
}

static int looks_like_compiler(const char *a)
{
	if (a[0] == '-' || a[0] == '/')
		return a[0] == '/' && strchr(a + 1, '/') != NULL; /* an absolute path */
	const char *b = strrchr(a, '/');
	b = b ? b + 1 : a;
	return strstr(b, "clang") || strstr(b, "gcc") || !strcmp(b, "cc") || !strcmp(b, "cl") ||
	       !strcmp(b, "cl.exe") || strstr(b, "mingw");
}

/* ---- post-processing ------------------------------------------------------------ */

static int same_site(const hvci_cov_call *a, const hvci_cov_call *b)
{
	return a->how == b->how && a->loc.line == b->loc.line && a->loc.col == b->loc.col &&
	       a->loc.file && b->loc.file && !strcmp(a->loc.file, b->loc.file);
}

/* An unanalysed call in a header shared with an earlier unit: told once, counted once. */
static void dedupe_sites(hvci_tu_result **rs, size_t i)
{
	hvci_coverage *c = &rs[i]->coverage;
	size_t o = 0;
	for (size_t k = 0; k < c->n_sites; k++) {
		hvci_cov_call *s = &c->sites[k];
		int dup = 0;
		for (size_t a = 0; a < i && !dup && s->how == HVCI_COV_UNANALYSED; a++)
			for (size_t b = 0; b < rs[a]->coverage.n_sites && !dup; b++)
				dup = same_site(&rs[a]->coverage.sites[b], s);
		if (!dup) {
			c->sites[o++] = *s;
			continue;
		}
		if (c->calls_unanalysed)
			c->calls_unanalysed--;
		if (c->calls)
			c->calls--;
		hvci_loc_clear(&s->loc);
		free(s->api);
		free(s->reason);
	}
	c->n_sites = o;
}

/* A finding (or an unanalysed call) in a header shared by several files is reported once. */
static void dedupe_across(hvci_tu_result **rs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		size_t o = 0;
		for (size_t j = 0; j < rs[i]->n_findings; j++) {
			hvci_finding *f = &rs[i]->findings[j];
			int dup = 0;
			for (size_t a = 0; a < i && !dup; a++)
				for (size_t b = 0; b < rs[a]->n_findings && !dup; b++) {
					hvci_finding *g = &rs[a]->findings[b];
					dup = g->loc.line == f->loc.line &&
					      g->loc.col == f->loc.col &&
					      !strcmp(g->loc.file, f->loc.file) &&
					      !strcmp(g->rule_id, f->rule_id) &&
					      !strcmp(g->message, f->message);
				}
			if (dup) {
				hvci_finding_clear(f);
				continue;
			}
			rs[i]->findings[o++] = *f;
		}
		rs[i]->n_findings = o;
		dedupe_sites(rs, i);
	}
}

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: hvcilint check -p DIR [FILE...] [options]\n"
	        "       hvcilint check --msbuild FILE.sln|FILE.vcxproj [options]\n"
	        "       hvcilint check --sources DIR [options]\n"
	        "       hvcilint check [options] FILE... -- COMPILER-ARGS\n"
	        "       hvcilint check [options] FILE...  (flags from the compile_commands.json\n"
	        "                       nearest above each FILE or in a build/ beside it)\n\n"
	        "options:\n"
	        "  -p DIR               folder holding compile_commands.json (or the path of\n"
	        "                       that file); also --build-dir DIR\n"
	        "  --msbuild FILE       analyse the C/C++ sources of an MSBuild solution (.sln)\n"
	        "                       or project (.vcxproj); with --configuration NAME,\n"
	        "                       --platform NAME (default Release|x64), --wdk DIR (a\n"
	        "                       Windows Kits 10 folder) and --root DIR (imports stay\n"
	        "                       inside it); see docs/projects.md\n"
	        "  --sources DIR        analyse a WDK build.exe tree: DIR holds a dirs file\n"
	        "                       (DIRS are followed) or a sources file; with\n"
	        "                       --configuration free|checked and the options above\n"
	        "  --format FMT         text (default), json, sarif, html, junit or codeclimate\n"
	        "                       (GitLab Code Quality)\n"
	        "  -o, --output FILE    write the report to FILE (atomically)\n"
	        "  --sarif-category NAME  SARIF: the analysis category for code scanning\n"
	        "                       (automationDetails.id NAME/...; default hvcilint)\n"
	        "  --help-uri-base URL  SARIF and HTML: rule help links under URL (URL/ID.md,\n"
	        "                       or {id} in URL); also help-uri-base: in the config\n"
	        "  --fail-on LEVEL      note, warning (default), error or none\n"
	        "  --allow-partial      accept affected calls that could not be analysed (their\n"
	        "                       function did not parse): exit by the findings as usual;\n"
	        "                       the coverage summary and warnings are still printed\n"
	        "  -j N, --jobs N       parallel worker processes, 1 to 1024 (default: cores)\n"
	        "  --timeout SEC        stop a file's analysis after SEC seconds (default 300;\n"
	        "                       0: no limit)\n"
	        "  --memory-limit MB    address-space limit of each worker (default 4096,\n"
	        "                       or HVCILINT_MEMORY_LIMIT; 0: none)\n"
	        "  --pch                share precompiled headers of the files' common leading\n"
	        "                       WDK #includes, kept in ~/.cache/hvcilint/pch between\n"
	        "                       runs (the default; docs/speed.md); --pch-dir DIR keeps\n"
	        "                       them in DIR\n"
	        "  --no-pch             parse every file's headers itself\n"
	        "  --rules-dir DIR      rule data folder (default: shipped rules/)\n"
	        "  --config FILE        user config: extra API rows (wrappers), disabled rules\n"
	        "                       (default: the nearest .hvcilint.yaml up to the\n"
	        "                       repository's top level)\n"
	        "  --checks GLOBS       rule selection as clang-tidy's: comma-separated globs,\n"
	        "                       '-' removes, applied in order after the config's\n"
	        "                       disable: and checks: (e.g. '-*,hvci-exec-*'; repeatable)\n"
	        "  --extra-arg ARG      append ARG to every compile command (repeatable; the\n"
	        "                       allow-list still drops unsafe flags)\n"
	        "  --extra-arg-before ARG  put ARG right after the compiler (repeatable)\n"
	        "  --exclude GLOB       skip source files matching GLOB ('*' crosses folders;\n"
	        "                       a folder covers its files; repeatable; also the\n"
	        "                       config's exclude:)\n"
	        "  --header-filter RE   show findings in headers whose path matches RE (POSIX\n"
	        "                       extended); the main file's always show; default: all\n"
	        "                       user headers; '' shows none\n"
	        "  --export-fixes FILE  write the fix-its as clang-apply-replacements YAML\n"
	        "  --dump-config        print the effective config as YAML and exit\n"
	        "  -q, --quiet          findings only: no notes or summary on stderr\n"
	        "  --db FILE            record the run in this store (default: hvcilint.db\n"
	        "                       next to the compile database; none for FILE -- ARGS)\n"
	        "  --no-db              do not record the run\n"
	        "  --path-map WIN=LOCAL read a compile database written on Windows: paths\n"
	        "                       under WIN (e.g. 'C:\\src') are under LOCAL here\n"
	        "                       (repeatable; under WSL, X: is /mnt/x by default)\n"
	        "  --full               analyse every file, even those unchanged since an\n"
	        "                       earlier run in the store\n"
	        "  --shard K/N          analyse only the K-th of N slices of the files (for\n"
	        "                       several machines; join the stores with hvcilint merge)\n"
	        "  --verify             compare findings with the file's expected-* comments\n"
	        "  --show-suppressed    also print suppressed findings, with the suppression\n"
	        "                       and its justification (text; JSON and SARIF always\n"
	        "                       carry them)\n"
	        "  --fix                apply the fix-its in place; the report and the exit\n"
	        "                       code then cover only the findings left unfixed\n"
	        "  --fix-dry-run        print the fix-its as a unified diff instead (stdout);\n"
	        "                       the report goes only to -o FILE\n"
	        "  --diff-base REV      report only findings on lines changed since REV\n"
	        "                       (git diff REV); FILEs with no changed line are skipped\n"
	        "  --staged             the same for the lines changed in the index\n"
	        "  --color, --no-color  force colour on or off\n"
	        "Options with a value take '--opt V' or '--opt=V'.\n"
	        "exit: 0 clean, 1 findings at or above --fail-on, 2 tool or usage error or\n"
	        "      affected calls not analysed (unless --allow-partial)\n");
}

/* check's own options; the shared ones come from cli.h. */
enum {
	OPT_P = 1,
	OPT_DB,
	OPT_NO_DB,
	OPT_FULL,
	OPT_SHARD,
	OPT_VERIFY,
	OPT_FIX,
	OPT_FIX_DRY_RUN,
	OPT_DIFF_BASE,
	OPT_STAGED,
	OPT_PATH_MAP,
};

static const cli_opt check_opts[] = {
    CLI_OPT_HELP,
    CLI_OPTS_OUTPUT,
    CLI_OPTS_RULES,
    CLI_OPTS_ANALYSIS,
    CLI_OPT_ALLOW_PARTIAL,
    {"build-dir", 'p', 1, OPT_P},
    {"db", 0, 1, OPT_DB},
    {"no-db", 0, 0, OPT_NO_DB},
    {"full", 0, 0, OPT_FULL},
    {"shard", 0, 1, OPT_SHARD},
    {"verify", 0, 0, OPT_VERIFY},
    {"fix", 0, 0, OPT_FIX},
    {"fix-dry-run", 0, 0, OPT_FIX_DRY_RUN},
    {"diff-base", 0, 1, OPT_DIFF_BASE},
    {"staged", 0, 0, OPT_STAGED},
    {"path-map", 0, 1, OPT_PATH_MAP},
    CLI_OPTS_PROJECT,
    CLI_OPTS_TIDY,
};

int cmd_check(int argc, char **argv)
{
	cli_output_opts o;
	memset(&o, 0, sizeof o);
	o.fail_on = HVCI_SEV_WARNING;
	o.color = -1;
	char *dbdir = NULL;
	int nproc = (int)sysconf(_SC_NPROCESSORS_ONLN);
	if (nproc < 1)
		nproc = 1;
	if (nproc > CLI_MAX_JOBS)
		nproc = CLI_MAX_JOBS;
	double timeout = 300;
	int verify = 0, no_db = 0, full = 0;
	int fix = 0, fix_dry = 0, staged = 0;
	const char *diff_base = NULL;
	unsigned shard_k = 1, shard_n = 1;
	int sharded = 0;
	const char *db_path = NULL;
	char **files = calloc((size_t)argc + 1, sizeof *files);
	size_t nfiles = 0;
	char **cargs = NULL;
	size_t ncargs = 0;
	int saw_dashdash = 0;
	cli_project_opts po; /* --msbuild and its options (project.c) */
	memset(&po, 0, sizeof po);
	static cli_tidy_opts tidy; /* clang-tidy's options (tidy.c); large, so not on the stack */
	memset(&tidy, 0, sizeof tidy);
	cli_opts op;
	if (!files || cli_opts_init(&op, "check", argc, argv, check_opts,
	                            sizeof check_opts / sizeof *check_opts)) {
		free(files);
		return HVCI_EXIT_ERROR;
	}
	int id, bad = 0;
	while (!bad && (id = cli_opts_next(&op)) != CLI_OPT_END) {
		const char *v = op.value;
		int c = cli_common_opt(id, v, &o, &nproc, &timeout);
		if (c) {
			bad = c < 0;
			continue;
		}
		if (cli_project_opt(id, v, &po)) {
			continue;
		}
		if ((c = cli_tidy_opt(id, v, &tidy))) {
			bad = c < 0;
			continue;
		}
		switch (id) {
		case CLI_OPT_ERROR:
			bad = 1;
			break;
		case CLI_OPT_OPERAND:
			files[nfiles++] = (char *)v;
			break;
		case CLI_O_HELP:
			usage(stdout);
			cli_opts_free(&op);
			free(files);
			free(dbdir);
			return HVCI_EXIT_OK;
		case OPT_P:
			free(dbdir);
			bad = !(dbdir = cli_compdb_dir(v));
			break;
		case OPT_DB:
			db_path = v;
			break;
		case OPT_PATH_MAP:
			bad = cli_path_map_add(v) != 0;
			break;
		case OPT_NO_DB:
			no_db = 1;
			break;
		case OPT_FULL:
			full = 1;
			break;
		case OPT_SHARD:
			sharded = 1;
			if (cli_parse_shard(v, &shard_k, &shard_n)) {
				cli_error("bad --shard '%s'; use K/N with 1 <= K <= N, e.g. 2/4",
				          v);
				bad = 1;
			}
			break;
		case OPT_VERIFY:
			verify = 1;
			break;
		case OPT_FIX:
			fix = 1;
			break;
		case OPT_FIX_DRY_RUN:
			fix_dry = 1;
			break;
		case OPT_DIFF_BASE:
			diff_base = v;
			break;
		case OPT_STAGED:
			staged = 1;
			break;
		}
	}
	if (!bad && op.dashdash) {
		saw_dashdash = 1;
		cargs = argv + op.rest;
		ncargs = (size_t)(argc - op.rest);
	}
	cli_opts_free(&op);
	if (bad) {
		free(files);
		free(dbdir);
		return HVCI_EXIT_ERROR;
	}
	if (tidy.dump_config) {
		/* The config FILE (else this folder's run) would use; nothing is analysed. */
		char cwd[4096];
		const char *start = dbdir ? dbdir : (getcwd(cwd, sizeof cwd) ? cwd : ".");
		cli_confset *cs = o.config ? NULL : cli_confset_new(&o, &tidy, start);
		const char *const *chain = NULL;
		size_t nchain = 0;
		hvci_rules *rules = NULL;
		int drc = cs && cli_confset_chain(cs, nfiles ? files[0] : start, &chain, &nchain);
		if (!drc)
			drc = (cs ? cli_load_rules_v(&rules, &o, chain, nchain)
			          : cli_load_rules(&rules, &o))
			          ? HVCI_EXIT_ERROR
			          : HVCI_EXIT_OK;
		if (!drc) {
			cli_tidy_apply(&tidy, rules);
			cli_tidy_dump_config(&tidy, rules, stdout);
			if (fflush(stdout) != 0) {
				cli_error("write failure on standard output");
				drc = HVCI_EXIT_ERROR;
			}
		}
		hvci_rules_free(rules);
		cli_confset_free(cs);
		free(files);
		free(dbdir);
		return drc;
	}
	if (!dbdir && !nfiles && !po.msbuild && !po.sources) {
		cli_error("nothing to analyse: pass -p DIR, --msbuild FILE.sln, --sources DIR or "
		          "FILE... -- COMPILER-ARGS");
		free(files);
		free(dbdir);
		return HVCI_EXIT_ERROR;
	}
	if ((fix && fix_dry) || (verify && (fix || fix_dry)) || (diff_base && staged)) {
		cli_error("--fix, --fix-dry-run and --verify exclude each other, as do --diff-base "
		          "and --staged; pick one of each");
		free(files);
		free(dbdir);
		return HVCI_EXIT_ERROR;
	}
	cli_changes *changes = NULL;
	if (diff_base || staged) {
		if (cli_changes_load(&changes, diff_base)) {
			free(files);
			free(dbdir);
			return HVCI_EXIT_ERROR;
		}
		/* Unchanged files are not even analysed. */
		size_t kept = 0, given = nfiles;
		for (size_t i = 0; i < nfiles; i++)
			if (cli_changes_touch(changes, files[i], NULL))
				files[kept++] = files[i];
		nfiles = kept;
		if (given && !kept) {
			cli_changes_free(changes);
			free(files);
			free(dbdir);
			return HVCI_EXIT_OK;
		}
	}
	int rc = HVCI_EXIT_OK;
	jobs js = {NULL, 0};
	if (po.msbuild || po.sources) {
		if (cli_project_jobs(&po, &js.v, &js.n)) {
			free_jobs(&js);
			cli_changes_free(changes);
			free(files);
			free(dbdir);
			return HVCI_EXIT_ERROR;
		}
	} else if (dbdir && !saw_dashdash) {
		if (jobs_from_db(&js, dbdir, files, nfiles,
		                 changes ? UNLISTED_SKIP : UNLISTED_ERROR, NULL) ||
		    cli_project_add_wdk(&po, js.v, js.n))
			rc = HVCI_EXIT_ERROR;
	} else {
		const char *compiler = "clang";
		size_t skip = 0;
		if (ncargs && looks_like_compiler(cargs[0])) {
			compiler = cargs[0];
			skip = 1;
		}
		/* FILEs without -p or '--': each takes its flags from the compile
		 * database clangd would find for it (compdb.c), else the defaults. */
		char **dbs = calloc(nfiles + 1, sizeof *dbs);
		char *defaults = calloc(nfiles + 1, 1);
		for (size_t i = 0; i < nfiles; i++) {
			dbs[i] = saw_dashdash ? NULL : cli_compdb_find(files[i]);
			defaults[i] = !dbs[i];
		}
		/* Each database is read once, for all the FILEs it serves.  A file
		 * a found (not named) database does not list gets the defaults, as
		 * clangd still opens such a file; under --staged/--diff-base it is
		 * skipped instead, since there it is usually a header reached
		 * through the listed files. */
		char **group = calloc(nfiles + 1, sizeof *group);
		size_t *at = calloc(nfiles + 1, sizeof *at);
		char *unlisted = calloc(nfiles + 1, 1);
		for (size_t i = 0; i < nfiles; i++) {
			if (!dbs[i])
				continue; /* no database, or already read with an earlier FILE's */
			size_t ng = 0;
			for (size_t k = i; k < nfiles; k++)
				if (dbs[k] && (k == i || !strcmp(dbs[k], dbs[i]))) {
					at[ng] = k;
					group[ng++] = files[k];
					if (k != i) {
						free(dbs[k]);
						dbs[k] = NULL;
					}
				}
			memset(unlisted, 0, ng);
			if (jobs_from_db(&js, dbs[i], group, ng,
			                 changes ? UNLISTED_SKIP : UNLISTED_DEFAULTS, unlisted))
				rc = HVCI_EXIT_ERROR;
			for (size_t g = 0; g < ng; g++)
				defaults[at[g]] = unlisted[g];
			free(dbs[i]);
			dbs[i] = NULL;
		}
		free(group);
		free(at);
		free(unlisted);
		free(dbs);
		for (size_t i = 0; i < nfiles; i++) {
			if (!defaults[i])
				continue;
			if (access(files[i], R_OK) != 0) {
				cli_error("%s:1: cannot read this file: %s; check the path",
				          files[i], strerror(errno));
				rc = HVCI_EXIT_ERROR;
				continue;
			}
			char **a = calloc(ncargs + 2, sizeof *a);
			a[0] = strdup(compiler);
			for (size_t k = skip; k < ncargs; k++)
				a[k - skip + 1] = strdup(cargs[k]);
			char cwd[4096];
			char *abs = cli_abs_path(files[i], NULL);
			job_add(&js, abs, getcwd(cwd, sizeof cwd) ? cwd : ".", a,
			        ncargs - skip + 1);
			free(abs);
		}
		free(defaults);
	}
	/* Without --config each file has the configs of its folders (confset.c);
	 * the run's own table is that of the folder the run starts in. */
	const char *given_config = o.config;
	char cwd[4096];
	const char *start = dbdir ? dbdir : (getcwd(cwd, sizeof cwd) ? cwd : ".");
	cli_confset *cs = o.config ? NULL : cli_confset_new(&o, &tidy, start);
	const char *const *chain = NULL;
	size_t nchain = 0;
	hvci_rules *rules = NULL;
	if ((cs && cli_confset_chain(cs, start, &chain, &nchain)) ||
	    (cs ? cli_load_rules_v(&rules, &o, chain, nchain) : cli_load_rules(&rules, &o))) {
		free_jobs(&js);
		free(files);
		free(dbdir);
		cli_confset_free(cs);
		return HVCI_EXIT_ERROR;
	}
	if (cs && nchain)
		o.config =
		    chain[nchain - 1]; /* the nearest: keys reuse and names the run's config */
	cli_config_note(rules);
	cli_tidy_apply(&tidy, rules);
	if (cs && cli_confset_assign(cs, rules, start, js.v, js.n)) {
		hvci_rules_free(rules);
		free_jobs(&js);
		free(files);
		free(dbdir);
		cli_confset_free(cs);
		return HVCI_EXIT_ERROR;
	}
	cli_tidy_exclude(rules, js.v, &js.n, free_job);
	/* Excluded files take no slice: every shard leaves out the same ones. */
	if (shard_n > 1)
		cli_shard(js.v, &js.n, shard_k, shard_n, free_job);
	cli_tidy_extra_args(&tidy, js.v, js.n);
	cli_assign_images(js.v, js.n, rules);
	/* The store: opened before analysing, so a bad --db fails fast. */
	hvci_store *store = NULL;
	int64_t run_id = 0;
	char *default_db = NULL;
	if (!no_db && !verify && (db_path || dbdir)) {
		if (!db_path) {
			default_db = malloc(strlen(dbdir) + 16);
			sprintf(default_db, "%s/hvcilint.db", dbdir);
			db_path = default_db;
		}
		char *rv = cli_rules_version(rules);
		/* A shard says which it is, so merge can tell when one is missing. */
		int brc = cli_store_begin_shard(db_path, argc, argv, rv, sharded ? shard_k : 0,
		                                sharded ? shard_n : 0, &store, &run_id);
		free(rv);
		if (brc) {
			free(default_db);
			hvci_rules_free(rules);
			free_jobs(&js);
			free(files);
			free(dbdir);
			cli_confset_free(cs);
			return HVCI_EXIT_ERROR;
		}
	}
	/* The key only lets the store reuse unchanged files: a run without a
	 * store does not hash the binary, the rules and the configs for it. */
	char *tool_key = store ? cli_tool_key(rules, o.config) : NULL;
	if (cs && tool_key) {
		char *k = cli_confset_tool_key(cs, tool_key);
		free(tool_key);
		tool_key = k;
	}
	cli_scale sc = {rules, js.v, js.n, nproc, timeout, store, run_id, full, tool_key, NULL,
	                NULL, 0, 0, 0, 0,
	                /* The files' hashes serve the store and the fixes only. */
	                !store && !fix && !fix_dry && !tidy.export_fixes};
	cli_scale_run(&sc);
	free(tool_key);
	hvci_tu_result **results = sc.results;
	if (sc.reused)
		cli_note("%zu of %zu files unchanged since an earlier run in %s; "
		         "their findings were carried over (--full analyses every file)",
		         sc.reused, js.n, db_path);
	if (store) {
		int failed = 0;
		for (size_t i = 0; i < js.n; i++)
			failed |= HVCI_TU_IS_FAILURE(results[i]->status);
		/* A run the store could not record in full never reads as complete;
		 * when even this write fails it stays "running" and the next
		 * hvcilint on this machine marks it incomplete. */
		const char *status = sc.store_failed ? "failed"
		                     : failed        ? "incomplete"
		                                     : "complete";
		if (sc.store_failed)
			rc = HVCI_EXIT_ERROR;
		if (hvci_store_run_end(store, run_id, status)) {
			if (!sc.store_failed)
				cli_error("%s", hvci_error_last());
			rc = HVCI_EXIT_ERROR;
		}
		hvci_store_close(store);
	}
	free(default_db);
	cli_apply_runtime_optin(results, js.n);
	dedupe_across(results, js.n);
	const char **dirs = calloc(js.n + 1, sizeof *dirs);
	for (size_t i = 0; i < js.n; i++)
		dirs[i] = js.v[i].directory;
	if (changes)
		cli_changes_filter(changes, results, js.n, dirs);
	cli_changes_free(changes);
	for (size_t i = 0; i < js.n; i++)
		cli_filter_selection(js.v[i].rules ? js.v[i].rules : rules, &results[i], 1);
	o.selection_done = 1;
	if (cli_tidy_header_filter(rules, results, js.n, dirs))
		rc = HVCI_EXIT_ERROR;
	/* Fix-its edit files under the current project, or the compile database's. */
	char *roots[2] = {NULL, NULL};
	if (fix || fix_dry || tidy.export_fixes) {
		roots[0] = cli_project_root();
		if (dbdir) {
			static const char *const top[] = {"rev-parse", "--show-toplevel", NULL};
			roots[1] = cli_git_out(dbdir, top);
			if (!roots[1])
				roots[1] = cli_real_path(dbdir, NULL);
		}
	}
	/* Before --fix, which drops the findings it fixed. */
	if (tidy.export_fixes && cli_fix_export(results, js.n, dirs, (const char *const *)roots,
	                                        roots[1] ? 2 : 1, tidy.export_fixes))
		rc = HVCI_EXIT_ERROR;
	if (fix || fix_dry) {
		if (cli_fix_apply(results, js.n, dirs, fix_dry ? CLI_FIX_DIFF : CLI_FIX_APPLY,
		                  (const char *const *)roots, roots[1] ? 2 : 1, stdout))
			rc = HVCI_EXIT_ERROR;
		/* The diff owns stdout; a report is written only when asked for. */
		if (fix_dry && !o.output)
			o.output = "/dev/null";
	}
	free(roots[0]);
	free(roots[1]);
	free(dirs);
	/* The index served the store, the summaries and --fix; reports never show it. */
	for (size_t i = 0; i < js.n; i++) {
		free(results[i]->index);
		results[i]->index = NULL;
	}
	/* Tool errors always go to stderr, one line each; reports keep them too. */
	for (size_t i = 0; i < js.n; i++)
		for (size_t k = 0; k < results[i]->n_diags; k++) {
			const hvci_tool_diag *d = &results[i]->diags[k];
			if (d->severity != HVCI_SEV_ERROR)
				continue;
			if (d->loc.line)
				fprintf(stderr, "%s:%u: error: %s\n",
				        d->loc.file ? d->loc.file : "?", d->loc.line, d->message);
			else
				fprintf(stderr, "hvcilint: error: %s\n", d->message);
		}
	if (verify) {
		int mismatch = 0;
		for (size_t i = 0; i < js.n; i++) {
			int m = cli_verify(results[i], js.v[i].file, stdout);
			if (m)
				mismatch = 1;
			if (m == 0)
				printf("%s: verify ok\n", js.v[i].file);
		}
		if (mismatch)
			rc = HVCI_EXIT_FINDINGS;
		for (size_t i = 0; i < js.n; i++)
			if (HVCI_TU_IS_FAILURE(results[i]->status))
				rc = HVCI_EXIT_ERROR;
	} else {
		char *cl = cli_join_args(argc, argv);
		int e = cli_emit(&o, rules, results, js.n, cl);
		free(cl);
		if (e > rc)
			rc = e;
		/* Last, so a blocked commit ends with how to unblock it. */
		if (rc == HVCI_EXIT_FINDINGS && !fix && !fix_dry) {
			cli_fix_hint_ctx h = {diff_base,    staged, dbdir,  no_db,
			                      given_config, cargs,  ncargs, o.fail_on};
			const char **names = calloc(js.n + 1, sizeof *names);
			for (size_t i = 0; names && i < js.n; i++)
				names[i] = js.v[i].file;
			/* After the report even when both streams share one pipe. */
			fflush(stdout);
			if (names)
				cli_fix_hint(stderr, results, names, js.n, &h);
			free(names);
		}
	}
	for (size_t i = 0; i < js.n; i++)
		hvci_tu_result_free(results[i]);
	free(results);
	hvci_rules_free(rules);
	free_jobs(&js);
	free(files);
	free(dbdir);
	cli_confset_free(cs);
	return rc;
}
