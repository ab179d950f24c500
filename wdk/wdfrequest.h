/*
 * wdfrequest.h - hvcilint's compact stand-in for KMDF requests.
 * Written for hvcilint from public facts, not taken from the WDK.
 * Forwarding to a parent device's queue takes WDF_REQUEST_FORWARD_OPTIONS
 * (KMDF 1.9), whose only flag is WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET.
 * Left out: impersonation.
 */
#pragma once
#ifndef _WDFREQUEST_H_
#define _WDFREQUEST_H_

#include <wdfobject.h>

WDF_EXTERN_C_START

typedef enum _WDF_REQUEST_TYPE {
    WdfRequestTypeCreate = 0x0,
    WdfRequestTypeCreateNamedPipe = 0x1,
    WdfRequestTypeClose = 0x2,
    WdfRequestTypeRead = 0x3,
    WdfRequestTypeWrite = 0x4,
    WdfRequestTypeQueryInformation = 0x5,
    WdfRequestTypeSetInformation = 0x6,
    WdfRequestTypeQueryEA = 0x7,
    WdfRequestTypeSetEA = 0x8,
    WdfRequestTypeFlushBuffers = 0x9,
    WdfRequestTypeQueryVolumeInformation = 0xa,
    WdfRequestTypeSetVolumeInformation = 0xb,
    WdfRequestTypeDirectoryControl = 0xc,
    WdfRequestTypeFileSystemControl = 0xd,
    WdfRequestTypeDeviceControl = 0xe,
    WdfRequestTypeDeviceControlInternal = 0xf,
    WdfRequestTypeShutdown = 0x10,
    WdfRequestTypeLockControl = 0x11,
    WdfRequestTypeCleanup = 0x12,
    WdfRequestTypeCreateMailSlot = 0x13,
    WdfRequestTypeQuerySecurity = 0x14,
    WdfRequestTypeSetSecurity = 0x15,
    WdfRequestTypePower = 0x16,
    WdfRequestTypeSystemControl = 0x17,
    WdfRequestTypeDeviceChange = 0x18,
    WdfRequestTypeQueryQuota = 0x19,
    WdfRequestTypeSetQuota = 0x1A,
    WdfRequestTypePnp = 0x1B,
    WdfRequestTypeOther = 0x1C,
    WdfRequestTypeUsb = 0x40,
    WdfRequestTypeNoFormat = 0xFF,
    WdfRequestTypeMax
} WDF_REQUEST_TYPE;

typedef enum _WDF_REQUEST_STOP_ACTION_FLAGS {
    WdfRequestStopActionInvalid = 0,
    WdfRequestStopActionSuspend = 0x01,
    WdfRequestStopActionPurge = 0x2,
    WdfRequestStopRequestCancelable = 0x10000000
} WDF_REQUEST_STOP_ACTION_FLAGS;

/* Parameters of the request's current stack location (a subset of
   IO_STACK_LOCATION.Parameters). */
typedef struct _WDF_REQUEST_PARAMETERS {
    USHORT Size;
    UCHAR MinorFunction;
    WDF_REQUEST_TYPE Type;
    union {
        struct {
            PIO_SECURITY_CONTEXT SecurityContext;
            ULONG Options;
            USHORT POINTER_ALIGNMENT FileAttributes;
            USHORT ShareAccess;
            ULONG POINTER_ALIGNMENT EaLength;
        } Create;
        struct {
            size_t Length;
            ULONG POINTER_ALIGNMENT Key;
            LONGLONG DeviceOffset;
        } Read;
        struct {
            size_t Length;
            ULONG POINTER_ALIGNMENT Key;
            LONGLONG DeviceOffset;
        } Write;
        struct {
            size_t OutputBufferLength;
            size_t POINTER_ALIGNMENT InputBufferLength;
            ULONG POINTER_ALIGNMENT IoControlCode;
            PVOID Type3InputBuffer;
        } DeviceIoControl;
        struct {
            PVOID Arg1;
            PVOID Arg2;
            ULONG POINTER_ALIGNMENT IoControlCode;
            PVOID Arg4;
        } Others;
    } Parameters;
} WDF_REQUEST_PARAMETERS, *PWDF_REQUEST_PARAMETERS;

FORCEINLINE VOID WDF_REQUEST_PARAMETERS_INIT(_Out_ PWDF_REQUEST_PARAMETERS Parameters)
{
    RtlZeroMemory(Parameters, sizeof(WDF_REQUEST_PARAMETERS));
    Parameters->Size = sizeof(WDF_REQUEST_PARAMETERS);
}

typedef enum _WDF_REQUEST_REUSE_FLAGS {
    WDF_REQUEST_REUSE_NO_FLAGS = 0x00000000,
    WDF_REQUEST_REUSE_SET_NEW_IRP = 0x00000001
} WDF_REQUEST_REUSE_FLAGS;

typedef struct _WDF_REQUEST_REUSE_PARAMS {
    ULONG Size;
    ULONG Flags;
    NTSTATUS Status;
    PIRP NewIrp;
} WDF_REQUEST_REUSE_PARAMS, *PWDF_REQUEST_REUSE_PARAMS;

FORCEINLINE VOID WDF_REQUEST_REUSE_PARAMS_INIT(_Out_ PWDF_REQUEST_REUSE_PARAMS Params,
                                               _In_ ULONG Flags, _In_ NTSTATUS Status)
{
    RtlZeroMemory(Params, sizeof(WDF_REQUEST_REUSE_PARAMS));
    Params->Size = sizeof(WDF_REQUEST_REUSE_PARAMS);
    Params->Flags = Flags;
    Params->Status = Status;
}

typedef VOID EVT_WDF_REQUEST_CANCEL(_In_ WDFREQUEST Request);
typedef EVT_WDF_REQUEST_CANCEL *PFN_WDF_REQUEST_CANCEL;

NTSTATUS WdfRequestCreate(_In_opt_ PWDF_OBJECT_ATTRIBUTES RequestAttributes,
                          _In_opt_ WDFIOTARGET IoTarget, _Out_ WDFREQUEST *Request);
NTSTATUS WdfRequestCreateFromIrp(_In_opt_ PWDF_OBJECT_ATTRIBUTES RequestAttributes,
                                 _In_ PIRP Irp, _In_ BOOLEAN RequestFreesIrp,
                                 _Out_ WDFREQUEST *Request);
NTSTATUS WdfRequestReuse(_In_ WDFREQUEST Request, _In_ PWDF_REQUEST_REUSE_PARAMS ReuseParams);
VOID WdfRequestGetParameters(_In_ WDFREQUEST Request,
                             _Out_ PWDF_REQUEST_PARAMETERS Parameters);
VOID WdfRequestMarkCancelable(_In_ WDFREQUEST Request,
                              _In_ PFN_WDF_REQUEST_CANCEL EvtRequestCancel);
NTSTATUS WdfRequestMarkCancelableEx(_In_ WDFREQUEST Request,
                                    _In_ PFN_WDF_REQUEST_CANCEL EvtRequestCancel);
NTSTATUS WdfRequestUnmarkCancelable(_In_ WDFREQUEST Request);
BOOLEAN WdfRequestIsCanceled(_In_ WDFREQUEST Request);
BOOLEAN WdfRequestCancelSentRequest(_In_ WDFREQUEST Request);
VOID WdfRequestStopAcknowledge(_In_ WDFREQUEST Request, _In_ BOOLEAN Requeue);
WDFFILEOBJECT WdfRequestGetFileObject(_In_ WDFREQUEST Request);
ULONG_PTR WdfRequestGetInformation(_In_ WDFREQUEST Request);
NTSTATUS WdfRequestRequeue(_In_ WDFREQUEST Request);
NTSTATUS WdfRequestProbeAndLockUserBufferForRead(_In_ WDFREQUEST Request,
                                                 _In_reads_bytes_(Length) PVOID Buffer,
                                                 _In_ size_t Length,
                                                 _Out_ WDFMEMORY *MemoryObject);
NTSTATUS WdfRequestProbeAndLockUserBufferForWrite(_In_ WDFREQUEST Request,
                                                  _In_reads_bytes_(Length) PVOID Buffer,
                                                  _In_ size_t Length,
                                                  _Out_ WDFMEMORY *MemoryObject);
NTSTATUS WdfRequestRetrieveUnsafeUserInputBuffer(_In_ WDFREQUEST Request,
                                                 _In_ size_t MinimumRequiredLength,
                                                 _Outptr_ PVOID *InputBuffer,
                                                 _Out_opt_ size_t *Length);
NTSTATUS WdfRequestRetrieveUnsafeUserOutputBuffer(_In_ WDFREQUEST Request,
                                                  _In_ size_t MinimumRequiredLength,
                                                  _Outptr_ PVOID *OutputBuffer,
                                                  _Out_opt_ size_t *Length);

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

/* Forwarding a child device's request to its parent device's queue. */
typedef enum _WDF_REQUEST_FORWARD_OPTIONS_FLAGS {
    WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET = 0x00000001
} WDF_REQUEST_FORWARD_OPTIONS_FLAGS;

typedef struct _WDF_REQUEST_FORWARD_OPTIONS {
    ULONG Size;
    ULONG Flags;
} WDF_REQUEST_FORWARD_OPTIONS, *PWDF_REQUEST_FORWARD_OPTIONS;

/* Zeroes the options, sets Size and sets the send-and-forget flag. */
FORCEINLINE VOID WDF_REQUEST_FORWARD_OPTIONS_INIT(_Out_ PWDF_REQUEST_FORWARD_OPTIONS ForwardOptions)
{
    RtlZeroMemory(ForwardOptions, sizeof(WDF_REQUEST_FORWARD_OPTIONS));
    ForwardOptions->Size = sizeof(WDF_REQUEST_FORWARD_OPTIONS);
    ForwardOptions->Flags = WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET;
}

NTSTATUS WdfRequestForwardToParentDeviceIoQueue(_In_ WDFREQUEST Request,
                                                _In_ WDFQUEUE ParentDeviceQueue,
                                                _In_ PWDF_REQUEST_FORWARD_OPTIONS ForwardOptions);

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

/* Completion parameters: the layout of Parameters is an approximation.
   Usb.Completion points at wdfusb.h's WDF_USB_REQUEST_COMPLETION_PARAMS. */
struct _WDF_USB_REQUEST_COMPLETION_PARAMS;
typedef struct _WDF_REQUEST_COMPLETION_PARAMS {
    ULONG Size;
    WDF_REQUEST_TYPE Type;
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
        struct {
            struct _WDF_USB_REQUEST_COMPLETION_PARAMS *Completion;
        } Usb;
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
/* Reading a sent request's completion parameters after it completes. */
FORCEINLINE VOID WDF_REQUEST_COMPLETION_PARAMS_INIT(_Out_ PWDF_REQUEST_COMPLETION_PARAMS Params)
{
    RtlZeroMemory(Params, sizeof(WDF_REQUEST_COMPLETION_PARAMS));
    Params->Size = sizeof(WDF_REQUEST_COMPLETION_PARAMS);
    Params->Type = WdfRequestTypeNoFormat;
}
VOID WdfRequestGetCompletionParams(_In_ WDFREQUEST Request,
                                   _Out_ PWDF_REQUEST_COMPLETION_PARAMS Params);
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
