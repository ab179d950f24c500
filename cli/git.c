/*
 * git.c - runs git on a repository the user did not write, so that git
 * reads it and nothing else happens.
 *
 * A repository that arrives as an archive brings its own .git/config, and
 * git runs programs named there: core.fsmonitor on every command that
 * looks at the work tree, clean filters (filter.X.clean, filter.X.process)
 * when `git diff` hashes a modified work-tree file, external diff drivers
 * and textconv, hooks, a pager.  Every git call goes through cli_git_run,
 * which turns each of those off:
 *   -c core.fsmonitor=        (empty is "no monitor", old and new git)
 *   -c core.hooksPath=/dev/null, -c diff.external=, -c core.pager=cat
 *   --no-ext-diff --no-textconv on `diff` (the caller passes them)
 *   filter.X.{clean,smudge,process}= and filter.X.required=false for every
 *     filter X the configuration names, found first with `git config`
 *     (which itself runs nothing); passed through GIT_CONFIG_KEY_n and
 *     GIT_CONFIG_VALUE_n, because a filter name may contain '=' which a
 *     "-c key=value" argument cannot carry
 *   GIT_CONFIG_NOSYSTEM=1, GIT_OPTIONAL_LOCKS=0 (no index refresh written),
 *     GIT_EXTERNAL_DIFF and GIT_PAGER unset, GIT_TERMINAL_PROMPT=0.
 * The user's own global configuration is still read: it is theirs.
 * libgit2 would avoid the configured programs too, but it would be a new
 * dependency for a handful of calls whose output git already gives us.
 *
 * git runs without a shell (fork and execvp), so no path or revision is
 * ever interpreted by one.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli.h"
#include "util/util.h"

extern char **environ;

typedef struct {
	char **v;
	size_t n, cap;
} strvec;

static void sv_push(strvec *s, char *x)
{
	if (s->n + 1 >= s->cap) {
		s->cap = s->cap ? s->cap * 2 : 32;
		s->v = hvci_xrealloc(s->v, s->cap * sizeof *s->v);
	}
	s->v[s->n++] = x;
	s->v[s->n] = NULL;
}

static void sv_free(strvec *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
}

static char *xdup(const char *s)
{
	return hvci_xstrndup(s, strlen(s));
}

/* Does the environment variable line `e` ("NAME=...") name one git must not see? */
static int dropped(const char *e)
{
	static const char *const names[] = {"GIT_EXTERNAL_DIFF",   "GIT_PAGER",
	                                    "GIT_CONFIG_NOSYSTEM", "GIT_OPTIONAL_LOCKS",
	                                    "GIT_TERMINAL_PROMPT", "GIT_CONFIG_COUNT"};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		size_t l = strlen(names[i]);
		if (!strncmp(e, names[i], l) && e[l] == '=')
			return 1;
	}
	return 0;
}

/*
 * The environment git runs in: ours without the variables that make git
 * run a program, plus `keys` = "" as configuration, numbered after any
 * GIT_CONFIG_KEY_n the user set.
 */
static void build_env(strvec *env, char *const *keys, size_t nkeys)
{
	const char *c = getenv("GIT_CONFIG_COUNT");
	long base = c ? strtol(c, NULL, 10) : 0;
	if (base < 0 || base > 100000)
		base = 0;
	for (char **e = environ; *e; e++)
		if (!dropped(*e))
			sv_push(env, xdup(*e));
	sv_push(env, xdup("GIT_CONFIG_NOSYSTEM=1"));
	sv_push(env, xdup("GIT_OPTIONAL_LOCKS=0"));
	sv_push(env, xdup("GIT_TERMINAL_PROMPT=0"));
	char num[64];
	snprintf(num, sizeof num, "GIT_CONFIG_COUNT=%ld", base + (long)nkeys);
	sv_push(env, xdup(num));
	for (size_t i = 0; i < nkeys; i++) {
		long k = base + (long)i;
		const char *dot = strrchr(keys[i], '.');
		sv_push(env, hvci_asprintf("GIT_CONFIG_KEY_%ld=%s", k, keys[i]));
		sv_push(env, hvci_asprintf("GIT_CONFIG_VALUE_%ld=%s", k,
		                           dot && !strcmp(dot, ".required") ? "false" : ""));
	}
}

/* git -c ... -C dir ARGS in env, stdout into *out, first stderr line into *err. */
static int run(const char *dir, const char *const *args, char **env, char **out, size_t *len,
               char **err)
{
	static const char *const safe[] = {
	    "-c", "core.fsmonitor=", "-c", "core.hooksPath=/dev/null", "-c", "diff.external=",
	    "-c", "core.pager=cat",  "-c", "core.quotePath=false"};
	strvec argv = {0};
	sv_push(&argv, xdup("git"));
	for (size_t i = 0; i < sizeof safe / sizeof *safe; i++)
		sv_push(&argv, xdup(safe[i]));
	if (dir) {
		sv_push(&argv, xdup("-C"));
		sv_push(&argv, xdup(dir));
	}
	for (size_t i = 0; args[i]; i++)
		sv_push(&argv, xdup(args[i]));

	*out = NULL;
	*len = 0;
	if (err)
		*err = NULL;
	int p[2];
	FILE *errf = tmpfile(); /* a file, so a chatty stderr cannot block the pipe */
	if (!errf || pipe(p) != 0) {
		if (errf)
			fclose(errf);
		sv_free(&argv);
		return -1;
	}
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		close(p[0]);
		close(p[1]);
		fclose(errf);
		sv_free(&argv);
		return -1;
	}
	if (pid == 0) {
		close(p[0]);
		dup2(p[1], 1);
		dup2(fileno(errf), 2);
		close(p[1]);
		environ = env; /* a pointer store: safe after fork in a threaded parent */
		execvp("git", argv.v);
		_exit(127);
	}
	sv_free(&argv);
	close(p[1]);
	size_t cap = 65536;
	char *b = hvci_xmalloc(cap + 1);
	for (;;) {
		if (cap - *len < 4096) {
			cap *= 2;
			b = hvci_xrealloc(b, cap + 1);
		}
		ssize_t r = read(p[0], b + *len, cap - *len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		*len += (size_t)r;
	}
	b[*len] = '\0';
	close(p[0]);
	int status = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	rewind(errf);
	char line[512];
	if (err && fgets(line, sizeof line, errf)) {
		line[strcspn(line, "\r\n")] = '\0';
		*err = xdup(line);
	}
	fclose(errf);
	*out = b;
	if (!WIFEXITED(status) || WEXITSTATUS(status) == 127)
		return -1;
	return WEXITSTATUS(status);
}

int cli_git_run(const char *dir, const char *const *args, char **out, size_t *len, char **err)
{
	/* First the filter drivers the configuration names (NUL-separated names). */
	strvec env = {0}, keys = {0};
	build_env(&env, NULL, 0);
	static const char *const list[] = {"config",       "-z",         "--name-only",
	                                   "--get-regexp", "^filter\\.", NULL};
	char *names;
	size_t nlen;
	if (run(dir, list, env.v, &names, &nlen, NULL) == 0) {
		for (size_t i = 0; i < nlen;) {
			const char *k = names + i;
			size_t kl = strlen(k);
			i += kl + 1;
			const char *dot = strrchr(k, '.');
			if (!dot || dot == k + 6)
				continue;
			size_t stem = (size_t)(dot - k); /* "filter.NAME" */
			static const char *const sub[] = {".clean", ".smudge", ".process",
			                                  ".required"};
			for (size_t s = 0; s < 4; s++) {
				char *key = hvci_xmalloc(stem + strlen(sub[s]) + 1);
				memcpy(key, k, stem);
				strcpy(key + stem, sub[s]);
				sv_push(&keys, key);
			}
		}
	}
	free(names);
	sv_free(&env);
	env = (strvec){0};
	build_env(&env, keys.v, keys.n);
	sv_free(&keys);
	int st = run(dir, args, env.v, out, len, err);
	sv_free(&env);
	return st;
}

/* First line a git command prints in dir, or NULL outside a repository. */
char *cli_git_out(const char *dir, const char *const *args)
{
	char *o, *err;
	size_t len;
	int st = cli_git_run(dir, args, &o, &len, &err);
	free(err);
	char *r = NULL;
	if (st == 0) {
		o[strcspn(o, "\r\n")] = '\0';
		if (o[0])
			r = xdup(o);
	}
	free(o);
	return r;
}
