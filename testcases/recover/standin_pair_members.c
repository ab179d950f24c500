// FOO and PFOO, both declared nowhere, become one structure and a pointer to
// it.  When the same member is read through each (`Params.Header.Size`,
// `Out->Header.Type`), both sides plan a structure for it: the pair keeps
// one member of that name, and the members the other side read come in the
// next pass, so no parse error is left.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
#include <ntddk.h>

NTSTATUS Query(ULONG Size)
{
	VENDOR_PARAMS Params; // expected-note {{2 names this unit uses are declared nowhere (first: 'VENDOR_PARAMS'); analysed with stand-in declarations}}
	PVENDOR_PARAMS Out;

	Params.Header.Size = (USHORT)Size;
	Out = ExAllocatePoolWithTag(NonPagedPool, Size, 'tseT'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	if (Out == NULL)
		return STATUS_INSUFFICIENT_RESOURCES;
	Out->Header.Type = 1;
	Out->Header.Revision = Params.Header.Size;
	return STATUS_SUCCESS;
}
