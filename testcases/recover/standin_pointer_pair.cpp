// FOO and PFOO both declared nowhere, as a missing header's structure and
// its pointer type: they stand in as one structure (with the members read
// through either) and a pointer to it, so `PFOO p = &foo` holds in C++ as
// it does with the WDK, and the unit parses whole.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
#include <ntddk.h>

NTSTATUS Use(PVENDOR_IFACE *Out, VENDOR_IFACE *In) // expected-note {{2 names this unit uses are declared nowhere (first: 'PVENDOR_IFACE'); analysed with stand-in declarations}}
{
	VENDOR_IFACE local;
	PVENDOR_IFACE p = &local;
	p->Size = In->Size;
	local.Version = 1;
	local.Buffer = ExAllocatePoolWithTag(NonPagedPool, p->Size, 'fItI'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	*Out = p;
	return STATUS_SUCCESS;
}
