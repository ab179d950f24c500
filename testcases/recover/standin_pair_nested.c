// FOO and PFOO both unknown become one structure and a pointer to it.  A
// member both are read through (`Ext->Caps.Supported.Dma` through the
// structure, `Caps->Supported.Hs400` through the pointer) gets one member
// structure holding what either side reads, in the same pass.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"recovery_passes": 1'
#include <ntddk.h>

typedef struct _EXTENSION {
	SLOT_CAPABILITIES Caps; // expected-note {{2 names this unit uses are declared nowhere (first: 'SLOT_CAPABILITIES'); analysed with stand-in declarations}}
	PVOID Buffer;
} EXTENSION, *PEXTENSION;

VOID Setup(PEXTENSION Ext, PSLOT_CAPABILITIES Caps, SIZE_T Length)
{
	Ext->Caps.Supported.Dma = 1;
	Caps->Supported.Hs400 = 1;
	Caps->MaxBlock = 512;
	Ext->Buffer = ExAllocatePoolWithTag(NonPagedPool, Length, 'tolS'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
