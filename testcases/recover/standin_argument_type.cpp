// C++: a value declared nowhere, passed where a structure is wanted
// (`&VENDOR_SDDL` for a `const UNICODE_STRING *`, `&VENDOR_CLASS` for an
// LPCGUID, `VENDOR_NAME` for a `const UNICODE_STRING &`): the candidate's
// note names the parameter's type, so the next pass declares the value as
// an object of that structure, and the call parses.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
#include <ntddk.h>

NTSTATUS Register(const UNICODE_STRING *Sddl, LPCGUID Class);
NTSTATUS Rename(const UNICODE_STRING &Name);

NTSTATUS Setup(void)
{
	NTSTATUS status = Register(&VENDOR_SDDL, &VENDOR_CLASS); // expected-note {{3 names this unit uses are declared nowhere (first: 'VENDOR_SDDL'); analysed with stand-in declarations}}
	if (NT_SUCCESS(status))
		status = Rename(VENDOR_NAME);
	PVOID p = ExAllocatePoolWithTag(NonPagedPool, 16, 'pteS'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	if (p)
		ExFreePoolWithTag(p, 'pteS');
	return status;
}
