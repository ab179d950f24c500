// hvci-nx-optin: helpers DriverEntry calls before ExInitializeDriverRuntime allocate opted-in memory; reported at the call in DriverEntry.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1
#include <ntddk.h>

static PVOID g_A, g_B, g_C, g_D;

static PVOID SetupBuffer(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'fubS');
}

static PVOID AllocOfType(POOL_TYPE type, SIZE_T n)
{
	return ExAllocatePoolWithTag(type, n, 'epyT');
}

static PVOID SetupNx(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPoolNx, n, 'xNpS');
}

static PVOID SelfInitThenAlloc(SIZE_T n)
{
	ExInitializeDriverRuntime(DrvRtPoolNxOptIn);
	return ExAllocatePoolWithTag(NonPagedPool, n, 'tinI');
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	g_A = SetupBuffer(32); // expected-warning {{'SetupBuffer' runs before ExInitializeDriverRuntime(DrvRtPoolNxOptIn) on a path through 'DriverEntry', so the opted-in memory it allocates or maps is still executable; make that call first in 'DriverEntry' [hvci-nx-optin]}}
	g_B = AllocOfType(NonPagedPool, 32); // expected-warning {{'AllocOfType' runs before ExInitializeDriverRuntime(DrvRtPoolNxOptIn) on a path through 'DriverEntry', so the opted-in memory it allocates or maps is still executable; make that call first in 'DriverEntry' [hvci-nx-optin]}}
	g_C = SetupNx(32); // no warning: NonPagedPoolNx
	g_D = SelfInitThenAlloc(32); // no warning: the helper makes the call first
	g_A = SetupBuffer(64); // no warning: after the helper's call
	return STATUS_SUCCESS;
}
