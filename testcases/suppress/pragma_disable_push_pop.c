// Warning push, disable of C30029 and pop suppress the always-executable APIs in between only.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>

#pragma warning(push)
#pragma warning(disable: 30029)
PVOID MapLegacyA(PHYSICAL_ADDRESS pa, SIZE_T n)
{
	return MmMapIoSpace(pa, n, MmNonCached);
}

PVOID MapLegacyB(PMDL mdl)
{
	return MmMapLockedPages(mdl, KernelMode);
}
#pragma warning(pop)

PVOID MapModern(PHYSICAL_ADDRESS pa, SIZE_T n)
{
	return MmMapIoSpace(pa, n, MmNonCached); // expected-warning {{'MmMapIoSpace' always returns executable memory [hvci-exec-api]}}
}
