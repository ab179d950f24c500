/*
 * wdfiotarget.h - hvcilint's compact stand-in for KMDF I/O targets.
 * Written for hvcilint from public facts (hvci-facts.md 2.7), not taken
 * from the WDK.  Target states (WDF_IO_TARGET_STATE, WdfIoTargetGetState)
 * as on their reference pages.  Left out: the UMDF members of the open
 * parameters.
 */
#pragma once
#ifndef _WDFIOTARGET_H_
#define _WDFIOTARGET_H_

#include <wdfdevice.h>
#include <wdfmemory.h>
#include <wdfrequest.h>

WDF_EXTERN_C_START

WDFIOTARGET WdfDeviceGetIoTarget(_In_ WDFDEVICE Device);
NTSTATUS WdfIoTargetCreate(_In_ WDFDEVICE Device,
                           _In_opt_ PWDF_OBJECT_ATTRIBUTES IoTargetAttributes,
                           _Out_ WDFIOTARGET *IoTarget);

typedef enum _WDF_IO_TARGET_OPEN_TYPE {
    WdfIoTargetOpenUndefined = 0,
    WdfIoTargetOpenUseExistingDevice = 1,
    WdfIoTargetOpenByName = 2,
    WdfIoTargetOpenReopen = 3,
    WdfIoTargetOpenLocalTargetByFile = 4
} WDF_IO_TARGET_OPEN_TYPE;

typedef enum _WDF_IO_TARGET_SENT_IO_ACTION {
    WdfIoTargetSentIoUndefined = 0,
    WdfIoTargetCancelSentIo,
    WdfIoTargetWaitForSentIoToComplete,
    WdfIoTargetLeaveSentIoPending
} WDF_IO_TARGET_SENT_IO_ACTION;

typedef enum _WDF_IO_TARGET_PURGE_IO_ACTION {
    WdfIoTargetPurgeIoUndefined = 0,
    WdfIoTargetPurgeIoAndWait,
    WdfIoTargetPurgeIo
} WDF_IO_TARGET_PURGE_IO_ACTION;

/* States an I/O target can be in (WdfIoTargetGetState). */
typedef enum _WDF_IO_TARGET_STATE {
    WdfIoTargetStateUndefined = 0,
    WdfIoTargetStarted,
    WdfIoTargetStopped,
    WdfIoTargetClosedForQueryRemove,
    WdfIoTargetClosed,
    WdfIoTargetDeleted,
    WdfIoTargetPurged
} WDF_IO_TARGET_STATE, *PWDF_IO_TARGET_STATE;

typedef NTSTATUS EVT_WDF_IO_TARGET_QUERY_REMOVE(_In_ WDFIOTARGET IoTarget);
typedef EVT_WDF_IO_TARGET_QUERY_REMOVE *PFN_WDF_IO_TARGET_QUERY_REMOVE;
typedef VOID EVT_WDF_IO_TARGET_REMOVE_CANCELED(_In_ WDFIOTARGET IoTarget);
typedef EVT_WDF_IO_TARGET_REMOVE_CANCELED *PFN_WDF_IO_TARGET_REMOVE_CANCELED;
typedef VOID EVT_WDF_IO_TARGET_REMOVE_COMPLETE(_In_ WDFIOTARGET IoTarget);
typedef EVT_WDF_IO_TARGET_REMOVE_COMPLETE *PFN_WDF_IO_TARGET_REMOVE_COMPLETE;

typedef struct _WDF_IO_TARGET_OPEN_PARAMS {
    ULONG Size;
    WDF_IO_TARGET_OPEN_TYPE Type;
    PFN_WDF_IO_TARGET_QUERY_REMOVE EvtIoTargetQueryRemove;
    PFN_WDF_IO_TARGET_REMOVE_CANCELED EvtIoTargetRemoveCanceled;
    PFN_WDF_IO_TARGET_REMOVE_COMPLETE EvtIoTargetRemoveComplete;
    PDEVICE_OBJECT TargetDeviceObject;
    PFILE_OBJECT TargetFileObject;
    UNICODE_STRING TargetDeviceName;
    ACCESS_MASK DesiredAccess;
    ULONG ShareAccess;
    ULONG FileAttributes;
    ULONG CreateDisposition;
    ULONG CreateOptions;
    PVOID EaBuffer;
    ULONG EaBufferLength;
    PLONGLONG AllocationSize;
    ULONG FileInformation;
} WDF_IO_TARGET_OPEN_PARAMS, *PWDF_IO_TARGET_OPEN_PARAMS;

FORCEINLINE VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_EXISTING_DEVICE(
    _Out_ PWDF_IO_TARGET_OPEN_PARAMS Params, _In_ PDEVICE_OBJECT DeviceObject)
{
    RtlZeroMemory(Params, sizeof(WDF_IO_TARGET_OPEN_PARAMS));
    Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
    Params->Type = WdfIoTargetOpenUseExistingDevice;
    Params->TargetDeviceObject = DeviceObject;
}
FORCEINLINE VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME(
    _Out_ PWDF_IO_TARGET_OPEN_PARAMS Params, _In_ PCUNICODE_STRING TargetDeviceName,
    _In_ ACCESS_MASK DesiredAccess)
{
    RtlZeroMemory(Params, sizeof(WDF_IO_TARGET_OPEN_PARAMS));
    Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
    Params->Type = WdfIoTargetOpenByName;
    RtlCopyMemory(&Params->TargetDeviceName, TargetDeviceName, sizeof(UNICODE_STRING));
    Params->DesiredAccess = DesiredAccess;
    Params->CreateOptions = FILE_NON_DIRECTORY_FILE;
    Params->CreateDisposition = FILE_OPEN;
}
FORCEINLINE VOID WDF_IO_TARGET_OPEN_PARAMS_INIT_REOPEN(_Out_ PWDF_IO_TARGET_OPEN_PARAMS Params)
{
    RtlZeroMemory(Params, sizeof(WDF_IO_TARGET_OPEN_PARAMS));
    Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
    Params->Type = WdfIoTargetOpenReopen;
}

NTSTATUS WdfIoTargetOpen(_In_ WDFIOTARGET IoTarget, _In_ PWDF_IO_TARGET_OPEN_PARAMS OpenParams);
VOID WdfIoTargetCloseForQueryRemove(_In_ WDFIOTARGET IoTarget);
VOID WdfIoTargetClose(_In_ WDFIOTARGET IoTarget);
NTSTATUS WdfIoTargetStart(_In_ WDFIOTARGET IoTarget);
VOID WdfIoTargetStop(_In_ WDFIOTARGET IoTarget, _In_ WDF_IO_TARGET_SENT_IO_ACTION Action);
VOID WdfIoTargetPurge(_In_ WDFIOTARGET IoTarget, _In_ WDF_IO_TARGET_PURGE_IO_ACTION Action);
WDFDEVICE WdfIoTargetGetDevice(_In_ WDFIOTARGET IoTarget);
WDF_IO_TARGET_STATE WdfIoTargetGetState(_In_ WDFIOTARGET IoTarget);
PDEVICE_OBJECT WdfIoTargetWdmGetTargetDeviceObject(_In_ WDFIOTARGET IoTarget);
PDEVICE_OBJECT WdfIoTargetWdmGetTargetPhysicalDevice(_In_ WDFIOTARGET IoTarget);
PFILE_OBJECT WdfIoTargetWdmGetTargetFileObject(_In_ WDFIOTARGET IoTarget);
HANDLE WdfIoTargetWdmGetTargetFileHandle(_In_ WDFIOTARGET IoTarget);

NTSTATUS WdfIoTargetSendReadSynchronously(
    _In_ WDFIOTARGET IoTarget, _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR OutputBuffer, _In_opt_ PLONGLONG DeviceOffset,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions, _Out_opt_ PULONG_PTR BytesRead);
NTSTATUS WdfIoTargetSendWriteSynchronously(
    _In_ WDFIOTARGET IoTarget, _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR InputBuffer, _In_opt_ PLONGLONG DeviceOffset,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions, _Out_opt_ PULONG_PTR BytesWritten);
NTSTATUS WdfIoTargetSendIoctlSynchronously(
    _In_ WDFIOTARGET IoTarget, _In_opt_ WDFREQUEST Request, _In_ ULONG IoctlCode,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR InputBuffer, _In_opt_ PWDF_MEMORY_DESCRIPTOR OutputBuffer,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions, _Out_opt_ PULONG_PTR BytesReturned);
NTSTATUS WdfIoTargetSendInternalIoctlSynchronously(
    _In_ WDFIOTARGET IoTarget, _In_opt_ WDFREQUEST Request, _In_ ULONG IoctlCode,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR InputBuffer, _In_opt_ PWDF_MEMORY_DESCRIPTOR OutputBuffer,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions, _Out_opt_ PULONG_PTR BytesReturned);
NTSTATUS WdfIoTargetSendInternalIoctlOthersSynchronously(
    _In_ WDFIOTARGET IoTarget, _In_opt_ WDFREQUEST Request, _In_ ULONG IoctlCode,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR OtherArg1, _In_opt_ PWDF_MEMORY_DESCRIPTOR OtherArg2,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR OtherArg4, _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _Out_opt_ PULONG_PTR BytesReturned);

NTSTATUS WdfIoTargetFormatRequestForRead(_In_ WDFIOTARGET IoTarget, _In_ WDFREQUEST Request,
                                         _In_opt_ WDFMEMORY OutputBuffer,
                                         _In_opt_ PWDFMEMORY_OFFSET OutputBufferOffset,
                                         _In_opt_ PLONGLONG DeviceOffset);
NTSTATUS WdfIoTargetFormatRequestForWrite(_In_ WDFIOTARGET IoTarget, _In_ WDFREQUEST Request,
                                          _In_opt_ WDFMEMORY InputBuffer,
                                          _In_opt_ PWDFMEMORY_OFFSET InputBufferOffset,
                                          _In_opt_ PLONGLONG DeviceOffset);
NTSTATUS WdfIoTargetFormatRequestForIoctl(_In_ WDFIOTARGET IoTarget, _In_ WDFREQUEST Request,
                                          _In_ ULONG IoctlCode, _In_opt_ WDFMEMORY InputBuffer,
                                          _In_opt_ PWDFMEMORY_OFFSET InputBufferOffset,
                                          _In_opt_ WDFMEMORY OutputBuffer,
                                          _In_opt_ PWDFMEMORY_OFFSET OutputBufferOffset);
NTSTATUS WdfIoTargetFormatRequestForInternalIoctl(
    _In_ WDFIOTARGET IoTarget, _In_ WDFREQUEST Request, _In_ ULONG IoctlCode,
    _In_opt_ WDFMEMORY InputBuffer, _In_opt_ PWDFMEMORY_OFFSET InputBufferOffset,
    _In_opt_ WDFMEMORY OutputBuffer, _In_opt_ PWDFMEMORY_OFFSET OutputBufferOffset);

/* PoolType (2) decides. */
NTSTATUS WdfIoTargetAllocAndQueryTargetProperty(
    _In_ WDFIOTARGET IoTarget,
    _In_ DEVICE_REGISTRY_PROPERTY DeviceProperty,
    _In_ POOL_TYPE PoolType,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
    _Out_ WDFMEMORY *PropertyMemory);

WDF_EXTERN_C_END

#endif /* _WDFIOTARGET_H_ */
