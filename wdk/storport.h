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
 * Left out: HW_INITIALIZATION_DATA, port configuration, notifications,
 * DMA, perf.
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

#ifdef __cplusplus
} /* extern "C" */
#endif

/* Miniport callback types, DPCs, spin locks, scatter/gather lists. */
#include <storport_mp.h>

#endif /* _NTSTORPORT_ */
