/*
 * storport_mp.h - hvcilint's stand-in for the miniport side of the WDK's
 * storport.h: the HwStorXxx callback types a Storport miniport declares
 * its routines with, the adapter and unit control enumerations, Storport
 * DPCs and spin locks, and the scatter/gather list Storport hands to
 * HwStorBuildIo / HwStorStartIo; storport.h includes it at its end.
 *
 * Written for hvcilint from the public reference pages on
 * learn.microsoft.com (storport.h section: HW_FIND_ADAPTER,
 * HW_INITIALIZE, HW_PASSIVE_INITIALIZE_ROUTINE, HW_STARTIO, HW_BUILDIO,
 * HW_INTERRUPT, HW_RESET_BUS, HW_ADAPTER_CONTROL, HW_UNIT_CONTROL,
 * HW_DPC_ROUTINE, HW_TIMER_EX, HW_TRACING_ENABLED, HW_CLEANUP_TRACING,
 * SCSI_ADAPTER_CONTROL_TYPE, SCSI_UNIT_CONTROL_TYPE, STOR_DPC,
 * StorPortInitializeDpc, StorPortIssueDpc, STOR_SPINLOCK,
 * STOR_LOCK_HANDLE, StorPortAcquireSpinLock, StorPortReleaseSpinLock,
 * STOR_SCATTER_GATHER_ELEMENT, STOR_SCATTER_GATHER_LIST,
 * StorPortGetScatterGatherList, DESCRIPTOR_SENSE_DATA in scsi.h), not
 * taken from the WDK.  STOR_DPC and STOR_LOCK_HANDLE are opaque on their
 * pages: the bodies below give them a plausible size (a KDPC and a lock;
 * a lock kind and a queued-lock context) that is not claimed to match.
 * The enumerations are numbered from zero in the order of their pages,
 * STOR_SPINLOCK from one.
 *
 * PORT_CONFIGURATION_INFORMATION and MINIPORT_DUMP_POINTERS are in
 * storport_cfg.h, which this header includes at its end.
 *
 * Left out: HW_INITIALIZATION_DATA (opaque here), StorPortInitialize, the PoFx and power-setting records,
 * and the StorPort* routines not named above.
 */
#pragma once
#ifndef HVCILINT_STORPORT_MP_H
#define HVCILINT_STORPORT_MP_H

#include <storport.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _PORT_CONFIGURATION_INFORMATION *PPORT_CONFIGURATION_INFORMATION;

typedef enum _SCSI_ADAPTER_CONTROL_TYPE {
    ScsiQuerySupportedControlTypes = 0,
    ScsiStopAdapter,
    ScsiRestartAdapter,
    ScsiSetBootConfig,
    ScsiSetRunningConfig,
    ScsiAdapterControlMax,
    MakeAdapterControlTypeSizeOfUlong = 0xffffffff
} SCSI_ADAPTER_CONTROL_TYPE, *PSCSI_ADAPTER_CONTROL_TYPE;

typedef enum _SCSI_ADAPTER_CONTROL_STATUS {
    ScsiAdapterControlSuccess = 0,
    ScsiAdapterControlUnsuccessful
} SCSI_ADAPTER_CONTROL_STATUS, *PSCSI_ADAPTER_CONTROL_STATUS;

typedef enum _SCSI_UNIT_CONTROL_TYPE {
    ScsiQuerySupportedUnitControlTypes = 0,
    ScsiUnitUsage,
    ScsiUnitStart,
    ScsiUnitPower,
    ScsiUnitPoFxPowerInfo,
    ScsiUnitPoFxPowerRequired,
    ScsiUnitPoFxPowerActive,
    ScsiUnitPoFxPowerSetFState,
    ScsiUnitPoFxPowerControl,
    ScsiUnitRemove,
    ScsiUnitSurpriseRemoval,
    ScsiUnitRichDescription,
    ScsiUnitQueryBusType,
    ScsiUnitQueryFruId,
    ScsiUnitControlMax,
    MakeUnitControlTypeSizeOfUlong = 0xffffffff
} SCSI_UNIT_CONTROL_TYPE, *PSCSI_UNIT_CONTROL_TYPE;

typedef enum _SCSI_UNIT_CONTROL_STATUS {
    ScsiUnitControlSuccess = 0,
    ScsiUnitControlUnsuccessful
} SCSI_UNIT_CONTROL_STATUS, *PSCSI_UNIT_CONTROL_STATUS;

/* ---- miniport callbacks --------------------------------------------------- */

typedef ULONG HW_FIND_ADAPTER(_In_ PVOID DeviceExtension, _In_ PVOID HwContext,
                              _In_ PVOID BusInformation, _In_z_ PCHAR ArgumentString,
                              _Inout_ PPORT_CONFIGURATION_INFORMATION ConfigInfo,
                              _In_ PBOOLEAN Reserved3);
typedef HW_FIND_ADAPTER *PHW_FIND_ADAPTER;
typedef BOOLEAN HW_INITIALIZE(_In_ PVOID DeviceExtension);
typedef HW_INITIALIZE *PHW_INITIALIZE;
typedef BOOLEAN HW_PASSIVE_INITIALIZE_ROUTINE(_In_ PVOID DeviceExtension);
typedef HW_PASSIVE_INITIALIZE_ROUTINE *PHW_PASSIVE_INITIALIZE_ROUTINE;
typedef BOOLEAN HW_STARTIO(_In_ PVOID DeviceExtension, _In_ PSCSI_REQUEST_BLOCK Srb);
typedef HW_STARTIO *PHW_STARTIO;
typedef BOOLEAN HW_BUILDIO(_In_ PVOID DeviceExtension, _In_ PSCSI_REQUEST_BLOCK Srb);
typedef HW_BUILDIO *PHW_BUILDIO;
typedef BOOLEAN HW_INTERRUPT(_In_ PVOID DeviceExtension);
typedef HW_INTERRUPT *PHW_INTERRUPT;
typedef BOOLEAN HW_RESET_BUS(_In_ PVOID DeviceExtension, _In_ ULONG PathId);
typedef HW_RESET_BUS *PHW_RESET_BUS;
typedef SCSI_ADAPTER_CONTROL_STATUS HW_ADAPTER_CONTROL(_In_ PVOID DeviceExtension,
                                                       _In_ SCSI_ADAPTER_CONTROL_TYPE ControlType,
                                                       _In_ PVOID Parameters);
typedef HW_ADAPTER_CONTROL *PHW_ADAPTER_CONTROL;
typedef SCSI_UNIT_CONTROL_STATUS HW_UNIT_CONTROL(_In_ PVOID DeviceExtension,
                                                 _In_ SCSI_UNIT_CONTROL_TYPE ControlType,
                                                 _In_ PVOID Parameters);
typedef HW_UNIT_CONTROL *PHW_UNIT_CONTROL;
typedef VOID HW_TIMER_EX(_In_ PVOID DeviceExtension, _In_opt_ PVOID Context);
typedef HW_TIMER_EX *PHW_TIMER_EX;
typedef VOID HW_TRACING_ENABLED(_In_ PVOID HwDeviceExtension, _In_ BOOLEAN Enabled);
typedef HW_TRACING_ENABLED *PHW_TRACING_ENABLED;
typedef VOID HW_CLEANUP_TRACING(_In_ PVOID Arg1);
typedef HW_CLEANUP_TRACING *PHW_CLEANUP_TRACING;

/* ---- Storport DPCs ---------------------------------------------------------- */

typedef struct _STOR_DPC {
    KDPC Dpc;
    KSPIN_LOCK Lock;
} STOR_DPC, *PSTOR_DPC;

typedef VOID HW_DPC_ROUTINE(_In_ PSTOR_DPC Dpc, _In_ PVOID HwDeviceExtension,
                            _In_opt_ PVOID SystemArgument1, _In_opt_ PVOID SystemArgument2);
typedef HW_DPC_ROUTINE *PHW_DPC_ROUTINE;

STORPORT_API VOID NTAPI StorPortInitializeDpc(_In_ PVOID DeviceExtension, _Out_ PSTOR_DPC Dpc,
                                              _In_ PHW_DPC_ROUTINE HwDpcRoutine);
STORPORT_API BOOLEAN NTAPI StorPortIssueDpc(_In_ PVOID DeviceExtension, _In_ PSTOR_DPC Dpc,
                                            _In_opt_ PVOID SystemArgument1,
                                            _In_opt_ PVOID SystemArgument2);

/* ---- Storport spin locks ---------------------------------------------------- */

typedef enum _STOR_SPINLOCK {
    DpcLock = 1,
    StartIoLock,
    InterruptLock,
    ThreadedDpcLock,
    DpcLevelLock
} STOR_SPINLOCK;

typedef struct _STOR_LOCK_HANDLE {
    STOR_SPINLOCK Lock;
    struct {
        struct {
            PVOID Next;
            PVOID Lock;
        } LockQueue;
        KIRQL OldIrql;
    } Context;
} STOR_LOCK_HANDLE, *PSTOR_LOCK_HANDLE;

STORPORT_API VOID NTAPI StorPortAcquireSpinLock(_In_ PVOID DeviceExtension,
                                                _In_ STOR_SPINLOCK SpinLock,
                                                _In_opt_ PVOID LockContext,
                                                _Out_ PSTOR_LOCK_HANDLE LockHandle);
STORPORT_API VOID NTAPI StorPortReleaseSpinLock(_In_ PVOID DeviceExtension,
                                                _Inout_ PSTOR_LOCK_HANDLE LockHandle);

/* ---- scatter/gather lists --------------------------------------------------- */

typedef struct _STOR_SCATTER_GATHER_ELEMENT {
    STOR_PHYSICAL_ADDRESS PhysicalAddress;
    ULONG Length;
    ULONG_PTR Reserved;
} STOR_SCATTER_GATHER_ELEMENT, *PSTOR_SCATTER_GATHER_ELEMENT;

typedef struct _STOR_SCATTER_GATHER_LIST {
    ULONG NumberOfElements;
    ULONG_PTR Reserved;
    STOR_SCATTER_GATHER_ELEMENT List[ANYSIZE_ARRAY];
} STOR_SCATTER_GATHER_LIST, *PSTOR_SCATTER_GATHER_LIST;

STORPORT_API PSTOR_SCATTER_GATHER_LIST NTAPI StorPortGetScatterGatherList(
    _In_ PVOID DeviceExtension, _In_ PSCSI_REQUEST_BLOCK Srb);

#ifdef __cplusplus
} /* extern "C" */
#endif

#include <storport_cfg.h>

#endif /* HVCILINT_STORPORT_MP_H */
