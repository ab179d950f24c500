// The kcom.h placement operator new with NonPagedPoolCacheAligned.
// RUN: %hvcilint check --verify %s --
#include <wdm.h>
#include <kcom.h>

struct Block {
	UCHAR Data[64];
};

Block *MakeBlock()
{
	return new (NonPagedPoolCacheAligned, 'kcoB') Block; // expected-warning {{'operator new' allocates executable memory: pool type 'NonPagedPoolCacheAligned' (4) [hvci-exec-pool]}}
}
