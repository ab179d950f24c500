/*
 * srbhelper.h - hvcilint's stand-in for the WDK's SRB helper routines:
 * accessors that read and write the fields of a request block whichever
 * kind it is (SCSI_REQUEST_BLOCK, or STORAGE_REQUEST_BLOCK with its
 * extended data blocks), used by storage class drivers, DSMs and Storport
 * miniports.
 *
 * Written for hvcilint from Microsoft's public documentation of the two
 * request-block layouts and of extended SRBs (learn.microsoft.com, srb.h
 * and storport.h sections, "Handling SRBs"), not taken from the WDK.  The
 * helpers are declared as plain prototypes taking the request block as
 * PVOID (or PSTORAGE_REQUEST_BLOCK where only an extended SRB makes
 * sense); the real header defines them inline, and their exact parameter
 * spellings are not claimed.
 *
 * Left out: the SRB-extension helpers of Storport, the NVMe data helpers
 * and the debug-only checks.
 */
#pragma once
#ifndef HVCILINT_SRBHELPER_H
#define HVCILINT_SRBHELPER_H

#include <wdm.h>
#include <srb.h>
#include <scsi.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Whole-block helpers. */
ULONG SrbGetSrbLength(_In_ PVOID Srb);
VOID SrbZeroSrb(_Out_ PVOID Srb);
NTSTATUS SrbCopySrb(_Out_writes_bytes_(DestinationLength) PVOID DestinationSrb,
                    _In_ ULONG DestinationLength, _In_ PVOID SourceSrb);
ULONG SrbGetSrbFunction(_In_ PVOID Srb);
UCHAR SrbGetSrbStatus(_In_ PVOID Srb);
VOID SrbSetSrbStatus(_Inout_ PVOID Srb, _In_ UCHAR Status);
ULONG SrbGetSystemStatus(_In_ PVOID Srb);
VOID SrbSetSystemStatus(_Inout_ PVOID Srb, _In_ ULONG Status);

/* Extended data of an extended SRB. */
PSRBEX_DATA SrbGetSrbExDataByIndex(_In_ PSTORAGE_REQUEST_BLOCK Srb, _In_ ULONG SrbExDataIndex);
PSRBEX_DATA SrbGetSrbExDataByType(_In_ PSTORAGE_REQUEST_BLOCK Srb, _In_ SRBEXDATATYPE Type);
PSRBEX_DATA SrbGetPrimarySrbExData(_In_ PSTORAGE_REQUEST_BLOCK Srb);
PSTOR_ADDRESS SrbGetAddress(_In_ PSTORAGE_REQUEST_BLOCK Srb);
PCDB SrbGetScsiData(_In_ PSTORAGE_REQUEST_BLOCK SrbEx, _In_opt_ PUCHAR CdbLength8,
                    _In_opt_ PULONG CdbLength32, _In_opt_ PUCHAR ScsiStatus,
                    _In_opt_ PVOID *SenseInfoBuffer, _In_opt_ PUCHAR SenseInfoBufferLength);
VOID SrbSetScsiData(_Inout_ PSTORAGE_REQUEST_BLOCK SrbEx, _In_opt_ PUCHAR CdbLength8,
                    _In_opt_ PULONG CdbLength32, _In_opt_ PUCHAR ScsiStatus,
                    _In_opt_ PVOID *SenseInfoBuffer, _In_opt_ PUCHAR SenseInfoBufferLength);

/* Command descriptor block, status and sense data. */
PCDB SrbGetCdb(_In_ PVOID Srb);
UCHAR SrbGetCdbLength(_In_ PVOID Srb);
VOID SrbSetCdbLength(_Inout_ PVOID Srb, _In_ UCHAR CdbLength);
UCHAR SrbGetScsiStatus(_In_ PVOID Srb);
VOID SrbSetScsiStatus(_Inout_ PVOID Srb, _In_ UCHAR ScsiStatus);
PVOID SrbGetSenseInfoBuffer(_In_ PVOID Srb);
VOID SrbSetSenseInfoBuffer(_Inout_ PVOID Srb, _In_opt_ PVOID SenseInfoBuffer);
UCHAR SrbGetSenseInfoBufferLength(_In_ PVOID Srb);
VOID SrbSetSenseInfoBufferLength(_Inout_ PVOID Srb, _In_ UCHAR SenseInfoBufferLength);

/* Flags, data transfer and timing. */
ULONG SrbGetSrbFlags(_In_ PVOID Srb);
VOID SrbSetSrbFlags(_Inout_ PVOID Srb, _In_ ULONG Flags);
VOID SrbAssignSrbFlags(_Inout_ PVOID Srb, _In_ ULONG Flags);
VOID SrbClearSrbFlags(_Inout_ PVOID Srb, _In_ ULONG Flags);
PVOID SrbGetDataBuffer(_In_ PVOID Srb);
VOID SrbSetDataBuffer(_Inout_ PVOID Srb, _In_opt_ PVOID DataBuffer);
ULONG SrbGetDataTransferLength(_In_ PVOID Srb);
VOID SrbSetDataTransferLength(_Inout_ PVOID Srb, _In_ ULONG DataTransferLength);
ULONG SrbGetTimeOutValue(_In_ PVOID Srb);
VOID SrbSetTimeOutValue(_Inout_ PVOID Srb, _In_ ULONG TimeOutValue);

/* Queueing and request linkage. */
UCHAR SrbGetRequestAttribute(_In_ PVOID Srb);
VOID SrbSetRequestAttribute(_Inout_ PVOID Srb, _In_ UCHAR RequestAttribute);
ULONG SrbGetRequestTag(_In_ PVOID Srb);
VOID SrbSetRequestTag(_Inout_ PVOID Srb, _In_ ULONG RequestTag);
ULONG SrbGetQueueTag(_In_ PVOID Srb);
VOID SrbSetQueueTag(_Inout_ PVOID Srb, _In_ ULONG QueueTag);
UCHAR SrbGetQueueAction(_In_ PVOID Srb);
VOID SrbSetQueueAction(_Inout_ PVOID Srb, _In_ UCHAR QueueAction);
ULONG SrbGetQueueSortKey(_In_ PVOID Srb);
VOID SrbSetQueueSortKey(_Inout_ PVOID Srb, _In_ ULONG QueueSortKey);
PVOID SrbGetOriginalRequest(_In_ PVOID Srb);
VOID SrbSetOriginalRequest(_Inout_ PVOID Srb, _In_opt_ PVOID OriginalRequest);
PVOID SrbGetNextSrb(_In_ PVOID Srb);
VOID SrbSetNextSrb(_Inout_ PVOID Srb, _In_opt_ PVOID NextSrb);
PVOID SrbGetMiniportContext(_In_ PVOID Srb);

/* Address of the target (path, target, logical unit). */
UCHAR SrbGetPathId(_In_ PVOID Srb);
UCHAR SrbGetTargetId(_In_ PVOID Srb);
UCHAR SrbGetLun(_In_ PVOID Srb);
VOID SrbGetPathTargetLun(_In_ PVOID Srb, _Out_opt_ PUCHAR PathId, _Out_opt_ PUCHAR TargetId,
                         _Out_opt_ PUCHAR Lun);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* HVCILINT_SRBHELPER_H */
