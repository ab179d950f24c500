// Look-alikes that must stay silent: natural layouts, packed types whose
// pointers stay aligned, NULL and integer pointers, automatic variables,
// declarations without initializer, and addresses stored at run time.
// RUN: %hvcilint check --no-db --verify %s -- -target x86_64-pc-windows-msvc
// RUN: %hvcilint check --no-db --verify %s -- -target i686-pc-windows-msvc
// expected-no-diagnostics
#include <ntddk.h>

ULONG X;

/* Natural alignment: the compiler pads to the pointer. */
typedef struct _NAME_ENTRY {
	USHORT Id;
	PCSTR Name;
} NAME_ENTRY;
NAME_ENTRY Natural[4096] = {[0 ... 4095] = {1, "a"}};

/* pshpack8 is the natural packing for pointers. */
#include <pshpack8.h>
typedef struct _EIGHT {
	UCHAR Kind;
	PCSTR Name;
} EIGHT;
#include <poppack.h>
EIGHT Eight[64] = {[0 ... 63] = {1, "a"}};

/* Packed, but the pointer is at offset 0 and the type is aligned again. */
#include <pshpack1.h>
typedef struct DECLSPEC_ALIGN(8) _HEAD {
	PCSTR Name;
	UCHAR Kind;
} HEAD;
#include <poppack.h>
HEAD Head[4096] = {[0 ... 4095] = {"a", 1}};

/* Packed pointer members initialised with NULL, 0 or integers: no relocation. */
#include <pshpack1.h>
typedef struct _NAME_ENTRY1 {
	USHORT Id;
	PCSTR Name;
	PVOID Context;
	PDRIVER_DISPATCH Routine;
} NAME_ENTRY1;
#include <poppack.h>
NAME_ENTRY1 Nulls[4096] = {[0 ... 4095] = {1, NULL, 0, (PDRIVER_DISPATCH)0}};
NAME_ENTRY1 Integers[16] = {[0 ... 15] = {1, (PCSTR)0x1000, (PVOID)(ULONG_PTR)-1, NULL}};
NAME_ENTRY1 Empty[16];
NAME_ENTRY1 Zero = {0};
extern NAME_ENTRY1 Declared[];

/* offsetof-style address arithmetic on a null pointer is an integer. */
NAME_ENTRY1 Offsets = {1, (PCSTR)&((NAME_ENTRY1 *)0)->Context};

/* Integers and characters in packed integer members. */
#include <pshpack1.h>
typedef struct _NUMS {
	UCHAR Kind;
	ULONG_PTR Value;
	CHAR Text[8];
} NUMS;
#include <poppack.h>
NUMS Nums[4096] = {[0 ... 4095] = {1, 0x12345678, "text"}};

/* Automatic variables: the stores happen at run time, no relocation. */
PCSTR Use(USHORT id)
{
	NAME_ENTRY1 local[4] = {{1, "a", &X, NULL}, {2, "b", &X, NULL}};
	NAME_ENTRY1 one = {3, "c"};
	local[id & 3].Name = "d";
	return local[id & 3].Name ? local[id & 3].Name : one.Name;
}

/* Pointers filled at run time. */
NAME_ENTRY1 Runtime[2];
VOID Fill(VOID)
{
	Runtime[0].Name = "a";
	Runtime[1].Context = &X;
}

/* A plain pointer object is aligned by its type. */
PCSTR Plain = "plain";
PVOID Pointers[4] = {&X, &X, &X, &X};
