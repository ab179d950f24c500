/*
 * wdfpdo.h - hvcilint's stand-in for KMDF's physical device object (PDO)
 * interface used by bus drivers: PDO initialisation (identifiers, device
 * text, event callbacks), the PDO event callbacks and the PDO methods.
 *
 * Written for hvcilint from the public KMDF reference pages on
 * learn.microsoft.com (wdfpdo.h section: WdfPdoInit*, WdfPdoMarkMissing,
 * WdfPdoRequestEject, WdfPdoGetParent, WdfPdoRetrieve*Description,
 * WdfPdoUpdateAddressDescription, WDF_PDO_EVENT_CALLBACKS and the
 * EVT_WDF_DEVICE_* callbacks it holds), not taken from the WDK.  Methods
 * are plain prototypes, as in the other KMDF stand-ins here.
 *
 * Left out: the ejection-relation methods and the WDF_DEVICE_* PnP and
 * power capability records (in wdfdevice.h).
 */
#pragma once
#ifndef _WDFPDO_H_
#define _WDFPDO_H_

#include <wdfdevice.h>
#include <wdfchildlist.h>

WDF_EXTERN_C_START

typedef NTSTATUS EVT_WDF_DEVICE_RESOURCES_QUERY(_In_ WDFDEVICE Device,
                                                _In_ WDFCMRESLIST Resources);
typedef EVT_WDF_DEVICE_RESOURCES_QUERY *PFN_WDF_DEVICE_RESOURCES_QUERY;
typedef NTSTATUS EVT_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY(
    _In_ WDFDEVICE Device, _In_ WDFIORESREQLIST IoResourceRequirementsList);
typedef EVT_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY *PFN_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY;
typedef NTSTATUS EVT_WDF_DEVICE_EJECT(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_EJECT *PFN_WDF_DEVICE_EJECT;
typedef NTSTATUS EVT_WDF_DEVICE_SET_LOCK(_In_ WDFDEVICE Device, _In_ BOOLEAN IsLocked);
typedef EVT_WDF_DEVICE_SET_LOCK *PFN_WDF_DEVICE_SET_LOCK;
typedef NTSTATUS EVT_WDF_DEVICE_ENABLE_WAKE_AT_BUS(_In_ WDFDEVICE Device,
                                                   _In_ SYSTEM_POWER_STATE PowerState);
typedef EVT_WDF_DEVICE_ENABLE_WAKE_AT_BUS *PFN_WDF_DEVICE_ENABLE_WAKE_AT_BUS;
typedef VOID EVT_WDF_DEVICE_DISABLE_WAKE_AT_BUS(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_DISABLE_WAKE_AT_BUS *PFN_WDF_DEVICE_DISABLE_WAKE_AT_BUS;
typedef VOID EVT_WDF_DEVICE_REPORTED_MISSING(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_REPORTED_MISSING *PFN_WDF_DEVICE_REPORTED_MISSING;

typedef struct _WDF_PDO_EVENT_CALLBACKS {
    ULONG Size;
    PFN_WDF_DEVICE_RESOURCES_QUERY EvtDeviceResourcesQuery;
    PFN_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY EvtDeviceResourceRequirementsQuery;
    PFN_WDF_DEVICE_EJECT EvtDeviceEject;
    PFN_WDF_DEVICE_SET_LOCK EvtDeviceSetLock;
    PFN_WDF_DEVICE_ENABLE_WAKE_AT_BUS EvtDeviceEnableWakeAtBus;
    PFN_WDF_DEVICE_DISABLE_WAKE_AT_BUS EvtDeviceDisableWakeAtBus;
    PFN_WDF_DEVICE_REPORTED_MISSING EvtDeviceReportedMissing;
} WDF_PDO_EVENT_CALLBACKS, *PWDF_PDO_EVENT_CALLBACKS;

FORCEINLINE VOID WDF_PDO_EVENT_CALLBACKS_INIT(_Out_ PWDF_PDO_EVENT_CALLBACKS Callbacks)
{
    RtlZeroMemory(Callbacks, sizeof(WDF_PDO_EVENT_CALLBACKS));
    Callbacks->Size = sizeof(WDF_PDO_EVENT_CALLBACKS);
}

/* PDO initialisation (the PWDFDEVICE_INIT of a child). */
PWDFDEVICE_INIT WdfPdoInitAllocate(_In_ WDFDEVICE ParentDevice);
VOID WdfPdoInitSetEventCallbacks(_In_ PWDFDEVICE_INIT DeviceInit,
                                 _In_ PWDF_PDO_EVENT_CALLBACKS DispatchTable);
NTSTATUS WdfPdoInitAssignDeviceID(_In_ PWDFDEVICE_INIT DeviceInit,
                                  _In_ PCUNICODE_STRING DeviceID);
NTSTATUS WdfPdoInitAssignInstanceID(_In_ PWDFDEVICE_INIT DeviceInit,
                                    _In_ PCUNICODE_STRING InstanceID);
NTSTATUS WdfPdoInitAddHardwareID(_In_ PWDFDEVICE_INIT DeviceInit,
                                 _In_ PCUNICODE_STRING HardwareID);
NTSTATUS WdfPdoInitAddCompatibleID(_In_ PWDFDEVICE_INIT DeviceInit,
                                   _In_ PCUNICODE_STRING CompatibleID);
NTSTATUS WdfPdoInitAssignContainerID(_In_ PWDFDEVICE_INIT DeviceInit,
                                     _In_ PCUNICODE_STRING ContainerID);
NTSTATUS WdfPdoInitAddDeviceText(_In_ PWDFDEVICE_INIT DeviceInit,
                                 _In_ PCUNICODE_STRING DeviceDescription,
                                 _In_ PCUNICODE_STRING DeviceLocation,
                                 _In_ LCID LocaleId);
VOID WdfPdoInitSetDefaultLocale(_In_ PWDFDEVICE_INIT DeviceInit, _In_ LCID LocaleId);
NTSTATUS WdfPdoInitAssignRawDevice(_In_ PWDFDEVICE_INIT DeviceInit,
                                   _In_ CONST GUID *DeviceClassGuid);
VOID WdfPdoInitAllowForwardingRequestToParent(_In_ PWDFDEVICE_INIT DeviceInit);

/* PDO methods. */
NTSTATUS WdfPdoMarkMissing(_In_ WDFDEVICE Device);
VOID WdfPdoRequestEject(_In_ WDFDEVICE Device);
WDFDEVICE WdfPdoGetParent(_In_ WDFDEVICE Device);
NTSTATUS WdfPdoRetrieveIdentificationDescription(
    _In_ WDFDEVICE Device,
    _Inout_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription);
NTSTATUS WdfPdoRetrieveAddressDescription(
    _In_ WDFDEVICE Device,
    _Inout_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);
NTSTATUS WdfPdoUpdateAddressDescription(
    _In_ WDFDEVICE Device,
    _Inout_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);

WDF_EXTERN_C_END

#endif /* _WDFPDO_H_ */
