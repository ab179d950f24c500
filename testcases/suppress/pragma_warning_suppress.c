// A warning-suppress pragma for C30030 covers the next line of code only.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

void Pragmas(PMDL mdl, SIZE_T n, PVOID *out)
{
#pragma warning(suppress: 30030)
	out[0] = ExAllocatePoolWithTag(NonPagedPool, n, 'sPaW');
	out[1] = ExAllocatePoolWithTag(NonPagedPool, n, 'sPaW'); // expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
#pragma warning(suppress: 30030)
	out[2] = MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
}
