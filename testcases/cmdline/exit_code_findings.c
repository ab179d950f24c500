// A warning finding makes the run exit 1; --fail-on none makes it exit 0.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check %s -- >/dev/null; test $? -eq 1
// RUN: %hvcilint check --fail-on none %s -- >/dev/null; test $? -eq 0
#include <ntddk.h>

PVOID Alloc(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'tixE'); // expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
