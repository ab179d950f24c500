// A page protection chosen on two paths, one of them executable.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>

PVOID MapRegion(PHYSICAL_ADDRESS pa, SIZE_T len, BOOLEAN firmware)
{
	ULONG prot = PAGE_READWRITE | PAGE_NOCACHE;
	if (firmware)
		prot = PAGE_EXECUTE_READ;
	return MmMapIoSpaceEx(pa, len, prot); // expected-warning {{'MmMapIoSpaceEx' requests executable memory: protection 'PAGE_EXECUTE_READ' (0x20) [hvci-exec-protect]}}
}
