/*
 * wdfdmatransaction.h - hvcilint's compact stand-in for KMDF DMA
 * transactions.  Written for hvcilint from the public KMDF documentation
 * (EVT_WDF_PROGRAM_DMA, WdfDmaTransaction*), not taken from the WDK.  The
 * WDM scatter/gather list is named by its structure tag (its layout
 * belongs to wdm.h).  Left out: system-mode DMA, transfer-complete
 * callbacks, immediate execution.
 */
#pragma once
#ifndef _WDFDMATRANSACTION_H_
#define _WDFDMATRANSACTION_H_

#include <wdfdmaenabler.h>

WDF_EXTERN_C_START

struct _SCATTER_GATHER_LIST;

typedef BOOLEAN EVT_WDF_PROGRAM_DMA(_In_ WDFDMATRANSACTION Transaction, _In_ WDFDEVICE Device,
                                    _In_ WDFCONTEXT Context, _In_ WDF_DMA_DIRECTION Direction,
                                    _In_ struct _SCATTER_GATHER_LIST *SgList);
typedef EVT_WDF_PROGRAM_DMA *PFN_WDF_PROGRAM_DMA;

NTSTATUS WdfDmaTransactionCreate(_In_ WDFDMAENABLER DmaEnabler,
                                 _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
                                 _Out_ WDFDMATRANSACTION *DmaTransaction);
NTSTATUS WdfDmaTransactionInitialize(_In_ WDFDMATRANSACTION DmaTransaction,
                                     _In_ PFN_WDF_PROGRAM_DMA EvtProgramDmaFunction,
                                     _In_ WDF_DMA_DIRECTION DmaDirection, _In_ PMDL Mdl,
                                     _In_ PVOID VirtualAddress, _In_ size_t Length);
NTSTATUS WdfDmaTransactionInitializeUsingRequest(_In_ WDFDMATRANSACTION DmaTransaction,
                                                 _In_ WDFREQUEST Request,
                                                 _In_ PFN_WDF_PROGRAM_DMA EvtProgramDmaFunction,
                                                 _In_ WDF_DMA_DIRECTION DmaDirection);
NTSTATUS WdfDmaTransactionInitializeUsingOffset(_In_ WDFDMATRANSACTION DmaTransaction,
                                                _In_ PFN_WDF_PROGRAM_DMA EvtProgramDmaFunction,
                                                _In_ WDF_DMA_DIRECTION DmaDirection,
                                                _In_ PMDL Mdl, _In_ size_t Offset,
                                                _In_ size_t Length);
NTSTATUS WdfDmaTransactionExecute(_In_ WDFDMATRANSACTION DmaTransaction,
                                  _In_opt_ WDFCONTEXT Context);
NTSTATUS WdfDmaTransactionRelease(_In_ WDFDMATRANSACTION DmaTransaction);
BOOLEAN WdfDmaTransactionDmaCompleted(_In_ WDFDMATRANSACTION DmaTransaction,
                                      _Out_ NTSTATUS *Status);
BOOLEAN WdfDmaTransactionDmaCompletedWithLength(_In_ WDFDMATRANSACTION DmaTransaction,
                                                _In_ size_t TransferredLength,
                                                _Out_ NTSTATUS *Status);
BOOLEAN WdfDmaTransactionDmaCompletedFinal(_In_ WDFDMATRANSACTION DmaTransaction,
                                           _In_ size_t FinalTransferredLength,
                                           _Out_ NTSTATUS *Status);
size_t WdfDmaTransactionGetBytesTransferred(_In_ WDFDMATRANSACTION DmaTransaction);
VOID WdfDmaTransactionSetMaximumLength(_In_ WDFDMATRANSACTION DmaTransaction,
                                       _In_ size_t MaximumLength);
WDFREQUEST WdfDmaTransactionGetRequest(_In_ WDFDMATRANSACTION DmaTransaction);
size_t WdfDmaTransactionGetCurrentDmaTransferLength(_In_ WDFDMATRANSACTION DmaTransaction);
WDFDEVICE WdfDmaTransactionGetDevice(_In_ WDFDMATRANSACTION DmaTransaction);

WDF_EXTERN_C_END

#endif /* _WDFDMATRANSACTION_H_ */
