// Before tokenizing a file for the calls the AST missed, a quick scan of
// its text decides whether there can be any.  It must never skip one: a
// name continued on the next line with a backslash (and blanks after it,
// which clang accepts with a warning) is still the call, and here the only
// one the AST does not hold.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

VOID MapBar(SIZE_T n)
{
	PVOID p;
	p = MmMapIo\
SpaceEx(VENDOR_BAR0, n, PAGE_EXECUTE_READWRITE); // expected-warning {{'MmMapIoSpaceEx' requests executable memory: protection 'PAGE_EXECUTE_READWRITE' (0x40) [hvci-exec-protect]}} expected-note {{parse error}} expected-note {{declared nowhere (first: 'VENDOR_BAR0')}}
	UNREFERENCED_PARAMETER(p);
}

VOID MapOther(SIZE_T n)
{
	PVOID p;
	p = MmMapIo\ 	
SpaceEx(VENDOR_BAR1, n, PAGE_EXECUTE_READ); // expected-warning {{'MmMapIoSpaceEx' requests executable memory: protection 'PAGE_EXECUTE_READ' (0x20) [hvci-exec-protect]}}
	UNREFERENCED_PARAMETER(p);
}

PVOID Buffer(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPoolNx, n, 'fuB');
}
