// MmAllocateContiguousNodeMemory and MmAllocateContiguousMemoryEx with execute protections.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>

PVOID AllocNode(SIZE_T n, PHYSICAL_ADDRESS lo, PHYSICAL_ADDRESS hi, PHYSICAL_ADDRESS boundary)
{
	return MmAllocateContiguousNodeMemory(n, lo, hi, boundary, PAGE_EXECUTE_READWRITE, MM_ANY_NODE_OK); // expected-warning {{'MmAllocateContiguousNodeMemory' requests executable memory: protection 'PAGE_EXECUTE_READWRITE' (0x40) [hvci-exec-protect]}}
}

NTSTATUS AllocEx(PSIZE_T n, PHYSICAL_ADDRESS lo, PHYSICAL_ADDRESS hi, PHYSICAL_ADDRESS boundary, PVOID *out)
{
	return MmAllocateContiguousMemoryEx(n, lo, hi, boundary, MM_ANY_NODE_OK, PAGE_EXECUTE, NULL, 'xEoC', 0, out); // expected-warning {{'MmAllocateContiguousMemoryEx' requests executable memory: protection 'PAGE_EXECUTE' (0x10) [hvci-exec-protect]}}
}

PVOID AllocNodeRw(SIZE_T n, PHYSICAL_ADDRESS lo, PHYSICAL_ADDRESS hi, PHYSICAL_ADDRESS boundary)
{
	return MmAllocateContiguousNodeMemory(n, lo, hi, boundary, PAGE_READWRITE | PAGE_NOCACHE, MM_ANY_NODE_OK);
}
