// NdisAllocateMemoryWithTag / NdisAllocateMemory are unconfirmed (notes); WithTagPriority is listed (silent).
// RUN: %hvcilint check --verify %s --
#include <ndis.h>

void AllocNdis(NDIS_HANDLE h, PVOID *out)
{
	NDIS_PHYSICAL_ADDRESS highest;
	highest.QuadPart = -1;
	NdisAllocateMemoryWithTag(&out[0], 128, 'sidN'); // expected-note {{'NdisAllocateMemoryWithTag' always returns executable memory (executability unconfirmed) [hvci-exec-api]}}
	NdisAllocateMemory(&out[1], 128, 0, highest); // expected-note {{'NdisAllocateMemory' always returns executable memory (executability unconfirmed) [hvci-exec-api]}}
	out[2] = NdisAllocateMemoryWithTagPriority(h, 128, 'sidN', NormalPoolPriority);
}
