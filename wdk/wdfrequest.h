/*
 * wdfrequest.h - hvcilint's compact stand-in for KMDF requests.
 * Written for hvcilint from public facts, not taken from the WDK.
 * Left out: request parameters, most forwarding, cancellation.
 */
#pragma once
#ifndef _WDFREQUEST_H_
#define _WDFREQUEST_H_

#include <wdfobject.h>

WDF_EXTERN_C_START

NTSTATUS WdfRequestRetrieveInputBuffer(
    _In_ WDFREQUEST Request,
    _In_ size_t MinimumRequiredLength,
    _Outptr_result_bytebuffer_(*Length) PVOID *Buffer,
    _Out_opt_ size_t *Length);
NTSTATUS WdfRequestRetrieveOutputBuffer(
    _In_ WDFREQUEST Request,
    _In_ size_t MinimumRequiredSize,
    _Outptr_result_bytebuffer_(*Length) PVOID *Buffer,
    _Out_opt_ size_t *Length);
NTSTATUS WdfRequestRetrieveInputWdmMdl(_In_ WDFREQUEST Request, _Outptr_ PMDL *Mdl);
NTSTATUS WdfRequestRetrieveOutputWdmMdl(_In_ WDFREQUEST Request, _Outptr_ PMDL *Mdl);
NTSTATUS WdfRequestRetrieveInputMemory(_In_ WDFREQUEST Request, _Out_ WDFMEMORY *Memory);
NTSTATUS WdfRequestRetrieveOutputMemory(_In_ WDFREQUEST Request, _Out_ WDFMEMORY *Memory);

/* Sending requests to an I/O target. */
typedef enum _WDF_REQUEST_SEND_OPTIONS_FLAGS {
    WDF_REQUEST_SEND_OPTION_TIMEOUT                      = 0x00000001,
    WDF_REQUEST_SEND_OPTION_SYNCHRONOUS                  = 0x00000002,
    WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE          = 0x00000004,
    WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET              = 0x00000008,
    WDF_REQUEST_SEND_OPTION_IMPERSONATE_CLIENT           = 0x00000010,
    WDF_REQUEST_SEND_OPTION_IMPERSONATION_IGNORE_FAILURE = 0x00000020
} WDF_REQUEST_SEND_OPTIONS_FLAGS;

typedef struct _WDF_REQUEST_SEND_OPTIONS {
    ULONG Size;
    ULONG Flags;
    LONGLONG Timeout;
} WDF_REQUEST_SEND_OPTIONS, *PWDF_REQUEST_SEND_OPTIONS;

FORCEINLINE VOID WDF_REQUEST_SEND_OPTIONS_INIT(_Out_ PWDF_REQUEST_SEND_OPTIONS Options,
                                               _In_ ULONG Flags)
{
    RtlZeroMemory(Options, sizeof(WDF_REQUEST_SEND_OPTIONS));
    Options->Size = sizeof(WDF_REQUEST_SEND_OPTIONS);
    Options->Flags = Flags;
}
FORCEINLINE VOID WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT(_Inout_ PWDF_REQUEST_SEND_OPTIONS Options,
                                                      _In_ LONGLONG Timeout)
{
    Options->Flags |= WDF_REQUEST_SEND_OPTION_TIMEOUT;
    Options->Timeout = Timeout;
}

/* Completion parameters: the layout of Parameters is an approximation. */
typedef struct _WDF_REQUEST_COMPLETION_PARAMS {
    ULONG Size;
    ULONG Type;
    IO_STATUS_BLOCK IoStatus;
    union {
        struct {
            WDFMEMORY Buffer;
            size_t Length;
            size_t Offset;
        } Write, Read;
        struct {
            ULONG IoControlCode;
            struct { WDFMEMORY Buffer; size_t Offset; } Input;
            struct { WDFMEMORY Buffer; size_t Offset; size_t Length; } Output;
        } Ioctl;
        struct {
            PVOID Argument1;
            PVOID Argument2;
            PVOID Argument3;
            PVOID Argument4;
        } Others;
    } Parameters;
} WDF_REQUEST_COMPLETION_PARAMS, *PWDF_REQUEST_COMPLETION_PARAMS;

typedef VOID EVT_WDF_REQUEST_COMPLETION_ROUTINE(_In_ WDFREQUEST Request,
                                                _In_ WDFIOTARGET Target,
                                                _In_ PWDF_REQUEST_COMPLETION_PARAMS Params,
                                                _In_ WDFCONTEXT Context);
typedef EVT_WDF_REQUEST_COMPLETION_ROUTINE *PFN_WDF_REQUEST_COMPLETION_ROUTINE;

BOOLEAN WdfRequestSend(_In_ WDFREQUEST Request, _In_ WDFIOTARGET Target,
                       _In_opt_ PWDF_REQUEST_SEND_OPTIONS Options);
NTSTATUS WdfRequestGetStatus(_In_ WDFREQUEST Request);
VOID WdfRequestFormatRequestUsingCurrentType(_In_ WDFREQUEST Request);
VOID WdfRequestSetCompletionRoutine(_In_ WDFREQUEST Request,
                                    _In_opt_ PFN_WDF_REQUEST_COMPLETION_ROUTINE CompletionRoutine,
                                    _In_opt_ WDFCONTEXT CompletionContext);
WDFQUEUE WdfRequestGetIoQueue(_In_ WDFREQUEST Request);
NTSTATUS WdfRequestForwardToIoQueue(_In_ WDFREQUEST Request, _In_ WDFQUEUE DestinationQueue);

VOID WdfRequestComplete(_In_ WDFREQUEST Request, _In_ NTSTATUS Status);
VOID WdfRequestCompleteWithInformation(_In_ WDFREQUEST Request, _In_ NTSTATUS Status,
                                       _In_ ULONG_PTR Information);
VOID WdfRequestSetInformation(_In_ WDFREQUEST Request, _In_ ULONG_PTR Information);
PIRP WdfRequestWdmGetIrp(_In_ WDFREQUEST Request);
KPROCESSOR_MODE WdfRequestGetRequestorMode(_In_ WDFREQUEST Request);

WDF_EXTERN_C_END

#endif /* _WDFREQUEST_H_ */
