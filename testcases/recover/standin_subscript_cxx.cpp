// C++: a member read from a stand-in can be indexed (it becomes a pointer)
// and a value of no known type stepped, as code written against the
// missing header does, without leaving parse errors behind.
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
#include <ntddk.h>

extern "C" NTSTATUS Geometry(PVENDOR_GEOMETRY Geo) // expected-note {{1 name this unit uses is declared nowhere (first: 'PVENDOR_GEOMETRY'); analysed with stand-in declarations}}
{
	USHORT kind = Geo->Coords[0];
	Geo->Count++;
	--Geo->Count;
	PVOID p = ExAllocatePoolWithTag(NonPagedPool, Geo->Size, 'oeGV'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	if (p)
		ExFreePoolWithTag(p, 'oeGV');
	return kind ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}
