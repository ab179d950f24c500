/*
 * wdmpofx.h - hvcilint's stand-in for the power management framework
 * (PoFx) part of the WDK's wdm.h; wdm.h includes it at its end.
 *
 * Written for hvcilint from the public reference pages of the structures,
 * callback types and PoFx* routines (learn.microsoft.com, wdm.h section),
 * not taken from the WDK.  Only version 1 of the registration structures
 * (PO_FX_DEVICE_V1, PO_FX_COMPONENT_V1) is declared, under the unversioned
 * names as well, as the WDK does when PO_FX_VERSION_V1 drivers build.
 *
 * Left out: PO_FX_DEVICE_V2/V3 and PO_FX_COMPONENT_V2 (performance
 * states), component dependencies, the critical-transition callback, the
 * directed power transition (DFx) routines and PoFxRegisterCrashdumpDevice.
 */
#pragma once
#ifndef HVCILINT_WDMPOFX_H
#define HVCILINT_WDMPOFX_H

#include <wdm.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Opaque handle of one PoFx registration. */
typedef struct _PO_FX_DEVICE_HANDLE *POHANDLE;

#define PO_FX_VERSION_V1 0x00000001
#define PO_FX_VERSION_V2 0x00000002
#define PO_FX_VERSION_V3 0x00000003

/* NominalPower of an Fx state whose consumption PoFx should ignore. */
#define PO_FX_UNKNOWN_POWER 0xFFFFFFFF

/* Flags of PoFxActivateComponent and PoFxIdleComponent (mutually exclusive). */
#define PO_FX_FLAG_BLOCKING   0x00000001
#define PO_FX_FLAG_ASYNC_ONLY 0x00000002

/* Driver callbacks named in PO_FX_DEVICE. */
typedef VOID PO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK(_In_ PVOID Context, _In_ ULONG Component);
typedef PO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK *PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK;

typedef VOID PO_FX_COMPONENT_IDLE_CONDITION_CALLBACK(_In_ PVOID Context, _In_ ULONG Component);
typedef PO_FX_COMPONENT_IDLE_CONDITION_CALLBACK *PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK;

typedef VOID PO_FX_COMPONENT_IDLE_STATE_CALLBACK(_In_ PVOID Context, _In_ ULONG Component,
                                                 _In_ ULONG State);
typedef PO_FX_COMPONENT_IDLE_STATE_CALLBACK *PPO_FX_COMPONENT_IDLE_STATE_CALLBACK;

typedef VOID PO_FX_DEVICE_POWER_REQUIRED_CALLBACK(_In_ PVOID Context);
typedef PO_FX_DEVICE_POWER_REQUIRED_CALLBACK *PPO_FX_DEVICE_POWER_REQUIRED_CALLBACK;

typedef VOID PO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK(_In_ PVOID Context);
typedef PO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK *PPO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK;

typedef NTSTATUS PO_FX_POWER_CONTROL_CALLBACK(_In_ PVOID DeviceContext,
                                              _In_ LPCGUID PowerControlCode,
                                              _In_reads_bytes_opt_(InBufferSize) PVOID InBuffer,
                                              _In_ SIZE_T InBufferSize,
                                              _Out_writes_bytes_opt_(OutBufferSize) PVOID OutBuffer,
                                              _In_ SIZE_T OutBufferSize,
                                              _Out_opt_ PSIZE_T BytesReturned);
typedef PO_FX_POWER_CONTROL_CALLBACK *PPO_FX_POWER_CONTROL_CALLBACK;

/* One Fx state of a component; times in 100 ns units, power in microwatts. */
typedef struct _PO_FX_COMPONENT_IDLE_STATE {
    ULONGLONG TransitionLatency;
    ULONGLONG ResidencyRequirement;
    ULONG NominalPower;
} PO_FX_COMPONENT_IDLE_STATE, *PPO_FX_COMPONENT_IDLE_STATE;

typedef struct _PO_FX_COMPONENT_V1 {
    GUID Id;
    ULONG IdleStateCount;
    ULONG DeepestWakeableIdleState;
    PPO_FX_COMPONENT_IDLE_STATE IdleStates;
} PO_FX_COMPONENT_V1, *PPO_FX_COMPONENT_V1;

typedef struct _PO_FX_DEVICE_V1 {
    ULONG Version;
    ULONG ComponentCount;
    PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK ComponentActiveConditionCallback;
    PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK ComponentIdleConditionCallback;
    PPO_FX_COMPONENT_IDLE_STATE_CALLBACK ComponentIdleStateCallback;
    PPO_FX_DEVICE_POWER_REQUIRED_CALLBACK DevicePowerRequiredCallback;
    PPO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK DevicePowerNotRequiredCallback;
    PPO_FX_POWER_CONTROL_CALLBACK PowerControlCallback;
    PVOID DeviceContext;
    PO_FX_COMPONENT_V1 Components[ANYSIZE_ARRAY];
} PO_FX_DEVICE_V1, *PPO_FX_DEVICE_V1;

typedef PO_FX_COMPONENT_V1 PO_FX_COMPONENT, *PPO_FX_COMPONENT;
typedef PO_FX_DEVICE_V1 PO_FX_DEVICE, *PPO_FX_DEVICE;

/* Registration. */
NTKERNELAPI NTSTATUS NTAPI PoFxRegisterDevice(_In_ PDEVICE_OBJECT Pdo, _In_ PPO_FX_DEVICE Device,
                                              _Out_ POHANDLE *Handle);
NTKERNELAPI VOID NTAPI PoFxStartDevicePowerManagement(_In_ POHANDLE Handle);
NTKERNELAPI VOID NTAPI PoFxUnregisterDevice(_In_ POHANDLE Handle);

/* Component conditions and Fx states. */
NTKERNELAPI VOID NTAPI PoFxActivateComponent(_In_ POHANDLE Handle, _In_ ULONG Component,
                                             _In_ ULONG Flags);
NTKERNELAPI VOID NTAPI PoFxIdleComponent(_In_ POHANDLE Handle, _In_ ULONG Component,
                                         _In_ ULONG Flags);
NTKERNELAPI VOID NTAPI PoFxCompleteIdleState(_In_ POHANDLE Handle, _In_ ULONG Component);
NTKERNELAPI VOID NTAPI PoFxCompleteIdleCondition(_In_ POHANDLE Handle, _In_ ULONG Component);
NTKERNELAPI VOID NTAPI PoFxSetComponentLatency(_In_ POHANDLE Handle, _In_ ULONG Component,
                                               _In_ ULONGLONG Latency);
NTKERNELAPI VOID NTAPI PoFxSetComponentResidency(_In_ POHANDLE Handle, _In_ ULONG Component,
                                                 _In_ ULONGLONG Residency);

/* Device power requirement. */
NTKERNELAPI VOID NTAPI PoFxCompleteDevicePowerNotRequired(_In_ POHANDLE Handle);
NTKERNELAPI VOID NTAPI PoFxReportDevicePoweredOn(_In_ POHANDLE Handle);
NTKERNELAPI VOID NTAPI PoFxSetDeviceIdleTimeout(_In_ POHANDLE Handle,
                                                _In_ ULONGLONG IdleTimeout);

/* Power control requests sent to PoFx. */
NTKERNELAPI NTSTATUS NTAPI PoFxPowerControl(_In_ POHANDLE Handle, _In_ LPCGUID PowerControlCode,
                                            _In_reads_bytes_opt_(InBufferSize) PVOID InBuffer,
                                            _In_ SIZE_T InBufferSize,
                                            _Out_writes_bytes_opt_(OutBufferSize) PVOID OutBuffer,
                                            _In_ SIZE_T OutBufferSize,
                                            _Out_opt_ PSIZE_T BytesReturned);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_WDMPOFX_H */
