// The SpecifyCache contiguous allocators are reported whatever the cache type, and the message names it.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>

void AllocDma(SIZE_T n, PHYSICAL_ADDRESS lo, PHYSICAL_ADDRESS hi, PHYSICAL_ADDRESS b, PVOID *out)
{
	out[0] = MmAllocateContiguousMemorySpecifyCache(n, lo, hi, b, MmCached); // expected-warning {{'MmAllocateContiguousMemorySpecifyCache' always returns executable memory (cache type 'MmCached') [hvci-exec-api]}}
	out[1] = MmAllocateContiguousMemorySpecifyCache(n, lo, hi, b, MmNonCached); // expected-warning {{'MmAllocateContiguousMemorySpecifyCache' always returns executable memory (cache type 'MmNonCached') [hvci-exec-api]}}
	out[2] = MmAllocateContiguousMemorySpecifyCacheNode(n, lo, hi, b, MmWriteCombined, MM_ANY_NODE_OK); // expected-warning {{'MmAllocateContiguousMemorySpecifyCacheNode' always returns executable memory (cache type 'MmWriteCombined') [hvci-exec-api]}}
}
