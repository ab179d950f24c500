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
