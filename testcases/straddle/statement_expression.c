// A static object inside a GNU statement expression, in C: the check
// enters expressions in a C unit whose own files spell `({`, and skips
// them (most of a function's nodes) in one that does not.
// RUN: %hvcilint check --no-db --verify %s -- -target x86_64-pc-windows-msvc
#include <ntddk.h>

#include <pshpack1.h>
typedef struct _NAME_ENTRY {
	USHORT Id;
	PCSTR Name;
} NAME_ENTRY;
#include <poppack.h>

PCSTR Lookup(USHORT Id)
{
	PCSTR Name = ({
		static NAME_ENTRY Entry = {1, "one"}; // expected-note {{'Entry' stores an address in an unaligned pointer; some placements make its relocation straddle a page; give the pointers natural alignment or build with /Gy [hvci-straddle-reloc]}}
		Entry.Id == Id ? Entry.Name : NULL;
	});
	return Name;
}
