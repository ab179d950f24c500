// hvci-nx-optin: helpers defined after DriverEntry (declared first), a flag passed in a variable, a recursive helper, and an MDL mapping made by a helper before the opt-in call.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1
#include <ntddk.h>

static NTSTATUS InitPools(ULONG depth);
static PVOID MapEarly(PMDL mdl);
static VOID OptIn(void);

static PVOID g_Map, g_Pool[4];

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	PMDL mdl;
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	mdl = IoAllocateMdl(RegistryPath->Buffer, RegistryPath->Length, FALSE, FALSE, NULL);
	if (mdl == NULL)
		return STATUS_INSUFFICIENT_RESOURCES;
	g_Map = MapEarly(mdl); // expected-warning {{'MapEarly' runs before ExInitializeDriverRuntime(DrvRtPoolNxOptIn) on a path through 'DriverEntry', so the opted-in memory it allocates or maps is still executable; make that call first in 'DriverEntry' [hvci-nx-optin]}}
	OptIn();
	return InitPools(0); // no warning: after the call
}

static PVOID MapEarly(PMDL mdl)
{
	MmBuildMdlForNonPagedPool(mdl);
	return MmGetSystemAddressForMdlSafe(mdl, HighPagePriority);
}

static VOID OptIn(void)
{
	ULONG flags = DrvRtPoolNxOptIn;
	ExInitializeDriverRuntime(flags); // a flag in a variable counts
}

static NTSTATUS InitPools(ULONG depth)
{
	if (depth >= 4)
		return STATUS_SUCCESS;
	g_Pool[depth] = ExAllocatePoolWithTag(NonPagedPool, 32, 'vceR');
	return InitPools(depth + 1);
}
