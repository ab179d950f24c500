/*
 * unit.h - the smallest test harness that reports well: CHECK prints the
 * failing expression with file and line, and the test's exit status is
 * the number of failures.
 */
#ifndef HVCI_UNIT_H
#define HVCI_UNIT_H
#include <stdio.h>
#include <string.h>

static int unit_failures;

#define CHECK(cond)                                                                                \
	do {                                                                                       \
		if (!(cond)) {                                                                     \
			fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);   \
			unit_failures++;                                                           \
		}                                                                                  \
	} while (0)

#define CHECK_STR(a, b)                                                                            \
	do {                                                                                       \
		const char *a_ = (a), *b_ = (b);                                                   \
		if (!a_ || !b_ || strcmp(a_, b_)) {                                                \
			fprintf(stderr, "%s:%d: expected \"%s\"\n%*s  got \"%s\"\n", __FILE__,     \
			        __LINE__, b_ ? b_ : "(null)", (int)strlen(__FILE__) + 4, "",       \
			        a_ ? a_ : "(null)");                                               \
			unit_failures++;                                                           \
		}                                                                                  \
	} while (0)

#define UNIT_DONE()                                                                                \
	do {                                                                                       \
		if (unit_failures)                                                                 \
			fprintf(stderr, "%d failure(s)\n", unit_failures);                         \
		return unit_failures ? 1 : 0;                                                      \
	} while (0)

#endif
