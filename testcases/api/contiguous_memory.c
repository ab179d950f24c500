// MmAllocateContiguousMemory always returns executable memory.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>

PVOID AllocDma(SIZE_T n)
{
	PHYSICAL_ADDRESS highest;
	highest.QuadPart = 0xFFFFFFFF;
	return MmAllocateContiguousMemory(n, highest); // expected-warning {{'MmAllocateContiguousMemory' always returns executable memory [hvci-exec-api]}}
}
