// Unconfirmed notes do not fail a run at the default --fail-on level, but do with --fail-on note.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check %s -- >/dev/null; test $? -eq 0
// RUN: %hvcilint check --fail-on note %s -- >/dev/null; test $? -eq 1
#include <ntddk.h>

PVOID AllocNc(SIZE_T n)
{
	return MmAllocateNonCachedMemory(n); // expected-note {{(executability unconfirmed)}}
}
