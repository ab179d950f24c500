// An anonymous member that repeats a name its record already has, as MSVC
// accepts and clang does not (`union { UCHAR Tos; struct { UCHAR Ecn : 2;
// UCHAR Tos : 6; }; }`): the unit is parsed again from a copy of the file
// with the repeat renamed, laid over the file, so the record is whole, the
// uses of the name parse, and findings keep the file's own columns (the
// pool call below shares a line with a use of the name).
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"recovery_passes": 1'
#include <ntddk.h>

typedef struct _PKT_HEADER {
	union {
		UCHAR Tos;
		struct {
			UCHAR Ecn : 2;
			UCHAR Tos : 6; // expected-note {{anonymous member 'Tos' repeats a name its record already has, which MSVC accepts and clang does not; analysed as MSVC reads it}}
		};
	};
	union {
		USHORT FlagsAndOffset;
		struct {
			USHORT FlagsAndOffset : 13; // expected-note {{anonymous member 'FlagsAndOffset' repeats a name its record already has, which MSVC accepts and clang does not; analysed as MSVC reads it}}
			USHORT Flags : 3;
		};
	};
} PKT_HEADER;

PVOID Copy(PKT_HEADER *Header)
{
	return Header->Tos ? ExAllocatePoolWithTag(NonPagedPool, Header->FlagsAndOffset, 'tkP') : NULL; // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
