// FIELD_OFFSET of a type declared nowhere (a missing header's request
// block): the stand-in becomes a structure, and the member the macro names
// (read from the message: the text at the error is the macro's parameter)
// is added on the next pass, so no parse error is left.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
#include <ntddk.h>

ULONG HeaderSize(void)
{
	return FIELD_OFFSET(VENDOR_REQUEST_BLOCK, Payload); // expected-note {{1 name this unit uses is declared nowhere (first: 'VENDOR_REQUEST_BLOCK'); analysed with stand-in declarations}}
}

PVOID Block(void)
{
	return ExAllocatePoolWithTag(NonPagedPool, HeaderSize() + 16, 'kolB'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
