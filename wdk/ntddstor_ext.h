/*
 * ntddstor_ext.h - hvcilint's compact stand-in for more of the ntddstor.h
 * storage structures: the logical block provisioning state a data-set
 * management allocation request returns, the provisioning map resources,
 * the firmware download request, and the physical topology descriptor with
 * its node data, the data-set management (DSM) request and response
 * headers with the offload read/write parameters, tokens and outputs, and
 * the miniport descriptor with the port-driver code set.  ntddstor.h
 * includes it.
 *
 * Written for hvcilint from public facts (the ntddstor.h DDI reference
 * pages on learn.microsoft.com: member order and types), not taken from
 * the WDK.  DEVICE_DATA_SET_LB_PROVISIONING_STATE_V2 has the members of the
 * first version, with the slab offset delta widened to 64 bits.  The
 * DeviceDsmAction_* values (with DeviceDsmActionFlag_NonDestructive set on
 * the nondestructive ones) are those of the DEVICE_DATA_MANAGEMENT_SET_ACTION
 * page; STORAGE_OFFLOAD_* and DEVICE_DSM_FLAG_* values and the token
 * lengths are those the winioctl.h pages give or Microsoft's metadata
 * (windows-sys, Win32::System::Ioctl) publishes; STORAGE_PORT_CODE_SET has
 * the values of its winioctl.h page.  STORAGE_MINIPORT_DESCRIPTOR is laid
 * out as in current headers, with the Flags byte and two reserved bytes.
 *
 * Left out: the firmware information, slot and activate structures; the
 * adapter and device data of the physical topology
 * (STORAGE_PHYSICAL_ADAPTER_DATA, STORAGE_PHYSICAL_DEVICE_DATA) and the
 * enumerations they use; the version constants and flag values of these
 * structures; DSM actions past DeviceDsmAction_Allocation and their
 * DeviceDsmDefinition_* values, DEVICE_DSM_DEFINITION, the notification,
 * LBP-state, tiering and repair parameter blocks, the well-known token
 * patterns.
 */
#pragma once
#ifndef HVCILINT_NTDDSTOR_EXT_H
#define HVCILINT_NTDDSTOR_EXT_H

#include <ntdef.h>

/* ---- Logical block provisioning ------------------------------------------ */
typedef struct _DEVICE_DATA_SET_LB_PROVISIONING_STATE {
    ULONG Size;
    ULONG Version;
    ULONGLONG SlabSizeInBytes;
    ULONG SlabOffsetDeltaInBytes;
    ULONG SlabAllocationBitMapBitCount;
    ULONG SlabAllocationBitMapLength;
    ULONG SlabAllocationBitMap[ANYSIZE_ARRAY];
} DEVICE_DATA_SET_LB_PROVISIONING_STATE, *PDEVICE_DATA_SET_LB_PROVISIONING_STATE,
  DEVICE_DSM_ALLOCATION_OUTPUT, *PDEVICE_DSM_ALLOCATION_OUTPUT;

typedef struct _DEVICE_DATA_SET_LB_PROVISIONING_STATE_V2 {
    ULONG Size;
    ULONG Version;
    ULONGLONG SlabSizeInBytes;
    ULONGLONG SlabOffsetDeltaInBytes;
    ULONG SlabAllocationBitMapBitCount;
    ULONG SlabAllocationBitMapLength;
    ULONG SlabAllocationBitMap[ANYSIZE_ARRAY];
} DEVICE_DATA_SET_LB_PROVISIONING_STATE_V2, *PDEVICE_DATA_SET_LB_PROVISIONING_STATE_V2,
  DEVICE_DSM_ALLOCATION_OUTPUT2, *PDEVICE_DSM_ALLOCATION_OUTPUT2;

typedef struct _STORAGE_LB_PROVISIONING_MAP_RESOURCES {
    ULONG Size;
    ULONG Version;
    UCHAR AvailableMappingResourcesValid : 1;
    UCHAR UsedMappingResourcesValid : 1;
    UCHAR Reserved0 : 6;
    UCHAR Reserved1[3];
    UCHAR AvailableMappingResourcesScope : 2;
    UCHAR UsedMappingResourcesScope : 2;
    UCHAR Reserved2 : 4;
    UCHAR Reserved3[3];
    ULONGLONG AvailableMappingResources;
    ULONGLONG UsedMappingResources;
} STORAGE_LB_PROVISIONING_MAP_RESOURCES, *PSTORAGE_LB_PROVISIONING_MAP_RESOURCES;

/* ---- Firmware download ---------------------------------------------------- */
typedef struct _STORAGE_HW_FIRMWARE_DOWNLOAD {
    ULONG Version;
    ULONG Size;
    ULONG Flags;
    UCHAR Slot;
    UCHAR Reserved[3];
    ULONGLONG Offset;
    ULONGLONG BufferSize;
    UCHAR ImageBuffer[ANYSIZE_ARRAY];
} STORAGE_HW_FIRMWARE_DOWNLOAD, *PSTORAGE_HW_FIRMWARE_DOWNLOAD;

/* ---- Physical topology ---------------------------------------------------- */
typedef struct _STORAGE_PHYSICAL_NODE_DATA {
    ULONG NodeId;
    ULONG AdapterCount;
    ULONG AdapterDataLength;
    ULONG AdapterDataOffset;
    ULONG DeviceCount;
    ULONG DeviceDataLength;
    ULONG DeviceDataOffset;
    ULONG Reserved[3];
} STORAGE_PHYSICAL_NODE_DATA, *PSTORAGE_PHYSICAL_NODE_DATA;

typedef struct _STORAGE_PHYSICAL_TOPOLOGY_DESCRIPTOR {
    ULONG Version;
    ULONG Size;
    ULONG NodeCount;
    ULONG Reserved;
    STORAGE_PHYSICAL_NODE_DATA Node[ANYSIZE_ARRAY];
} STORAGE_PHYSICAL_TOPOLOGY_DESCRIPTOR, *PSTORAGE_PHYSICAL_TOPOLOGY_DESCRIPTOR;

/* ---- Data-set management (IOCTL_STORAGE_MANAGE_DATA_SET_ATTRIBUTES) ------- */
typedef ULONG DEVICE_DATA_MANAGEMENT_SET_ACTION, DEVICE_DSM_ACTION;

#define DeviceDsmActionFlag_NonDestructive  0x80000000

#define DeviceDsmAction_None            0
#define DeviceDsmAction_Trim            1
#define DeviceDsmAction_Notification    (2 | DeviceDsmActionFlag_NonDestructive)
#define DeviceDsmAction_OffloadRead     (3 | DeviceDsmActionFlag_NonDestructive)
#define DeviceDsmAction_OffloadWrite    4
#define DeviceDsmAction_Allocation      (5 | DeviceDsmActionFlag_NonDestructive)

/* Flags of DEVICE_MANAGE_DATA_SET_ATTRIBUTES.Flags. */
#define DEVICE_DSM_FLAG_ENTIRE_DATA_SET_RANGE            0x00000001
#define DEVICE_DSM_FLAG_ALLOCATION_CONSOLIDATEABLE_ONLY  0x40000000
#define DEVICE_DSM_FLAG_TRIM_NOT_FS_ALLOCATED            0x80000000

/* Request header; the parameter block and the ranges follow it. */
typedef struct _DEVICE_MANAGE_DATA_SET_ATTRIBUTES {
    ULONG Size;
    DEVICE_DSM_ACTION Action;
    ULONG Flags;
    ULONG ParameterBlockOffset;
    ULONG ParameterBlockLength;
    ULONG DataSetRangesOffset;
    ULONG DataSetRangesLength;
} DEVICE_MANAGE_DATA_SET_ATTRIBUTES, *PDEVICE_MANAGE_DATA_SET_ATTRIBUTES,
  DEVICE_DSM_INPUT, *PDEVICE_DSM_INPUT;

/* Response header; the action-specific output block follows it. */
typedef struct _DEVICE_MANAGE_DATA_SET_ATTRIBUTES_OUTPUT {
    ULONG Size;
    DEVICE_DSM_ACTION Action;
    ULONG Flags;
    ULONG OperationStatus;
    ULONG ExtendedError;
    ULONG TargetDetailedError;
    ULONG ReservedStatus;
    ULONG OutputBlockOffset;
    ULONG OutputBlockLength;
} DEVICE_MANAGE_DATA_SET_ATTRIBUTES_OUTPUT, *PDEVICE_MANAGE_DATA_SET_ATTRIBUTES_OUTPUT,
  DEVICE_DSM_OUTPUT, *PDEVICE_DSM_OUTPUT;

/* ---- Offload data transfer (ODX) ------------------------------------------ */
#define STORAGE_OFFLOAD_MAX_TOKEN_LENGTH        512
#define STORAGE_OFFLOAD_TOKEN_ID_LENGTH         504
#define STORAGE_OFFLOAD_TOKEN_TYPE_ZERO_DATA    0xFFFF0001

/* OffloadReadFlags / OffloadWriteFlags results. */
#define STORAGE_OFFLOAD_READ_RANGE_TRUNCATED    0x00000001
#define STORAGE_OFFLOAD_WRITE_RANGE_TRUNCATED   0x00000001
#define STORAGE_OFFLOAD_TOKEN_INVALID           0x00000002

/* A 512-byte token naming a snapshot of data-set ranges. */
typedef struct _STORAGE_OFFLOAD_TOKEN {
    UCHAR TokenType[4];
    UCHAR Reserved[2];
    UCHAR TokenIdLength[2];
    union {
        struct {
            UCHAR Reserved2[STORAGE_OFFLOAD_TOKEN_ID_LENGTH];
        } StorageOffloadZeroDataToken;
        UCHAR Token[STORAGE_OFFLOAD_TOKEN_ID_LENGTH];
    };
} STORAGE_OFFLOAD_TOKEN, *PSTORAGE_OFFLOAD_TOKEN;

typedef struct _DEVICE_DSM_OFFLOAD_READ_PARAMETERS {
    ULONG Flags;
    ULONG TimeToLive;               /* milliseconds */
    ULONG Reserved[2];
} DEVICE_DSM_OFFLOAD_READ_PARAMETERS, *PDEVICE_DSM_OFFLOAD_READ_PARAMETERS;

typedef struct _STORAGE_OFFLOAD_READ_OUTPUT {
    ULONG OffloadReadFlags;
    ULONG Reserved;
    ULONGLONG LengthProtected;
    ULONG TokenLength;
    STORAGE_OFFLOAD_TOKEN Token;
} STORAGE_OFFLOAD_READ_OUTPUT, *PSTORAGE_OFFLOAD_READ_OUTPUT;

typedef struct _DEVICE_DSM_OFFLOAD_WRITE_PARAMETERS {
    ULONG Flags;
    ULONG Reserved;
    ULONGLONG TokenOffset;
    STORAGE_OFFLOAD_TOKEN Token;
} DEVICE_DSM_OFFLOAD_WRITE_PARAMETERS, *PDEVICE_DSM_OFFLOAD_WRITE_PARAMETERS;

typedef struct _STORAGE_OFFLOAD_WRITE_OUTPUT {
    ULONG OffloadWriteFlags;
    ULONG Reserved;
    ULONGLONG LengthCopied;
} STORAGE_OFFLOAD_WRITE_OUTPUT, *PSTORAGE_OFFLOAD_WRITE_OUTPUT;

/* ---- Miniport descriptor (StorageMiniportProperty) ------------------------ */
typedef enum _STORAGE_PORT_CODE_SET {
    StoragePortCodeSetReserved = 0,
    StoragePortCodeSetStorport = 1,
    StoragePortCodeSetSCSIport = 2,
    StoragePortCodeSetSpaceport = 3,
    StoragePortCodeSetATAport = 4,
    StoragePortCodeSetUSBport = 5,
    StoragePortCodeSetSBP2port = 6,
    StoragePortCodeSetSDport = 7
} STORAGE_PORT_CODE_SET, *PSTORAGE_PORT_CODE_SET;

typedef struct _STORAGE_MINIPORT_DESCRIPTOR {
    ULONG Version;
    ULONG Size;
    STORAGE_PORT_CODE_SET Portdriver;
    BOOLEAN LUNResetSupported;
    BOOLEAN TargetResetSupported;
    USHORT IoTimeoutValue;          /* milliseconds */
    BOOLEAN ExtraIoInfoSupported;
    union {
        struct {
            UCHAR LogicalPoFxForDisk : 1;
            UCHAR ForwardIo : 1;
            UCHAR Reserved : 6;
        };
        UCHAR AsUCHAR;
    } Flags;
    UCHAR Reserved0[2];
    ULONG Reserved1;
} STORAGE_MINIPORT_DESCRIPTOR, *PSTORAGE_MINIPORT_DESCRIPTOR;

#endif /* HVCILINT_NTDDSTOR_EXT_H */
