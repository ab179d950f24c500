/*
 * wdfcontrol.h - hvcilint's compact stand-in for KMDF control devices.
 * Written for hvcilint from the public KMDF documentation, not taken from
 * the WDK.  WdfControlDeviceInitAllocate and WdfControlFinishInitializing
 * are declared in wdfdevice.h.
 */
#pragma once
#ifndef _WDFCONTROL_H_
#define _WDFCONTROL_H_

#include <wdfdevice.h>

WDF_EXTERN_C_START

typedef enum _WDF_DEVICE_SHUTDOWN_FLAGS {
    WdfDeviceShutdown = 0x01,
    WdfDeviceLastChanceShutdown = 0x02
} WDF_DEVICE_SHUTDOWN_FLAGS;

typedef VOID EVT_WDF_DEVICE_SHUTDOWN_NOTIFICATION(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SHUTDOWN_NOTIFICATION *PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION;

VOID WdfControlDeviceInitSetShutdownNotification(
    _In_ PWDFDEVICE_INIT DeviceInit, _In_ PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION Notification,
    _In_ UCHAR Flags);

WDF_EXTERN_C_END

#endif /* _WDFCONTROL_H_ */
