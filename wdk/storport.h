/*
 * storport.h - hvcilint's compact stand-in for the Storport header.
 *
 * Written for hvcilint from public facts (hvci-facts.md 2.6, 2.8), not
 * taken from the WDK.  Unlike the real header it includes wdm.h (so it
 * can be used together with ntddk.h); the system-address helpers are plain
 * prototypes instead of inline calls of StorPortExtendedFunction.
 *
 * The request blocks (SCSI_REQUEST_BLOCK, STORAGE_REQUEST_BLOCK) and the
 * SRB_* values come from srb.h, which this header includes; it also
 * includes scsi.h, whose CDB and SENSE_DATA miniports use without
 * including it themselves.
 *
 * The miniport callback types, Storport DPCs and spin locks and the
 * scatter/gather list are in storport_mp.h, which this header includes at
 * its end.
 *
 * Also the further STOR_STATUS_* codes, the FeatureSupport, DumpMode and
 * MapBuffers values of the port configuration, RAID_SYSTEM_POWER with
 * STOR_SYSTEM_POWER_HINTS, and the power-control parameter structures
 * (STOR_POWER_CONTROL_HEADER, STOR_POWER_SETTING_INFO,
 * STOR_ADAPTER/UNIT_CONTROL_POWER, STOR_POFX_*_CONTEXT,
 * STOR_POFX_UNIT_POWER_INFO): layouts and enum order from their
 * storport.h reference pages, numbers from public copies of the header
 * (MinGW-w64 / ReactOS ddk).
 *
 * Left out: HW_INITIALIZATION_DATA, notifications, DMA, perf
 * (STOR_PERF_*), the STOR_POFX_DEVICE structures and STOR_FEATURE_* bits.
 */
#pragma once
#ifndef _NTSTORPORT_
#define _NTSTORPORT_

#include <wdm.h>
#include <srb.h>
#include <scsi.h>

#ifdef __cplusplus
extern "C" {
#endif

#define STORPORT_API DECLSPEC_IMPORT

typedef ULONG STOR_STATUS;
#define STOR_STATUS_SUCCESS                0x00000000
#define STOR_STATUS_UNSUCCESSFUL           0xC1000001
#define STOR_STATUS_NOT_IMPLEMENTED        0xC1000002
#define STOR_STATUS_INSUFFICIENT_RESOURCES 0xC1000003
#define STOR_STATUS_BUFFER_TOO_SMALL       0xC1000004
#define STOR_STATUS_ACCESS_DENIED          0xC1000005
#define STOR_STATUS_INVALID_PARAMETER      0xC1000006
#define STOR_STATUS_INVALID_DEVICE_REQUEST 0xC1000007
#define STOR_STATUS_INVALID_IRQL           0xC1000008
#define STOR_STATUS_INVALID_DEVICE_STATE   0xC1000009
#define STOR_STATUS_INVALID_BUFFER_SIZE    0xC100000A
#define STOR_STATUS_UNSUPPORTED_VERSION    0xC100000B
#define STOR_STATUS_BUSY                   0xC100000C

typedef PHYSICAL_ADDRESS STOR_PHYSICAL_ADDRESS, *PSTOR_PHYSICAL_ADDRESS;

/* SCSI_REQUEST_BLOCK, STORAGE_REQUEST_BLOCK and the SRB_* values: srb.h. */

/* System addresses of request buffers (listed in the HVCI guidance; why is
   unconfirmed).  Srb is PVOID so SCSI and STORAGE request blocks both fit. */
STORPORT_API ULONG NTAPI StorPortGetSystemAddress(
    _In_ PVOID HwDeviceExtension,
    _In_ PVOID Srb,
    _Out_ PVOID *SystemAddress);
STORPORT_API ULONG NTAPI StorPortGetDataInBufferSystemAddress(
    _In_ PVOID HwDeviceExtension,
    _In_ PVOID Srb,
    _Out_ PVOID *SystemAddress);

/* Memory (CacheType, index 5, for the contiguous / DMA allocators). */
STORPORT_API ULONG NTAPI StorPortAllocatePool(
    _In_ PVOID HwDeviceExtension,
    _In_ ULONG NumberOfBytes,
    _In_ ULONG Tag,
    _Out_ PVOID *BufferPointer);
STORPORT_API ULONG NTAPI StorPortFreePool(
    _In_ PVOID HwDeviceExtension,
    _In_ PVOID BufferPointer);
STORPORT_API ULONG NTAPI StorPortAllocateContiguousMemorySpecifyCacheNode(
    _In_ PVOID HwDeviceExtension,
    _In_ SIZE_T NumberOfBytes,
    _In_ PHYSICAL_ADDRESS LowestAcceptableAddress,
    _In_ PHYSICAL_ADDRESS HighestAcceptableAddress,
    _In_opt_ PHYSICAL_ADDRESS BoundaryAddressMultiple,
    _In_ MEMORY_CACHING_TYPE CacheType,
    _In_ NODE_REQUIREMENT PreferredNode,
    _Out_ PVOID *BufferPointer);
STORPORT_API ULONG NTAPI StorPortFreeContiguousMemorySpecifyCache(
    _In_ PVOID HwDeviceExtension,
    _In_ PVOID BaseAddress,
    _In_ SIZE_T NumberOfBytes,
    _In_ MEMORY_CACHING_TYPE CacheType);
STORPORT_API ULONG NTAPI StorPortAllocateDmaMemory(
    _In_ PVOID HwDeviceExtension,
    _In_ SIZE_T NumberOfBytes,
    _In_ PHYSICAL_ADDRESS LowestAcceptableAddress,
    _In_ PHYSICAL_ADDRESS HighestAcceptableAddress,
    _In_opt_ PHYSICAL_ADDRESS BoundaryAddressMultiple,
    _In_ MEMORY_CACHING_TYPE CacheType,
    _In_ NODE_REQUIREMENT PreferredNode,
    _Out_ PVOID *BufferPointer,
    _Out_ PPHYSICAL_ADDRESS PhysicalAddress);

STORPORT_API STOR_PHYSICAL_ADDRESS NTAPI StorPortGetPhysicalAddress(
    _In_ PVOID HwDeviceExtension,
    _In_opt_ PSCSI_REQUEST_BLOCK Srb,
    _In_ PVOID VirtualAddress,
    _Out_ ULONG *Length);
STORPORT_API VOID __HVCI_CDECL StorPortNotification(_In_ ULONG NotificationType,
                                                    _In_ PVOID HwDeviceExtension, ...);
STORPORT_API VOID __HVCI_CDECL StorPortDebugPrint(_In_ ULONG DebugPrintLevel,
                                                  _In_ PCSTR DebugMessage, ...);


/* PORT_CONFIGURATION_INFORMATION.FeatureSupport bits. */
#define STOR_ADAPTER_FEATURE_DEVICE_TELEMETRY               0x00000001
#define STOR_ADAPTER_FEATURE_STOP_UNIT_DURING_POWER_DOWN    0x00000002
#define STOR_ADAPTER_UNCACHED_EXTENSION_NUMA_NODE_PREFERRED 0x00000004
#define STOR_ADAPTER_DMA_V3_PREFERRED                       0x00000008
#define STOR_ADAPTER_FEATURE_ABORT_COMMAND                  0x00000010
#define STOR_ADAPTER_FEATURE_RICH_TEMPERATURE_THRESHOLD     0x00000020
#define STOR_ADAPTER_DMA_ADDRESS_WIDTH_SPECIFIED            0x00000040

/* PORT_CONFIGURATION_INFORMATION.DumpMode: why the dump stack runs. */
#define DUMP_MODE_CRASH         0x01
#define DUMP_MODE_HIBER         0x02
#define DUMP_MODE_MARK_MEMORY   0x03
#define DUMP_MODE_RESUME        0x04

/* PORT_CONFIGURATION_INFORMATION.MapBuffers: which data buffers Storport
   maps into system space for the miniport. */
#define STOR_MAP_NO_BUFFERS                        0
#define STOR_MAP_ALL_BUFFERS                       1
#define STOR_MAP_NON_READ_WRITE_BUFFERS            2
#define STOR_MAP_ALL_BUFFERS_INCLUDING_READ_WRITE  3

/* Power control parameters passed to HwStorAdapterControl and
   HwStorUnitControl.  The common header's Address is NULL for the
   adapter and a STOR_ADDRESS for a unit. */
typedef struct _STOR_POWER_CONTROL_HEADER {
    ULONG Version;
    ULONG Size;
    PSTOR_ADDRESS Address;
} STOR_POWER_CONTROL_HEADER, *PSTOR_POWER_CONTROL_HEADER;

/* ScsiPowerSettingNotification: a registered power setting changed. */
typedef struct _STOR_POWER_SETTING_INFO {
    GUID PowerSettingGuid;
    _Field_size_bytes_(ValueLength) PVOID Value;
    ULONG ValueLength;
} STOR_POWER_SETTING_INFO, *PSTOR_POWER_SETTING_INFO;

/* ScsiAdapterPower: the adapter's D-state change. */
typedef struct _STOR_ADAPTER_CONTROL_POWER {
    STOR_POWER_CONTROL_HEADER Header;
    STOR_POWER_ACTION PowerAction;
    STOR_DEVICE_POWER_STATE PowerState;
} STOR_ADAPTER_CONTROL_POWER, *PSTOR_ADAPTER_CONTROL_POWER;

/* ScsiUnitPower: a unit's D-state change. */
typedef struct _STOR_UNIT_CONTROL_POWER {
    PSTOR_ADDRESS Address;
    STOR_POWER_ACTION PowerAction;
    STOR_DEVICE_POWER_STATE PowerState;
} STOR_UNIT_CONTROL_POWER, *PSTOR_UNIT_CONTROL_POWER;

/* System power use hint (ScsiAdapterSystemPowerHints), in documented
   order. */
typedef enum _RAID_SYSTEM_POWER {
    RaidSystemPowerUnknown,
    RaidSystemPowerLowest,
    RaidSystemPowerLow,
    RaidSystemPowerMedium,
    RaidSystemPowerHigh
} RAID_SYSTEM_POWER, *PRAID_SYSTEM_POWER;

#define STOR_SYSTEM_POWER_HINTS_V1 0x1

typedef struct _STOR_SYSTEM_POWER_HINTS {
    ULONG Version;                  /* STOR_SYSTEM_POWER_HINTS_V1 */
    ULONG Size;
    RAID_SYSTEM_POWER SystemPower;
    ULONG ResumeLatencyMSec;
} STOR_SYSTEM_POWER_HINTS, *PSTOR_SYSTEM_POWER_HINTS;

/* Runtime power (PoFx) control parameters. */
typedef struct _STOR_POFX_UNIT_POWER_INFO {
    STOR_POWER_CONTROL_HEADER Header;
    BOOLEAN IdlePowerEnabled;
} STOR_POFX_UNIT_POWER_INFO, *PSTOR_POFX_UNIT_POWER_INFO;

typedef struct _STOR_POFX_POWER_REQUIRED_CONTEXT {
    STOR_POWER_CONTROL_HEADER Header;
    BOOLEAN PowerRequired;
} STOR_POFX_POWER_REQUIRED_CONTEXT, *PSTOR_POFX_POWER_REQUIRED_CONTEXT;

typedef struct _STOR_POFX_ACTIVE_CONTEXT {
    STOR_POWER_CONTROL_HEADER Header;
    ULONG ComponentIndex;
    BOOLEAN Active;
} STOR_POFX_ACTIVE_CONTEXT, *PSTOR_POFX_ACTIVE_CONTEXT;

typedef struct _STOR_POFX_FSTATE_CONTEXT {
    STOR_POWER_CONTROL_HEADER Header;
    ULONG ComponentIndex;
    ULONG FState;
} STOR_POFX_FSTATE_CONTEXT, *PSTOR_POFX_FSTATE_CONTEXT;

#ifdef __cplusplus
} /* extern "C" */
#endif

/* Miniport callback types, DPCs, spin locks, scatter/gather lists. */
#include <storport_mp.h>

#endif /* _NTSTORPORT_ */
