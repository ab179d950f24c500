// StorPort allocators are unconfirmed rows: notes only, with the cache type for the contiguous ones.
// RUN: %hvcilint check --verify %s --
#include <storport.h>

void Alloc(PVOID ext, PHYSICAL_ADDRESS lo, PHYSICAL_ADDRESS hi, PHYSICAL_ADDRESS b, PVOID *out, PPHYSICAL_ADDRESS pa)
{
	StorPortAllocatePool(ext, 512, 'rotS', &out[0]); // expected-note {{'StorPortAllocatePool' always returns executable memory (executability unconfirmed) [hvci-exec-api]}}
	StorPortAllocateContiguousMemorySpecifyCacheNode(ext, 4096, lo, hi, b, MmCached, MM_ANY_NODE_OK, &out[1]); // expected-note {{'StorPortAllocateContiguousMemorySpecifyCacheNode' always returns executable memory (cache type 'MmCached') (executability unconfirmed) [hvci-exec-api]}}
	StorPortAllocateDmaMemory(ext, 4096, lo, hi, b, MmNonCached, MM_ANY_NODE_OK, &out[2], pa); // expected-note {{'StorPortAllocateDmaMemory' always returns executable memory (cache type 'MmNonCached') (executability unconfirmed) [hvci-exec-api]}}
}
