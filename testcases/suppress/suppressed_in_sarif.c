// A NOLINT-suppressed finding is kept in SARIF with an inSource suppression, and the run exits 0.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --format sarif %s -- | grep -q '"kind": "inSource"'
// RUN: %hvcilint check %s -- >/dev/null; test $? -eq 0
// expected-no-diagnostics
#include <ntddk.h>

PVOID Alloc(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'firS'); // NOLINT(hvci-exec-pool)
}
