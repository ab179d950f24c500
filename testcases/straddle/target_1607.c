// Minimum targets before Windows 10 1703 keep the warning: 1607
// (NTDDI_WIN10_RS1) refuses relocations that cross a page, and
// _WIN32_WINNT only says "Windows 10" (0x0A00), which includes 1507.  A
// header's default NTDDI_VERSION is no choice of the build and counts as
// unknown, which keeps the warning too (first RUN line).
// RUN: %hvcilint check --no-db --verify %s -- -target x86_64-pc-windows-msvc
// RUN: %hvcilint check --no-db --verify %s -- -target x86_64-pc-windows-msvc -DNTDDI_VERSION=NTDDI_WIN10_RS1
// RUN: %hvcilint check --no-db --verify %s -- -target x86_64-pc-windows-msvc -D_WIN32_WINNT=0x0A00
// RUN: %hvcilint check --no-db --verify %s -- -target x86_64-pc-windows-msvc -DNTDDI_VERSION=0x06010000
#include <ntddk.h>

#include <pshpack1.h>
typedef struct _NAME_ENTRY {
	USHORT Id;
	PCSTR Name;
} NAME_ENTRY;
#include <poppack.h>

NAME_ENTRY Table[4096] = {[0 ... 4095] = {7, "entry"}}; // expected-warning {{'Table' stores 4096 addresses in unaligned pointers; every placement makes a relocation straddle a page; give the pointers natural alignment or build with /Gy [hvci-straddle-reloc]}}
NAME_ENTRY Single = {1, "one"}; // expected-note {{'Single' stores an address in an unaligned pointer; some placements make its relocation straddle a page; give}}
