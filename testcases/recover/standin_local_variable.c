// A local variable of a type no header declares (`VENDOR_OPTIONS Options;`)
// loses its declaration with the type, so every use of it reads as a name
// declared nowhere.  Those are uses of the type: the members read from the
// variable make the type a structure in the same pass, the variable is not
// counted as a missing name, and the calls beside it are checked.  A
// parameter of a prototype is no declaration for the code after it: `Level`
// below is a missing name (the four are VENDOR_LEVEL, Level, VENDOR_OPTIONS
// and PVENDOR_CONTEXT).
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"recovery_passes": 1'
#include <ntddk.h>

VOID Configure(VENDOR_LEVEL Level); // expected-note {{4 names this unit uses are declared nowhere (first: 'VENDOR_LEVEL'); analysed with stand-in declarations}}

NTSTATUS Forward(ULONG Count)
{
	PVOID Buffer;
	VENDOR_OPTIONS Options;
	PVENDOR_CONTEXT Context = NULL;

	Options.Flags = Count;
	Options.Inner.Size = sizeof(Options);
	if (Count == Level)
		return STATUS_INVALID_PARAMETER;
	Buffer = ExAllocatePoolWithTag(NonPagedPool, Options.Inner.Size, 'tseT'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	Context->Buffer = Buffer;
	return Context->Status;
}
