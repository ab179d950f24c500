/*
 * lsp.c - `hvcilint lsp`: a language server (LSP 3.17) over stdin/stdout.
 *
 * One thread, one loop: poll() on stdin with the nearest debounce deadline
 * as timeout.  Messages are handled as they arrive; a document is analysed
 * once its text has been quiet for the debounce period (at once when
 * opened or saved), and before a request that needs its current findings
 * (code actions, pulled diagnostics).  Findings are pushed with
 * textDocument/publishDiagnostics unless the client pulls them
 * (textDocument/diagnostic).  Standard output carries LSP only: file
 * descriptor 1 is pointed at stderr at start, so nothing else (libclang,
 * a stray printf) can corrupt the stream.  Exit status is 0 after
 * shutdown + exit, 1 when the client exits or disappears without shutdown.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lsp.h"
#include "util/util.h"

typedef struct {
	int out;          /* the LSP output stream (the original stdout) */
	lsp_workspace ws; /* open documents */
	int initialized;  /* initialize answered */
	int shutdown;     /* shutdown received */
	int exit_code;    /* set by exit: 0 or 1 */
	int done;         /* stop the loop */
	int client_pulls; /* the client asks for diagnostics itself */
	int write_failed; /* the client stopped reading */
} server;

static char *read_whole(const char *path, size_t *len)
{
	/* A FIFO or a device named by the client would block or never end. */
	FILE *f = hvci_fopen_regular(path);
	if (!f)
		return NULL;
	char *buf = NULL;
	size_t n = 0, cap = 0, r;
	do {
		if (cap - n < 65536)
			buf = hvci_xrealloc(buf, cap = cap ? cap * 2 : 65536);
		r = fread(buf + n, 1, cap - n, f);
		n += r;
	} while (r > 0);
	fclose(f);
	*len = n;
	return buf;
}

static void send_msg(server *s, json_t *m)
{
	if (s->write_failed) {
		json_decref(m);
		return;
	}
	if (lsp_send(s->out, m))
		s->write_failed = 1;
}

static void ws_notify(void *ud, json_t *m)
{
	send_msg(ud, m);
}

static void publish(server *s, lsp_doc *d)
{
	d->published = 1;
	if (s->client_pulls)
		return;
	json_t *p = json_pack("{s:s,s:I,s:o}", "uri", d->uri, "version", (json_int_t)d->res_version,
	                      "diagnostics", lsp_doc_diagnostics(&s->ws, d));
	send_msg(s, lsp_notification("textDocument/publishDiagnostics", p));
}

/* Brings a document's findings up to date before answering about it. */
static void settle(server *s, lsp_doc *d)
{
	if (d->dirty) {
		lsp_doc_analyze(&s->ws, d);
		publish(s, d);
	}
}

static const char *text_document_uri(json_t *params)
{
	return json_string_value(json_object_get(json_object_get(params, "textDocument"), "uri"));
}

static json_t *capabilities(void)
{
	return json_pack("{s:{s:s,s:{s:b,s:i,s:{s:b}},s:{s:[s],s:b},s:{s:s,s:b,s:b}},s:{s:s,s:s}}",
	                 "capabilities", "positionEncoding", "utf-16", "textDocumentSync",
	                 "openClose", 1, "change", 2, "save", "includeText", 0,
	                 "codeActionProvider", "codeActionKinds", "quickfix", "resolveProvider", 0,
	                 "diagnosticProvider", "identifier", "hvcilint", "interFileDependencies", 0,
	                 "workspaceDiagnostics", 0, "serverInfo", "name", "hvcilint", "version",
	                 HVCI_VERSION);
}

static void on_request(server *s, const char *method, json_t *id, json_t *params)
{
	if (!strcmp(method, "initialize")) {
		if (s->initialized) {
			send_msg(s, lsp_error(id, LSP_INVALID_REQUEST,
			                      "initialize was already received"));
			return;
		}
		json_t *diag = json_object_get(
		    json_object_get(json_object_get(params, "capabilities"), "textDocument"),
		    "diagnostic");
		s->client_pulls = json_is_object(diag);
		s->initialized = 1;
		send_msg(s, lsp_response(id, capabilities()));
		return;
	}
	if (!s->initialized) {
		send_msg(s, lsp_error(id, LSP_SERVER_NOT_INITIALIZED,
		                      "the server is not initialized; send initialize first"));
		return;
	}
	if (!strcmp(method, "shutdown")) {
		s->shutdown = 1;
		send_msg(s, lsp_response(id, NULL));
		return;
	}
	if (!strcmp(method, "textDocument/codeAction") ||
	    !strcmp(method, "textDocument/diagnostic")) {
		const char *uri = text_document_uri(params);
		if (!uri) {
			send_msg(s, lsp_error(id, LSP_INVALID_PARAMS,
			                      "params.textDocument.uri missing"));
			return;
		}
		lsp_doc *d = lsp_doc_find(&s->ws, uri);
		int temp = 0;
		if (!d && !strcmp(method, "textDocument/diagnostic")) {
			/* A pull for a file not open: analyse it from disk. */
			char *path = lsp_uri_to_path(uri);
			size_t len = 0;
			char *text = path ? read_whole(path, &len) : NULL;
			free(path);
			if (text) {
				d = lsp_doc_open(&s->ws, uri, text, len, 0);
				temp = 1;
			}
			free(text);
		}
		if (!strcmp(method, "textDocument/codeAction")) {
			json_t *range = json_object_get(params, "range");
			if (!json_is_object(range)) {
				send_msg(s,
				         lsp_error(id, LSP_INVALID_PARAMS, "params.range missing"));
				return;
			}
			if (!d) {
				send_msg(s, lsp_response(id, json_array()));
				return;
			}
			settle(s, d);
			send_msg(s, lsp_response(id, lsp_doc_code_actions(&s->ws, d, params)));
			return;
		}
		if (!d) {
			send_msg(
			    s, lsp_response(id, json_pack("{s:s,s:[]}", "kind", "full", "items")));
			return;
		}
		if (d->dirty)
			lsp_doc_analyze(&s->ws, d);
		d->published = 1;
		send_msg(s, lsp_response(id, json_pack("{s:s,s:o}", "kind", "full", "items",
		                                       lsp_doc_diagnostics(&s->ws, d))));
		if (temp)
			lsp_doc_close(&s->ws, d);
		return;
	}
	char msg[300];
	snprintf(msg, sizeof msg, "method '%.200s' is not supported by hvcilint", method);
	send_msg(s, lsp_error(id, LSP_METHOD_NOT_FOUND, msg));
}

static void on_notification(server *s, const char *method, json_t *params)
{
	if (!strcmp(method, "exit")) {
		s->exit_code = s->shutdown ? 0 : 1;
		s->done = 1;
		return;
	}
	/* Before initialize every notification but exit is dropped (spec). */
	if (!s->initialized || s->shutdown)
		return;
	const char *uri = text_document_uri(params);
	if (!strcmp(method, "textDocument/didOpen")) {
		json_t *td = json_object_get(params, "textDocument");
		json_t *text = json_object_get(td, "text");
		if (!uri || !json_is_string(text)) {
			send_msg(s, lsp_message("window/logMessage", 1,
			                        "hvcilint: didOpen without textDocument.uri/text"));
			return;
		}
		lsp_doc_open(&s->ws, uri, json_string_value(text), json_string_length(text),
		             json_integer_value(json_object_get(td, "version")));
		return;
	}
	lsp_doc *d = uri ? lsp_doc_find(&s->ws, uri) : NULL;
	if (!strcmp(method, "textDocument/didChange")) {
		json_t *ver = json_object_get(json_object_get(params, "textDocument"), "version");
		if (!d || lsp_doc_change(&s->ws, d, json_object_get(params, "contentChanges"),
		                         json_integer_value(ver)))
			send_msg(s,
			         lsp_message("window/logMessage", 1,
			                     "hvcilint: ignored a didChange for %s: %s",
			                     uri ? uri : "(no uri)",
			                     d ? "malformed contentChanges" : "document not open"));
	} else if (!strcmp(method, "textDocument/didSave")) {
		if (d) {
			/* Saving is a natural moment to look again at once. */
			d->dirty = 1;
			d->due = lsp_now();
		}
	} else if (!strcmp(method, "textDocument/didClose")) {
		if (d) {
			lsp_doc_close(&s->ws, d);
			if (!s->client_pulls)
				send_msg(s, lsp_notification("textDocument/publishDiagnostics",
				                             json_pack("{s:s,s:[]}", "uri", uri,
				                                       "diagnostics")));
		}
	}
	/* initialized, $/cancelRequest, $/setTrace, workspace notifications: nothing to do. */
}

static void on_frame(server *s, const char *body, size_t len)
{
	json_error_t err;
	json_t *m = json_loadb(body, len, JSON_ALLOW_NUL, &err);
	if (!m) {
		char msg[300];
		snprintf(msg, sizeof msg, "parse error at line %d column %d: %s", err.line,
		         err.column, err.text);
		send_msg(s, lsp_error(NULL, LSP_PARSE_ERROR, msg));
		return;
	}
	json_t *id = json_object_get(m, "id");
	json_t *method = json_object_get(m, "method");
	json_t *params = json_object_get(m, "params");
	if (!json_is_object(m) || (id && !json_is_integer(id) && !json_is_string(id)) ||
	    (method && !json_is_string(method))) {
		send_msg(s,
		         lsp_error(json_is_object(m) && (json_is_integer(id) || json_is_string(id))
		                       ? id
		                       : NULL,
		                   LSP_INVALID_REQUEST, "not a JSON-RPC request or notification"));
		json_decref(m);
		return;
	}
	if (!method) {
		/* A response to a request we never send (we send none): drop. */
		json_decref(m);
		return;
	}
	const char *name = json_string_value(method);
	if (id) {
		if (s->shutdown)
			send_msg(s,
			         lsp_error(id, LSP_INVALID_REQUEST,
			                   "the server is shutting down; only exit is accepted"));
		else
			on_request(s, name, id, params);
	} else {
		on_notification(s, name, params);
	}
	json_decref(m);
}

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: hvcilint lsp [options]\n\n"
	        "A language server on stdin/stdout for editors: HVCI findings as\n"
	        "diagnostics while you type, fix-its as quick fixes.\n\n"
	        "options:\n"
	        "  --compile-commands-dir DIR  compile_commands.json to use (default: the\n"
	        "                              nearest one above each file, as clangd does)\n"
	        "  --debounce MS               quiet period after typing (default 100)\n"
	        "  --timeout SEC               stop one analysis after SEC seconds\n"
	        "                              (default 120; 0: none)\n"
	        "  --memory-limit MB           address-space limit of the analysis\n"
	        "                              process (default 4096; 0: none)\n"
	        "  --rules-dir DIR             rule data folder (default: shipped rules/)\n"
	        "  --config FILE               user config: wrapper APIs, disabled rules\n"
	        "  --checks GLOBS              rule selection, as clang-tidy's: '-*,hvci-exec-*'\n"
	        "  --path-map WIN=LOCAL        read a compile database written on Windows\n"
	        "                              (as for hvcilint check; repeatable)\n");
}

/* Shared by `lsp` and `clangd`: the options both accept; -1 after an error line. */
int cli_lsp_option(int argc, char **argv, int *i, cli_output_opts *o, const char **cdb,
                   double *debounce)
{
	const char *a = argv[*i];
	const char *const names[] = {
	    "--compile-commands-dir", "--debounce", "--rules-dir", "--config", "--timeout",
	    "--memory-limit",         "--path-map", "--checks"};
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		size_t l = strlen(names[k]);
		const char *v = NULL;
		if (!strncmp(a, names[k], l) && a[l] == '=') {
			v = a + l + 1;
		} else if (!strcmp(a, names[k])) {
			if (*i + 1 >= argc) {
				cli_error("option '%s' needs a value", a);
				return -1;
			}
			v = argv[++*i];
		} else {
			continue;
		}
		if (k == 0) {
			*cdb = v;
		} else if (k == 1) {
			char *end;
			double ms = strtod(v, &end);
			if (end == v || *end || !(ms >= 0 && ms <= 60000)) {
				cli_error("--debounce '%s': give the quiet period in milliseconds "
				          "(0 to 60000)",
				          v);
				return -1;
			}
			*debounce = ms / 1000.0;
		} else if (k == 2) {
			o->rules_dir = v;
		} else if (k == 3) {
			o->config = v;
		} else if (k == 4) {
			char *end;
			double sec = strtod(v, &end);
			if (end == v || *end || !(sec >= 0 && sec <= 86400)) {
				cli_error("--timeout '%s': give the time limit of one analysis in "
				          "seconds (0: none)",
				          v);
				return -1;
			}
			lsp_set_timeout(sec);
		} else if (k == 5) {
			if (cli_set_memory_limit(v))
				return -1;
		} else if (k == 7) {
			if (cli_common_opt(CLI_O_CHECKS, v, o, NULL, NULL) < 0)
				return -1;
		} else if (cli_path_map_add(v)) {
			return -1;
		}
		return 1;
	}
	return 0;
}

/* Points fd 1 at stderr and returns a private copy of the real stdout. */
int cli_lsp_take_stdout(void)
{
	fflush(stdout);
	int out = fcntl(1, F_DUPFD_CLOEXEC, 3);
	if (out < 0 || dup2(2, 1) < 0)
		return -1;
	signal(SIGPIPE, SIG_IGN);
	return out;
}

int cmd_lsp(int argc, char **argv)
{
	cli_output_opts o;
	memset(&o, 0, sizeof o);
	const char *cdb = NULL;
	double debounce = 0.10;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			usage(stdout);
			return HVCI_EXIT_OK;
		}
		/* Editors add --stdio to every server's command line. */
		if (!strcmp(argv[i], "--stdio"))
			continue;
		int r = cli_lsp_option(argc, argv, &i, &o, &cdb, &debounce);
		if (r < 0)
			return HVCI_EXIT_ERROR;
		if (!r) {
			cli_error("unknown option '%s' for 'lsp'; run 'hvcilint lsp --help'",
			          argv[i]);
			return HVCI_EXIT_ERROR;
		}
	}
	hvci_rules *rules = NULL;
	lsp_workspace conf;
	memset(&conf, 0, sizeof conf);
	if (lsp_load_rules(&conf, &o, &rules))
		return HVCI_EXIT_ERROR;
	server s;
	memset(&s, 0, sizeof s);
	s.ws.confset = conf.confset;
	s.ws.conf_start = conf.conf_start;
	s.out = cli_lsp_take_stdout();
	if (s.out < 0) {
		cli_error("cannot set up standard output for the language server: %s",
		          strerror(errno));
		hvci_rules_free(rules);
		return HVCI_EXIT_ERROR;
	}
	s.ws.rules = rules;
	s.ws.cdb_dir = cdb;
	s.ws.debounce = debounce;
	s.ws.notify = ws_notify;
	s.ws.ud = &s;
	s.exit_code = 1;
	lsp_reader in;
	lsp_reader_init(&in, 0);
	while (!s.done && !s.write_failed) {
		/* Everything already buffered first, then the debounce timers. */
		lsp_frame f;
		const char *why;
		lsp_next_status st;
		while (!s.done && (st = lsp_reader_next(&in, &f, &why)) != LSP_NEED_MORE) {
			if (st == LSP_BAD_FRAME) {
				char msg[200];
				snprintf(msg, sizeof msg, "malformed message header: %s", why);
				send_msg(&s, lsp_error(NULL, LSP_PARSE_ERROR, msg));
				continue;
			}
			on_frame(&s, f.body, f.body_len);
			free(f.raw);
		}
		if (s.done || in.eof)
			break;
		double due = lsp_next_due(&s.ws);
		int timeout = -1;
		if (due >= 0) {
			double ms = (due - lsp_now()) * 1000;
			timeout = ms <= 0 ? 0 : (int)ms + 1;
		}
		struct pollfd p = {0, POLLIN, 0};
		int n = poll(&p, 1, timeout);
		if (n < 0 && errno != EINTR)
			break;
		if (n > 0) {
			lsp_reader_fill(&in);
			continue;
		}
		double t = lsp_now();
		for (size_t i = 0; i < s.ws.n_docs; i++) {
			lsp_doc *d = s.ws.docs[i];
			if (d->dirty && d->due <= t) {
				lsp_doc_analyze(&s.ws, d);
				publish(&s, d);
				/* One at a time: new input may have arrived meanwhile. */
				break;
			}
		}
	}
	lsp_reader_free(&in);
	lsp_workspace_free(&s.ws);
	hvci_rules_free(rules);
	close(s.out);
	return s.exit_code;
}
