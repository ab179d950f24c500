// A call the AST cannot hold (its argument is a name the unit never
// declares, where a stand-in cannot stand: a PHYSICAL_ADDRESS) is checked
// from its tokens, with the preprocessor's real state: macro values, live
// branches only, and never a look-alike.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db %s -- | grep -c "note: checked from its tokens: the code around it did not parse" | grep -qx 2
#include <ntddk.h>

#define DRV_PROTECT PAGE_EXECUTE_READWRITE
#define DRV_SAFE_PROTECT (PAGE_READWRITE | PAGE_NOCACHE)

VOID MapBars(SIZE_T n)
{
	PVOID p;
	p = MmMapIoSpaceEx(VENDOR_BAR0, n, DRV_PROTECT); // expected-warning {{'MmMapIoSpaceEx' requests executable memory: protection 'DRV_PROTECT' (0x40) [hvci-exec-protect]}} expected-note {{parse error}} expected-note {{declared nowhere (first: 'VENDOR_BAR0')}}
	p = MmMapIoSpaceEx(VENDOR_BAR1, n, DRV_SAFE_PROTECT);
	p = MmMapIoSpaceEx(VENDOR_BAR1, n, PAGE_READONLY);
	/* p = MmMapIoSpaceEx(VENDOR_BAR1, n, PAGE_EXECUTE); */
#if 0
	p = MmMapIoSpaceEx(VENDOR_BAR1, n, PAGE_EXECUTE_READWRITE);
#endif
	p = MmMapIoSpace(VENDOR_BAR1, n, MmNonCached); // expected-warning {{'MmMapIoSpace' always returns executable memory [hvci-exec-api]}}
	UNREFERENCED_PARAMETER(p);
}
