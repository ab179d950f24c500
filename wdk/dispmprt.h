/*
 * dispmprt.h - hvcilint's compact stand-in for the WDDM display miniport
 * header.  Written for hvcilint from public facts (hvci-facts.md 2.6, 2.8),
 * not taken from the WDK.  DXGKRNL_INTERFACE lists its leading members in
 * order and stops after DxgkCbUnmapMemory; callbacks other than
 * DxgkCbMapMemory are typed loosely.  Left out: the DDI tables and all
 * other WDDM types.
 */
#pragma once
#ifndef _DISPMPRT_H_
#define _DISPMPRT_H_

#include <ntddk.h>
#include <video.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef NTSTATUS APIENTRY DXGKCB_MAP_MEMORY(
    _In_ HANDLE DeviceHandle,
    _In_ PHYSICAL_ADDRESS TranslatedAddress,
    _In_ ULONG Length,
    _In_ BOOLEAN InIoSpace,
    _In_ BOOLEAN MapToUserMode,
    _In_ MEMORY_CACHING_TYPE CacheType,
    _Outptr_ PVOID *VirtualAddress);
typedef DXGKCB_MAP_MEMORY *PDXGKCB_MAP_MEMORY;

typedef NTSTATUS APIENTRY DXGKCB_UNMAP_MEMORY(_In_ HANDLE DeviceHandle, _In_ PVOID VirtualAddress);
typedef DXGKCB_UNMAP_MEMORY *PDXGKCB_UNMAP_MEMORY;

typedef PVOID PDXGKCB_EVAL_ACPI_METHOD;
typedef PVOID PDXGKCB_GET_DEVICE_INFORMATION;
typedef PVOID PDXGKCB_INDICATE_CHILD_STATUS;
typedef PVOID PDXGKCB_QUEUE_DPC;
typedef PVOID PDXGKCB_QUERY_SERVICES;
typedef PVOID PDXGKCB_READ_DEVICE_SPACE;
typedef PVOID PDXGKCB_SYNCHRONIZE_EXECUTION;

typedef struct _DXGKRNL_INTERFACE {
    ULONG Size;
    ULONG Version;
    HANDLE DeviceHandle;
    PDXGKCB_EVAL_ACPI_METHOD DxgkCbEvalAcpiMethod;
    PDXGKCB_GET_DEVICE_INFORMATION DxgkCbGetDeviceInformation;
    PDXGKCB_INDICATE_CHILD_STATUS DxgkCbIndicateChildStatus;
    PDXGKCB_MAP_MEMORY DxgkCbMapMemory;
    PDXGKCB_QUEUE_DPC DxgkCbQueueDpc;
    PDXGKCB_QUERY_SERVICES DxgkCbQueryServices;
    PDXGKCB_READ_DEVICE_SPACE DxgkCbReadDeviceSpace;
    PDXGKCB_SYNCHRONIZE_EXECUTION DxgkCbSynchronizeExecution;
    PDXGKCB_UNMAP_MEMORY DxgkCbUnmapMemory;
    /* the remaining callbacks of the real interface are left out */
} DXGKRNL_INTERFACE, *PDXGKRNL_INTERFACE;

/* PoolType (1, a VP_POOL_TYPE) is the pool selector. */
PVOID APIENTRY DlAllocatePool(
    _In_ PVOID DeviceHandle,
    _In_ VP_POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);
VOID APIENTRY DlFreePool(_In_ PVOID DeviceHandle, _In_ PVOID Entry);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* _DISPMPRT_H_ */
