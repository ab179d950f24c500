// MmMapIoSpaceEx with an execute protection OR'ed with PAGE_NOCACHE.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>

PVOID MapRegs(PHYSICAL_ADDRESS pa, SIZE_T len)
{
	return MmMapIoSpaceEx(pa, len, PAGE_EXECUTE_READWRITE | PAGE_NOCACHE); // expected-warning {{'MmMapIoSpaceEx' requests executable memory: protection 'PAGE_EXECUTE_READWRITE | PAGE_NOCACHE' (0x240) [hvci-exec-protect]}}
}
