/*
 * netdevice.h - hvcilint's compact stand-in for the NetAdapterCx device
 * interface.  Written for hvcilint from Microsoft's public documentation
 * (learn.microsoft.com, netdevice.h reference), not taken from the WDK.
 *
 * Declares: NetDeviceInitConfig, NetDeviceOpenConfiguration, the
 * power-policy event callbacks (wake-source and power-offload previews)
 * with their INIT helper, the device reset configuration and
 * NetDeviceGetWakeSourceList.  Left out: the power-offload list queries.
 */
#pragma once
#ifndef _HVCI_NETDEVICE_H_
#define _HVCI_NETDEVICE_H_

#include <netadapter.h>
#include <netwakesource.h>

WDF_EXTERN_C_START

WDF_DECLARE_HANDLE(NETPOWEROFFLOAD);

typedef _Function_class_(EVT_NET_DEVICE_PREVIEW_WAKE_SOURCE)
NTSTATUS EVT_NET_DEVICE_PREVIEW_WAKE_SOURCE(_In_ WDFDEVICE Device,
                                            _In_ NETWAKESOURCE WakeSource);
typedef EVT_NET_DEVICE_PREVIEW_WAKE_SOURCE *PFN_NET_DEVICE_PREVIEW_WAKE_SOURCE;

typedef _Function_class_(EVT_NET_DEVICE_PREVIEW_POWER_OFFLOAD)
NTSTATUS EVT_NET_DEVICE_PREVIEW_POWER_OFFLOAD(_In_ WDFDEVICE Device,
                                              _In_ NETPOWEROFFLOAD PowerOffload);
typedef EVT_NET_DEVICE_PREVIEW_POWER_OFFLOAD *PFN_NET_DEVICE_PREVIEW_POWER_OFFLOAD;

typedef struct _NET_DEVICE_POWER_POLICY_EVENT_CALLBACKS {
    ULONG Size;
    PFN_NET_DEVICE_PREVIEW_WAKE_SOURCE EvtDevicePreviewBitmapPattern;
    PFN_NET_DEVICE_PREVIEW_POWER_OFFLOAD EvtDevicePreviewPowerOffload;
} NET_DEVICE_POWER_POLICY_EVENT_CALLBACKS;

FORCEINLINE VOID NET_DEVICE_POWER_POLICY_EVENT_CALLBACKS_INIT(
    _Out_ NET_DEVICE_POWER_POLICY_EVENT_CALLBACKS *Callbacks)
{
    RtlZeroMemory(Callbacks, sizeof(*Callbacks));
    Callbacks->Size = sizeof(*Callbacks);
}

typedef _Function_class_(EVT_NET_DEVICE_RESET)
VOID EVT_NET_DEVICE_RESET(_In_ WDFDEVICE Device);
typedef EVT_NET_DEVICE_RESET *PFN_NET_DEVICE_RESET;

typedef struct _NET_DEVICE_RESET_CONFIG {
    ULONG Size;
    PFN_NET_DEVICE_RESET EvtDeviceReset;
} NET_DEVICE_RESET_CONFIG;

FORCEINLINE VOID NET_DEVICE_RESET_CONFIG_INIT(_Out_ NET_DEVICE_RESET_CONFIG *Config,
                                              _In_ PFN_NET_DEVICE_RESET EvtDeviceReset)
{
    RtlZeroMemory(Config, sizeof(*Config));
    Config->Size = sizeof(*Config);
    Config->EvtDeviceReset = EvtDeviceReset;
}

NTSTATUS NetDeviceInitConfig(_Inout_ PWDFDEVICE_INIT DeviceInit);
VOID NetDeviceInitSetPowerPolicyEventCallbacks(
    _Inout_ PWDFDEVICE_INIT DeviceInit,
    _In_ NET_DEVICE_POWER_POLICY_EVENT_CALLBACKS const *Callbacks);
VOID NetDeviceInitSetResetConfig(_Inout_ PWDFDEVICE_INIT DeviceInit,
                                 _In_ NET_DEVICE_RESET_CONFIG *ResetConfig);
NTSTATUS NetDeviceOpenConfiguration(_In_ WDFDEVICE Device,
                                    _In_opt_ WDF_OBJECT_ATTRIBUTES *ConfigurationAttributes,
                                    _Out_ NETCONFIGURATION *Configuration);
VOID NetDeviceGetWakeSourceList(_In_ WDFDEVICE Device, _Inout_ NET_WAKE_SOURCE_LIST *List);

WDF_EXTERN_C_END

#endif /* _HVCI_NETDEVICE_H_ */
