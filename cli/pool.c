/*
 * pool.c - analyses many translation units in -j long-lived worker
 * processes (cli_run_jobs, or cli_pool_new/run/free for several rounds).
 *
 * Each worker is forked once and then analyses unit after unit: the parent
 * sends a job number over the worker's socket, the worker answers with a
 * framed result (packed, report/pack.c).  Forking once per unit cost more
 * than parsing it (first-touch page faults, libclang's one-time set-up), so
 * a worker lives on until one of these ends it, and a fresh one takes its
 * place:
 *   - it crashed (the unit is reported as a libclang crash) or libclang's
 *     own crash recovery fired (its state is not trusted after that);
 *   - its unit ran past --timeout (killed; the unit is reported as such);
 *   - it hit the memory limit (limits.c; the unit is reported as such) or
 *     used half of it, which says its heap has grown too much to go on;
 *   - it analysed WORKER_UNITS units, which bounds slow growth.
 * Only the unit a worker was busy with is lost; results land in
 * results[job], so the order of the report never depends on scheduling.
 * The worker inherits the rule table, the jobs and the summaries at fork
 * time.  A pool can serve several summary rounds over the same jobs and
 * rules: a worker still alive from an earlier round is sent the new
 * summaries table (as JSON, before its next unit) instead of being
 * replaced, so a round costs no fork and no libclang set-up.
 *
 * A unit that a later round analyses again is sent, with its job, what its
 * earlier analysis kept of its recovery parsing (hvci_analyze_options.replay):
 * it is then parsed once instead of once per recovery pass.  The parent keeps
 * these per job for the pool's life; they never leave the run.
 * HVCILINT_NO_REPLAY=1 turns that off (the benchmark's "before" figures).
 *
 * HVCILINT_POOL_STATS=1 prints how many workers were started and replaced
 * (for tests) and the largest peak resident size of a worker reaped so far
 * (for the bench).  What a unit's analysis does is engine/analyze.c's
 * business.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "util/util.h"

#define WORKER_UNITS 64
#define FRAME_LAST 1u /* the worker exits after this result */
/* In place of a job number: a summaries table follows (its length, then
 * that many bytes of JSON; length 0 for none). */
#define MSG_TABLE UINT64_MAX
/* In place of a job number: the next job's replay follows (its length,
 * then the bytes a worker sent with the unit's earlier result). */
#define MSG_REPLAY (UINT64_MAX - 1)

/* What precedes each result on a worker's socket. */
typedef struct {
	uint64_t len;        /* bytes of the packed result that follow */
	uint64_t flags;      /* FRAME_LAST */
	uint64_t replay_len; /* bytes of the unit's replay after the result */
} frame;

typedef struct {
	pid_t pid; /* 0: no worker in this slot */
	int fd;    /* the parent's end of the socket */
	int busy;  /* a job was sent and its result is not in yet */
	size_t job;
	unsigned round; /* the pool's round whose summaries it holds */
	double started; /* when the job was sent, for --timeout */
	char *buf;      /* bytes read and not yet taken as a frame */
	size_t len, cap;
} worker;

typedef struct {
	unsigned spawned, replaced, crashed, timed_out, recycled;
} pool_stats;

struct cli_pool {
	const hvci_rules *rules;
	const cli_job *js;
	int nproc;
	double timeout;
	int no_deps;
	const hvci_summaries *ext; /* this round's table, during cli_pool_run only */
	unsigned round;            /* counts cli_pool_run calls */
	char *table;               /* ext as JSON, made when a live worker needs it */
	size_t table_len;
	/* Per job, how its recovery ended in an earlier round (see
	 * hvci_analyze_options.replay): a later round parses it once. */
	char **replay;
	size_t *replay_len;
	size_t njobs;
	worker *ws;
	int *had; /* the slot had a worker before */
	struct pollfd *pf;
	int *idx;
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static hvci_tu_result *failed_result(const char *file, hvci_tu_status st, const char *msg)
{
	hvci_tu_result *r = hvci_xcalloc(1, sizeof *r);
	r->file = hvci_strdup(file);
	r->status = st;
	hvci_loc l = {(char *)file, 1, 1, 0, 0, NULL};
	hvci_tu_result_add_diag(r, HVCI_SEV_ERROR, &l, "%s", msg);
	return r;
}

/* ---- the worker's side ------------------------------------------------------- */

/* One unit's result packed (report/pack.c) into *len bytes (caller frees);
 * *last when this worker should stop.
 * `replay` (may be NULL) is the unit's from an earlier round; a new one, for
 * the parent to keep, goes to *out_replay. */
static char *analyse_one(const hvci_rules *rules, const cli_job *j, const hvci_summaries *ext,
                         int no_deps, int *last, const char *replay, size_t replay_len,
                         char **out_replay, size_t *out_replay_len, size_t *len)
{
	hvci_analyze_options o;
	memset(&o, 0, sizeof o);
	o.version = HVCI_ANALYZE_OPTIONS_VERSION;
	o.file = j->file;
	o.directory = j->directory;
	o.argv = (const char *const *)j->argv;
	o.argc = j->argc;
	o.want_index = 1;
	o.index_no_deps = no_deps;
	o.summaries = ext;
	const char *off = getenv("HVCILINT_NO_REPLAY");
	o.want_replay = !(off && *off && strcmp(off, "0"));
	o.replay = replay;
	o.replay_len = replay_len;
	o.pch_dir = cli_pch_dir();
	hvci_tu_result *r = NULL;
	char *text;
	/* The file's own configs (confset.c), else the run's. */
	int failed = hvci_analyze_tu(&r, j->rules ? j->rules : rules, &o);
	if (!failed && r->status == HVCI_TU_CRASHED) {
		/* libclang recovered from a crash: its state is not to be trusted. */
		*last = 1;
		if (cli_worker_near_limit()) {
			/* The crash was the failed allocation at the memory limit. */
			char *m = cli_worker_limit_message();
			hvci_tu_result_free(r);
			r = failed_result(j->file, HVCI_TU_FAILED, m ? m : "memory limit");
			free(m);
		}
	}
	if (!failed && r && j->image && !r->image)
		r->image = hvci_strdup(j->image);
	if (failed || !r) {
		/* The message names its own file and line. */
		hvci_tu_result *f = failed_result(j->file, HVCI_TU_FAILED, hvci_error_last());
		f->diags[0].loc.line = 0;
		text = hvci_tu_result_pack(f, len);
		hvci_tu_result_free(f);
	} else {
		text = hvci_tu_result_pack(r, len);
		*out_replay = r->replay;
		*out_replay_len = r->replay_len;
		r->replay = NULL;
		hvci_tu_result_free(r);
	}
	return text;
}

/* Writes all of p to the socket fd.  The parent passes MSG_NOSIGNAL, so a
 * worker that just died cannot take the parent with it. */
int cli_send_all(int fd, const void *p, size_t len, int flags)
{
	const char *c = p;
	while (len) {
		ssize_t w = send(fd, c, len, flags);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		c += w;
		len -= (size_t)w;
	}
	return 0;
}

/* 1 when len bytes were read, 0 at end of file (or a short read), -1 on error. */
int cli_read_all(int fd, void *p, size_t len)
{
	char *c = p;
	while (len) {
		ssize_t r = read(fd, c, len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0)
			return 0;
		c += r;
		len -= (size_t)r;
	}
	return 1;
}

/*
 * A worker's result goes through its socket only.  Its standard output is
 * the report's (a SARIF or JSON report is often read from stdout), so
 * nothing libclang or a compile command makes it print may land there: fd 1
 * goes to /dev/null (to stderr when /dev/null cannot be opened; fd 1 is
 * never left closed, or the next file opened would take its place).
 * Standard input is not the worker's either: a compile command naming
 * /dev/stdin reads an empty file.  Standard error stays for tool messages.
 */
static void quiet_std_streams(void)
{
	int null = open("/dev/null", O_RDWR | O_CLOEXEC);
	if (null < 0 || dup2(null, 1) < 0)
		dup2(2, 1);
	if (null >= 0) {
		dup2(null, 0);
		if (null > 2)
			close(null);
	}
}

/* Reads what follows a MSG_TABLE or MSG_REPLAY: a length, then that many
 * bytes into *out (NULL for none); 0, or -1 when they do not all arrive. */
static int read_sized(int fd, char **out, size_t *len)
{
	uint64_t n;
	*out = NULL;
	*len = 0;
	if (cli_read_all(fd, &n, sizeof n) != 1 || n > SIZE_MAX - 1)
		return -1;
	if (!n)
		return 0;
	char *b = malloc((size_t)n + 1);
	if (!b || cli_read_all(fd, b, (size_t)n) != 1) {
		free(b);
		return -1;
	}
	*out = b;
	*len = (size_t)n;
	return 0;
}

/* Reads the replay sent after MSG_REPLAY into *out; 0, or -1 when it cannot. */
static int read_replay(int fd, char **out, size_t *len)
{
	char *b;
	size_t n;
	if (read_sized(fd, &b, &n) || !n)
		return -1;
	free(*out);
	*out = b;
	*len = n;
	return 0;
}

/* Reads a table sent after MSG_TABLE into *owned; 0, or -1 when it cannot. */
static int read_table(int fd, hvci_summaries **owned)
{
	char *text;
	size_t len;
	if (read_sized(fd, &text, &len))
		return -1;
	hvci_summaries *t = len ? hvci_summaries_from_json(text, len) : NULL;
	free(text);
	if (len && !t)
		return -1;
	hvci_summaries_free(*owned);
	*owned = t;
	return 0;
}

static void worker_main(int fd, const hvci_rules *rules, const cli_job *js,
                        const hvci_summaries *ext, int no_deps)
{
	quiet_std_streams();
	cli_worker_limit_apply(fd);
	/* A later round's table replaces the one inherited at fork time. */
	hvci_summaries *owned = NULL;
	char *replay = NULL; /* for the next unit */
	size_t replay_len = 0;
	for (unsigned units = 1;; units++) {
		uint64_t k;
		if (cli_read_all(fd, &k, sizeof k) != 1)
			break; /* the parent has no more work, or is gone */
		if (k == MSG_TABLE) {
			/* A table that does not arrive whole ends the worker: the
			 * parent then reports its next unit as lost, never analysed
			 * with the wrong summaries. */
			if (read_table(fd, &owned))
				break;
			ext = owned;
			units--;
			continue;
		}
		if (k == MSG_REPLAY) {
			if (read_replay(fd, &replay, &replay_len))
				break;
			units--;
			continue;
		}
		int last = units >= WORKER_UNITS;
		char *again = NULL;
		size_t again_len = 0;
		size_t len;
		char *text = analyse_one(rules, &js[k], ext, no_deps, &last, replay, replay_len,
		                         &again, &again_len, &len);
		free(replay);
		replay = NULL;
		replay_len = 0;
		last |= cli_worker_should_retire();
		frame f = {len, last ? FRAME_LAST : 0, again_len};
		int bad = cli_send_all(fd, &f, sizeof f, 0) || cli_send_all(fd, text, f.len, 0) ||
		          (again_len && cli_send_all(fd, again, again_len, 0));
		free(text);
		free(again);
		if (bad || last)
			break;
	}
	free(replay);
	hvci_summaries_free(owned);
	close(fd);
	_exit(0);
}

/* ---- the parent's side ------------------------------------------------------- */

static int spawn(cli_pool *p, int i)
{
	worker *ws = p->ws;
	int sv[2];
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
		return -1;
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		close(sv[0]);
		close(sv[1]);
		return -1;
	}
	if (pid == 0) {
		/* Other workers' sockets stay with the parent only, or a worker
		 * would never see the end of its own when the parent closes it. */
		for (int k = 0; k < p->nproc; k++)
			if (ws[k].pid)
				close(ws[k].fd);
		close(sv[0]);
		worker_main(sv[1], p->rules, p->js, p->ext, p->no_deps);
	}
	close(sv[1]);
	ws[i].pid = pid;
	ws[i].fd = sv[0];
	ws[i].busy = 0;
	ws[i].len = 0;
	ws[i].round = p->round;
	return 0;
}

/* The largest peak resident size of a worker this process reaped, in KB. */
static long worker_peak_kb;

/* Waits for a worker that is gone or told to go; its status (0 when unknown). */
static int reap(worker *w, int kill_it)
{
	int status = 0;
	if (kill_it)
		kill(w->pid, SIGKILL);
	close(w->fd);
	struct rusage ru;
	memset(&ru, 0, sizeof ru);
	while (wait4(w->pid, &status, 0, &ru) < 0 && errno == EINTR)
		;
	if (ru.ru_maxrss > worker_peak_kb)
		worker_peak_kb = ru.ru_maxrss;
	w->pid = 0;
	w->busy = 0;
	w->len = 0;
	return status;
}

/* Whether the memory limit's marker is among the bytes a dead worker left. */
static int left_limit_marker(const worker *w)
{
	for (size_t off = 0; off < w->len; off++)
		if (w->buf[off] == '\001' && cli_worker_hit_limit(w->buf + off, w->len - off))
			return 1;
	return 0;
}

/* The worker died (end of file on its socket) while busy: why, for its unit. */
static hvci_tu_result *died(worker *w, const cli_job *js, pool_stats *st)
{
	const char *file = js[w->job].file;
	int limit = left_limit_marker(w);
	int status = reap(w, 0);
	st->crashed++;
	if (limit) {
		char *m = cli_worker_limit_message();
		hvci_tu_result *r = failed_result(file, HVCI_TU_FAILED, m ? m : "memory limit");
		free(m);
		return r;
	}
	char msg[512];
	snprintf(msg, sizeof msg,
	         "libclang crashed while analysing this file (%s %d); other files were "
	         "analysed, please report the file's compile command",
	         WIFSIGNALED(status) ? "signal" : "exit status",
	         WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
	return failed_result(file, HVCI_TU_CRASHED, msg);
}

/* Takes a complete frame from w->buf into results (and the unit's replay
 * into p); 1 when one was taken. */
static int take_frame(cli_pool *p, worker *w, hvci_tu_result **results, int *last)
{
	const cli_job *js = p->js;
	frame f;
	if (w->len < sizeof f)
		return 0;
	memcpy(&f, w->buf, sizeof f);
	if (w->len - sizeof f < f.len || w->len - sizeof f - f.len < f.replay_len)
		return 0;
	char *text = w->buf + sizeof f;
	if (hvci_tu_result_unpack(&results[w->job], text, (size_t)f.len))
		results[w->job] =
		    failed_result(js[w->job].file, HVCI_TU_CRASHED, hvci_error_last());
	if (f.replay_len) {
		free(p->replay[w->job]);
		p->replay[w->job] = hvci_xmalloc((size_t)f.replay_len);
		memcpy(p->replay[w->job], text + f.len, (size_t)f.replay_len);
		p->replay_len[w->job] = (size_t)f.replay_len;
	}
	size_t used = sizeof f + (size_t)f.len + (size_t)f.replay_len;
	memmove(w->buf, w->buf + used, w->len - used);
	w->len -= used;
	w->busy = 0;
	*last = (f.flags & FRAME_LAST) != 0;
	return 1;
}

/* Sends `tag` (in place of a job number), the length and the bytes. */
static int send_sized(int fd, uint64_t tag, const char *bytes, size_t len)
{
	uint64_t head[2] = {tag, (uint64_t)len};
	return cli_send_all(fd, head, sizeof head, MSG_NOSIGNAL) ||
	               (len && cli_send_all(fd, bytes, len, MSG_NOSIGNAL))
	           ? -1
	           : 0;
}

/* Sends this round's table to an idle worker that holds an older one. */
static int send_table(cli_pool *p, worker *w)
{
	if (!p->table && p->ext) {
		p->table = hvci_summaries_to_json(p->ext);
		if (!p->table)
			return -1;
		p->table_len = strlen(p->table);
	}
	if (send_sized(w->fd, MSG_TABLE, p->table, p->ext ? p->table_len : 0))
		return -1;
	w->round = p->round;
	return 0;
}

/* Sends the replay an earlier round left for job k, if any. */
static int send_replay(const cli_pool *p, worker *w, size_t k)
{
	return p->replay[k] ? send_sized(w->fd, MSG_REPLAY, p->replay[k], p->replay_len[k]) : 0;
}

static int send_job(worker *w, size_t k)
{
	uint64_t v = k;
	/* MSG_NOSIGNAL: a worker that just died must not take the parent with it. */
	ssize_t s;
	do
		s = send(w->fd, &v, sizeof v, MSG_NOSIGNAL);
	while (s < 0 && errno == EINTR);
	if (s != (ssize_t)sizeof v)
		return -1;
	w->busy = 1;
	w->job = k;
	w->started = now();
	return 0;
}

/* One finished unit, whatever became of the worker. */
#define FINISHED(k)                                                                                \
	do {                                                                                       \
		done(ud, (k), results);                                                            \
		finished++;                                                                        \
	} while (0)

cli_pool *cli_pool_new(const hvci_rules *rules, const cli_job *js, size_t njobs, int nproc,
                       double timeout, int no_deps)
{
	(void)cli_pch_dir(); /* resolved (and warned about) once, before the workers */
	if ((size_t)nproc > njobs)
		nproc = njobs ? (int)njobs : 1;
	if (nproc < 1)
		nproc = 1;
	cli_pool *p = hvci_xcalloc(1, sizeof *p);
	p->rules = rules;
	p->js = js;
	p->nproc = nproc;
	p->timeout = timeout;
	p->no_deps = no_deps;
	p->ws = hvci_xcalloc((size_t)nproc, sizeof *p->ws);
	p->had = hvci_xcalloc((size_t)nproc, sizeof *p->had);
	p->pf = hvci_xcalloc((size_t)nproc, sizeof *p->pf);
	p->idx = hvci_xcalloc((size_t)nproc, sizeof *p->idx);
	p->njobs = njobs;
	p->replay = hvci_xcalloc(njobs ? njobs : 1, sizeof *p->replay);
	p->replay_len = hvci_xcalloc(njobs ? njobs : 1, sizeof *p->replay_len);
	return p;
}

void cli_pool_free(cli_pool *p)
{
	if (!p)
		return;
	for (int i = 0; i < p->nproc; i++) {
		if (p->ws[i].pid)
			reap(&p->ws[i], 0); /* idle: the closed socket tells it to exit */
		free(p->ws[i].buf);
	}
	free(p->table);
	for (size_t k = 0; k < p->njobs; k++)
		free(p->replay[k]);
	free(p->replay);
	free(p->replay_len);
	free(p->ws);
	free(p->had);
	free(p->pf);
	free(p->idx);
	free(p);
}

void cli_run_jobs(const hvci_rules *rules, const cli_job *js, const size_t *which, size_t n,
                  int nproc, double timeout, const hvci_summaries *ext, int no_deps,
                  hvci_tu_result **results, cli_done_fn done, void *ud)
{
	cli_pool *p = cli_pool_new(rules, js, n, nproc, timeout, no_deps);
	cli_pool_run(p, which, n, ext, results, done, ud);
	cli_pool_free(p);
}

void cli_pool_run(cli_pool *p, const size_t *which, size_t n, const hvci_summaries *ext,
                  hvci_tu_result **results, cli_done_fn done, void *ud)
{
	const cli_job *js = p->js;
	int nproc = p->nproc;
	double timeout = p->timeout;
	worker *ws = p->ws;
	int *had = p->had;
	struct pollfd *pf = p->pf;
	int *idx = p->idx;
	/* Every call is a new round: the caller may have built its new table
	 * where the old one was, so the pointer alone cannot tell them apart. */
	p->ext = ext;
	p->round++;
	free(p->table);
	p->table = NULL;
	pool_stats st = {0, 0, 0, 0, 0};
	size_t next = 0, finished = 0;
	while (finished < n) {
		/* Work for every idle worker, and a worker for every empty slot. */
		for (int i = 0; i < nproc && next < n; i++) {
			worker *w = &ws[i];
			if (w->busy)
				continue;
			if (!w->pid) {
				if (spawn(p, i)) {
					results[which[next]] =
					    failed_result(js[which[next]].file, HVCI_TU_FAILED,
					                  "cannot start a worker process; lower -j "
					                  "or free memory");
					FINISHED(which[next]);
					next++;
					continue;
				}
				st.spawned++;
				st.replaced += had[i];
				had[i] = 1;
			}
			if ((w->round != p->round && send_table(p, w)) ||
			    send_replay(p, w, which[next]) || send_job(w, which[next]))
				reap(w, 1); /* gone while idle: a new one next time round */
			else
				next++;
		}
		int np = 0;
		for (int i = 0; i < nproc; i++)
			if (ws[i].busy) {
				pf[np].fd = ws[i].fd;
				pf[np].events = POLLIN;
				pf[np].revents = 0;
				idx[np++] = i;
			}
		if (!np)
			continue;
		int wait_ms = 200;
		if (timeout > 0 && timeout * 1000 < wait_ms)
			wait_ms = (int)(timeout * 1000);
		poll(pf, (nfds_t)np, wait_ms);
		for (int k = 0; k < np; k++) {
			worker *w = &ws[idx[k]];
			if (pf[k].revents & (POLLIN | POLLHUP | POLLERR)) {
				if (w->cap - w->len < 65536) {
					w->cap = w->cap ? w->cap * 2 : 131072;
					w->buf = hvci_xrealloc(w->buf, w->cap + 1);
				}
				ssize_t r = read(w->fd, w->buf + w->len, w->cap - w->len);
				if (r < 0 && errno == EINTR)
					continue;
				if (r > 0) {
					w->len += (size_t)r;
					int last = 0;
					size_t fin = w->job;
					if (take_frame(p, w, results, &last)) {
						if (last) {
							reap(w, 0);
							st.recycled++;
						}
						FINISHED(fin);
					}
					continue;
				}
				size_t fin = w->job;
				results[fin] = died(w, js, &st);
				FINISHED(fin);
			} else if (timeout > 0 && now() - w->started > timeout) {
				size_t fin = w->job;
				reap(w, 1);
				st.timed_out++;
				char msg[256];
				snprintf(msg, sizeof msg,
				         "analysis ran past --timeout %.0fs and was stopped; other "
				         "files were analysed, raise --timeout for this one",
				         timeout);
				results[fin] = failed_result(js[fin].file, HVCI_TU_TIMEOUT, msg);
				FINISHED(fin);
			}
		}
	}
	p->ext = NULL; /* the caller frees it after this call */
	const char *e = getenv("HVCILINT_POOL_STATS");
	if (e && *e && strcmp(e, "0")) {
		/* Live workers' peaks so far, from Linux's VmHWM. */
		for (int i = 0; i < p->nproc; i++) {
			if (!p->ws[i].pid)
				continue;
			char path[64], line[128];
			snprintf(path, sizeof path, "/proc/%d/status", (int)p->ws[i].pid);
			FILE *f = fopen(path, "r");
			long kb;
			while (f && fgets(line, sizeof line, f))
				if (sscanf(line, "VmHWM: %ld", &kb) == 1 && kb > worker_peak_kb)
					worker_peak_kb = kb;
			if (f)
				fclose(f);
		}
		fprintf(
		    stderr,
		    "hvcilint: pool: %zu units, %u workers spawned, %u replaced (%u crashed, %u "
		    "timed out, %u recycled); largest worker peak RSS %ld KB\n",
		    n, st.spawned, st.replaced, st.crashed, st.timed_out, st.recycled,
		    worker_peak_kb);
	}
}
