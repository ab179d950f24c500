/*
 * ntddstor_ext.h - hvcilint's compact stand-in for more of the ntddstor.h
 * storage structures: the logical block provisioning state a data-set
 * management allocation request returns, the provisioning map resources,
 * the firmware download request, and the physical topology descriptor with
 * its node data.  ntddstor.h includes it.
 *
 * Written for hvcilint from public facts (the ntddstor.h DDI reference
 * pages on learn.microsoft.com: member order and types), not taken from
 * the WDK.  DEVICE_DATA_SET_LB_PROVISIONING_STATE_V2 has the members of the
 * first version, with the slab offset delta widened to 64 bits.
 *
 * Left out: the firmware information, slot and activate structures; the
 * adapter and device data of the physical topology
 * (STORAGE_PHYSICAL_ADAPTER_DATA, STORAGE_PHYSICAL_DEVICE_DATA) and the
 * enumerations they use; the version constants and flag values of these
 * structures.
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

#endif /* HVCILINT_NTDDSTOR_EXT_H */
