// Unknown type names in a parameter list, a local and a struct member do
// not cost the function its body: each gets a stand-in, and the calls
// inside are checked as usual.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

typedef struct _QUEUE_CONTEXT {
	VENDOR_LOCK Lock; // expected-note {{names this unit uses are declared nowhere (first: 'VENDOR_LOCK'); analysed with stand-in declarations}}
	PVOID Ring;
} QUEUE_CONTEXT, *PQUEUE_CONTEXT;

NTSTATUS InitQueue(PQUEUE_CONTEXT Queue, PVENDOR_CONFIG Config, ULONG Bytes)
{
	VENDOR_STATE State;
	State = 0;
	Queue->Ring = ExAllocatePoolWithTag(NonPagedPool, Bytes, 'uQxV'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	return Queue->Ring ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}

PVOID MapRegisters(PHYSICAL_ADDRESS Pa, VENDOR_SIZE Length)
{
	return MmMapIoSpace(Pa, Length, MmNonCached); // expected-warning {{'MmMapIoSpace' always returns executable memory [hvci-exec-api]}}
}

/* The safe look-alike stays silent. */
PVOID SafeRing(VENDOR_SIZE Bytes)
{
	return ExAllocatePoolWithTag(NonPagedPoolNx, Bytes, 'uQxV');
}
