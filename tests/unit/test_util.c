/*
 * test_util.c - globbing, path normalisation, line extraction and
 * statement keys, which suppressions, locations and fingerprints depend on;
 * packed strings and folder creation, which recovery and PCHs use.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "unit.h"
#include "util/fingerprint.h"
#include "util/util.h"

int main(void)
{
	CHECK(hvci_glob_match("hvci-*", "hvci-exec-pool"));
	CHECK(hvci_glob_match("hvci-exec-?ool", "hvci-exec-pool"));
	CHECK(!hvci_glob_match("hvci-exec-mdl", "hvci-exec-pool"));
	CHECK(hvci_glob_match("*", ""));
	char *p = hvci_abspath("a/./b/../c.h", "/src/drv");
	CHECK_STR(p, "/src/drv/a/c.h");
	free(p);
	p = hvci_abspath("/x//y/", NULL);
	CHECK_STR(p, "/x/y");
	free(p);
	const char *text = "one\r\ntwo\nthree";
	p = hvci_line_of(text, strlen(text), 1);
	CHECK_STR(p, "one");
	free(p);
	p = hvci_line_of(text, strlen(text), 3);
	CHECK_STR(p, "three");
	free(p);
	CHECK(hvci_line_of(text, strlen(text), 4) == NULL);
	hvci_buf b;
	hvci_buf_init(&b);
	hvci_buf_printf(&b, "%d-%s", 7, "x");
	hvci_buf_puts(&b, "!");
	p = hvci_buf_take(&b);
	CHECK_STR(p, "7-x!");
	free(p);
	/* Statement keys: comments, literals and directives never bound a
	 * statement; one index answers many findings, in any order. */
	const char *src = "#define X 1;\n"
	                  "/* a; b */ int a = f(1,\n"
	                  "    2); // c;\n"
	                  "if (x) { y = \"s;\"; }\n";
	hvci_stmt_index *ix = hvci_stmt_index_new(src, strlen(src));
	for (int round = 0; round < 2; round++) {
		p = hvci_statement_key_at(ix, 4, 12);
		CHECK_STR(p, "y=\"s;\";");
		free(p);
		p = hvci_statement_key_at(ix, 2, 16);
		CHECK_STR(p, "int a=f(1,2);");
		free(p);
		p = hvci_statement_key_at(ix, 3, 5);
		CHECK_STR(p, "int a=f(1,2);");
		free(p);
	}
	CHECK(hvci_statement_key_at(ix, 6, 1) == NULL);
	p = hvci_statement_key(src, strlen(src), 2, 16);
	CHECK_STR(p, "int a=f(1,2);");
	free(p);
	hvci_stmt_index_free(ix);
	/* A statement whose end lies past directive lines, and the same
	 * answers from an index given the caller's line starts. */
	const char *src2 = "#if A\nint v = 1\n#else\n+ 2\n#endif\n;\nw = 3;\n";
	size_t starts[8], nl = 0;
	starts[nl++] = 0;
	for (const char *q = src2; (q = strchr(q, '\n')) != NULL;)
		starts[nl++] = (size_t)(++q - src2);
	hvci_stmt_index *own = hvci_stmt_index_new(src2, strlen(src2));
	ix = hvci_stmt_index_new_lines(src2, strlen(src2), starts, nl);
	p = hvci_statement_key_at(ix, 2, 4);
	CHECK_STR(p, "int v=1#else+2#endif;");
	free(p);
	p = hvci_statement_key_at(ix, 4, 1);
	CHECK_STR(p, "+2#endif;");
	free(p);
	for (unsigned line = 1; line <= 8; line++)
		for (unsigned col = 1; col < 12; col++) {
			char *x = hvci_statement_key_at(own, line, col);
			char *y = hvci_statement_key_at(ix, line, col);
			CHECK((!x && !y) || (x && y && !strcmp(x, y)));
			free(x);
			free(y);
		}
	hvci_stmt_index_free(own);
	hvci_stmt_index_free(ix);
	/* A file is read whole, whatever its size; an empty one is "". */
	char rtmpl[] = "/tmp/hvci-read-XXXXXX";
	int rfd = mkstemp(rtmpl);
	CHECK(rfd >= 0);
	size_t rlen = 1;
	p = hvci_read_file(rtmpl, &rlen);
	CHECK(p && rlen == 0 && !*p);
	free(p);
	hvci_buf big;
	hvci_buf_init(&big);
	for (int i = 0; i < 5000; i++)
		hvci_buf_printf(&big, "line %d\n", i);
	CHECK(write(rfd, big.s, big.len) == (ssize_t)big.len);
	close(rfd);
	p = hvci_read_file(rtmpl, &rlen);
	CHECK(p && rlen == big.len && !memcmp(p, big.s, big.len) && !p[rlen]);
	free(p);
	hvci_buf_free(&big);
	unlink(rtmpl);
	/* Packed strings come back as put, empty and binary ones included;
	 * a list cut short anywhere is refused, never read past its end. */
	hvci_buf_init(&b);
	hvci_pack_put(&b, "abc", 3);
	hvci_pack_put(&b, "", 0);
	hvci_pack_put(&b, "a\0b", 3);
	const char *at = b.s, *end = b.s + b.len, *s;
	size_t n;
	CHECK(hvci_pack_next(&at, end, &s, &n) == 0 && n == 3 && !memcmp(s, "abc", 3));
	CHECK(hvci_pack_next(&at, end, &s, &n) == 0 && n == 0);
	CHECK(hvci_pack_next(&at, end, &s, &n) == 0 && n == 3 && !memcmp(s, "a\0b", 3));
	CHECK(at == end && hvci_pack_next(&at, end, &s, &n) == -1);
	for (size_t cut = 1; cut < b.len; cut++) {
		size_t whole = 0;
		at = b.s;
		while (hvci_pack_next(&at, b.s + cut, &s, &n) == 0)
			whole++;
		CHECK(whole < 3 && at <= b.s + cut);
	}
	hvci_buf_free(&b);

	/* hvci_mkdirs: the folders after `skip` bytes, the last one only when
	 * asked, closed to others; an existing one is fine. */
	char tmpl[] = "/tmp/hvci-mkdirs-XXXXXX";
	CHECK(mkdtemp(tmpl) != NULL);
	char *file = hvci_asprintf("%s/a/b/c.h", tmpl);
	CHECK(hvci_mkdirs(file, strlen(tmpl), 0) == 0);
	char *ab = hvci_asprintf("%s/a/b", tmpl);
	char *abc = hvci_asprintf("%s/a/b/c.h", tmpl);
	struct stat st;
	CHECK(hvci_dir_exists(ab) && !hvci_dir_exists(abc));
	CHECK(stat(ab, &st) == 0 && (st.st_mode & 077) == 0);
	CHECK(hvci_mkdirs(abc, 0, 1) == 0 && hvci_dir_exists(abc));
	CHECK(hvci_mkdirs(file, strlen(tmpl), 0) == 0);
	char *blocked = hvci_asprintf("%s/a/b/c.h/d/e", tmpl);
	rmdir(abc);
	FILE *f = fopen(abc, "w");
	CHECK(f != NULL);
	if (f)
		fclose(f);
	CHECK(hvci_mkdirs(blocked, strlen(tmpl), 1) == -1);
	unlink(abc);
	rmdir(ab);
	char *a = hvci_asprintf("%s/a", tmpl);
	rmdir(a);
	rmdir(tmpl);
	free(a);
	free(blocked);
	free(abc);
	free(ab);
	free(file);
	UNIT_DONE();
}
