/*
 * wdffdo.h - hvcilint's compact stand-in for KMDF FDO initialisation.
 * Written for hvcilint from public facts (hvci-facts.md 2.7), not taken
 * from the WDK.  Left out: filter/PDO event configuration.
 */
#pragma once
#ifndef _WDFFDO_H_
#define _WDFFDO_H_

#include <wdfdevice.h>

WDF_EXTERN_C_START

VOID WdfFdoInitSetFilter(_In_ PWDFDEVICE_INIT DeviceInit);
PDEVICE_OBJECT WdfFdoInitWdmGetPhysicalDevice(_In_ PWDFDEVICE_INIT DeviceInit);

/* PoolType (2) decides. */
NTSTATUS WdfFdoInitAllocAndQueryProperty(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ DEVICE_REGISTRY_PROPERTY DeviceProperty,
    _In_ POOL_TYPE PoolType,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
    _Out_ WDFMEMORY *PropertyMemory);

NTSTATUS WdfFdoInitAllocAndQueryPropertyEx(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PWDF_DEVICE_PROPERTY_DATA DeviceProperty,
    _In_ POOL_TYPE PoolType,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
    _Out_ WDFMEMORY *PropertyMemory,
    _Out_ PDEVPROPTYPE Type);

WDF_EXTERN_C_END

#endif /* _WDFFDO_H_ */
