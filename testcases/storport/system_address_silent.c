// StorPortGetSystemAddress and StorPortGetDataInBufferSystemAddress are listed rows: never reported.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <storport.h>

PVOID Addr(PVOID ext, PVOID srb)
{
	PVOID a = NULL, b = NULL;
	StorPortGetSystemAddress(ext, srb, &a);
	StorPortGetDataInBufferSystemAddress(ext, srb, &b);
	return a ? a : b;
}
