// A project header that is not on the include path (a generated WPP .tmh,
// a header from another folder) is never fatal: the unit goes on with an
// empty stand-in, and the functions that used its names are still checked.
// RUN: %hvcilint check --verify %s --
// The JSON report lists the names that got stand-ins, in order:
// RUN: %hvcilint check --format json %s -- | tr -d '[:space:]' | grep -q '"stand_in_names":\["PDEVICE_CONTEXT","TRACE_LEVEL_INFO","DBG_INIT"\]'
#include <ntddk.h>
#include "not_in_this_tree.h" // expected-note {{#include 'not_in_this_tree.h' was not found; analysed with an empty stand-in for it [hvcilint]}}
#include "trace/driver.tmh" // expected-note {{#include 'trace/driver.tmh' was not found}}

NTSTATUS StartDevice(PDEVICE_CONTEXT Context, ULONG Size) // expected-note {{3 names this unit uses are declared nowhere (first: 'PDEVICE_CONTEXT'); analysed with stand-in declarations [hvcilint]}}
{
	PVOID Buffer = ExAllocatePoolWithTag(NonPagedPool, Size, 'vdSx'); // expected-warning {{'ExAllocatePoolWithTag' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
	TraceEvents(TRACE_LEVEL_INFO, DBG_INIT, "buffer %p", Buffer);
	return Buffer ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}
