// A macro of the driver's own that calls an affected API, used in code
// that did not parse: the tokens show only the macro's name.  The use is
// expanded as the preprocessor would (the body, the use's arguments in
// place of the parameters, wrapper macros in the body expanded too) and
// the call it stands for is checked from those tokens.  Where they do not
// give the decisive argument (a local, a macro that stringizes), the call
// is still accounted for, as not analysed.  The same macro where the code
// parsed is analysed on the AST; a macro that calls nothing affected is
// not counted.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db %s -- 2>/dev/null | grep -c "unanalysed_macro_call.c:35:6: warning: call of 'MmMapIoSpaceEx' was not analysed: the macro 'MAP_WITH' calls it; the code around it did not parse" | grep -qx 1
// RUN: %hvcilint check --no-db %s -- 2>/dev/null | grep -c "unanalysed_macro_call.c:36:6: warning: call of 'ExAllocatePoolWithTag' was not analysed: the macro 'ALLOC_NAMED' calls it" | grep -qx 1
// RUN: %hvcilint check --no-db %s -- 2>/dev/null | grep -c "unanalysed_macro_call.c:33:6: note: checked from its tokens in the body of the macro 'ALLOC_OLD', as used here: the code around it did not parse" | grep -qx 1
// RUN: %hvcilint check --no-db --allow-partial %s -- | tail -1 | grep -qx 'hvcilint: 5 of 7 affected calls analysed (2 on the AST, 3 from tokens), 2 not analysed in 1 file; 2 of 2 functions parsed'
#include <ntddk.h>

#define RAW_MAP(addr, n, prot) MmMapIoSpaceEx(addr, n, prot)
#define MAP_BAR(addr, n) RAW_MAP(addr, n, PAGE_READWRITE)
#define MAP_WITH(addr, n, prot) RAW_MAP(addr, n, prot)
#define ALLOC_CTX(n) ExAllocatePoolWithTag(NonPagedPoolNx, n, 'xtC')
#define ALLOC_OLD(n) ExAllocatePoolWithTag(NonPagedPool, n, 'dlO')
#define ALLOC_NAMED(t, n) ExAllocatePoolWithTag(t, n, #t)
#define ZERO(p, n) RtlZeroMemory(p, n)

VOID MapBars(SIZE_T n, ULONG prot, LARGE_INTEGER big)
{
	PVOID p;
	p = MmMapIoSpaceEx(VENDOR_BAR0, n, PAGE_READWRITE); // expected-note {{parse error}} expected-note {{declared nowhere (first: 'VENDOR_BAR0')}}
	// A wrapper of a wrapper, every argument known: read from tokens.
	p = MAP_BAR(VENDOR_BAR1, n);
	ZERO(p, n);
	// The pool type is in the macro's body: reported at the use.
	p = ALLOC_OLD(big); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0)}}
	// The protection is a parameter: the tokens do not give it.
	p = MAP_WITH(VENDOR_BAR1, n, prot);
	p = ALLOC_NAMED(NonPagedPool, big);
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
