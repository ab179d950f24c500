// DlAllocatePool (dispmprt.h) with VpNonPagedPoolCacheAligned: unconfirmed, a note.
// RUN: %hvcilint check --verify %s --
#include <dispmprt.h>

PVOID AllocDl(PVOID dev, SIZE_T n)
{
	return DlAllocatePool(dev, VpNonPagedPoolCacheAligned, n, 'lpsD'); // expected-note {{'DlAllocatePool' allocates executable memory: pool type 'VpNonPagedPoolCacheAligned' (4) (executability unconfirmed) [hvci-exec-pool]}}
}
