// Protections written as numbers, and PAGE_GUARD as a modifier of an execute protection.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>

void Map(PHYSICAL_ADDRESS pa, SIZE_T len, PVOID *out)
{
	out[0] = MmMapIoSpaceEx(pa, len, 0x40); // expected-warning {{'MmMapIoSpaceEx' requests executable memory: protection '0x40' (0x40) [hvci-exec-protect]}}
	out[1] = MmMapIoSpaceEx(pa, len, PAGE_EXECUTE | PAGE_GUARD); // expected-warning {{'MmMapIoSpaceEx' requests executable memory: protection 'PAGE_EXECUTE | PAGE_GUARD' (0x110) [hvci-exec-protect]}}
	out[2] = MmMapIoSpaceEx(pa, len, 0x04 | 0x200);
	out[3] = MmMapIoSpaceEx(pa, len, PAGE_READONLY | PAGE_WRITECOMBINE);
}
