// `SLOT_CLEANUP SlotCleanup;` declares a callback with a role type no
// header declares, and the unit defines the function.  The type is a
// function type from the first pass (returning what the definition
// returns), not an int that the next pass finds declaring SlotCleanup twice.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"recovery_passes": 1'
#include <ntddk.h>

SLOT_CLEANUP SlotCleanup; // expected-note {{1 name this unit uses is declared nowhere (first: 'SLOT_CLEANUP'); analysed with stand-in declarations}}

PVOID g_Buffer;

VOID SlotCleanup(PVOID Extension)
{
	UNREFERENCED_PARAMETER(Extension);
	g_Buffer = ExAllocatePoolWithTag(NonPagedPool, 64, 'tolS'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
