/*
 * test_util.c - globbing, path normalisation and line extraction, which
 * suppressions and locations depend on.
 */
#include <stdlib.h>

#include "unit.h"
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
	UNIT_DONE();
}
