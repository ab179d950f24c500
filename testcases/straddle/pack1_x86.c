// Packed tables of pointers on a 32-bit target (P = 4): relocations are 4
// bytes, so a slot straddles when it starts in a page's last 3 bytes.
// RUN: %hvcilint check --no-db --verify %s -- -target i686-pc-windows-msvc
#include <ntddk.h>

#include <pshpack1.h>
typedef struct _NAME_ENTRY {
	USHORT Id;
	PCSTR Name;
} NAME_ENTRY;
#include <poppack.h>

/* 6-byte elements: slots at 2 + 6k hit every even residue. */
NAME_ENTRY Table[4096] = {[0 ... 4095] = {7, "entry"}}; // expected-warning {{'Table' stores 4096 addresses in unaligned pointers; every placement makes a relocation straddle a page; give the pointers natural alignment or build with /Gy [hvci-straddle-reloc]}}

/* A string per element written out through a macro. */
#define N(i) {i, "name" #i}
NAME_ENTRY Named[3] = {N(1), N(2), N(3)}; // expected-note {{'Named' stores 3 addresses in unaligned pointers; some placements make a relocation straddle a page; give the pointers natural alignment or build with /Gy [hvci-straddle-reloc]}}

/* pshpack2 leaves 4-byte pointers 2-aligned on x86. */
#include <pshpack2.h>
typedef struct _TWO {
	USHORT Id;
	PVOID Context;
} TWO;
#include <poppack.h>
ULONG Value;
TWO Two = {1, &Value}; // expected-note {{'Two' stores an address in an unaligned pointer; some placements make its relocation straddle a page}}

/* pshpack2, 4096 elements of 6 bytes: definite. */
TWO TwoBig[4096] = {[0 ... 4095] = {1, &Value}}; // expected-warning {{'TwoBig' stores 4096 addresses in unaligned pointers; every placement}}

/* pshpack4 on x86 is the natural alignment of a pointer: silent. */
#include <pshpack4.h>
typedef struct _FOUR {
	USHORT Id;
	PCSTR Name;
} FOUR;
#include <poppack.h>
FOUR Four[4096] = {[0 ... 4095] = {1, "a"}};

/* __attribute__((packed)) works like pack(1). */
struct __attribute__((packed)) gnu_packed {
	char Kind;
	const char *Text;
};
struct gnu_packed GnuPacked[2] = {{1, "a"}, {2, "b"}}; // expected-note {{'GnuPacked' stores 2 addresses in unaligned pointers}}

/* __declspec(align(4)) on the packed type: the object is 4-aligned, and a
 * slot at offset 1 straddles at 4092 mod 4096. */
#include <pshpack1.h>
typedef struct __declspec(align(4)) _ALIGNED4 {
	UCHAR Kind;
	PCSTR Text;
} ALIGNED4;
#include <poppack.h>
ALIGNED4 Aligned4 = {1, "a"}; // expected-note {{'Aligned4' stores an address in an unaligned pointer; some placements}}

/* An aligned pointer in a pack(1) type aligned to 4: silent. */
#include <pshpack1.h>
typedef struct __declspec(align(4)) _ALIGNED_OK {
	PCSTR Text;
	UCHAR Kind;
} ALIGNED_OK;
#include <poppack.h>
ALIGNED_OK AlignedOk[16] = {[0 ... 15] = {"a", 1}};

/* 4096 entries of a 5-byte { UCHAR; PCSTR }: slots at 1 + 5k cover every
 * residue. */
#include <pshpack1.h>
typedef struct _FIVE {
	UCHAR Kind;
	PCSTR Text;
} FIVE;
#include <poppack.h>
FIVE Five[4096] = {[0 ... 4095] = {1, "a"}}; // expected-warning {{'Five' stores 4096 addresses in unaligned pointers; every placement}}

/* 819 entries of FIVE: 4095 bytes, slots 5 apart never cover a 3-byte window
 * for every placement. */
FIVE FiveShort[819] = {[0 ... 818] = {1, "a"}}; // expected-note {{'FiveShort' stores 819 addresses in unaligned pointers; some placements}}
