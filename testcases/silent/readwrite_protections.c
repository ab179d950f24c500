// Non-execute protections with cache modifiers are never reported.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <ntifs.h>

NTSTATUS Safe(PHYSICAL_ADDRESS pa, SIZE_T len, HANDLE section, PVOID *base, PSIZE_T size, PVOID *out)
{
	out[0] = MmMapIoSpaceEx(pa, len, PAGE_READWRITE | PAGE_NOCACHE);
	out[1] = MmMapIoSpaceEx(pa, len, PAGE_READWRITE);
	out[2] = MmMapIoSpaceEx(pa, len, PAGE_READONLY | PAGE_WRITECOMBINE);
	(void)ZwAllocateVirtualMemory(ZwCurrentProcess(), base, 0, size, MEM_COMMIT, PAGE_READWRITE);
	(void)ZwAllocateVirtualMemory(ZwCurrentProcess(), base, 0, size, MEM_COMMIT, PAGE_NOACCESS);
	return ZwMapViewOfSection(section, ZwCurrentProcess(), base, 0, 0, NULL, size, ViewUnmap, 0, PAGE_WRITECOPY);
}
