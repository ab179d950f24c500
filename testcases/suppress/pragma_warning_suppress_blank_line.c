// A warning-suppress pragma skips blank and comment lines and covers the next code line.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

void Pragmas(SIZE_T n, PVOID *out)
{
#pragma warning(suppress: 30030)

	// Windows 7 build: NX pool does not exist there.
	out[0] = ExAllocatePoolWithTag(NonPagedPool, n, 'knlB');
	out[1] = ExAllocatePoolWithTag(NonPagedPool, n, 'knlB'); // expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
