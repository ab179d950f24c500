// In C++, a stand-in constant whose address is taken (`&KSPROPSETID_X` in
// a property table) is a GUID object after all: the next pass declares it
// so, and the table parses.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
#include <ntddk.h>

struct PROPERTY_SET {
	const GUID *Set;
	ULONG Count;
};

static const PROPERTY_SET Sets[] = {
    {&VENDOR_PROPSETID_CONTROL, 2}, // expected-note {{2 names this unit uses are declared nowhere (first: 'VENDOR_PROPSETID_CONTROL'); analysed with stand-in declarations}}
    {&VENDOR_PROPSETID_STATUS, 1},
};

PVOID Table(void)
{
	return ExAllocatePoolWithTag(NonPagedPool, sizeof Sets, 'torP'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
