// Mixed-case WDK includes (<Wdm.h>, <WDF.H>) resolve and the KMDF call is checked.
// RUN: %hvcilint check --verify %s --
#include <Wdm.h>
#include <WDF.H>

NTSTATUS Make(WDFMEMORY *mem, PVOID *buf)
{
	return WdfMemoryCreate(WDF_NO_OBJECT_ATTRIBUTES, NonPagedPool, 'esaC', 64, mem, buf); // expected-warning {{'WdfMemoryCreate' allocates executable memory: pool type 'NonPagedPool' (0) [hvci-exec-pool]}}
}
