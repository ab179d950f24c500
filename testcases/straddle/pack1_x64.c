// Packed tables of pointers on a 64-bit target (P = 8): the 4096-element
// pack(1) table of { USHORT; PCSTR } straddles whatever its address, smaller
// ones only for some addresses.
// RUN: %hvcilint check --no-db --verify %s -- -target x86_64-pc-windows-msvc
#include <ntddk.h>

#include <pshpack1.h>
typedef struct _NAME_ENTRY {
	USHORT Id;
	PCSTR Name;
} NAME_ENTRY;
#include <poppack.h>

#define E(n) {n, #n}
#define E4(n) E(n##0), E(n##1), E(n##2), E(n##3)

/* Every element initialised with a string: 4096 slots at 2 + 10k cover
 * every even residue of the page, so every address straddles. */
NAME_ENTRY Table[4096] = {[0 ... 4095] = {7, "entry"}}; // expected-warning {{'Table' stores 4096 addresses in unaligned pointers; every placement makes a relocation straddle a page; give the pointers natural alignment or build with /Gy [hvci-straddle-reloc]}}

/* A few elements: only some addresses put a slot in a page's last 7 bytes. */
NAME_ENTRY Small[4] = {E4(1)}; // expected-note {{'Small' stores 4 addresses in unaligned pointers; some placements make a relocation straddle a page; give the pointers natural alignment or build with /Gy [hvci-straddle-reloc]}}

/* One object, one slot. */
static NAME_ENTRY Single = {1, "one"}; // expected-note {{'Single' stores an address in an unaligned pointer; some placements make its relocation straddle a page; give the pointers natural alignment or build with /Gy [hvci-straddle-reloc]}}

/* Only the initialised elements count; the rest are zero (no relocation). */
NAME_ENTRY Sparse[4096] = {{1, "a"}, {2, "b"}}; // expected-note {{'Sparse' stores 2 addresses in unaligned pointers; some placements}}

/* Brace elision: the flat list fills Id, Name, Id, Name. */
NAME_ENTRY Flat[3] = {1, "a", 2, "b", 3, "c"}; // expected-note {{'Flat' stores 3 addresses}}

/* Addresses of every kind: &object, function, array decay, &array[i], pointer arithmetic. */
ULONG Counter;
UCHAR Buffer[16];
VOID Callback(VOID) {}

#include <pshpack1.h>
typedef struct _MIXED {
	UCHAR Tag;
	PVOID Object;
	PVOID Routine;
	PVOID Array;
	PVOID Element;
	PCSTR Text;
	PVOID Null;
	PVOID Integer;
} MIXED;
#include <poppack.h>

MIXED Mixed = {1, &Counter, (PVOID)Callback, Buffer, &Buffer[3], "text" + 1, NULL, (PVOID)0x1234}; // expected-note {{'Mixed' stores 5 addresses in unaligned pointers; some placements}}

/* A function pointer member at an odd offset. */
#include <pshpack1.h>
typedef struct _DISPATCH {
	UCHAR Major;
	PDRIVER_DISPATCH Handler;
} DISPATCH;
#include <poppack.h>
NTSTATUS DispatchCreate(PDEVICE_OBJECT Device, PIRP Irp)
{
	UNREFERENCED_PARAMETER(Device);
	UNREFERENCED_PARAMETER(Irp);
	return STATUS_SUCCESS;
}
const DISPATCH Dispatch[] = {{IRP_MJ_CREATE, DispatchCreate}, {IRP_MJ_CLOSE, DispatchCreate}}; // expected-note {{'Dispatch' stores 2 addresses in unaligned pointers}}

/* pshpack2: pointers 2-aligned, so a slot can start at 4094. */
#include <pshpack2.h>
typedef struct _TWO {
	USHORT Id;
	PCSTR Name;
} TWO;
#include <poppack.h>
TWO Two[2] = {{1, "a"}, {2, "b"}}; // expected-note {{'Two' stores 2 addresses in unaligned pointers; some placements}}

/* pshpack2 with 4096 elements: slots at 2 + 10k, alignment 2, so every
 * placement of the array hits a page end somewhere. */
TWO TwoBig[4096] = {[0 ... 4095] = {1, "x"}}; // expected-warning {{'TwoBig' stores 4096 addresses in unaligned pointers; every placement makes a relocation straddle a page}}

/* pshpack4 on a 64-bit target still leaves 8-byte pointers 4-aligned: the
 * slot at offset 4 straddles when the object sits at 4092 mod 4096. */
#include <pshpack4.h>
typedef struct _FOUR {
	ULONG Id;
	PCSTR Name;
} FOUR;
#include <poppack.h>
FOUR Four = {1, "a"}; // expected-note {{'Four' stores an address in an unaligned pointer; some placements}}

/* Static local: static storage, same rule. */
PCSTR Lookup(USHORT id)
{
	static NAME_ENTRY Local[2] = {{1, "a"}, {2, "b"}}; // expected-note {{'Local' stores 2 addresses in unaligned pointers}}
	return Local[id & 1].Name;
}
