/*
 * wdfqueryinterface.h - hvcilint's compact stand-in for KMDF driver-defined
 * interfaces.  Written for hvcilint from the public KMDF documentation,
 * not taken from the WDK.
 */
#pragma once
#ifndef _WDFQUERYINTERFACE_H_
#define _WDFQUERYINTERFACE_H_

#include <wdfdevice.h>

WDF_EXTERN_C_START

typedef NTSTATUS EVT_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST(_In_ WDFDEVICE Device,
                                                                _In_ LPGUID InterfaceType,
                                                                _Inout_ PINTERFACE ExposedInterface,
                                                                _Inout_opt_ PVOID ExposedInterfaceSpecificData);
typedef EVT_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST
    *PFN_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST;

typedef struct _WDF_QUERY_INTERFACE_CONFIG {
    ULONG Size;
    PINTERFACE Interface;
    const GUID *InterfaceType;
    BOOLEAN SendQueryToParentStack;
    PFN_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST EvtDeviceProcessQueryInterfaceRequest;
    BOOLEAN ImportInterface;
} WDF_QUERY_INTERFACE_CONFIG, *PWDF_QUERY_INTERFACE_CONFIG;

FORCEINLINE VOID WDF_QUERY_INTERFACE_CONFIG_INIT(
    _Out_ PWDF_QUERY_INTERFACE_CONFIG InterfaceConfig, _In_opt_ PINTERFACE Interface,
    _In_ const GUID *InterfaceType,
    _In_opt_ PFN_WDF_DEVICE_PROCESS_QUERY_INTERFACE_REQUEST EvtDeviceProcessQueryInterfaceRequest)
{
    RtlZeroMemory(InterfaceConfig, sizeof(WDF_QUERY_INTERFACE_CONFIG));
    InterfaceConfig->Size = sizeof(WDF_QUERY_INTERFACE_CONFIG);
    InterfaceConfig->Interface = Interface;
    InterfaceConfig->InterfaceType = InterfaceType;
    InterfaceConfig->EvtDeviceProcessQueryInterfaceRequest = EvtDeviceProcessQueryInterfaceRequest;
}

NTSTATUS WdfDeviceAddQueryInterface(_In_ WDFDEVICE Device,
                                    _In_ PWDF_QUERY_INTERFACE_CONFIG InterfaceConfig);
VOID WdfDeviceInterfaceReferenceNoOp(_In_ PVOID Context);
VOID WdfDeviceInterfaceDereferenceNoOp(_In_ PVOID Context);
NTSTATUS WdfFdoQueryForInterface(_In_ WDFDEVICE Fdo, _In_ LPCGUID InterfaceType,
                                 _Out_ PINTERFACE Interface, _In_ USHORT Size,
                                 _In_ USHORT Version, _In_opt_ PVOID InterfaceSpecificData);

WDF_EXTERN_C_END

#endif /* _WDFQUERYINTERFACE_H_ */
