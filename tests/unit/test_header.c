/*
 * test_header.c - the public header stands alone: it compiles by itself
 * with -pedantic and every warning as an error (see CMakeLists.txt), and
 * its error codes and severities keep their published numbers.
 */
#include "hvcilint.h"

_Static_assert(HVCI_OK == 0 && HVCI_EPARSE == -4 && HVCI_EIMAGE == -11, "error codes are stable");
_Static_assert(HVCI_SEV_NOTE == 1 && HVCI_SEV_WARNING == 2 && HVCI_SEV_ERROR == 3,
               "severities are stored; never renumber");
_Static_assert(HVCI_TU_CRASHED == 3 && HVCI_TU_IMAGE == 5, "statuses are stored");

int main(void)
{
	return hvci_severity_parse("warning") == HVCI_SEV_WARNING ? 0 : 1;
}
