// A member of a stand-in structure read plainly in one place
// (`Options.Name`) and with an index in another (`Holder->Options.Name[0]`)
// holds an array: the next pass makes it one, and no parse error is left.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
#include <ntddk.h>

typedef struct _HOLDER {
	ULONG Count;
	VENDOR_OPTIONS Options; // expected-note {{1 name this unit uses is declared nowhere (first: 'VENDOR_OPTIONS'); analysed with stand-in declarations}}
} HOLDER;

PVOID Name(HOLDER *Holder)
{
	VENDOR_OPTIONS Options;
	PVOID Copy = Options.Name;
	Holder->Options.Name[0] = 0;
	return ExAllocatePoolWithTag(NonPagedPool, 16, 'tseT') ? Copy : NULL; // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
