// Where each initializer lands: designators (.f, [i], nested, GNU ranges),
// brace elision, unions and anonymous members.  REC is 8-aligned, so only
// its Bad member (offset 9) can straddle; Good and Good2 never do.  An
// initializer placed in the wrong member turns a silent line into a finding
// or changes a count.
// RUN: %hvcilint check --no-db --verify %s -- -target x86_64-pc-windows-msvc
#include <ntddk.h>

ULONG X;

#include <pshpack1.h>
typedef struct __declspec(align(8)) _REC {
	PVOID Good;    /* 0 */
	UCHAR Pad;     /* 8 */
	PVOID Bad;     /* 9 */
	CHAR Pad2[7];  /* 17 */
	PVOID Good2;   /* 24 */
} REC;
#include <poppack.h>

REC R1 = {&X, 0, NULL, {0}, &X};
REC R2 = {.Good2 = &X, .Good = &X};
REC R3 = {.Bad = &X}; // expected-note {{'R3' stores an address in an unaligned pointer; some placements make its relocation straddle a page}}
REC R4 = {.Pad = 1, &X}; // expected-note {{'R4' stores an address in an unaligned pointer}}
REC R5 = {.Pad2 = "abc", &X};
REC R6 = {&X, 1, &X, "abcdef", &X}; // expected-note {{'R6' stores an address in an unaligned pointer}}
REC R7[2] = {[1].Pad = 1, &X, "s", &X}; // expected-note {{'R7' stores an address in an unaligned pointer}}
REC R8[2] = {[1] = {.Good = &X}, [0].Good2 = &X};
REC R9[8] = {[2 ... 5].Bad = &X}; // expected-note {{'R9' stores 4 addresses in unaligned pointers}}
REC R10[8] = {[2 ... 5] = {.Good = &X, .Good2 = &X}};
REC R11[4] = {[0 ... 1] = {&X, 1, &X}, [3] = {.Bad = "x"}}; // expected-note {{'R11' stores 3 addresses in unaligned pointers}}
REC R12 = {.Bad = &R12}; // expected-note {{'R12' stores an address in an unaligned pointer}}

enum { IDX_A = 1, IDX_B = 3 };
REC R13[4] = {[IDX_B] = {NULL, 0, "b"}, [IDX_A].Good = "a"}; // expected-note {{'R13' stores an address in an unaligned pointer}}

/* Nested aggregates: brace elision walks into Rec[0], then Rec[1]. */
typedef struct _OUTER {
	REC Rec[2];  /* 0, 32 */
	PVOID Tail;  /* 64 */
} OUTER;
OUTER O1 = {&X, 0, &X, "abc", &X, &X, 0, &X}; // expected-note {{'O1' stores 2 addresses in unaligned pointers}}
OUTER O2 = {{{&X}, {&X}}, &X};
OUTER O3 = {.Rec[1].Pad2 = "x", &X, &X};
OUTER O4 = {.Rec[0].Pad = 0, &X, .Tail = &X}; // expected-note {{'O4' stores an address in an unaligned pointer}}
OUTER O5 = {.Rec[1] = {.Bad = &X}, .Rec[0] = {&X}}; // expected-note {{'O5' stores an address in an unaligned pointer}}
OUTER O6 = {{[1] = {&X, 0, NULL, "", &X}}, &X};
OUTER O7[2] = {[1].Rec = {{.Bad = &X}, {.Bad = &X}}, [0].Tail = &X}; // expected-note {{'O7' stores 2 addresses in unaligned pointers}}

/* Unions: the first member, unless a designator picks another. */
#include <pshpack1.h>
typedef struct __declspec(align(8)) _TAGGED {
	UCHAR Kind;
	union {
		ULONG64 Value;
		PVOID Ptr;
	} u; /* 1 */
} TAGGED;
#include <poppack.h>
TAGGED T1 = {1, {5}};
TAGGED T2 = {1, {.Ptr = &X}}; // expected-note {{'T2' stores an address in an unaligned pointer}}
TAGGED T3 = {1, .u.Ptr = &X}; // expected-note {{'T3' stores an address in an unaligned pointer}}
TAGGED T4 = {1, 0x10};
TAGGED T5[2] = {1, 2, 3, 4};

/* Anonymous members take designators of their fields. */
#include <pshpack1.h>
typedef struct __declspec(align(8)) _ANON {
	UCHAR Kind;
	union {
		ULONG64 Value;
		PVOID Ptr; /* 1 */
	};
	UCHAR Pad[7];
	PVOID Good; /* 16 */
} ANON;
#include <poppack.h>
ANON A1 = {.Ptr = &X}; // expected-note {{'A1' stores an address in an unaligned pointer}}
ANON A2 = {.Value = 1, .Good = &X};
ANON A3 = {1, {.Ptr = &X}, "", &X}; // expected-note {{'A3' stores an address in an unaligned pointer}}
ANON A4 = {1, {2}, "abcdef", &X};

/* A string initialises a char array member; it is no address. */
#include <pshpack1.h>
typedef struct __declspec(align(8)) _NAMED {
	CHAR Name[9];
	PCSTR Alias; /* 9 */
} NAMED;
#include <poppack.h>
NAMED N1 = {"abcdefgh", NULL};
NAMED N2 = {"abc"};
NAMED N3 = {{'a', 'b'}, "alias"}; // expected-note {{'N3' stores an address in an unaligned pointer}}
NAMED N4 = {.Alias = "x"}; // expected-note {{'N4' stores an address in an unaligned pointer}}
