/*
 * wdfminiport.h - hvcilint's compact stand-in for the KMDF miniport
 * helpers.  Written for hvcilint from Microsoft's public documentation
 * (learn.microsoft.com, wdfminiport.h reference), not taken from the WDK.
 *
 * Declares the two routines a port/miniport driver (NDIS, PortCls,
 * Storport) uses to run on top of KMDF: WdfDeviceMiniportCreate and
 * WdfDriverMiniportUnload.  As in the other WDF stand-ins these are plain
 * functions with the user-visible parameters only (no hidden
 * WdfDriverGlobals).  Pulls in the stand-in wdf.h so that it can be
 * included on its own; nothing else is declared here.
 */
#pragma once
#ifndef _WDFMINIPORT_H_
#define _WDFMINIPORT_H_

#include <wdf.h>

WDF_EXTERN_C_START

NTSTATUS WdfDeviceMiniportCreate(
    _In_ WDFDRIVER Driver,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_opt_ PDEVICE_OBJECT AttachedDeviceObject,
    _In_opt_ PDEVICE_OBJECT Pdo,
    _Out_ WDFDEVICE *Device);

VOID WdfDriverMiniportUnload(_In_ WDFDRIVER Driver);

WDF_EXTERN_C_END

#endif /* _WDFMINIPORT_H_ */
