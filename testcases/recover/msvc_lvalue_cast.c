// C: a cast assigned to (`(ULONG_PTR)(Nbl->Reserved[0]) = Count;`, also
// inside a macro), stepped (`((ULONG)(ULONG_PTR)Packet->Retries)--`, a
// chain of casts) or whose address is taken (`&(LONG)Packet->Length`),
// which MSVC accepts and clang rejects: the unit is parsed again from a
// copy with the casts blanked, so the operand is assigned, stepped or its
// address taken, and the function is checked.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
#include <ntddk.h>

typedef struct _PACKET {
	PVOID Reserved[2];
	ULONG Length;
	PVOID Retries;
} PACKET;

#define SET_REF(_p, _n) (ULONG_PTR)((_p)->Reserved[0]) = (_n) // expected-note {{a cast assigned to, which MSVC accepts and clang does not; analysed as an assignment to its operand}}

PVOID Prepare(PACKET *Packet, USHORT Length)
{
	SET_REF(Packet, 1);
	InterlockedIncrement(&(LONG)Packet->Length); // expected-note {{the address of a cast, which MSVC accepts and clang does not; analysed as the address of its operand}}
	if (((ULONG)(ULONG_PTR)Packet->Retries)--) // expected-note {{a cast stepped with ++ or --, which MSVC accepts and clang does not; analysed as a step of its operand}}
		return NULL;
	(USHORT)Packet->Length = Length; // expected-note {{a cast assigned to, which MSVC accepts and clang does not; analysed as an assignment to its operand}}
	return ExAllocatePoolWithTag(NonPagedPool, Length, 'tkaP'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
