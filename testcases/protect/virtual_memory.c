// ZwAllocateVirtualMemory, NtAllocateVirtualMemory and ZwAllocateVirtualMemoryEx with execute protections.
// RUN: %hvcilint check --verify %s --
#include <ntifs.h>

NTSTATUS AllocVm(PVOID *base, PSIZE_T size)
{
	NTSTATUS s;
	s = ZwAllocateVirtualMemory(ZwCurrentProcess(), base, 0, size, MEM_COMMIT, PAGE_EXECUTE_READWRITE); // expected-warning {{'ZwAllocateVirtualMemory' requests executable memory: protection 'PAGE_EXECUTE_READWRITE' (0x40) [hvci-exec-protect]}}
	s = NtAllocateVirtualMemory(NtCurrentProcess(), base, 0, size, MEM_COMMIT | MEM_RESERVE, PAGE_EXECUTE); // expected-warning {{'NtAllocateVirtualMemory' requests executable memory: protection 'PAGE_EXECUTE' (0x10) [hvci-exec-protect]}}
	s = ZwAllocateVirtualMemoryEx(ZwCurrentProcess(), base, size, MEM_COMMIT, PAGE_EXECUTE_WRITECOPY, NULL, 0); // expected-warning {{'ZwAllocateVirtualMemoryEx' requests executable memory: protection 'PAGE_EXECUTE_WRITECOPY' (0x80) [hvci-exec-protect]}}
	s = ZwAllocateVirtualMemory(ZwCurrentProcess(), base, 0, size, MEM_COMMIT, PAGE_READWRITE);
	return s;
}
