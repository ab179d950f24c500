// DxgkCbMapMemory, called through the DXGKRNL_INTERFACE member, is a listed row: never reported.
// RUN: %hvcilint check --verify %s --
// expected-no-diagnostics
#include <dispmprt.h>

NTSTATUS MapFb(PDXGKRNL_INTERFACE dx, PHYSICAL_ADDRESS pa, ULONG len, PVOID *va)
{
	return dx->DxgkCbMapMemory(dx->DeviceHandle, pa, len, FALSE, FALSE, MmCached, va);
}
