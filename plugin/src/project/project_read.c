/*
 * project_read.c - how project files come in.  They are untrusted, so a
 * file that is not a regular file, or is over HVCI_PROJECT_MAX_BYTES, is
 * refused before it is read; an MSBuild project is then parsed by libxml2
 * without network access, entity substitution or DTD loading, a DOCTYPE
 * is refused, and a root element other than <Project> is an error.  Each
 * refusal is one line naming the file and line.  What the XML means is
 * msbuild.c's business.
 */
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "project/msbuild.h"
#include "util/util.h"

/* The first error libxml2 reports: later ones follow from it. */
typedef struct {
	int line;
	char *msg;
} first_error;

static void keep_first_error(void *user, xmlErrorPtr err)
{
	first_error *f = ((xmlParserCtxtPtr)user)->_private;
	if (f->msg || !err)
		return;
	f->line = err->line;
	f->msg = hvci_strdup(err->message ? err->message : "not XML");
}

xmlDocPtr hvci_ms_parse(const char *buf, size_t len, const char *path)
{
	xmlInitParser();
	xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
	if (!ctxt) {
		hvci_error_set(HVCI_ERROR, "%s:1: out of memory parsing the project", path);
		return NULL;
	}
	first_error first = {0, NULL};
	ctxt->_private = &first;
	ctxt->sax->serror = keep_first_error;
	/* No XML_PARSE_NOENT or XML_PARSE_DTDLOAD: entities stay unexpanded
	 * and no external DTD is fetched; NONET forbids any network access. */
	int opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES;
	if (len > (size_t)INT32_MAX)
		len = 0;
	xmlDocPtr doc = xmlCtxtReadMemory(ctxt, buf, (int)len, path, NULL, opts);
	if (!doc) {
		char *msg = first.msg ? first.msg : hvci_strdup("not XML");
		size_t l = strlen(msg);
		while (l && (msg[l - 1] == '\n' || msg[l - 1] == ' '))
			msg[--l] = '\0';
		hvci_error_set(
		    HVCI_EPARSE,
		    "%s:%d: malformed project file: %s; fix the XML (MSBuild refuses it too)", path,
		    first.line > 0 ? first.line : 1, msg);
		free(msg);
		xmlFreeParserCtxt(ctxt);
		return NULL;
	}
	free(first.msg);
	xmlFreeParserCtxt(ctxt);
	if (doc->intSubset || doc->extSubset) {
		/* libxml2 keeps no line for a DTD: count to it. */
		long line = 1;
		const char *dt = memmem(buf, len, "<!DOCTYPE", 9);
		for (const char *q = buf; dt && q < dt; q++)
			line += *q == '\n';
		hvci_error_set(
		    HVCI_EPARSE,
		    "%s:%ld: a DOCTYPE in a project file is refused (its entities are not "
		    "expanded); remove it",
		    path, line);
		xmlFreeDoc(doc);
		return NULL;
	}
	xmlNodePtr r = xmlDocGetRootElement(doc);
	if (!r || r->type != XML_ELEMENT_NODE || strcasecmp((const char *)r->name, "Project")) {
		hvci_error_set(HVCI_EPARSE,
		               "%s:%ld: the root element is <%s>, not <Project>; pass an MSBuild "
		               "project (.vcxproj) or solution (.sln)",
		               path, r ? xmlGetLineNo(r) : 1L, r ? (const char *)r->name : "");
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}

char *hvci_project_read(const char *path, size_t *len)
{
	struct stat st;
	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
		hvci_error_set(HVCI_ENOTFOUND,
		               "%s:1: cannot read this project file; check the path", path);
		return NULL;
	}
	if ((unsigned long long)st.st_size > HVCI_PROJECT_MAX_BYTES) {
		hvci_error_set(HVCI_EPARSE,
		               "%s:1: project file of %lld bytes is over the %u MiB limit; is it "
		               "really a project?",
		               path, (long long)st.st_size, HVCI_PROJECT_MAX_BYTES >> 20);
		return NULL;
	}
	char *buf = hvci_read_file(path, len);
	if (!buf)
		hvci_error_set(HVCI_ENOTFOUND,
		               "%s:1: cannot read this project file; check the path", path);
	return buf;
}
