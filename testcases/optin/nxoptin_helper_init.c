// hvci-nx-optin: ExInitializeDriverRuntime made in helpers that DriverEntry calls (one and two levels down) counts; unlike Code Analysis C30031/C30035 nothing is reported.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1
// expected-no-diagnostics
#include <ntddk.h>

static PVOID g_Buffer;
static NPAGED_LOOKASIDE_LIST g_List;

static VOID EnableNxPool(void)
{
	ExInitializeDriverRuntime(DrvRtPoolNxOptIn);
}

static NTSTATUS InitGlobals(void)
{
	EnableNxPool();
	g_Buffer = ExAllocatePoolWithTag(NonPagedPool, 128, 'bolG');
	return g_Buffer ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}

static NTSTATUS InitRuntime(BOOLEAN verbose)
{
	if (verbose)
		DbgPrint("opting in to NX pool\n");
	/* Through a helper of a helper. */
	return InitGlobals();
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	NTSTATUS status;
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	status = InitRuntime(FALSE);
	if (!NT_SUCCESS(status))
		return status;
	ExInitializeNPagedLookasideList(&g_List, NULL, NULL, 0, 64, 'tsiL', 0);
	return STATUS_SUCCESS;
}
