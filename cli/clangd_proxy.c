/*
 * clangd_proxy.c - `hvcilint clangd`: the real clangd with hvcilint's
 * findings merged in, for editors that only know how to run clangd.
 *
 * We start clangd on a pair of pipes and sit between it and the editor.
 * Every message passes through unchanged, with two exceptions: clangd's
 * textDocument/publishDiagnostics gets hvcilint's diagnostics for the same
 * document appended (we keep clangd's last set per document and publish
 * the union again whenever either side changes), and clangd's answer to a
 * textDocument/codeAction request gets hvcilint's quick fixes appended
 * (request ids are remembered on the way in).  Document text is tracked
 * from the editor's didOpen/didChange/didClose, and analysis is debounced
 * exactly as in `hvcilint lsp`.  When clangd exits we exit with its status;
 * when the editor goes away we close clangd's input and wait for it.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lsp.h"

typedef struct {
	char *uri;
	json_t *params; /* clangd's last publishDiagnostics params for it */
} clangd_set;

typedef struct {
	char *id; /* the request id, as compact JSON */
	char *uri;
	json_t *params; /* the request's params */
} pending_action;

typedef struct {
	int client_out; /* to the editor */
	int to_clangd;  /* clangd's stdin */
	lsp_workspace ws;
	clangd_set *sets;
	size_t n_sets;
	pending_action *pend;
	size_t n_pend;
	int write_failed;
	/* The analysis running on its own thread, so that clangd's answers
	 * (completion, hover) are not held up behind a parse. */
	lsp_job job;
	pthread_t thread;
	int running;
	int wake[2]; /* the thread writes a byte here when it is done */
} proxy;

static void to_client(proxy *p, json_t *m)
{
	if (p->write_failed) {
		json_decref(m);
		return;
	}
	if (lsp_send(p->client_out, m))
		p->write_failed = 1;
}

static void ws_notify(void *ud, json_t *m)
{
	to_client(ud, m);
}

/* Appends other's items to a and drops other. */
static void extend_new(json_t *a, json_t *other)
{
	json_array_extend(a, other);
	json_decref(other);
}

static clangd_set *find_set(proxy *p, const char *uri)
{
	for (size_t i = 0; i < p->n_sets; i++)
		if (!strcmp(p->sets[i].uri, uri))
			return &p->sets[i];
	return NULL;
}

/* clangd's diagnostics for uri followed by ours. */
static void publish_merged(proxy *p, const char *uri)
{
	clangd_set *cs = find_set(p, uri);
	lsp_doc *d = lsp_doc_find(&p->ws, uri);
	json_t *params =
	    cs ? json_deep_copy(cs->params) : json_pack("{s:s,s:[]}", "uri", uri, "diagnostics");
	if (!cs && d)
		json_object_set_new(params, "version", json_integer(d->res_version));
	json_t *all = json_object_get(params, "diagnostics");
	if (!json_is_array(all)) {
		all = json_array();
		json_object_set_new(params, "diagnostics", all);
	}
	if (d && d->res)
		extend_new(all, lsp_doc_diagnostics(&p->ws, d));
	to_client(p, lsp_notification("textDocument/publishDiagnostics", params));
}

static void analyze_and_publish(proxy *p, lsp_doc *d)
{
	lsp_doc_analyze(&p->ws, d);
	d->published = 1;
	publish_merged(p, d->uri);
}

static void *job_thread(void *arg)
{
	proxy *p = arg;
	lsp_job_run(p->ws.rules, &p->job);
	char c = 1;
	while (write(p->wake[1], &c, 1) < 0 && errno == EINTR)
		;
	return NULL;
}

/* Starts analysing d in the background; analyses in place if no thread can start. */
static void start_job(proxy *p, lsp_doc *d)
{
	if (!lsp_job_begin(&p->ws, d, &p->job))
		return;
	if (pthread_create(&p->thread, NULL, job_thread, p)) {
		lsp_job_run(p->ws.rules, &p->job);
		if (lsp_job_finish(&p->ws, &p->job)) {
			d->published = 1;
			publish_merged(p, d->uri);
		}
		return;
	}
	p->running = 1;
}

/* Waits for the background analysis (if any) and publishes its result. */
static void finish_job(proxy *p)
{
	if (!p->running)
		return;
	pthread_join(p->thread, NULL);
	char c;
	while (read(p->wake[0], &c, 1) < 0 && errno == EINTR)
		;
	p->running = 0;
	lsp_doc *d = p->job.doc;
	if (lsp_job_finish(&p->ws, &p->job)) {
		d->published = 1;
		publish_merged(p, d->uri);
	}
}

static char *id_key(json_t *id)
{
	return id ? json_dumps(id, JSON_COMPACT | JSON_ENCODE_ANY) : NULL;
}

/* Watches the editor's messages for document text and code-action requests. */
/*
 * Before clangd sees a document, it gets the command hvcilint parses it
 * with (compilationDatabaseChanges, which clangd lets override its
 * compile database per file): the shipped WDK headers when the real WDK
 * is not on the include path, the overlay that resolves #include <Ntddk.h>
 * by case, and the flags of a Windows-written database mapped to this
 * machine.  Without it clangd shows "'Ntddk.h' file not found" next to
 * our findings on any machine without the WDK.
 */
static void share_command(proxy *p, lsp_doc *d)
{
	hvci_session *s = d ? lsp_doc_session(&p->ws, d) : NULL;
	if (!s || !d->path)
		return;
	const char *const *argv;
	size_t argc;
	const char *dir;
	hvci_session_command(s, &argv, &argc, &dir);
	json_t *cmd = json_array();
	for (size_t i = 0; i < argc; i++) {
		const char *a = argv[i], *x = i + 1 < argc ? argv[i + 1] : "";
		/* clangd knows its own resource dir (it may be another LLVM's). */
		if (!strcmp(a, "-resource-dir")) {
			i++;
			continue;
		}
		if (strcmp(a, "-Xclang") || !*x) {
			json_array_append_new(cmd, json_string(a));
			continue;
		}
		/* hvcilint's own cc1 options silence warnings and errors clangd
		 * should show; the header paths become plain driver options. */
		if (!strcmp(x, "-idirafter") || !strcmp(x, "-ivfsoverlay")) {
			if (i + 3 < argc && !strcmp(argv[i + 2], "-Xclang")) {
				json_array_append_new(cmd, json_string(x));
				json_array_append_new(cmd, json_string(argv[i + 3]));
				i += 3;
				continue;
			}
		} else if (!strcmp(x, "-ferror-limit")) {
			i += 3; /* and its value */
			continue;
		} else if (!strcmp(x, "-w") || !strcmp(x, "-fno-spell-checking") ||
		           !strcmp(x, "-detailed-preprocessing-record") ||
		           !strncmp(x, "-Wno-error=", 11)) {
			i++;
			continue;
		}
		json_array_append_new(cmd, json_string(a));
	}
	json_t *entry =
	    json_pack("{s:s,s:o}", "workingDirectory", dir ? dir : "/", "compilationCommand", cmd);
	json_t *changes = json_object();
	json_object_set_new(changes, d->path, entry);
	json_t *params = json_pack("{s:{s:o}}", "settings", "compilationDatabaseChanges", changes);
	lsp_send(p->to_clangd, lsp_notification("workspace/didChangeConfiguration", params));
}

static void from_client(proxy *p, json_t *m)
{
	const char *method = json_string_value(json_object_get(m, "method"));
	if (!method)
		return;
	json_t *params = json_object_get(m, "params");
	json_t *td = json_object_get(params, "textDocument");
	const char *uri = json_string_value(json_object_get(td, "uri"));
	if (!uri)
		return;
	lsp_doc *d = lsp_doc_find(&p->ws, uri);
	if (!strcmp(method, "textDocument/didOpen")) {
		json_t *text = json_object_get(td, "text");
		if (json_is_string(text)) {
			d = lsp_doc_open(&p->ws, uri, json_string_value(text),
			                 json_string_length(text),
			                 json_integer_value(json_object_get(td, "version")));
			share_command(p, d);
		}
	} else if (!strcmp(method, "textDocument/didChange") && d) {
		if (lsp_doc_change(&p->ws, d, json_object_get(params, "contentChanges"),
		                   json_integer_value(json_object_get(td, "version"))))
			to_client(p, lsp_message("window/logMessage", 1,
			                         "hvcilint: malformed didChange for %s", uri));
	} else if (!strcmp(method, "textDocument/didSave") && d) {
		d->dirty = 1;
		d->due = lsp_now();
	} else if (!strcmp(method, "textDocument/didClose") && d) {
		lsp_doc_close(&p->ws, d);
		/* clangd clears its own set; ours goes with it. */
		for (size_t i = 0; i < p->n_sets; i++)
			if (!strcmp(p->sets[i].uri, uri)) {
				free(p->sets[i].uri);
				json_decref(p->sets[i].params);
				p->sets[i] = p->sets[--p->n_sets];
				break;
			}
	} else if (!strcmp(method, "textDocument/codeAction")) {
		char *key = id_key(json_object_get(m, "id"));
		json_t *range = json_object_get(params, "range");
		if (!key || !json_is_object(range)) {
			free(key);
			return;
		}
		p->pend = realloc(p->pend, (p->n_pend + 1) * sizeof *p->pend);
		p->pend[p->n_pend].id = key;
		p->pend[p->n_pend].uri = strdup(uri);
		p->pend[p->n_pend].params = json_incref(params);
		p->n_pend++;
	}
}

/*
 * Handles one clangd message; returns the message to send to the editor
 * instead of the original bytes, or NULL to forward them unchanged.
 */
static json_t *from_clangd(proxy *p, json_t *m)
{
	const char *method = json_string_value(json_object_get(m, "method"));
	if (method && !strcmp(method, "textDocument/publishDiagnostics")) {
		json_t *params = json_object_get(m, "params");
		const char *uri = json_string_value(json_object_get(params, "uri"));
		if (!uri)
			return NULL;
		clangd_set *cs = find_set(p, uri);
		if (!cs) {
			p->sets = realloc(p->sets, (p->n_sets + 1) * sizeof *p->sets);
			cs = &p->sets[p->n_sets++];
			cs->uri = strdup(uri);
			cs->params = NULL;
		}
		json_decref(cs->params);
		cs->params = json_incref(params);
		lsp_doc *d = lsp_doc_find(&p->ws, uri);
		if (!d || !d->res)
			return NULL;
		json_t *merged = json_deep_copy(m);
		json_t *all = json_object_get(json_object_get(merged, "params"), "diagnostics");
		if (json_is_array(all))
			extend_new(all, lsp_doc_diagnostics(&p->ws, d));
		return merged;
	}
	if (method || !json_object_get(m, "id"))
		return NULL;
	char *key = id_key(json_object_get(m, "id"));
	size_t i = 0;
	while (i < p->n_pend && strcmp(p->pend[i].id, key))
		i++;
	free(key);
	if (i == p->n_pend)
		return NULL;
	pending_action pa = p->pend[i];
	p->pend[i] = p->pend[--p->n_pend];
	json_t *out = NULL;
	json_t *result = json_object_get(m, "result");
	lsp_doc *d = lsp_doc_find(&p->ws, pa.uri);
	if (d && (json_is_array(result) || json_is_null(result))) {
		/* Quick fixes for the text the editor has now. */
		if (p->running && (d->busy || d->dirty))
			finish_job(p);
		if (d->dirty)
			analyze_and_publish(p, d);
		json_t *ours = lsp_doc_code_actions(&p->ws, d, pa.params);
		if (json_array_size(ours)) {
			out = json_deep_copy(m);
			json_t *r = json_object_get(out, "result");
			if (json_is_array(r)) {
				extend_new(r, ours);
			} else {
				json_object_set_new(out, "result", ours);
			}
		} else {
			json_decref(ours);
		}
	}
	free(pa.id);
	free(pa.uri);
	json_decref(pa.params);
	return out;
}

static int is_self(const char *path)
{
	char *a = realpath(path, NULL), *b = realpath("/proc/self/exe", NULL);
	int same = a && b && !strcmp(a, b);
	free(a);
	free(b);
	return same;
}

/* The LLVM major version of a clangd: its name's "-NN", else the llvm-NN
 * folder its link resolves into (Debian's /usr/bin/clangd); 0 when unknown. */
static int clangd_version(const char *path, const char *name)
{
	if (name[6] == '-')
		return atoi(name + 7);
	char *real = realpath(path, NULL);
	const char *v = real ? strstr(real, "/llvm-") : NULL;
	int n = v ? atoi(v + 6) : 0;
	free(real);
	return n;
}

/*
 * The newest clangd on PATH, "clangd" or "clangd-NN" (Debian installs
 * clangd-19 beside an older plain clangd, which is 14 on bookworm); on a
 * tie the earlier PATH entry, as the shell would pick.  Never ourselves,
 * when hvcilint is installed as "clangd".
 */
static char *find_clangd(void)
{
	const char *path = getenv("PATH");
	char *dirs = strdup(path ? path : "/usr/bin:/bin");
	char *best = NULL, *save = NULL;
	int best_v = -1;
	for (char *dir = strtok_r(dirs, ":", &save); dir; dir = strtok_r(NULL, ":", &save)) {
		DIR *d = opendir(*dir ? dir : ".");
		for (struct dirent *e; d && (e = readdir(d));) {
			const char *n = e->d_name;
			if (strncmp(n, "clangd", 6) ||
			    (n[6] && (n[6] != '-' || !isdigit((unsigned char)n[7]))))
				continue;
			char cand[PATH_MAX];
			snprintf(cand, sizeof cand, "%s/%s", *dir ? dir : ".", n);
			if (access(cand, X_OK) != 0 || is_self(cand))
				continue;
			int v = clangd_version(cand, n);
			if (v > best_v) {
				free(best);
				best = strdup(cand);
				best_v = v;
			}
		}
		if (d)
			closedir(d);
	}
	free(dirs);
	return best;
}

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: hvcilint clangd [--clangd PATH] [hvcilint options] [clangd options]\n\n"
	        "Runs clangd and adds hvcilint's HVCI findings and quick fixes to what it\n"
	        "reports.  Configure it as your editor's clangd.\n\n"
	        "options (everything else is passed to clangd):\n"
	        "  --clangd PATH               the clangd to run (default: the newest\n"
	        "                              clangd or clangd-NN on PATH)\n"
	        "  --compile-commands-dir DIR  given to clangd as well\n"
	        "  --debounce MS               quiet period after typing (default 100)\n"
	        "  --timeout SEC, --memory-limit MB  limits of one analysis (default 120,\n"
	        "                              4096)\n"
	        "  --rules-dir DIR, --config FILE, --checks GLOBS, --path-map WIN=LOCAL\n"
	        "                              as for hvcilint check (not given to clangd)\n");
}

static pid_t start_clangd(const char *exe, char **args, int *to, int *from)
{
	int in[2], out[2];
	if (pipe(in) || pipe(out))
		return -1;
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		dup2(in[0], 0);
		dup2(out[1], 1);
		close(in[0]);
		close(in[1]);
		close(out[0]);
		close(out[1]);
		setenv("HVCILINT_CLANGD_PROXY", "1", 1);
		execv(exe, args);
		fprintf(stderr, "hvcilint: error: cannot run %s: %s; pass --clangd PATH\n", exe,
		        strerror(errno));
		_exit(127);
	}
	close(in[0]);
	close(out[1]);
	*to = in[1];
	*from = out[0];
	return pid;
}

static int wait_clangd(pid_t pid, int grace_ms)
{
	int status = 0;
	for (int waited = 0;; waited += 20) {
		pid_t r = waitpid(pid, &status, WNOHANG);
		if (r == pid)
			break;
		if (r < 0 && errno != EINTR)
			return HVCI_EXIT_ERROR;
		if (waited >= grace_ms) {
			kill(pid, SIGTERM);
			while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
				;
			break;
		}
		usleep(20000);
	}
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	return HVCI_EXIT_ERROR;
}

int cmd_clangd(int argc, char **argv)
{
	cli_output_opts o;
	memset(&o, 0, sizeof o);
	const char *cdb = NULL, *exe_opt = NULL;
	double debounce = 0.10;
	char **cargs = calloc((size_t)argc + 2, sizeof *cargs);
	size_t nc = 1;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			usage(stdout);
			free(cargs);
			return HVCI_EXIT_OK;
		}
		if (!strncmp(a, "--clangd=", 9)) {
			exe_opt = a + 9;
			continue;
		}
		if (!strcmp(a, "--clangd") && i + 1 < argc) {
			exe_opt = argv[++i];
			continue;
		}
		int at = i;
		int r = cli_lsp_option(argc, argv, &i, &o, &cdb, &debounce);
		if (r < 0) {
			free(cargs);
			return HVCI_EXIT_ERROR;
		}
		if (r) {
			/* clangd reads the same compile database. */
			if (!strncmp(argv[at], "--compile-commands-dir", 22))
				for (int k = at; k <= i; k++)
					cargs[nc++] = argv[k];
			continue;
		}
		cargs[nc++] = argv[i];
	}
	if (getenv("HVCILINT_CLANGD_PROXY")) {
		cli_error("'hvcilint clangd' was started as its own clangd; pass --clangd with the "
		          "path of the real clangd");
		free(cargs);
		return HVCI_EXIT_ERROR;
	}
	char *exe = exe_opt ? strdup(exe_opt) : find_clangd();
	if (!exe || access(exe, X_OK) != 0) {
		cli_error("%s: clangd not found or not executable; install clangd-19 or pass "
		          "--clangd PATH",
		          exe ? exe : "clangd-19");
		free(exe);
		free(cargs);
		return HVCI_EXIT_ERROR;
	}
	cargs[0] = exe;
	/* Editors ask `clangd --version` before starting it, and --check runs
	 * without a client: no LSP session, so clangd answers them itself. */
	for (size_t k = 1; k < nc; k++)
		if (!strcmp(cargs[k], "--version") || !strncmp(cargs[k], "--check", 7)) {
			execv(exe, cargs);
			cli_error("cannot run %s: %s; pass --clangd PATH", exe, strerror(errno));
			free(exe);
			free(cargs);
			return HVCI_EXIT_ERROR;
		}
	hvci_rules *rules = NULL;
	lsp_workspace conf;
	memset(&conf, 0, sizeof conf);
	if (lsp_load_rules(&conf, &o, &rules)) {
		free(exe);
		free(cargs);
		return HVCI_EXIT_ERROR;
	}
	proxy p;
	memset(&p, 0, sizeof p);
	p.ws.confset = conf.confset;
	p.ws.conf_start = conf.conf_start;
	p.client_out = cli_lsp_take_stdout();
	int from = -1;
	pid_t pid = p.client_out < 0 ? -1 : start_clangd(exe, cargs, &p.to_clangd, &from);
	if (pid < 0) {
		cli_error("cannot start %s: %s", exe, strerror(errno));
		hvci_rules_free(rules);
		free(exe);
		free(cargs);
		return HVCI_EXIT_ERROR;
	}
	p.ws.rules = rules;
	p.ws.cdb_dir = cdb;
	p.ws.debounce = debounce;
	p.ws.notify = ws_notify;
	p.ws.ud = &p;
	if (pipe(p.wake)) {
		cli_error("cannot create a pipe: %s", strerror(errno));
		p.wake[0] = p.wake[1] = -1;
	}
	lsp_reader cin, sin;
	lsp_reader_init(&cin, 0);
	lsp_reader_init(&sin, from);
	int clangd_gone = 0, client_gone = 0;
	while (!clangd_gone && !p.write_failed) {
		lsp_frame f;
		const char *why;
		lsp_next_status st;
		while ((st = lsp_reader_next(&cin, &f, &why)) != LSP_NEED_MORE) {
			if (st == LSP_BAD_FRAME) {
				to_client(&p, lsp_error(NULL, LSP_PARSE_ERROR, why));
				continue;
			}
			json_t *m = json_loadb(f.body, f.body_len, JSON_ALLOW_NUL, NULL);
			if (json_is_object(m))
				from_client(&p, m);
			json_decref(m);
			/* Forwarded as received, malformed or not: clangd answers. */
			if (!client_gone && lsp_write_all(p.to_clangd, f.raw, f.raw_len))
				clangd_gone = 1;
			free(f.raw);
		}
		while ((st = lsp_reader_next(&sin, &f, &why)) != LSP_NEED_MORE) {
			if (st == LSP_BAD_FRAME)
				continue;
			json_t *m = json_loadb(f.body, f.body_len, JSON_ALLOW_NUL, NULL);
			json_t *repl = json_is_object(m) ? from_clangd(&p, m) : NULL;
			if (repl)
				to_client(&p, repl);
			else if (!p.write_failed && lsp_write_all(p.client_out, f.raw, f.raw_len))
				p.write_failed = 1;
			json_decref(m);
			free(f.raw);
		}
		if (sin.eof)
			break;
		if (cin.eof && !client_gone) {
			/* The editor is gone: clangd sees EOF too and exits. */
			client_gone = 1;
			close(p.to_clangd);
		}
		/* Debounce deadlines matter only while no analysis is running;
		 * its end wakes the loop through the pipe. */
		double due = p.running ? -1 : lsp_next_due(&p.ws);
		int timeout = -1;
		if (due >= 0 && !client_gone) {
			double ms = (due - lsp_now()) * 1000;
			timeout = ms <= 0 ? 0 : (int)ms + 1;
		}
		struct pollfd pf[3] = {{from, POLLIN, 0},
		                       {client_gone ? -1 : 0, POLLIN, 0},
		                       {p.running ? p.wake[0] : -1, POLLIN, 0}};
		int n = poll(pf, 3, timeout);
		if (n < 0 && errno != EINTR)
			break;
		if (n > 0) {
			if (pf[0].revents)
				lsp_reader_fill(&sin);
			if (pf[1].revents)
				lsp_reader_fill(&cin);
			if (pf[2].revents)
				finish_job(&p);
			continue;
		}
		double t = lsp_now();
		for (size_t i = 0; !p.running && i < p.ws.n_docs; i++)
			if (p.ws.docs[i]->dirty && p.ws.docs[i]->due <= t) {
				if (p.wake[0] >= 0)
					start_job(&p, p.ws.docs[i]);
				else
					analyze_and_publish(&p, p.ws.docs[i]);
				break;
			}
	}
	finish_job(&p);
	if (!client_gone)
		close(p.to_clangd);
	close(from);
	int rc = wait_clangd(pid, 3000);
	lsp_reader_free(&cin);
	lsp_reader_free(&sin);
	lsp_workspace_free(&p.ws);
	for (size_t i = 0; i < p.n_sets; i++) {
		free(p.sets[i].uri);
		json_decref(p.sets[i].params);
	}
	free(p.sets);
	for (size_t i = 0; i < p.n_pend; i++) {
		free(p.pend[i].id);
		free(p.pend[i].uri);
		json_decref(p.pend[i].params);
	}
	free(p.pend);
	hvci_rules_free(rules);
	close(p.client_out);
	if (p.wake[0] >= 0) {
		close(p.wake[0]);
		close(p.wake[1]);
	}
	free(exe);
	free(cargs);
	return rc;
}
