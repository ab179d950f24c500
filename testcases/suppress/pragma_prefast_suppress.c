// A prefast-suppress pragma with a reason suppresses, and SARIF keeps the finding with its justification.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --format sarif %s -- | grep -q '"justification": "Windows 7 build: NX pool does not exist there"'
// RUN: %hvcilint check --format sarif %s -- | grep -q '"suppressions"'
#include <ntddk.h>

void Prefast(SIZE_T n, PVOID *out)
{
#pragma prefast(suppress: 30030, "Windows 7 build: NX pool does not exist there")
	out[0] = ExAllocatePoolWithTag(NonPagedPool, n, 'tsfP');
	out[1] = ExAllocatePoolWithTag(NonPagedPool, n, 'tsfP'); // expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
