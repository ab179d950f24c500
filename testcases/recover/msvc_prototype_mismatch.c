// C: a function defined with other parameter types than its prototype
// (`BOOLEAN IsLocked(PVOID Context);` then `BOOLEAN IsLocked(PDEVICE_OBJECT
// Device) {...}`), which MSVC compiles with a warning and clang rejects: the
// unit is parsed again from a copy with the prototype's parameter list
// blanked, and the definition is checked.  A return type that differs is
// not corrected.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 1'
#include <ntddk.h>

BOOLEAN IsLocked(PVOID Context);
ULONG Level(PVOID Context);

PVOID Buffer;

BOOLEAN IsLocked(PDEVICE_OBJECT Device) // expected-note {{'IsLocked' is defined with other parameter types than its prototype, which MSVC accepts in C and clang does not; analysed with the definition's}}
{
	Buffer = ExAllocatePoolWithTag(NonPagedPool, 16, 'kcoL'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	return Device != NULL && Buffer != NULL;
}

USHORT Level(PVOID Context) // expected-note {{1 parse error in this translation unit (first: conflicting types for 'Level'); findings cover the code that parsed}}
{
	UNREFERENCED_PARAMETER(Context);
	return 1;
}
