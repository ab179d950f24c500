// Disabling C30030 between warning push and pop also covers protection and MDL findings, and only there.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>

#pragma warning(push)
#pragma warning(disable: 30030)
PVOID Old(PHYSICAL_ADDRESS pa, PMDL mdl, SIZE_T n)
{
	PVOID a = MmMapIoSpaceEx(pa, n, PAGE_EXECUTE_READWRITE);
	return a ? a : MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority);
}
#pragma warning(pop)

PVOID New(PHYSICAL_ADDRESS pa, SIZE_T n)
{
	return MmMapIoSpaceEx(pa, n, PAGE_EXECUTE_READ); // expected-warning {{protection 'PAGE_EXECUTE_READ' (0x20) [hvci-exec-protect]}}
}
