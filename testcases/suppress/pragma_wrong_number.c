// A pragma naming a Code Analysis number of another rule does not suppress: 30029 is hvci-exec-api only.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

void WrongNumber(PHYSICAL_ADDRESS pa, SIZE_T n, PVOID *out)
{
#pragma warning(suppress: 30029)
	out[0] = ExAllocatePoolWithTag(NonPagedPool, n, 'gnrW'); // expected-warning {{pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
#pragma warning(suppress: 30029)
	out[1] = MmMapIoSpace(pa, n, MmNonCached);
}
