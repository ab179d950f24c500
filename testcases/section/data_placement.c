// Writable data placed in a code section makes that section W+X:
// #pragma data_seg / bss_seg naming .text, PAGE or INIT (reported at the
// pragma, once, when a variable lands there), __declspec(allocate) and
// __attribute__((section)) on writable data.  Const data, data sections
// (PAGEDATA), pragmas with no variable after them, #pragma code_seg and
// #pragma alloc_text stay silent.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
#pragma alloc_text(INIT, DriverEntry)
#pragma code_seg("PAGE")
ULONG PagedHelper(void)
{
	return 1;
}
#pragma code_seg()

#pragma data_seg("INIT") // expected-warning {{'#pragma data_seg("INIT")' places writable data in code section 'INIT', which makes it writable and executable [hvci-wx-section]}}
ULONG gInitTable[4] = {1, 2, 3, 4};
ULONG gInitOther = 5;
#pragma data_seg()

#pragma bss_seg("PAGE$zz") // expected-warning {{'#pragma bss_seg("PAGE$zz")' places writable data in code section 'PAGE$zz'}}
ULONG gPagedCounter;
#pragma bss_seg()

#pragma data_seg(push, saved, ".text$dt") // expected-warning {{'#pragma data_seg(".text$dt")' places writable data in code section '.text$dt'}}
static ULONG gPushed = 7;
#pragma data_seg(pop, saved)
ULONG gAfterPop = 8;

#pragma section(".text$ro", read)
#pragma section(".text$rw", read, write)
#pragma section("WXDECL", read, write, execute) // expected-warning {{section 'WXDECL' is declared writable and executable}}
__declspec(allocate(".text$rw")) ULONG gAllocRw = 9; // expected-warning {{writable data 'gAllocRw' is placed in code section '.text$rw', which makes it writable and executable [hvci-wx-section]}}
__declspec(allocate("INIT")) ULONG gAllocInit = 10; // expected-warning {{writable data 'gAllocInit' is placed in code section 'INIT'}}
ULONG gAttr __attribute__((section(".text$at"))) = 11; // expected-warning {{writable data 'gAttr' is placed in code section '.text$at'}}

/* Silent look-alikes. */
__declspec(allocate(".text$ro")) const ULONG gAllocRo = 12;
__declspec(allocate("WXDECL")) ULONG gInWx = 13;
__declspec(allocate(".text$cn")) const ULONG gConstInit = 14;
#pragma section("PAGEDATA", read, write)
__declspec(allocate("PAGEDATA")) ULONG gPagedData = 15;
#pragma data_seg("PAGEDATA")
ULONG gPagedData2 = 16;
#pragma data_seg()
#pragma const_seg("INIT$cs")
const ULONG gConstSeg = 17;
#pragma const_seg()
#pragma data_seg("INIT")
#pragma data_seg()
#pragma bss_seg("INIT")
ULONG gInitialisedNotBss = 18;
#pragma bss_seg()
#if 0
#pragma data_seg("INIT")
#endif
ULONG gDefault = 19;
extern ULONG gExternOnly;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	return gInitTable[0] + gInitOther + gPagedCounter + gPushed + gAfterPop + gAllocRw +
	               gAllocInit + gAttr + gAllocRo + gInWx + gConstInit + gPagedData +
	               gPagedData2 + gConstSeg + gInitialisedNotBss + gDefault + PagedHelper()
	           ? STATUS_SUCCESS
	           : STATUS_UNSUCCESSFUL;
}
