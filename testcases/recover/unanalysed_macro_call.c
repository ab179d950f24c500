// A macro of the driver's own that calls an affected API, used in code
// that did not parse: the tokens show only the macro's name, and the call
// it stands for is still accounted for, as not analysed.  The same macro
// where the code parsed is analysed on the AST; a macro that calls
// nothing affected is not counted.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db %s -- 2>/dev/null | grep -c "unanalysed_macro_call.c:20:6: warning: call of 'MmMapIoSpaceEx' was not analysed: the macro 'MAP_BAR' calls it; the code around it did not parse" | grep -qx 1
// RUN: %hvcilint check --no-db --allow-partial %s -- | tail -1 | grep -qx 'hvcilint: 3 of 4 affected calls analysed (2 on the AST, 1 from tokens), 1 not analysed in 1 file; 2 of 2 functions parsed'
#include <ntddk.h>

#define RAW_MAP(addr, n, prot) MmMapIoSpaceEx(addr, n, prot)
#define MAP_BAR(addr, n) RAW_MAP(addr, n, PAGE_READWRITE)
#define ALLOC_CTX(n) ExAllocatePoolWithTag(NonPagedPoolNx, n, 'xtC')
#define ZERO(p, n) RtlZeroMemory(p, n)

VOID MapBars(SIZE_T n)
{
	PVOID p;
	p = MmMapIoSpaceEx(VENDOR_BAR0, n, PAGE_READWRITE); // expected-note {{parse error}} expected-note {{declared nowhere (first: 'VENDOR_BAR0')}}
	p = MAP_BAR(VENDOR_BAR1, n);
	ZERO(p, n);
	UNREFERENCED_PARAMETER(p);
}

PVOID Context(SIZE_T n)
{
	PVOID p = ALLOC_CTX(n);
	PHYSICAL_ADDRESS bar = {0};
	PVOID q = MAP_BAR(bar, n);
	UNREFERENCED_PARAMETER(q);
	return p;
}
