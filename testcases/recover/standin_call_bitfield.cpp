// C++: a function declared nowhere (a tracing macro's function whose
// generated header is missing) called with a bit-field and with an object
// of an unnamed structure, as driver trace calls are: the stand-in takes
// any argument, so the unit parses whole and the code around is checked.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
#include <ntddk.h>

struct PORT_STATUS {
	ULONG Connected : 1;
	ULONG Role : 2;
};

static struct {
	ULONG Count;
} Stats;

PVOID Report(PORT_STATUS *Status)
{
	VendorTrace(VENDOR_LEVEL_INFO, "connected %d role %d", Status->Connected, Status->Role); // expected-note {{2 names this unit uses are declared nowhere (first: 'VENDOR_LEVEL_INFO'); analysed with stand-in declarations}}
	VendorTrace(VENDOR_LEVEL_INFO, "stats", Stats);
	return ExAllocatePoolWithTag(NonPagedPool, 32, 'troP'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
