/*
 * markup.c - what the HTML and JUnit writers share: escaping text for XML
 * and HTML (element content and quoted attributes alike) and naming files
 * relative to the project root.  Every string that comes from a source
 * file, a path or the store goes through hvci_markup_put(), which writes
 * only characters an XML document may hold.
 */
#include <string.h>

#include "report/report.h"

/*
 * The length of the UTF-8 sequence at p that XML 1.0 allows as a
 * character (2 to 4), or 0: a malformed or overlong sequence, a surrogate,
 * or U+FFFE and U+FFFF, which no XML document may hold even as a
 * reference.  Source text and paths need not be UTF-8 at all.
 */
static size_t xml_sequence(const unsigned char *p)
{
	size_t n = *p >= 0xF0 ? 4 : *p >= 0xE0 ? 3 : *p >= 0xC2 ? 2 : 0;
	if (n == 0 || *p > 0xF4)
		return 0;
	unsigned long c = *p & (0x7F >> n);
	for (size_t k = 1; k < n; k++) {
		if ((p[k] & 0xC0) != 0x80)
			return 0;
		c = c << 6 | (p[k] & 0x3F);
	}
	static const unsigned long least[] = {0, 0, 0x80, 0x800, 0x10000};
	if (c < least[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE ||
	    c == 0xFFFF)
		return 0;
	return n;
}

void hvci_markup_put(FILE *out, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		if (*p >= 0x80) {
			size_t n = xml_sequence(p);
			if (n) {
				fwrite(p, 1, n, out);
				p += n - 1;
			} else {
				fputc('?', out);
			}
			continue;
		}
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
