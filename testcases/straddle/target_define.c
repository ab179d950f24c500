// The minimum target set in the source, before the WDK headers, as some
// drivers do; the version expression may use the headers' own names.
// RUN: %hvcilint check --no-db --verify %s -- -target i686-pc-windows-msvc
#define NTDDI_VERSION NTDDI_WIN10_RS3
#include <ntddk.h>

#include <pshpack2.h>
typedef struct _TWO {
	USHORT Id;
	PVOID Context;
} TWO;
#include <poppack.h>
ULONG Value;

TWO TwoBig[4096] = {[0 ... 4095] = {1, &Value}}; // expected-note {{'TwoBig' stores 4096 addresses in unaligned pointers; every placement makes a relocation straddle a page (the build's minimum target, Windows 10 1703 or later, accepts it)}}
