/*
 * mbbcx.h - hvcilint's compact stand-in for the Mobile Broadband WDF class
 * extension (MBBCx).  Written for hvcilint from Microsoft's public
 * documentation (learn.microsoft.com, mbbcx.h reference), not taken from
 * the WDK.
 *
 * Declares: the MBBREQUEST handle, DSS_SESSION_ID, the MBIM version
 * enumerations, the client callbacks and MBB_DEVICE_CONFIG, the MBIM
 * parameters and wake capabilities with their INIT helpers, and the
 * MbbDeviceXxx, MbbAdapterXxx and MbbRequestXxx methods.  It builds on the
 * NetAdapterCx stand-ins (netadaptercx.h).  Left out: the wake-reason
 * report and the UMDF-only pieces.
 */
#pragma once
#ifndef _HVCI_MBBCX_H_
#define _HVCI_MBBCX_H_

#include <netadaptercx.h>

WDF_EXTERN_C_START

WDF_DECLARE_HANDLE(MBBREQUEST);

typedef ULONG DSS_SESSION_ID;

typedef enum _MBB_MBIM_VERSION {
    MbbMbimVersionInvalid = 0,
    MbbMbimVersion1Dot0 = 1,
    MbbMbimVersion1Dot0Errata = 2
} MBB_MBIM_VERSION;

typedef enum _MBB_MBIM_EXTENDED_VERSION {
    MbbMbimExtendedVersionInvalid = 0,
    MbbMbimExtendedVersion1Dot0 = 1,
    MbbMbimExtendedVersion2Dot0 = 2,
    MbbMbimExtendedVersion3Dot0 = 3,
    MbbMbimExtendedVersion4Dot0 = 4
} MBB_MBIM_EXTENDED_VERSION;

typedef _Function_class_(EVT_MBB_DEVICE_SEND_MBIM_FRAGMENT)
VOID EVT_MBB_DEVICE_SEND_MBIM_FRAGMENT(_In_ WDFDEVICE Device, _In_ MBBREQUEST SendRequest);
typedef EVT_MBB_DEVICE_SEND_MBIM_FRAGMENT *PFN_MBB_DEVICE_SEND_MBIM_FRAGMENT;

typedef _Function_class_(EVT_MBB_DEVICE_RECEIVE_MBIM_FRAGMENT)
VOID EVT_MBB_DEVICE_RECEIVE_MBIM_FRAGMENT(_In_ WDFDEVICE Device,
                                          _In_ MBBREQUEST ReceiveRequest);
typedef EVT_MBB_DEVICE_RECEIVE_MBIM_FRAGMENT *PFN_MBB_DEVICE_RECEIVE_MBIM_FRAGMENT;

typedef _Function_class_(EVT_MBB_DEVICE_SEND_DEVICE_SERVICE_SESSION_DATA)
VOID EVT_MBB_DEVICE_SEND_DEVICE_SERVICE_SESSION_DATA(_In_ WDFDEVICE Device,
                                                     _In_ DSS_SESSION_ID SessionId,
                                                     _In_ WDFMEMORY Data);
typedef EVT_MBB_DEVICE_SEND_DEVICE_SERVICE_SESSION_DATA
    *PFN_MBB_DEVICE_SEND_DEVICE_SERVICE_SESSION_DATA;

typedef _Function_class_(EVT_MBB_DEVICE_CREATE_ADAPTER)
NTSTATUS EVT_MBB_DEVICE_CREATE_ADAPTER(_In_ WDFDEVICE Device,
                                       _In_ NETADAPTER_INIT *AdapterInit);
typedef EVT_MBB_DEVICE_CREATE_ADAPTER *PFN_MBB_DEVICE_CREATE_ADAPTER;

typedef struct _MBB_DEVICE_CONFIG {
    ULONG Size;
    PFN_MBB_DEVICE_SEND_MBIM_FRAGMENT SendMbimFragment;
    PFN_MBB_DEVICE_RECEIVE_MBIM_FRAGMENT ReceiveMbimFragment;
    PFN_MBB_DEVICE_SEND_DEVICE_SERVICE_SESSION_DATA SendDeviceServiceSessionData;
    PFN_MBB_DEVICE_CREATE_ADAPTER CreateAdapter;
} MBB_DEVICE_CONFIG, *PMBB_DEVICE_CONFIG;

FORCEINLINE VOID MBB_DEVICE_CONFIG_INIT(
    _Out_ PMBB_DEVICE_CONFIG Config, _In_ PFN_MBB_DEVICE_SEND_MBIM_FRAGMENT SendMbimFragment,
    _In_ PFN_MBB_DEVICE_RECEIVE_MBIM_FRAGMENT ReceiveMbimFragment,
    _In_ PFN_MBB_DEVICE_SEND_DEVICE_SERVICE_SESSION_DATA SendDeviceServiceSessionData,
    _In_ PFN_MBB_DEVICE_CREATE_ADAPTER CreateAdapter)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
    Config->SendMbimFragment = SendMbimFragment;
    Config->ReceiveMbimFragment = ReceiveMbimFragment;
    Config->SendDeviceServiceSessionData = SendDeviceServiceSessionData;
    Config->CreateAdapter = CreateAdapter;
}

typedef struct _MBB_DEVICE_MBIM_PARAMETERS {
    ULONG Size;
    MBB_MBIM_VERSION Version;
    ULONG MaximumFragmentSize;
    MBB_MBIM_EXTENDED_VERSION MbimExtendedVersion;
} MBB_DEVICE_MBIM_PARAMETERS, *PMBB_DEVICE_MBIM_PARAMETERS;

FORCEINLINE VOID MBB_DEVICE_MBIM_PARAMETERS_INIT(
    _Out_ PMBB_DEVICE_MBIM_PARAMETERS MbimParameters, _In_ MBB_MBIM_VERSION Version,
    _In_ ULONG MaximumFragmentSize, _In_ MBB_MBIM_EXTENDED_VERSION ExtendedVersion)
{
    RtlZeroMemory(MbimParameters, sizeof(*MbimParameters));
    MbimParameters->Size = sizeof(*MbimParameters);
    MbimParameters->Version = Version;
    MbimParameters->MaximumFragmentSize = MaximumFragmentSize;
    MbimParameters->MbimExtendedVersion = ExtendedVersion;
}

typedef struct _MBB_DEVICE_WAKE_CAPABILITIES {
    ULONG Size;
    BOOLEAN RegisterState;
    BOOLEAN SmsReceive;
    BOOLEAN UssdReceive;
    BOOLEAN PacketState;
    BOOLEAN UiccChange;
} MBB_DEVICE_WAKE_CAPABILITIES, *PMBB_DEVICE_WAKE_CAPABILITIES;

FORCEINLINE VOID MBB_DEVICE_WAKE_CAPABILITIES_INIT(
    _Out_ PMBB_DEVICE_WAKE_CAPABILITIES WakeCapabilities)
{
    RtlZeroMemory(WakeCapabilities, sizeof(*WakeCapabilities));
    WakeCapabilities->Size = sizeof(*WakeCapabilities);
}

NTSTATUS MbbDeviceInitConfig(_Inout_ PWDFDEVICE_INIT DeviceInit);
NTSTATUS MbbDeviceInitialize(_In_ WDFDEVICE Device, _In_ MBB_DEVICE_CONFIG const *Config);
VOID MbbDeviceSetMbimParameters(_In_ WDFDEVICE Device,
                                _In_ MBB_DEVICE_MBIM_PARAMETERS const *MbimParameters);
VOID MbbDeviceSetWakeCapabilities(_In_ WDFDEVICE Device,
                                  _In_ MBB_DEVICE_WAKE_CAPABILITIES const *WakeCapabilities);
VOID MbbDeviceResponseAvailable(_In_ WDFDEVICE Device);
VOID MbbDeviceReceiveDeviceServiceSessionData(_In_ WDFDEVICE Device,
                                              _In_ DSS_SESSION_ID SessionId,
                                              _In_ WDFMEMORY Data);
VOID MbbDeviceSendDeviceServiceSessionDataComplete(_In_ WDFMEMORY Data, _In_ NTSTATUS Status);
NTSTATUS MbbAdapterInitialize(_In_ NETADAPTER Adapter);
ULONG MbbAdapterGetSessionId(_In_ NETADAPTER Adapter);
PVOID MbbRequestGetBuffer(_In_ MBBREQUEST Request, _Out_opt_ size_t *BufferSize);
VOID MbbRequestComplete(_In_ MBBREQUEST Request, _In_ NTSTATUS NtStatus);
VOID MbbRequestCompleteWithInformation(_In_ MBBREQUEST Request, _In_ NTSTATUS NtStatus,
                                       _In_ size_t Information);
const GUID *MbbRequestGetCorrelationId(_In_ MBBREQUEST Request);

WDF_EXTERN_C_END

#endif /* _HVCI_MBBCX_H_ */
