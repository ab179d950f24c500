/*
 * lsp.h - what `hvcilint lsp` and `hvcilint clangd` share: LSP base-protocol
 * framing and JSON-RPC messages (lsp_proto.c), and the open documents with
 * their kept translation units, turned into LSP diagnostics and quick fixes
 * (lsp_docs.c).  The servers' message loops are in lsp.c and clangd_proxy.c.
 */
#ifndef HVCI_LSP_H
#define HVCI_LSP_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "cli.h"

/* JSON-RPC and LSP error codes (the specification's numbers). */
#define LSP_PARSE_ERROR -32700
#define LSP_INVALID_REQUEST -32600
#define LSP_METHOD_NOT_FOUND -32601
#define LSP_INVALID_PARAMS -32602
#define LSP_INTERNAL_ERROR -32603
#define LSP_SERVER_NOT_INITIALIZED -32002

/* A message body larger than this is skipped unread (and answered with an error). */
#define LSP_MAX_BODY ((size_t)256 << 20)

/* Reads base-protocol frames ("Content-Length: N\r\n\r\n" + body) from a descriptor. */
typedef struct {
	int fd;
	char *buf; /* bytes read and not yet consumed */
	size_t len, cap;
	size_t skip; /* body bytes of an oversized message still to drop */
	int eof;     /* the peer closed its end */
} lsp_reader;

typedef enum {
	LSP_NEED_MORE = 0, /* no complete frame buffered */
	LSP_FRAME = 1,     /* *frame holds one */
	LSP_BAD_FRAME = 2, /* a malformed or oversized header was dropped; *why says why */
} lsp_next_status;

typedef struct {
	char *raw; /* header and body exactly as received */
	size_t raw_len;
	const char *body; /* points into raw */
	size_t body_len;
} lsp_frame;

void lsp_reader_init(lsp_reader *r, int fd);
void lsp_reader_free(lsp_reader *r);
/* Reads what the descriptor has (call when poll() says readable); sets eof. */
int lsp_reader_fill(lsp_reader *r);
/* Takes the next frame out of the buffer; free frame->raw. */
lsp_next_status lsp_reader_next(lsp_reader *r, lsp_frame *frame, const char **why);

/* Writes all of buf; -1 when the peer is gone. */
int lsp_write_all(int fd, const char *buf, size_t len);
/* Frames and writes a JSON message; takes the reference. */
int lsp_send(int fd, json_t *msg);
json_t *lsp_response(json_t *id, json_t *result);
json_t *lsp_error(json_t *id, int code, const char *message);
json_t *lsp_notification(const char *method, json_t *params);
/* window/logMessage or window/showMessage (type 1 error .. 4 log). */
json_t *lsp_message(const char *method, int type, const char *fmt, ...) HVCI_PRINTF(3, 4);

/* file:// URIs; NULL when not a file URI. Caller frees. */
char *lsp_uri_to_path(const char *uri);
char *lsp_path_to_uri(const char *path);

/* Seconds on a monotonic clock. */
double lsp_now(void);

/* Options `lsp` and `clangd` share (lsp.c); 1 when argv[*i] was one, -1 when its
 * value is missing or bad (after an error line). */
int cli_lsp_option(int argc, char **argv, int *i, cli_output_opts *o, const char **cdb,
                   double *debounce);
/* Points descriptor 1 at stderr so only LSP reaches the client; returns the real stdout. */
int cli_lsp_take_stdout(void);

/*
 * Applies the contentChanges of a didChange, in order, to the NUL-terminated
 * `*doc` of `*len` bytes (lsp_text.c).  -1 when a change is malformed: the
 * changes before it stay applied, as the client sent them.
 */
int lsp_text_change(char **doc, size_t *len, json_t *changes);

/* ---- documents (lsp_docs.c) --------------------------------------------------- */

typedef struct {
	char *uri;
	char *path;
	char *text; /* the editor's contents */
	size_t len;
	int64_t version;
	hvci_session *session; /* created on the first analysis */
	hvci_tu_result *res;   /* the last analysis, of res_text */
	char *res_text;
	size_t res_len;
	size_t *res_lines; /* byte offset of each line of res_text */
	size_t n_res_lines;
	int dirty;                 /* text changed since res */
	double due;                /* when to analyse (debounce), valid while dirty */
	int published;             /* res has been sent to the client */
	double seconds;            /* wall time of the last analysis */
	int64_t res_version;       /* the version res analysed */
	int busy;                  /* an analysis (lsp_job) is running on it */
	char *image;               /* its driver image (compdb.c), or NULL */
	int closed;                /* closed while busy: the job's end frees it */
	struct lsp_worker *worker; /* its analysis process (lsp_worker.c), or NULL */
} lsp_doc;

typedef struct {
	const hvci_rules *rules; /* the configs of conf_start's folders, or --config's */
	const char *cdb_dir;     /* --compile-commands-dir, or NULL: search upwards */
	/* Without --config: each file's own configs (confset.c), the folder the
	 * server started in holding `rules`'s; NULL with --config. */
	cli_confset *confset;
	char *conf_start;
	lsp_doc **docs;
	size_t n_docs;
	void (*notify)(void *ud, json_t *msg); /* sends a message to the client; takes it */
	void *ud;
	int told_defaults; /* the default-flags message was shown once */
	double debounce;   /* quiet period after a change, seconds */
} lsp_workspace;

lsp_doc *lsp_doc_find(lsp_workspace *ws, const char *uri);
/* didOpen / didChange (contentChanges, incremental or full) / didClose. */
lsp_doc *lsp_doc_open(lsp_workspace *ws, const char *uri, const char *text, size_t len,
                      int64_t version);
int lsp_doc_change(lsp_workspace *ws, lsp_doc *d, json_t *changes, int64_t version);
void lsp_doc_close(lsp_workspace *ws, lsp_doc *d);
void lsp_workspace_free(lsp_workspace *ws);
/* The document's session (its compile command), opened on first use; NULL when it has none. */
hvci_session *lsp_doc_session(lsp_workspace *ws, lsp_doc *d);
/* Analyses now (keeping the translation unit); logs the latency. */
void lsp_doc_analyze(lsp_workspace *ws, lsp_doc *d);

/*
 * The same in three steps, so that the parse can run on another thread
 * while the message loop goes on (the clangd proxy): begin and finish on
 * the loop's thread, run anywhere, one job at a time (the engine is not
 * re-entrant).  Closing a busy document defers its freeing to finish.
 */
typedef struct {
	lsp_doc *doc;
	char *text; /* the snapshot analysed */
	size_t len;
	int64_t version;
	int first;           /* the document's first parse */
	hvci_tu_result *res; /* run's result, or NULL with error set */
	char *error;
	double seconds;
	const hvci_rules *rules; /* the file's own configs' table, or NULL: the run's */
} lsp_job;
/* 0 when there is nothing to run (no file path, no session: logged). */
int lsp_job_begin(lsp_workspace *ws, lsp_doc *d, lsp_job *j);
/* The parse and the checks only: no messages, no workspace changes. */
void lsp_job_run(const hvci_rules *rules, lsp_job *j);
/* The server's rule table: its folder's configs (confset set in ws), or
 * --config's; non-zero after an error line. */
int lsp_load_rules(lsp_workspace *ws, const cli_output_opts *o, hvci_rules **out);
/* The time limit of each analysis (--timeout SEC; 0: none; default 120). */
void lsp_set_timeout(double seconds);
/* lsp_worker.c: ends the document's worker (on close). */
void lsp_worker_stop(lsp_doc *d);
/* Ends the least recently used workers while too many documents hold one. */
void lsp_workers_trim(lsp_workspace *ws, const lsp_doc *keep);
/* Installs the result and logs; 1 when the document is still open and has it. */
int lsp_job_finish(lsp_workspace *ws, lsp_job *j);
/* The earliest debounce deadline of a dirty document, or -1 when none. */
double lsp_next_due(const lsp_workspace *ws);
/* Diagnostic[] for the last analysis. */
json_t *lsp_doc_diagnostics(const lsp_workspace *ws, const lsp_doc *d);
/* CodeAction[] (quick fixes) whose finding overlaps params.range, for the
 * params of a textDocument/codeAction request (honouring context.only). */
json_t *lsp_doc_code_actions(const lsp_workspace *ws, const lsp_doc *d, json_t *params);

#endif
