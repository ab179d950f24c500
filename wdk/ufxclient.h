/*
 * ufxclient.h - hvcilint's stand-in for the USB function class extension
 * (UFX) client interface used by USB function controller drivers: the
 * UFX device and endpoint handles, the device event callbacks and
 * capabilities, the endpoint initialisation callbacks, the function-side
 * device states and port types, and the UfxXxx methods.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (ufxclient.h and usbfnbase.h sections:
 * UFX_DEVICE_CALLBACKS, UFX_DEVICE_CAPABILITIES, UFX_ENDPOINT_CALLBACKS,
 * UFX_HARDWARE_FAILURE_CONTEXT, the EVT_UFX_DEVICE_* and
 * EVT_UFX_ENDPOINT_* callbacks, USBFN_DEVICE_STATE, USBFN_PORT_TYPE and
 * the UfxFdoInit, UfxDevice* and UfxEndpoint* methods), not taken from
 * the WDK.  The enumerations are numbered from zero in the order of their
 * pages.  UFXENDPOINT_INIT is opaque.  Methods are plain prototypes, as in
 * the KMDF stand-ins here.
 *
 * Left out: the proprietary-charger callbacks and records, the
 * controller-reset and device-terminate callbacks added in later UFX
 * versions, and the usbfnioctl.h requests.
 */
#pragma once
#ifndef HVCILINT_UFXCLIENT_H
#define HVCILINT_UFXCLIENT_H

#include <wdf.h>
#include <usbspec.h>

WDF_EXTERN_C_START

WDF_DECLARE_HANDLE(UFXDEVICE);
WDF_DECLARE_HANDLE(UFXENDPOINT);
typedef struct _UFXENDPOINT_INIT *PUFXENDPOINT_INIT;

typedef enum _USBFN_DEVICE_STATE {
    UsbfnDeviceStateMinimum = 0,
    UsbfnDeviceStateAttached,
    UsbfnDeviceStateDefault,
    UsbfnDeviceStateDetached,
    UsbfnDeviceStateAddressed,
    UsbfnDeviceStateConfigured,
    UsbfnDeviceStateSuspended,
    UsbfnDeviceStateStateMaximum
} USBFN_DEVICE_STATE, *PUSBFN_DEVICE_STATE;

typedef enum _USBFN_PORT_TYPE {
    UsbfnUnknownPort = 0,
    UsbfnStandardDownstreamPort,
    UsbfnChargingDownstreamPort,
    UsbfnDedicatedChargingPort,
    UsbfnInvalidDedicatedChargingPort,
    UsbfnProprietaryDedicatedChargingPort,
    UsbfnPortTypeMaximum
} USBFN_PORT_TYPE, *PUSBFN_PORT_TYPE;

/* ---- device callbacks ------------------------------------------------------ */

typedef VOID EVT_UFX_DEVICE_HOST_CONNECT(_In_ UFXDEVICE Device);
typedef EVT_UFX_DEVICE_HOST_CONNECT *PFN_UFX_DEVICE_HOST_CONNECT;
typedef VOID EVT_UFX_DEVICE_HOST_DISCONNECT(_In_ UFXDEVICE Device);
typedef EVT_UFX_DEVICE_HOST_DISCONNECT *PFN_UFX_DEVICE_HOST_DISCONNECT;
typedef VOID EVT_UFX_DEVICE_ADDRESSED(_In_ UFXDEVICE Device, _In_ USHORT DeviceAddress);
typedef EVT_UFX_DEVICE_ADDRESSED *PFN_UFX_DEVICE_ADDRESSED;
typedef NTSTATUS EVT_UFX_DEVICE_ENDPOINT_ADD(_In_ UFXDEVICE Device,
                                             _In_ const PUSB_ENDPOINT_DESCRIPTOR EndpointDescriptor,
                                             _Inout_ PUFXENDPOINT_INIT EndpointInit);
typedef EVT_UFX_DEVICE_ENDPOINT_ADD *PFN_UFX_DEVICE_ENDPOINT_ADD;
typedef VOID EVT_UFX_DEVICE_DEFAULT_ENDPOINT_ADD(_In_ UFXDEVICE Device,
                                                     _In_ USHORT MaxPacketSize,
                                                     _Inout_ PUFXENDPOINT_INIT EndpointInit);
typedef EVT_UFX_DEVICE_DEFAULT_ENDPOINT_ADD *PFN_UFX_DEVICE_DEFAULT_ENDPOINT_ADD;
typedef VOID EVT_UFX_DEVICE_USB_STATE_CHANGE(_In_ UFXDEVICE Device, _In_ USBFN_DEVICE_STATE NewState);
typedef EVT_UFX_DEVICE_USB_STATE_CHANGE *PFN_UFX_DEVICE_USB_STATE_CHANGE;
typedef VOID EVT_UFX_DEVICE_PORT_CHANGE(_In_ UFXDEVICE Device, _In_ USBFN_PORT_TYPE NewPort);
typedef EVT_UFX_DEVICE_PORT_CHANGE *PFN_UFX_DEVICE_PORT_CHANGE;
typedef VOID EVT_UFX_DEVICE_PORT_DETECT(_In_ UFXDEVICE Device);
typedef EVT_UFX_DEVICE_PORT_DETECT *PFN_UFX_DEVICE_PORT_DETECT;
typedef VOID EVT_UFX_DEVICE_REMOTE_WAKEUP_SIGNAL(_In_ UFXDEVICE Device);
typedef EVT_UFX_DEVICE_REMOTE_WAKEUP_SIGNAL *PFN_UFX_DEVICE_REMOTE_WAKEUP_SIGNAL;
typedef VOID EVT_UFX_DEVICE_TEST_MODE_SET(_In_ UFXDEVICE Device, _In_ ULONG TestMode);
typedef EVT_UFX_DEVICE_TEST_MODE_SET *PFN_UFX_DEVICE_TEST_MODE_SET;
typedef VOID EVT_UFX_DEVICE_SUPER_SPEED_POWER_FEATURE(_In_ UFXDEVICE Device, _In_ USHORT Feature,
                                                      _In_ BOOLEAN Set);
typedef EVT_UFX_DEVICE_SUPER_SPEED_POWER_FEATURE *PFN_UFX_DEVICE_SUPER_SPEED_POWER_FEATURE;

typedef struct _UFX_DEVICE_CALLBACKS {
    ULONG Size;
    PFN_UFX_DEVICE_HOST_CONNECT EvtDeviceHostConnect;
    PFN_UFX_DEVICE_HOST_DISCONNECT EvtDeviceHostDisconnect;
    PFN_UFX_DEVICE_ADDRESSED EvtDeviceAddressed;
    PFN_UFX_DEVICE_ENDPOINT_ADD EvtDeviceEndpointAdd;
    PFN_UFX_DEVICE_DEFAULT_ENDPOINT_ADD EvtDeviceDefaultEndpointAdd;
    PFN_UFX_DEVICE_USB_STATE_CHANGE EvtDeviceUsbStateChange;
    PFN_UFX_DEVICE_PORT_CHANGE EvtDevicePortChange;
    PFN_UFX_DEVICE_PORT_DETECT EvtDevicePortDetect;
    PFN_UFX_DEVICE_REMOTE_WAKEUP_SIGNAL EvtDeviceRemoteWakeupSignal;
    PFN_UFX_DEVICE_TEST_MODE_SET EvtDeviceTestModeSet;
    PFN_UFX_DEVICE_SUPER_SPEED_POWER_FEATURE EvtDeviceSuperSpeedPowerFeature;
} UFX_DEVICE_CALLBACKS, *PUFX_DEVICE_CALLBACKS;

FORCEINLINE VOID UFX_DEVICE_CALLBACKS_INIT(_Out_ PUFX_DEVICE_CALLBACKS Callbacks)
{
    RtlZeroMemory(Callbacks, sizeof(UFX_DEVICE_CALLBACKS));
    Callbacks->Size = sizeof(UFX_DEVICE_CALLBACKS);
}

typedef struct _UFX_DEVICE_CAPABILITIES {
    ULONG Size;
    USB_DEVICE_SPEED MaxSpeed;
    ULONG RemoteWakeSignalDelay;
    USHORT InEndpointBitmap;
    USHORT OutEndpointBitmap;
} UFX_DEVICE_CAPABILITIES, *PUFX_DEVICE_CAPABILITIES;

FORCEINLINE VOID UFX_DEVICE_CAPABILITIES_INIT(_Out_ PUFX_DEVICE_CAPABILITIES Capabilities)
{
    RtlZeroMemory(Capabilities, sizeof(UFX_DEVICE_CAPABILITIES));
    Capabilities->Size = sizeof(UFX_DEVICE_CAPABILITIES);
}

typedef struct _UFX_HARDWARE_FAILURE_CONTEXT {
    ULONG Size;
    ULONG ExceptionCode;
    ULONG Data[ANYSIZE_ARRAY];
} UFX_HARDWARE_FAILURE_CONTEXT, *PUFX_HARDWARE_FAILURE_CONTEXT;

/* ---- endpoint callbacks ------------------------------------------------------ */

typedef VOID EVT_UFX_ENDPOINT_RESET(_In_ UFXENDPOINT Endpoint);
typedef EVT_UFX_ENDPOINT_RESET *PFN_UFX_ENDPOINT_RESET;

typedef struct _UFX_ENDPOINT_CALLBACKS {
    ULONG Size;
    PFN_UFX_ENDPOINT_RESET EvtEndpointReset;
} UFX_ENDPOINT_CALLBACKS, *PUFX_ENDPOINT_CALLBACKS;

FORCEINLINE VOID UFX_ENDPOINT_CALLBACKS_INIT(_Out_ PUFX_ENDPOINT_CALLBACKS Callbacks)
{
    RtlZeroMemory(Callbacks, sizeof(UFX_ENDPOINT_CALLBACKS));
    Callbacks->Size = sizeof(UFX_ENDPOINT_CALLBACKS);
}

/* ---- methods ------------------------------------------------------------------- */

NTSTATUS UfxFdoInit(_In_ WDFDRIVER WdfDriver, _Inout_ PWDFDEVICE_INIT DeviceInit,
                    _Inout_ PWDF_OBJECT_ATTRIBUTES FdoAttributes);
NTSTATUS UfxDeviceCreate(_In_ WDFDEVICE WdfDevice, _In_ PUFX_DEVICE_CALLBACKS Callbacks,
                         _In_ PUFX_DEVICE_CAPABILITIES DeviceCapabilities,
                         _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes, _Out_ UFXDEVICE *UfxDevice);
VOID UfxDeviceNotifyHardwareReady(_In_ UFXDEVICE UfxDevice);
VOID UfxDeviceNotifyAttach(_In_ UFXDEVICE UfxDevice);
VOID UfxDeviceNotifyDetach(_In_ UFXDEVICE UfxDevice);
VOID UfxDeviceNotifyReset(_In_ UFXDEVICE UfxDevice, _In_ USB_DEVICE_SPEED DeviceSpeed);
VOID UfxDeviceNotifySuspend(_In_ UFXDEVICE UfxDevice);
VOID UfxDeviceNotifyResume(_In_ UFXDEVICE UfxDevice);
VOID UfxDeviceNotifyHardwareFailure(_In_ UFXDEVICE UfxDevice,
                                    _In_opt_ PUFX_HARDWARE_FAILURE_CONTEXT HardwareFailureContext);
VOID UfxDeviceEventComplete(_In_ UFXDEVICE UfxDevice, _In_ NTSTATUS Status);
VOID UfxDevicePortDetectComplete(_In_ UFXDEVICE UfxDevice, _In_ USBFN_PORT_TYPE PortType);
BOOLEAN UfxDeviceIoControl(_In_ UFXDEVICE UfxDevice, _In_ WDFREQUEST Request,
                           _In_ size_t OutputBufferLength, _In_ size_t InputBufferLength,
                           _In_ ULONG IoControlCode);
BOOLEAN UfxDeviceIoInternalControl(_In_ UFXDEVICE UfxDevice, _In_ WDFREQUEST Request,
                                   _In_ size_t OutputBufferLength, _In_ size_t InputBufferLength,
                                   _In_ ULONG IoControlCode);
NTSTATUS UfxEndpointCreate(_In_ UFXDEVICE UfxDevice, _Inout_ PUFXENDPOINT_INIT EndpointInit,
                           _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                           _In_ PWDF_IO_QUEUE_CONFIG TransferQueueConfig,
                           _In_opt_ PWDF_OBJECT_ATTRIBUTES TransferQueueAttributes,
                           _In_ PWDF_IO_QUEUE_CONFIG CommandQueueConfig,
                           _In_opt_ PWDF_OBJECT_ATTRIBUTES CommandQueueAttributes,
                           _Out_ UFXENDPOINT *UfxEndpoint);
VOID UfxEndpointInitSetEventCallbacks(_Inout_ PUFXENDPOINT_INIT EndpointInit,
                                      _In_ PUFX_ENDPOINT_CALLBACKS Callbacks);
WDFQUEUE UfxEndpointGetTransferQueue(_In_ UFXENDPOINT UfxEndpoint);
WDFQUEUE UfxEndpointGetCommandQueue(_In_ UFXENDPOINT UfxEndpoint);
VOID UfxEndpointNotifySetup(_In_ UFXENDPOINT UfxEndpoint,
                            _In_ PUSB_DEFAULT_PIPE_SETUP_PACKET SetupPacket);

WDF_EXTERN_C_END

#endif /* HVCILINT_UFXCLIENT_H */
