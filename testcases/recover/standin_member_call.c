// A call through a member of a structure the unit never declares (its
// header is missing) is not taken for data run as code: the stand-in says
// nothing about what the member holds (its stand-in is a function pointer
// of no known value).
// RUN: %hvcilint check --verify %s --
#include <ntddk.h>
#include "vendor_class.h" // expected-note {{#include 'vendor_class.h' was not found; analysed with an empty stand-in for it [hvcilint]}}

NTSTATUS Dispatch(PDEVICE_OBJECT Device, PVENDOR_DRIVER_EXTENSION Ext) // expected-note {{declared nowhere (first: 'PVENDOR_DRIVER_EXTENSION')}}
{
	PVENDOR_INIT_DATA Init = &(Ext->InitData);
	PVENDOR_DEV_INFO Info = &(Init->FdoData);
	return Info->StartDevice(Device);
}
