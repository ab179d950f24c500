// C++: a call whose arguments are unknown (`Trace(LEVEL, FLAG, "...")`, as
// WPP tracing reads without its generated header) is left for later by
// clang, which says nothing of an unknown callee until the arguments are
// declared.  The callee is planned with them, so one pass is enough.  A
// member function called so (`Log`) is no missing name, and neither is a
// function whose own declaration broke (`Report`, its parameter type
// unknown).
// RUN: %hvcilint check --verify %s --
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"recovery_passes": 1'
// RUN: %hvcilint check --no-db --allow-partial --format json %s -- | grep -q '"parse_errors": 0'
#include <ntddk.h>

VOID Report(VENDOR_STATUS Status); // expected-note {{4 names this unit uses are declared nowhere (first: 'VENDOR_STATUS'); analysed with stand-in declarations}}

class Device {
public:
	VOID Log(ULONG Level, ULONG Flag);
	NTSTATUS Start();
};

NTSTATUS Device::Start()
{
	Log(VENDOR_LEVEL_INFO, VENDOR_FLAG_PNP);
	Trace(VENDOR_LEVEL_INFO, VENDOR_FLAG_PNP, "start");
	Report(VENDOR_LEVEL_INFO);
	PVOID p = ExAllocatePoolWithTag(NonPagedPool, 16, 'tseT'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	return p ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}
