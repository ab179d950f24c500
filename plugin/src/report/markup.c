/*
 * markup.c - what the HTML and JUnit writers share: escaping text for XML
 * and HTML (element content and quoted attributes alike) and naming files
 * relative to the project root.  Every string that comes from a source
 * file, a path or the store goes through hvci_markup_put().
 */
#include <string.h>

#include "report/report.h"

void hvci_markup_put(FILE *out, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		switch (*p) {
		case '&':
			fputs("&amp;", out);
			break;
		case '<':
			fputs("&lt;", out);
			break;
		case '>':
			fputs("&gt;", out);
			break;
		case '"':
			fputs("&quot;", out);
			break;
		case '\'':
			fputs("&#39;", out);
			break;
		default:
			/* XML 1.0 forbids most control characters even as
			 * references; a source line may hold them (form feeds). */
			if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
				fputc('?', out);
			else
				fputc(*p, out);
		}
	}
}

const char *hvci_report_relpath(const char *file, const char *root)
{
	if (!file)
		return "";
	size_t rl = root ? strlen(root) : 0;
	if (rl && !strncmp(file, root, rl) && file[rl] == '/')
		return file + rl + 1;
	return file;
}
