// An alignment attribute on the variable narrows the addresses the linker
// may choose: a slot at offset 2 of a 16-aligned object never reaches a
// page's last 7 bytes, a 4-aligned one does for 2 of 1024 addresses.
// Redeclarations report once, at the definition.
// RUN: %hvcilint check --no-db --verify %s -- -target x86_64-pc-windows-msvc
#include <ntddk.h>

#include <pshpack1.h>
typedef struct _NAME_ENTRY {
	USHORT Id;
	PCSTR Name;
} NAME_ENTRY;
#include <poppack.h>

_Alignas(16) NAME_ENTRY Aligned16 = {1, "a"};
DECLSPEC_ALIGN(16) NAME_ENTRY Declspec16[2] = {{1, "a"}, {2, "b"}}; // expected-note {{'Declspec16' stores an address in an unaligned pointer; some placements}}
__declspec(align(4)) NAME_ENTRY Aligned4 = {1, "a"}; // expected-note {{'Aligned4' stores an address in an unaligned pointer; some placements make its relocation straddle a page}}
NAME_ENTRY __attribute__((aligned(8))) Gnu8 = {1, "a"}; // expected-note {{'Gnu8' stores an address in an unaligned pointer}}
__declspec(align(0x10)) NAME_ENTRY Hex16 = {1, "a"};

/* 4096 entries of 10 bytes, 16-aligned: still every placement straddles;
 * the slots at 9 to 15 mod 16 (3 in 8) are the ones that can. */
__declspec(align(16)) NAME_ENTRY Table[4096] = {[0 ... 4095] = {1, "a"}}; // expected-warning {{'Table' stores 1536 addresses in unaligned pointers; every placement}}

/* An alignment given by a name is not evaluated: not reported. */
#define MY_ALIGN 2
__declspec(align(MY_ALIGN)) NAME_ENTRY Named = {1, "a"};

extern NAME_ENTRY Twice[2];
NAME_ENTRY Twice[2] = {{1, "a"}}; // expected-note {{'Twice' stores an address in an unaligned pointer}}
extern NAME_ENTRY Twice[2];

NAME_ENTRY Tentative;
NAME_ENTRY Tentative = {1, "t"}; // expected-note {{'Tentative' stores an address in an unaligned pointer}}

/* _Alignas and a project's own macro for __declspec(align(n)). */
#define TABLE_ALIGN(n) __declspec(align(n))
_Alignas(16) NAME_ENTRY C11Pair[2] = {{1, "a"}, {2, "b"}}; // expected-note {{'C11Pair' stores an address in an unaligned pointer; some placements}}
TABLE_ALIGN(32) NAME_ENTRY Macro32 = {1, "a"};
TABLE_ALIGN(2) NAME_ENTRY Macro2 = {1, "a"}; // expected-note {{'Macro2' stores an address in an unaligned pointer}}
/* A macro hiding the number: not read, not reported, and the literal in the
 * structure that follows is no alignment. */
#define ALIGN_TABLE DECLSPEC_ALIGN(16)
ALIGN_TABLE struct { UCHAR Pad[4]; PCSTR Name; } Hidden = {{0}, "a"};
#pragma pack(push, 1)
ALIGN_TABLE struct { UCHAR Pad[3]; PCSTR Name; } Hidden2 = {{0}, "a"};
#pragma pack(pop)
