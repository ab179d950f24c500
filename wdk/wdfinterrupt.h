/*
 * wdfinterrupt.h - hvcilint's compact stand-in for KMDF interrupt objects.
 * Written for hvcilint from the public KMDF documentation
 * (WDF_INTERRUPT_CONFIG, EVT_WDF_INTERRUPT_*, WdfInterrupt*), not taken
 * from the WDK.  The raw and translated resource descriptors are named by
 * the WDM structure tag; the interrupt policy types and setters
 * (WDF_INTERRUPT_POLICY, WDF_INTERRUPT_PRIORITY,
 * WDF_INTERRUPT_EXTENDED_POLICY) follow their reference pages.  Left out:
 * extended interrupt information.
 */
#pragma once
#ifndef _WDFINTERRUPT_H_
#define _WDFINTERRUPT_H_

#include <wdfobject.h>

WDF_EXTERN_C_START

struct _CM_PARTIAL_RESOURCE_DESCRIPTOR;

typedef BOOLEAN EVT_WDF_INTERRUPT_ISR(_In_ WDFINTERRUPT Interrupt, _In_ ULONG MessageID);
typedef EVT_WDF_INTERRUPT_ISR *PFN_WDF_INTERRUPT_ISR;
typedef BOOLEAN EVT_WDF_INTERRUPT_SYNCHRONIZE(_In_ WDFINTERRUPT Interrupt,
                                              _In_ WDFCONTEXT Context);
typedef EVT_WDF_INTERRUPT_SYNCHRONIZE *PFN_WDF_INTERRUPT_SYNCHRONIZE;
typedef VOID EVT_WDF_INTERRUPT_DPC(_In_ WDFINTERRUPT Interrupt, _In_ WDFOBJECT AssociatedObject);
typedef EVT_WDF_INTERRUPT_DPC *PFN_WDF_INTERRUPT_DPC;
typedef VOID EVT_WDF_INTERRUPT_WORKITEM(_In_ WDFINTERRUPT Interrupt,
                                        _In_ WDFOBJECT AssociatedObject);
typedef EVT_WDF_INTERRUPT_WORKITEM *PFN_WDF_INTERRUPT_WORKITEM;
typedef NTSTATUS EVT_WDF_INTERRUPT_ENABLE(_In_ WDFINTERRUPT Interrupt,
                                          _In_ WDFDEVICE AssociatedDevice);
typedef EVT_WDF_INTERRUPT_ENABLE *PFN_WDF_INTERRUPT_ENABLE;
typedef NTSTATUS EVT_WDF_INTERRUPT_DISABLE(_In_ WDFINTERRUPT Interrupt,
                                           _In_ WDFDEVICE AssociatedDevice);
typedef EVT_WDF_INTERRUPT_DISABLE *PFN_WDF_INTERRUPT_DISABLE;

typedef struct _WDF_INTERRUPT_CONFIG {
    ULONG Size;
    WDFSPINLOCK SpinLock;
    WDF_TRI_STATE ShareVector;
    BOOLEAN FloatingSave;
    BOOLEAN AutomaticSerialization;
    PFN_WDF_INTERRUPT_ISR EvtInterruptIsr;
    PFN_WDF_INTERRUPT_DPC EvtInterruptDpc;
    PFN_WDF_INTERRUPT_ENABLE EvtInterruptEnable;
    PFN_WDF_INTERRUPT_DISABLE EvtInterruptDisable;
    PFN_WDF_INTERRUPT_WORKITEM EvtInterruptWorkItem;
    struct _CM_PARTIAL_RESOURCE_DESCRIPTOR *InterruptRaw;
    struct _CM_PARTIAL_RESOURCE_DESCRIPTOR *InterruptTranslated;
    WDFWAITLOCK WaitLock;
    BOOLEAN PassiveHandling;
    WDF_TRI_STATE ReportInactiveOnPowerDown;
    BOOLEAN CanWakeDevice;
} WDF_INTERRUPT_CONFIG, *PWDF_INTERRUPT_CONFIG;

FORCEINLINE VOID WDF_INTERRUPT_CONFIG_INIT(_Out_ PWDF_INTERRUPT_CONFIG Configuration,
                                           _In_ PFN_WDF_INTERRUPT_ISR EvtInterruptIsr,
                                           _In_opt_ PFN_WDF_INTERRUPT_DPC EvtInterruptDpc)
{
    RtlZeroMemory(Configuration, sizeof(WDF_INTERRUPT_CONFIG));
    Configuration->Size = sizeof(WDF_INTERRUPT_CONFIG);
    Configuration->ShareVector = WdfUseDefault;
    Configuration->EvtInterruptIsr = EvtInterruptIsr;
    Configuration->EvtInterruptDpc = EvtInterruptDpc;
    Configuration->ReportInactiveOnPowerDown = WdfUseDefault;
}

typedef enum _WDF_INTERRUPT_POLARITY {
    WdfInterruptPolarityUnknown = 0,
    WdfInterruptActiveHigh,
    WdfInterruptActiveLow
} WDF_INTERRUPT_POLARITY, *PWDF_INTERRUPT_POLARITY;

typedef struct _WDF_INTERRUPT_INFO {
    ULONG Size;
    PHYSICAL_ADDRESS Reserved1;
    KAFFINITY TargetProcessorSet;
    ULONG Reserved2;
    ULONG MessageNumber;
    ULONG Vector;
    KIRQL Irql;
    KINTERRUPT_MODE Mode;
    WDF_INTERRUPT_POLARITY Polarity;
    BOOLEAN MessageSignaled;
    UCHAR ShareDisposition;
    USHORT Group;
} WDF_INTERRUPT_INFO, *PWDF_INTERRUPT_INFO;

NTSTATUS WdfInterruptCreate(_In_ WDFDEVICE Device, _In_ PWDF_INTERRUPT_CONFIG Configuration,
                            _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                            _Out_ WDFINTERRUPT *Interrupt);
BOOLEAN WdfInterruptQueueDpcForIsr(_In_ WDFINTERRUPT Interrupt);
BOOLEAN WdfInterruptQueueWorkItemForIsr(_In_ WDFINTERRUPT Interrupt);
BOOLEAN WdfInterruptSynchronize(_In_ WDFINTERRUPT Interrupt,
                                _In_ PFN_WDF_INTERRUPT_SYNCHRONIZE Callback,
                                _In_ WDFCONTEXT Context);
VOID WdfInterruptAcquireLock(_In_ WDFINTERRUPT Interrupt);
VOID WdfInterruptReleaseLock(_In_ WDFINTERRUPT Interrupt);
BOOLEAN WdfInterruptTryToAcquireLock(_In_ WDFINTERRUPT Interrupt);
VOID WdfInterruptEnable(_In_ WDFINTERRUPT Interrupt);
VOID WdfInterruptDisable(_In_ WDFINTERRUPT Interrupt);

/* Interrupt affinity policy and relative priority (WdfInterruptSetPolicy,
   WdfInterruptSetExtendedPolicy; called from EvtDeviceAdd). */
typedef enum _WDF_INTERRUPT_POLICY {
    WdfIrqPolicyMachineDefault = 0,
    WdfIrqPolicyAllCloseProcessors,
    WdfIrqPolicyOneCloseProcessor,
    WdfIrqPolicyAllProcessorsInMachine,
    WdfIrqPolicySpecifiedProcessors,
    WdfIrqPolicySpreadMessagesAcrossAllProcessors
} WDF_INTERRUPT_POLICY, *PWDF_INTERRUPT_POLICY;

typedef enum _WDF_INTERRUPT_PRIORITY {
    WdfIrqPriorityUndefined = 0,
    WdfIrqPriorityLow,
    WdfIrqPriorityNormal,
    WdfIrqPriorityHigh
} WDF_INTERRUPT_PRIORITY, *PWDF_INTERRUPT_PRIORITY;

typedef struct _WDF_INTERRUPT_EXTENDED_POLICY {
    ULONG Size;
    WDF_INTERRUPT_POLICY Policy;
    WDF_INTERRUPT_PRIORITY Priority;
    GROUP_AFFINITY TargetProcessorSetAndGroup;
} WDF_INTERRUPT_EXTENDED_POLICY, *PWDF_INTERRUPT_EXTENDED_POLICY;

FORCEINLINE VOID WDF_INTERRUPT_EXTENDED_POLICY_INIT(
    _Out_ PWDF_INTERRUPT_EXTENDED_POLICY ExtendedPolicy)
{
    RtlZeroMemory(ExtendedPolicy, sizeof(WDF_INTERRUPT_EXTENDED_POLICY));
    ExtendedPolicy->Size = sizeof(WDF_INTERRUPT_EXTENDED_POLICY);
    ExtendedPolicy->Policy = WdfIrqPolicyMachineDefault;
    ExtendedPolicy->Priority = WdfIrqPriorityUndefined;
}
VOID WdfInterruptSetPolicy(_In_ WDFINTERRUPT Interrupt, _In_ WDF_INTERRUPT_POLICY Policy,
                           _In_ WDF_INTERRUPT_PRIORITY Priority,
                           _In_ KAFFINITY TargetProcessorSet);
VOID WdfInterruptSetExtendedPolicy(_In_ WDFINTERRUPT Interrupt,
                                   _In_ PWDF_INTERRUPT_EXTENDED_POLICY PolicyAndGroup);
VOID WdfInterruptGetInfo(_In_ WDFINTERRUPT Interrupt, _Out_ PWDF_INTERRUPT_INFO Info);
WDFDEVICE WdfInterruptGetDevice(_In_ WDFINTERRUPT Interrupt);
struct _KINTERRUPT *WdfInterruptWdmGetInterrupt(_In_ WDFINTERRUPT Interrupt);
VOID WdfInterruptReportActive(_In_ WDFINTERRUPT Interrupt);
VOID WdfInterruptReportInactive(_In_ WDFINTERRUPT Interrupt);

WDF_EXTERN_C_END

#endif /* _WDFINTERRUPT_H_ */
