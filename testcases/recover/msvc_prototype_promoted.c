// C: a prototype whose pointer parameter the definition gives another type,
// next to a parameter a call promotes (`BOOLEAN`): blanking the prototype's
// parameter list would leave clang a conflict over the promoted parameter,
// so the copy writes the definition's type over the prototype's, through a
// short macro the prelude defines, and the definition is checked.  Where the
// definition's type is declared only after the prototype, the list is
// blanked as before, and the promoted parameter keeps its error.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 1'
#include <ntddk.h>

typedef struct _SLOT {
	ULONG Id;
} SLOT, *PSLOT;

VOID Program(_In_ PVOID Slot, _In_ BOOLEAN Reset);
VOID Late(_In_ PVOID Slot, _In_ BOOLEAN Reset);

typedef struct _LATE {
	ULONG Id;
} LATE, *PLATE;

PVOID Buffer;

VOID Program(_In_ PSLOT Slot, _In_ BOOLEAN Reset) // expected-note {{'Program' is defined with other parameter types than its prototype, which MSVC accepts in C and clang does not; analysed with the definition's}}
{
	if (Reset)
		Slot->Id = 0;
	Buffer = ExAllocatePoolWithTag(NonPagedPool, 16, 'tolS'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}

VOID Late(_In_ PLATE Slot, _In_ BOOLEAN Reset) // expected-note {{'Late' is defined with other parameter types than its prototype, which MSVC accepts in C and clang does not; analysed with the definition's}} expected-note {{1 parse error in this translation unit (first: conflicting types for 'Late'); findings cover the code that parsed}}
{
	if (Reset)
		Slot->Id = 0;
}
