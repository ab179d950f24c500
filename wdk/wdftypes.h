/*
 * wdftypes.h - hvcilint's compact stand-in for the KMDF basic types.
 *
 * Written for hvcilint from public facts (KMDF 1.33 names, parameter
 * lists from hvci-facts.md 2.7), not taken from the WDK or WDF sources.
 * In KMDF every method is a FORCEINLINE wrapper that passes a hidden
 * WdfDriverGlobals first; the stand-ins declare plain functions with the
 * user-visible parameters only.  Left out: the function table, version
 * binding, UMDF, and most handle types.
 */
#pragma once
#ifndef _WDFTYPES_H_
#define _WDFTYPES_H_

#include <ntddk.h>

#ifndef KMDF_VERSION_MAJOR
#define KMDF_VERSION_MAJOR 1
#endif
#ifndef KMDF_VERSION_MINOR
#define KMDF_VERSION_MINOR 33
#endif

#ifdef __cplusplus
#define WDF_EXTERN_C       extern "C"
#define WDF_EXTERN_C_START extern "C" {
#define WDF_EXTERN_C_END   }
#else
#define WDF_EXTERN_C
#define WDF_EXTERN_C_START
#define WDF_EXTERN_C_END
#endif

#define WDFAPI
#define WDF_NO_OBJECT_ATTRIBUTES NULL
#define WDF_NO_EVENT_CALLBACK    NULL
#define WDF_NO_HANDLE            NULL
#define WDF_NO_CONTEXT           NULL
#define WDF_NO_SEND_OPTIONS      NULL

#define WDF_DECLARE_HANDLE(name) typedef struct name##__ *name

typedef HANDLE WDFOBJECT, *PWDFOBJECT;
WDF_DECLARE_HANDLE(WDFDRIVER);
WDF_DECLARE_HANDLE(WDFDEVICE);
WDF_DECLARE_HANDLE(WDFQUEUE);
WDF_DECLARE_HANDLE(WDFREQUEST);
WDF_DECLARE_HANDLE(WDFMEMORY);
WDF_DECLARE_HANDLE(WDFLOOKASIDE);
WDF_DECLARE_HANDLE(WDFIOTARGET);
WDF_DECLARE_HANDLE(WDFKEY);
WDF_DECLARE_HANDLE(WDFSTRING);
WDF_DECLARE_HANDLE(WDFCOLLECTION);
WDF_DECLARE_HANDLE(WDFSPINLOCK);
WDF_DECLARE_HANDLE(WDFWAITLOCK);
WDF_DECLARE_HANDLE(WDFTIMER);
WDF_DECLARE_HANDLE(WDFWORKITEM);
WDF_DECLARE_HANDLE(WDFDPC);
WDF_DECLARE_HANDLE(WDFINTERRUPT);
WDF_DECLARE_HANDLE(WDFFILEOBJECT);
WDF_DECLARE_HANDLE(WDFCMRESLIST);
WDF_DECLARE_HANDLE(WDFDMAENABLER);
WDF_DECLARE_HANDLE(WDFCOMMONBUFFER);
typedef struct WDFDEVICE_INIT *PWDFDEVICE_INIT;
WDF_DECLARE_HANDLE(WDFWMIPROVIDER);
WDF_DECLARE_HANDLE(WDFWMIINSTANCE);
typedef PVOID WDFCONTEXT;

typedef enum _WDF_POWER_DEVICE_STATE {
    WdfPowerDeviceInvalid = 0,
    WdfPowerDeviceD0,
    WdfPowerDeviceD1,
    WdfPowerDeviceD2,
    WdfPowerDeviceD3,
    WdfPowerDeviceD3Final,
    WdfPowerDevicePrepareForHibernation,
    WdfPowerDeviceMaximum
} WDF_POWER_DEVICE_STATE, *PWDF_POWER_DEVICE_STATE;

typedef enum _WDF_TRI_STATE {
    WdfFalse = FALSE,
    WdfTrue = TRUE,
    WdfUseDefault = 2
} WDF_TRI_STATE, *PWDF_TRI_STATE;

#endif /* _WDFTYPES_H_ */
