/*
 * lsp_worker.c - where the editor servers' analyses run: one worker
 * process per open document, forked on the document's first analysis and
 * kept across edits, so that each reparse reuses the precompiled preamble
 * the first parse built.  (A fresh process per analysis parsed every
 * header again on every keystroke.)
 *
 * The worker still isolates the server, as `check`'s workers do: an
 * analysis that runs past --timeout, reaches the memory limit or crashes
 * costs only the worker, the edit gets an error logged, and the next
 * analysis forks a new one.  A worker also ends when its document closes,
 * when the document's rule table changes (a config file of its folder),
 * and when more than MAX_WORKERS documents hold one (the least recently
 * analysed gives its up).  A worker that is told to end disposes of its
 * unit, which removes the preamble from TMPDIR.
 *
 * The protocol over the socket pair: the server sends a length (uint64)
 * and the document's text, or the length QUIT; the worker answers 'F', a
 * length and "R" + the result's JSON or "E" + an error line.  A worker
 * that reaches the memory limit writes the limit's marker instead.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lsp.h"
#include "util/util.h"

#define MAX_WORKERS 8
#define QUIT UINT64_MAX
#define MAX_TEXT (1ULL << 31)

struct lsp_worker {
	pid_t pid;
	int fd;
	const hvci_rules *rules; /* the table it was forked with */
	double last_used;
};

/* --timeout of `lsp` and `clangd`: an analysis running longer is stopped. */
static double job_timeout = 120;

void lsp_set_timeout(double seconds)
{
	job_timeout = seconds;
}

/* The worker: analyses each text it is sent with the session it was forked with. */
static void worker_loop(hvci_session *session, const hvci_rules *rules, int fd)
{
	for (;;) {
		uint64_t n;
		if (cli_read_all(fd, &n, sizeof n) != 1 || n == QUIT || n > MAX_TEXT)
			break;
		char *text = hvci_xmalloc((size_t)n + 1);
		if (cli_read_all(fd, text, (size_t)n) != 1) {
			free(text);
			break;
		}
		text[n] = '\0';
		hvci_tu_result *r = NULL;
		char *out;
		if (hvci_session_analyze(session, &r, rules, text, (size_t)n))
			out = hvci_asprintf("E%s", hvci_error_last());
		else if (r->status == HVCI_TU_CRASHED && cli_worker_near_limit()) {
			char *m = cli_worker_limit_message();
			out = hvci_asprintf("E%s", m);
			free(m);
		} else {
			char *json = hvci_tu_result_to_json(r);
			out = hvci_asprintf("R%s", json);
			free(json);
		}
		hvci_tu_result_free(r);
		free(text);
		uint64_t len = strlen(out);
		int bad = cli_send_all(fd, "F", 1, MSG_NOSIGNAL) ||
		          cli_send_all(fd, &len, sizeof len, MSG_NOSIGNAL) ||
		          cli_send_all(fd, out, (size_t)len, MSG_NOSIGNAL);
		free(out);
		if (bad)
			break;
	}
	/* Disposing of the unit removes its precompiled preamble from TMPDIR;
	 * the compile command's overlay file stays, the server's session owns it. */
	hvci_session_drop_copy(session);
	_exit(0);
}

static struct lsp_worker *spawn(lsp_doc *d, const hvci_rules *rules)
{
	int sv[2];
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
		return NULL;
	pid_t pid = fork();
	if (pid < 0) {
		close(sv[0]);
		close(sv[1]);
		return NULL;
	}
	if (pid == 0) {
		/* Nothing the analysis prints may reach the client's channel, and
		 * the worker holds no descriptor but its own socket (so that it
		 * sees the end of the server, and other workers see theirs). */
		int null = open("/dev/null", O_RDWR | O_CLOEXEC);
		if (null >= 0) {
			dup2(null, 0);
			dup2(null, 1);
		}
		if (dup2(sv[1], 3) != 3)
			_exit(1);
		close_range(4, ~0U, 0);
		cli_worker_limit_apply(3);
		worker_loop(d->session, rules, 3);
	}
	close(sv[1]);
	struct lsp_worker *w = hvci_xcalloc(1, sizeof *w);
	w->pid = pid;
	w->fd = sv[0];
	w->rules = rules;
	return w;
}

/* Ends d's worker: asked to quit (so it removes its preamble), killed when
 * it does not within a second, or at once when it is stuck in an analysis. */
static void stop(lsp_doc *d, int now)
{
	struct lsp_worker *w = d->worker;
	if (!w)
		return;
	d->worker = NULL;
	uint64_t q = QUIT;
	if (!now && cli_send_all(w->fd, &q, sizeof q, MSG_NOSIGNAL) == 0) {
		struct pollfd pf = {w->fd, POLLIN, 0};
		char c;
		/* The worker closes its end when it exits. */
		while (poll(&pf, 1, 1000) > 0 && read(w->fd, &c, 1) > 0)
			;
	}
	close(w->fd);
	int status;
	if (waitpid(w->pid, &status, WNOHANG) == 0) {
		kill(w->pid, SIGKILL);
		while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR)
			;
	}
	free(w);
}

void lsp_worker_stop(lsp_doc *d)
{
	stop(d, 0);
}

void lsp_workers_trim(lsp_workspace *ws, const lsp_doc *keep)
{
	for (;;) {
		size_t live = 0;
		lsp_doc *oldest = NULL;
		for (size_t i = 0; i < ws->n_docs; i++) {
			lsp_doc *d = ws->docs[i];
			if (!d->worker)
				continue;
			live++;
			if (d != keep && !d->busy &&
			    (!oldest || d->worker->last_used < oldest->worker->last_used))
				oldest = d;
		}
		if (live < MAX_WORKERS || !oldest)
			return;
		stop(oldest, 0);
	}
}

/* Reads the worker's answer within the time left; 1 on timeout. */
static int read_answer(int fd, double t0, char **buf, size_t *len)
{
	size_t cap = 0;
	*buf = NULL;
	*len = 0;
	uint64_t want = 0;
	int have_head = 0;
	for (;;) {
		double left = job_timeout > 0 ? job_timeout - (lsp_now() - t0) : 1e9;
		if (left <= 0)
			return 1;
		struct pollfd pf = {fd, POLLIN, 0};
		int n = poll(&pf, 1, left > 1e6 ? -1 : (int)(left * 1000) + 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			continue;
		if (cap - *len < 65536) {
			cap = cap ? cap * 2 : 131072;
			*buf = hvci_xrealloc(*buf, cap + 1);
		}
		ssize_t r = read(fd, *buf + *len, cap - *len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return 0; /* the worker ended: a crash or the limit's marker */
		*len += (size_t)r;
		(*buf)[*len] = '\0';
		if (!have_head && *len >= 1 + sizeof want && (*buf)[0] == 'F') {
			memcpy(&want, *buf + 1, sizeof want);
			have_head = 1;
		}
		if (have_head && *len - 1 - sizeof want >= want)
			return 0;
	}
}

void lsp_job_run(const hvci_rules *rules, lsp_job *j)
{
	if (j->rules)
		rules = j->rules;
	lsp_doc *d = j->doc;
	double t0 = lsp_now();
	if (d->worker && d->worker->rules != rules)
		stop(d, 0);
	uint64_t n = j->len;
	/* A worker that died since its last analysis is replaced once. */
	for (int attempt = 0; attempt < 2; attempt++) {
		if (!d->worker)
			d->worker = spawn(d, rules);
		if (!d->worker) {
			j->error = hvci_strdup("cannot start the analysis: no process");
			return;
		}
		if (cli_send_all(d->worker->fd, &n, sizeof n, MSG_NOSIGNAL) == 0 &&
		    cli_send_all(d->worker->fd, j->text, j->len, MSG_NOSIGNAL) == 0)
			break;
		stop(d, 1);
	}
	if (!d->worker) {
		j->error = hvci_strdup("cannot start the analysis: the worker ended");
		return;
	}
	d->worker->last_used = t0;
	char *buf;
	size_t len;
	int timed_out = read_answer(d->worker->fd, t0, &buf, &len);
	size_t head = 1 + sizeof(uint64_t);
	int framed = len >= head && buf[0] == 'F' && len - head >= 1 &&
	             (buf[head] == 'R' || buf[head] == 'E');
	if (timed_out) {
		stop(d, 1);
		char m[256];
		snprintf(m, sizeof m,
		         "%s:1: the analysis ran past --timeout %.0fs and was stopped; check the "
		         "file's includes (a FIFO or a device hangs it) or raise --timeout",
		         d->path, job_timeout);
		j->error = hvci_strdup(m);
	} else if (buf && cli_worker_hit_limit(buf, len)) {
		stop(d, 1);
		j->error = cli_worker_limit_message();
	} else if (!framed) {
		pid_t pid = d->worker->pid;
		close(d->worker->fd);
		free(d->worker);
		d->worker = NULL;
		int status = 0;
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			;
		char m[256];
		snprintf(m, sizeof m, "%s:1: the analysis crashed (%s %d); please report the file",
		         d->path, WIFSIGNALED(status) ? "signal" : "exit status",
		         WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
		j->error = hvci_strdup(m);
	} else if (buf[head] == 'E') {
		j->error = hvci_strdup(buf + head + 1);
	} else if (hvci_tu_result_from_json(&j->res, buf + head + 1)) {
		j->res = NULL;
		j->error = hvci_strdup(hvci_error_last());
	}
	free(buf);
	j->seconds = lsp_now() - t0;
}
