// POOL_NX_OPTOUT defined to 1 in the file before the include, with POOL_NX_OPTIN=1 and the runtime call: still executable.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1
#define POOL_NX_OPTOUT 1
#include <ntddk.h>

static NPAGED_LOOKASIDE_LIST g_List;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	PVOID p;
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	ExInitializeDriverRuntime(DrvRtPoolNxOptIn);
	p = ExAllocatePoolWithTag(NonPagedPool, 256, 'tuOd'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	ExInitializeNPagedLookasideList(&g_List, NULL, NULL, 0, 64, 'tuOd', 0); // expected-warning {{'ExInitializeNPagedLookasideList' creates a lookaside list of executable memory: flags '0' (0x0) lack POOL_NX_ALLOCATION [hvci-exec-pool]}}
	return p ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}
