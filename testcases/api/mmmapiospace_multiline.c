// A multi-line call of an always-executable API is reported on the line of the API name.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>

PVOID MapRegs(PHYSICAL_ADDRESS pa, SIZE_T len)
{
	PVOID regs;
	regs = MmMapIoSpace( // expected-warning {{'MmMapIoSpace' always returns executable memory [hvci-exec-api]}}
		pa,
		len,
		MmNonCached);
	return regs;
}
