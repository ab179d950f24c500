// Quota-charging routines take a POOL_TYPE but allocate nothing: not checked.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <ntifs.h>

VOID Charge(PEPROCESS proc)
{
	PsChargePoolQuota(proc, NonPagedPool, 128);
	PsReturnPoolQuota(proc, NonPagedPool, 128);
	(void)PsChargeProcessPoolQuota(proc, NonPagedPool, 64);
}
