// A member of a structure or a parameter declared with a type no header
// declares is dropped by clang, and so is every read through it
// (`Context->Header.Interface.Open`, `Parse->GetNext`), without a word
// until the type is declared.  Recovery reads them in the same pass as the
// type's declaration: one pass, no parse error left, and the allocation
// below is checked.  A banner comment between a definition's parameters
// and its body is common in drivers.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"recovery_passes": 1'
#include <ntddk.h>

typedef struct _HEADER {
	ULONG Size;
	VENDOR_INTERFACE Interface; // expected-note {{2 names this unit uses are declared nowhere (first: 'VENDOR_INTERFACE'); analysed with stand-in declarations}}
} HEADER;

typedef struct _CONTEXT_BLOCK {
	HEADER Header;
	PVOID Buffer;
} CONTEXT_BLOCK;

NTSTATUS
Open(CONTEXT_BLOCK *Context, PVENDOR_PARSER Parse, ULONG Length)
/*++
    Opens the vendor interface and parses its first element.
--*/
{
	NTSTATUS Status = Context->Header.Interface.Open(Context->Header.Interface.Handle);
	if (!NT_SUCCESS(Status))
		return Status;
	Parse->Position = 0;
	Context->Buffer = ExAllocatePoolWithTag(NonPagedPool, Length, 'dneV'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	return Parse->GetNext(Parse, Context->Buffer);
}
