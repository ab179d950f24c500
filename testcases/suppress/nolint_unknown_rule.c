// NOLINT naming an hvcilint rule that does not exist is a tool error (exit code 2).
// RUN: %hvcilint check %s -- >/dev/null 2>&1; test $? -eq 2
// RUN: %hvcilint check %s -- 2>&1 | grep -q "unknown rule 'hvci-no-such-rule'"
#include <ntddk.h>

PVOID Alloc(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'knuR'); // NOLINT(hvci-no-such-rule)
}
