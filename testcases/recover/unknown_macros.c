// An unknown macro used as a calling convention or as an annotation before
// a declaration, and an unknown function role type, keep the function.
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>

VOID VENDOR_API SetupDma(ULONG Bytes) // expected-note {{names this unit uses are declared nowhere (first: 'VENDOR_API'); analysed with stand-in declarations}}
{
	PVOID Va = MmAllocateContiguousMemory(Bytes, (PHYSICAL_ADDRESS){0}); // expected-warning {{'MmAllocateContiguousMemory' always returns executable memory [hvci-exec-api]}}
	UNREFERENCED_PARAMETER(Va);
}

EVT_VENDOR_TIMER OnTimer;

VOID OnTimer(PVOID Context)
{
	PVOID Block = ExAllocatePoolWithTag(NonPagedPool, 64, 'mTxV'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	UNREFERENCED_PARAMETER(Context);
	UNREFERENCED_PARAMETER(Block);
}
