/*
 * wdfiotarget.h - hvcilint's compact stand-in for KMDF I/O targets.
 * Written for hvcilint from public facts (hvci-facts.md 2.7), not taken
 * from the WDK.  Left out: open parameters, synchronous send helpers.
 */
#pragma once
#ifndef _WDFIOTARGET_H_
#define _WDFIOTARGET_H_

#include <wdfdevice.h>

WDF_EXTERN_C_START

WDFIOTARGET WdfDeviceGetIoTarget(_In_ WDFDEVICE Device);
NTSTATUS WdfIoTargetCreate(_In_ WDFDEVICE Device,
                           _In_opt_ PWDF_OBJECT_ATTRIBUTES IoTargetAttributes,
                           _Out_ WDFIOTARGET *IoTarget);

/* PoolType (2) decides. */
NTSTATUS WdfIoTargetAllocAndQueryTargetProperty(
    _In_ WDFIOTARGET IoTarget,
    _In_ DEVICE_REGISTRY_PROPERTY DeviceProperty,
    _In_ POOL_TYPE PoolType,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
    _Out_ WDFMEMORY *PropertyMemory);

WDF_EXTERN_C_END

#endif /* _WDFIOTARGET_H_ */
