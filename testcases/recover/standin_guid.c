// GUIDs a missing header would declare: a name spelled GUID_X stands in as
// a GUID object from the start; a name assigned where a GUID is wanted
// becomes one on the next pass; and a name that initializes a GUID at file
// scope, where C wants a constant, stands in as a GUID's braced value.  No
// parse error is left, and the code around them is checked.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
#include <ntddk.h>

GUID EventGuid = VENDOR_EVENT_GUID_VALUE; // expected-note {{3 names this unit uses are declared nowhere (first: 'VENDOR_EVENT_GUID_VALUE'); analysed with stand-in declarations}}

typedef struct _BUS_INFO {
	GUID BusType;
	GUID Interface;
} BUS_INFO;

PVOID Describe(BUS_INFO *Info)
{
	Info->BusType = GUID_VENDOR_BUS_TYPE;
	Info->Interface = VENDOR_INTERFACE_ID;
	return ExAllocatePoolWithTag(NonPagedPool, sizeof *Info, 'suB'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
