// A wrapper around ZwAllocateVirtualMemory that passes the protection on.
// RUN: %hvcilint check --verify %s --
#include <ntifs.h>

static NTSTATUS DrvVirtualAlloc(PVOID *base, PSIZE_T size, ULONG protect)
{
	return ZwAllocateVirtualMemory(ZwCurrentProcess(), base, 0, size, MEM_COMMIT | MEM_RESERVE, protect);
}

NTSTATUS Use(PVOID *base, PSIZE_T size)
{
	NTSTATUS s = DrvVirtualAlloc(base, size, PAGE_READWRITE);
	if (!NT_SUCCESS(s))
		return s;
	return DrvVirtualAlloc(base, size, PAGE_EXECUTE_READWRITE); // expected-warning {{'DrvVirtualAlloc' requests executable memory: protection 'PAGE_EXECUTE_READWRITE' (0x40) [hvci-exec-protect]}}
}
