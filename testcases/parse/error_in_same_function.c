// A parse error earlier in the same function leaves the rest of that function checkable.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

PVOID Alloc(SIZE_T n)
{
	UndefinedMacroCall(n) n; // expected-note {{parse error}}
	return ExAllocatePoolWithTag(NonPagedPool, n, 'emaS'); // expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
