// hvci-nx-optin in C++: an extern "C" DriverEntry that opts in through a static member function is clean; a class method that allocates before it is reported at the call; a member function that opts in but that DriverEntry never calls is misplaced.
// RUN: %hvcilint check --verify %s -- -DPOOL_NX_OPTIN=1
#include <ntddk.h>

class Runtime {
public:
	static void EnableNx() { ExInitializeDriverRuntime(DrvRtPoolNxOptIn); }
	void Reinitialize() { ExInitializeDriverRuntime(DrvRtPoolNxOptIn); } // expected-warning {{ExInitializeDriverRuntime(DrvRtPoolNxOptIn) is called in 'Reinitialize', which 'DriverEntry' does not reach through the calls of this file, so allocations made before it stay executable; make the call in 'DriverEntry' (C30035) [hvci-nx-optin]}}
};

namespace pools {
static PVOID Grab(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'ppC ');
}
} // namespace pools

static PVOID g_Early, g_Late;

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
	UNREFERENCED_PARAMETER(DriverObject);
	UNREFERENCED_PARAMETER(RegistryPath);
	g_Early = pools::Grab(16); // expected-warning {{'pools::Grab' runs before ExInitializeDriverRuntime(DrvRtPoolNxOptIn) on a path through 'DriverEntry'}}
	Runtime::EnableNx();
	g_Late = pools::Grab(16); // no warning
	return STATUS_SUCCESS;
}
