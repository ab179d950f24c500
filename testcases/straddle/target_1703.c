// The build's minimum target decides the severity: Windows 10 1703
// (NTDDI_WIN10_RS2) and later load images whose relocations cross a page, so
// a definite straddle there is only a note.  Set on the command line here.
// RUN: %hvcilint check --no-db --verify %s -- -target x86_64-pc-windows-msvc -DNTDDI_VERSION=0x0A000003
// RUN: %hvcilint check --no-db --verify %s -- -target x86_64-pc-windows-msvc -DNTDDI_VERSION=NTDDI_WIN10_RS5
#include <ntddk.h>

#include <pshpack1.h>
typedef struct _NAME_ENTRY {
	USHORT Id;
	PCSTR Name;
} NAME_ENTRY;
#include <poppack.h>

NAME_ENTRY Table[4096] = {[0 ... 4095] = {7, "entry"}}; // expected-note {{'Table' stores 4096 addresses in unaligned pointers; every placement makes a relocation straddle a page (the build's minimum target, Windows 10 1703 or later, accepts it); give the pointers natural alignment or build with /Gy [hvci-straddle-reloc]}}
NAME_ENTRY Single = {1, "one"}; // expected-note {{'Single' stores an address in an unaligned pointer; some placements make its relocation straddle a page (the build's minimum target, Windows 10 1703 or later, accepts it)}}
NAME_ENTRY Quiet[16] = {[0 ... 15] = {1, NULL}};
