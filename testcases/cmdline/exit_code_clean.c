// A clean file makes the run exit 0.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check %s -- >/dev/null; test $? -eq 0
// expected-no-diagnostics
#include <ntddk.h>

PVOID Alloc(SIZE_T n)
{
	return ExAllocatePool2(POOL_FLAG_NON_PAGED, n, 'naeC');
}
